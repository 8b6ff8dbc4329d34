import type { RecordedEvent } from '../domain/shared/event';
import type { EventStore, SubscribeOptions, Subscription } from '../eventstore/port';
import type { SubscriptionErrorHandler } from '../eventstore/catch-up-subscription';
import { canonicalEventJson } from './canonical';
import { leafHashOfText } from './merkle';
import { LedgerGapError, isInlineLedgerStore, type LedgerStore } from './port';

/** Leaves ready to append: the first position and the leaf hash of each event, in position order. */
export interface SealBatch {
  firstPosition: number;
  leafHashes: Buffer[];
}

/**
 * The one preparation both modes share: the events must be consecutive positions (the store then checks that the
 * first one is size + 1, inside its own transaction); each becomes SHA-256(0x00 ‖ canonical bytes).
 */
export function prepareSeal(events: readonly RecordedEvent[]): SealBatch | null {
  const first = events[0];
  if (!first) return null;
  const leafHashes = events.map((event, i) => {
    if (event.position !== first.position + i) {
      throw new LedgerGapError(first.position - 1 + i, event.position, 'the events to seal are not consecutive');
    }
    return leafHashOfText(canonicalEventJson(event));
  });
  return { firstPosition: first.position, leafHashes };
}

export interface CatchUpProgress {
  (done: number, total: number): void;
}

export interface FollowOptions {
  /** Called when sealing stops on an error (a gap, a failing ledger); default: console.error. */
  onError?: SubscriptionErrorHandler;
  /** Events read at once while catching up. */
  batchSize?: number;
}

type LogReader = Pick<EventStore, 'readAll' | 'headPosition'>;

const DEFAULT_BATCH = 2000;

/**
 * Seals the log, in its global order, into the ledger.
 *
 * - Embedded mode: `sealInline(events)` from the event store's inline hook, inside the append's transaction: a leaf
 *   exists exactly when its event does, and an append the ledger refuses is rolled back.
 * - Server backends: `follow(store)` catches up, then seals each event its catch-up subscription delivers.
 * - Start-up (both): `catchUp(store)` seals what the log holds beyond the ledger (a data file written before the
 *   ledger existed, or a crash of the follower).
 *
 * A gap — events that do not continue at size + 1 — is refused, never skipped: the ledger must not silently
 * disagree with the order of the log.
 */
export class Sealer {
  constructor(private readonly ledger: LedgerStore) {}

  /** Synchronous: only for a ledger sharing the event store's transaction (SQLite). */
  sealInline(events: readonly RecordedEvent[]): void {
    if (!isInlineLedgerStore(this.ledger)) throw new Error('This ledger store cannot seal inline; use follow()');
    const batch = prepareSeal(events);
    if (batch) this.ledger.appendLeavesNow(batch.firstPosition, batch.leafHashes);
  }

  async seal(events: readonly RecordedEvent[]): Promise<void> {
    const batch = prepareSeal(events);
    if (batch) await this.ledger.appendLeaves(batch.firstPosition, batch.leafHashes);
  }

  /**
   * Seals every event the log holds after the ledger's size; returns how many. Another writer sealing meanwhile
   * (the server beside the import CLI) is fine: the next read starts from the new size. A log that lacks the next
   * position, or is shorter than the ledger, is damaged: that throws LedgerGapError.
   */
  async catchUp(store: LogReader, progress?: CatchUpProgress, batchSize = DEFAULT_BATCH): Promise<number> {
    const head = await store.headPosition();
    const start = await this.ledger.size();
    if (head < start) {
      throw new LedgerGapError(start, head + 1, `the log ends at position ${head}: sealed events are missing from it`);
    }
    let sealed = 0;
    for (;;) {
      const size = await this.ledger.size();
      const events = await store.readAll({ after: size, maxCount: batchSize });
      const first = events[0];
      if (!first) break;
      if (first.position !== size + 1) throw new LedgerGapError(size, first.position, `the log has no event at position ${size + 1}`);
      try {
        await this.seal(events);
      } catch (error) {
        // Someone else sealed these meanwhile: read again from the new size.
        if (error instanceof LedgerGapError && (await this.ledger.size()) !== size) continue;
        throw error;
      }
      sealed += events.length;
      progress?.(Math.min(head, size + events.length) - start, Math.max(0, head - start));
    }
    return sealed;
  }

  /**
   * For event stores that cannot seal inline: catches up, then seals each event a catch-up subscription delivers,
   * from the ledger's size. The subscription stops on the first failure (its error policy), reported to `onError`.
   */
  async follow(store: EventStore, options: FollowOptions = {}): Promise<Subscription> {
    await this.catchUp(store, undefined, options.batchSize);
    // `onError` is the SQLite subscription's reporting hook; adapters without one stop and reject `caughtUp`.
    const subscribeOptions: SubscribeOptions & { onError?: SubscriptionErrorHandler } = {
      after: await this.ledger.size(),
      ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
      ...(options.onError && { onError: options.onError }),
    };
    return store.subscribeToAll((event) => this.seal([event]), subscribeOptions);
  }
}
