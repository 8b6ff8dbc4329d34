import type { RecordedEvent } from '../../domain/shared/event';
import type { AllFilter, EventHandler, SubscribeOptions, Subscription } from '../port';
import type { SubscriptionErrorHandler } from '../sqlite/catch-up-subscription';
import { isUnavailable } from './connection';

/** What a catch-up subscription needs from a server store (reads are asynchronous there). */
export interface AsyncSubscriptionSource {
  /**
   * Events after `after`, filtered, at most `maxCount`, and the head position they were read against (one
   * snapshot): every event up to `head` that passes the filter is in the page unless the page is full.
   */
  readPage(after: number, maxCount: number, filter: AllFilter | undefined): Promise<{ events: RecordedEvent[]; head: number }>;
  /** Calls `listener` when events may have been written (a NOTIFY, a local append); returns the unsubscribe function. */
  onCommit(listener: () => void): () => void;
}

export interface AsyncCatchUpOptions extends SubscribeOptions {
  onError?: SubscriptionErrorHandler;
  /** Re-read at least this often when no signal came (a lost NOTIFY connection, another writer). Default 1,000 ms. */
  pollIntervalMs?: number;
  /**
   * Consecutive failed reads tolerated (backoff 0.1 s doubling to 5 s: ~20 s in all) before the subscription stops.
   * Default 10. Reads that fail because the store cannot be reached (connection.ts: isUnavailable) do not count:
   * those are retried every 5 s for as long as the outage lasts.
   */
  readAttempts?: number;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_POLL_MS = 1000;
const DEFAULT_READ_ATTEMPTS = 10;

const logError: SubscriptionErrorHandler = (error, event) => {
  console.error(`Event subscription stopped${event ? ` at position ${event.position}` : ''}:`, error);
};

/**
 * The SQLite adapter's catch-up subscription (sqlite/catch-up-subscription.ts), for a source whose reads are
 * asynchronous and whose signals may be lost: it also polls.
 *
 * Same guarantees: history from `after`, then live events, each once, in position order. A signal only raises a
 * flag and the loop re-reads from its own last position, so a lost or duplicated signal can delay an event (until the
 * next poll) but never skip or repeat it. The source's order is gap-free (see postgres-event-store.ts), so reading
 * "strictly after the last delivered position" cannot step over an event that commits later.
 *
 * Error policy: a handler that throws stops the subscription for good, as in SQLite (skipping would break "each
 * exactly once"). A failed READ is retried with backoff (a server store has transient failures: a restarted server,
 * a dropped connection; reading again is harmless) and stops the subscription after `readAttempts` in a row, unless
 * the store is unreachable: then it retries until the store is back (tests/e2e/pg-outage.e2e.test.ts).
 * `caughtUp` rejects if the subscription stops before it caught up; `onError` is called (default: console.error).
 */
export class AsyncCatchUpSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  /** Settles (never rejects) once the handler will not be called again. */
  readonly finished: Promise<void>;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly readAttempts: number;
  private position: number;
  private stopped = false;
  private signalled = false;
  private wake: (() => void) | null = null;
  private settleCaughtUp!: (error?: unknown) => void;

  constructor(
    private readonly source: AsyncSubscriptionSource,
    private readonly handler: EventHandler,
    private readonly options: AsyncCatchUpOptions = {},
  ) {
    this.position = options.after ?? 0;
    this.batchSize = Math.max(1, Math.trunc(options.batchSize ?? DEFAULT_BATCH_SIZE));
    this.pollMs = Math.max(1, options.pollIntervalMs ?? DEFAULT_POLL_MS);
    this.readAttempts = Math.max(1, Math.trunc(options.readAttempts ?? DEFAULT_READ_ATTEMPTS));
    this.caughtUp = new Promise<void>((resolve, reject) => {
      let settled = false;
      this.settleCaughtUp = (error?: unknown) => {
        if (settled) return;
        settled = true;
        if (error === undefined) resolve();
        else reject(error);
      };
    });
    this.caughtUp.catch(() => undefined); // a rejection nobody awaits must not crash the process
    const unsubscribe = source.onCommit(() => this.signal());
    this.finished = this.run().finally(unsubscribe);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.settleCaughtUp(new Error('Subscription stopped before it caught up'));
    this.signal();
    await this.finished;
  }

  private signal(): void {
    this.signalled = true;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Waits for a signal, the poll interval, or stop(). */
  private async idle(ms: number): Promise<void> {
    if (this.signalled || this.stopped) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async read(): Promise<{ events: RecordedEvent[]; head: number } | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.source.readPage(this.position, this.batchSize, this.options.filter);
      } catch (error) {
        if (this.stopped) return null;
        // An outage is waited out, however long: stopping would leave the read models behind for good (the
        // in-process projector is not restarted), while the store coming back is what an outage ends with.
        if (attempt >= this.readAttempts && !isUnavailable(error)) throw error;
        // The retry reads everything up to the head anyway, so a signal that came during the failed read is spent:
        // left raised, it made idle() return at once and the backoff a busy loop (thousands of connection attempts
        // a second against a refusing server, and the attempts used up in milliseconds).
        this.signalled = false;
        await this.idle(Math.min(5000, 100 * 2 ** (attempt - 1)));
        if (this.stopped) return null;
      }
    }
  }

  private async run(): Promise<void> {
    let current: RecordedEvent | null = null;
    try {
      await Promise.resolve(); // subscribeToAll returns before the handler's first call
      while (!this.stopped) {
        this.signalled = false;
        const page = await this.read();
        if (page === null || this.stopped) return;
        for (const event of page.events) {
          if (this.stopped) return;
          current = event;
          await this.handler(event);
          this.position = event.position;
        }
        current = null;
        if (this.stopped) return;
        if (page.events.length < this.batchSize) {
          // Everything up to the head was scanned, even the events the filter skipped.
          this.position = Math.max(this.position, page.head);
          this.settleCaughtUp();
          await this.idle(this.pollMs);
        }
      }
    } catch (error) {
      this.stopped = true;
      this.settleCaughtUp(error);
      (this.options.onError ?? logError)(error, current);
    }
  }
}
