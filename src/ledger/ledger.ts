import type { RecordedEvent } from '../domain/shared/event';
import { NotFoundError, ValidationError } from '../domain/shared/errors';
import type { EventStore, Subscription } from '../eventstore/port';
import { checkpointNote, signCheckpoint, type PublicKeyInfo, type SignedCheckpoint } from './checkpoints';
import type { LedgerStore, StoredCheckpoint } from './port';
import { consistencyBetween, inclusionAt, rootAt } from './proofs';
import { Sealer, type CatchUpProgress, type FollowOptions } from './sealer';
import type { SigningKey } from './signing-key';

export interface LedgerOptions {
  store: LedgerStore;
  signingKey: SigningKey;
  /** Source of checkpoint times. Default: the real time. */
  now?: () => Date;
  /** The position of an event by its id, for proofs asked by event id; null when there is no such event. */
  positionOfEvent?: (eventId: string) => Promise<number | null>;
}

export interface InclusionProof {
  position: number;
  leafIndex: number;
  treeSize: number;
  /** Hex, as every hash below. */
  leafHash: string;
  rootHash: string;
  auditPath: string[];
  /** A signed checkpoint of exactly `treeSize`, when one was issued. */
  checkpoint: SignedCheckpoint | null;
}

export interface ConsistencyProof {
  fromSize: number;
  toSize: number;
  fromRoot: string;
  toRoot: string;
  proof: string[];
  fromCheckpoint: SignedCheckpoint | null;
  toCheckpoint: SignedCheckpoint | null;
}

export interface CheckpointPage {
  checkpoints: (SignedCheckpoint & { seq: number })[];
  hasNextPage: boolean;
}

const hex = (hash: Buffer): string => hash.toString('hex');

/**
 * The audit trail as the rest of the app sees it: sealing (the inline hook, catch-up, following a store), signed
 * checkpoints (on demand and at an interval), proofs against any tree size, and the public key.
 */
export class Ledger {
  readonly publicKey: PublicKeyInfo;
  readonly sealer: Sealer;
  private readonly store: LedgerStore;
  private readonly signingKey: SigningKey;
  private readonly now: () => Date;
  private readonly positionOfEvent: ((eventId: string) => Promise<number | null>) | undefined;
  private timer: NodeJS.Timeout | null = null;
  private publishing: Promise<unknown> = Promise.resolve();

  constructor(options: LedgerOptions) {
    this.store = options.store;
    this.signingKey = options.signingKey;
    this.publicKey = options.signingKey.publicKey;
    this.now = options.now ?? (() => new Date());
    this.positionOfEvent = options.positionOfEvent;
    this.sealer = new Sealer(options.store);
  }

  /** The event store's inline hook (embedded mode): seals the group's events in the append's transaction. */
  readonly sealInline = (events: readonly RecordedEvent[]): void => this.sealer.sealInline(events);

  /** Seals what the log holds beyond the ledger; run at start-up before serving. */
  catchUp(store: Pick<EventStore, 'readAll' | 'headPosition'>, progress?: CatchUpProgress): Promise<number> {
    return this.sealer.catchUp(store, progress);
  }

  /** Server backends: catch up, then seal by subscription. Stop the subscription on close. */
  follow(store: EventStore, options?: FollowOptions): Promise<Subscription> {
    return this.sealer.follow(store, options);
  }

  size(): Promise<number> {
    return this.store.size();
  }

  get ledgerStore(): LedgerStore {
    return this.store;
  }

  async rootAt(treeSize: number): Promise<Buffer> {
    await this.checkTreeSize(treeSize, 'treeSize');
    return rootAt(this.store, treeSize);
  }

  /** Signs the current tree and stores the checkpoint. Publications run one at a time, so sizes never go back. */
  publishCheckpoint(): Promise<SignedCheckpoint> {
    return this.serially(() => this.publish());
  }

  /** Publishes only when the tree grew since the latest checkpoint (or none exists); null otherwise. */
  publishIfGrown(): Promise<SignedCheckpoint | null> {
    return this.serially(async () => {
      const [latest, size] = await Promise.all([this.store.latestCheckpoint(), this.store.size()]);
      return latest && latest.treeSize >= size ? null : this.publish();
    });
  }

  /** Publishes now if the tree grew, then every `intervalSeconds` (only when it grew). 0 turns the timer off. */
  startPublishing(intervalSeconds: number, onError: (error: unknown) => void): void {
    this.stopPublishing();
    if (intervalSeconds <= 0) return;
    const tick = () => void this.publishIfGrown().catch(onError);
    tick();
    this.timer = setInterval(tick, intervalSeconds * 1000);
    this.timer.unref(); // never what keeps the process alive
  }

  /** Stops the timer and waits for a publication under way. */
  async stopPublishing(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.publishing.catch(() => undefined);
  }

  async latestCheckpoint(): Promise<SignedCheckpoint | null> {
    const latest = await this.store.latestCheckpoint();
    return latest ? toSigned(latest) : null;
  }

  /** Newest first; `afterSeq` is the `seq` of the last checkpoint of the previous page. */
  async checkpoints(first: number, afterSeq?: number): Promise<CheckpointPage> {
    const rows = await this.store.checkpoints({ order: 'newest', limit: first + 1, ...(afterSeq !== undefined && { afterSeq }) });
    return { checkpoints: rows.slice(0, first).map((row) => ({ ...toSigned(row), seq: row.seq })), hasNextPage: rows.length > first };
  }

  async checkpointOfSize(treeSize: number): Promise<SignedCheckpoint | null> {
    const stored = await this.store.checkpointOfSize(treeSize);
    return stored ? toSigned(stored) : null;
  }

  /**
   * The proof that the event at `position` is in the tree of `treeSize` leaves. Without a tree size: the latest
   * checkpoint's when it covers the event, else the current size (then `checkpoint` is null until one is published).
   * `latest` passes the latest checkpoint when the caller already read it (a page of history entries reads it once).
   */
  async inclusionProof(position: number, treeSize?: number | null, latest?: SignedCheckpoint | null): Promise<InclusionProof> {
    if (!Number.isSafeInteger(position) || position < 1) {
      throw new ValidationError('position: a global position is a positive integer', 'position', 'INVALID_POSITION');
    }
    const size = await this.store.size();
    if (position > size) throw new NotFoundError(`No event is sealed at position ${position}`, 'EVENT_NOT_SEALED', { position, size });
    let checkpoint: SignedCheckpoint | null;
    let target: number;
    if (treeSize === undefined || treeSize === null) {
      const newest = latest === undefined ? await this.latestCheckpoint() : latest;
      const covers = newest !== null && newest.treeSize >= position;
      target = covers ? newest.treeSize : size;
      checkpoint = covers ? newest : null;
    } else {
      await this.checkTreeSize(treeSize, 'treeSize');
      if (treeSize < position) {
        throw new ValidationError(`treeSize: the event at position ${position} is not in a tree of ${treeSize}`, 'treeSize', 'EVENT_NOT_IN_TREE');
      }
      target = treeSize;
      checkpoint = await this.checkpointOfSize(treeSize);
    }
    const proof = await inclusionAt(this.store, position, target);
    return {
      position,
      leafIndex: proof.leafIndex,
      treeSize: target,
      leafHash: hex(proof.leafHash),
      rootHash: hex(proof.rootHash),
      auditPath: proof.auditPath.map(hex),
      checkpoint,
    };
  }

  async inclusionProofForEvent(eventId: string, treeSize?: number | null): Promise<InclusionProof> {
    const position = this.positionOfEvent ? await this.positionOfEvent(eventId) : null;
    if (position === null) throw new NotFoundError(`No event ${eventId} in the log`, 'EVENT_NOT_FOUND', { eventId });
    return this.inclusionProof(position, treeSize);
  }

  /** That the tree of `fromSize` is a prefix of the tree of `toSize` (default: the latest checkpoint's, else now). */
  async consistencyProof(fromSize: number, toSize?: number | null): Promise<ConsistencyProof> {
    const to = toSize ?? (await this.store.latestCheckpoint())?.treeSize ?? (await this.store.size());
    await this.checkTreeSize(fromSize, 'fromSize');
    await this.checkTreeSize(to, 'toSize');
    if (fromSize > to) throw new ValidationError('fromSize: must not exceed toSize', 'fromSize', 'INVALID_TREE_SIZE');
    const [proof, fromCheckpoint, toCheckpoint] = await Promise.all([
      consistencyBetween(this.store, fromSize, to),
      this.checkpointOfSize(fromSize),
      this.checkpointOfSize(to),
    ]);
    return {
      fromSize,
      toSize: to,
      fromRoot: hex(proof.fromRoot),
      toRoot: hex(proof.toRoot),
      proof: proof.proof.map(hex),
      fromCheckpoint,
      toCheckpoint,
    };
  }

  /** The public key that signed checkpoints under `keyId` (the current one, or one kept from before a change). */
  async publicKeyOf(keyId: string): Promise<Buffer | null> {
    if (keyId === this.publicKey.keyId) return Buffer.from(this.publicKey.spki, 'base64');
    return this.store.publicKey(keyId);
  }

  private async publish(): Promise<SignedCheckpoint> {
    await this.store.addPublicKey(this.publicKey.keyId, Buffer.from(this.publicKey.spki, 'base64'));
    const treeSize = await this.store.size();
    const rootHash = await rootAt(this.store, treeSize);
    const signed = signCheckpoint(this.signingKey.privateKey, { treeSize, rootHash, issuedAt: this.now().toISOString() });
    await this.store.addCheckpoint({
      treeSize,
      rootHash,
      issuedAt: signed.issuedAt,
      keyId: signed.keyId,
      signature: Buffer.from(signed.signature, 'base64'),
    });
    return signed;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.publishing.catch(() => undefined).then(work);
    this.publishing = next;
    return next;
  }

  private async checkTreeSize(treeSize: number, field: string): Promise<void> {
    if (!Number.isSafeInteger(treeSize) || treeSize < 0) {
      throw new ValidationError(`${field}: a tree size is a non-negative integer`, field, 'INVALID_TREE_SIZE');
    }
    const size = await this.store.size();
    if (treeSize > size) {
      throw new ValidationError(`${field}: the ledger holds ${size} events, not ${treeSize}`, field, 'TREE_SIZE_BEYOND_LEDGER', { size });
    }
  }
}

/** A stored checkpoint as clients see it, with the note that was signed. */
export function toSigned(stored: StoredCheckpoint): SignedCheckpoint {
  return {
    treeSize: stored.treeSize,
    rootHash: hex(stored.rootHash),
    issuedAt: stored.issuedAt,
    keyId: stored.keyId,
    signature: stored.signature.toString('base64'),
    note: checkpointNote(stored),
  };
}
