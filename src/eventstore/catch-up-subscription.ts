import type { RecordedEvent } from '../domain/shared/event';
import type { AllFilter, EventHandler, SubscribeOptions, Subscription } from './port';

/** A page of the log: events after a position, and the head position they were read against (one snapshot). */
export interface SubscriptionPage {
  events: RecordedEvent[];
  head: number;
}

/** What a catch-up subscription needs from its store (SQLite reads synchronously, the server stores asynchronously). */
export interface SubscriptionSource {
  /**
   * Events after `after`, filtered, at most `maxCount`, and the head they were read against: every event up to `head`
   * that passes the filter is in the page unless the page is full.
   */
  readPage(after: number, maxCount: number, filter: AllFilter | undefined): SubscriptionPage | Promise<SubscriptionPage>;
  /** Calls `listener` when events may have been written (a commit, a NOTIFY); returns the unsubscribe function. */
  onCommit(listener: () => void): () => void;
}

/** Called when a subscription stops on an error; `event` is the event whose handler threw, if any. */
export type SubscriptionErrorHandler = (error: unknown, event: RecordedEvent | null) => void;

export interface CatchUpSubscribeOptions extends SubscribeOptions {
  onError?: SubscriptionErrorHandler;
  /**
   * Re-read at least this often when no signal came (a server store's signals can be lost: a dropped NOTIFY
   * connection, another writer). Default: never (the embedded store signals every commit itself).
   */
  pollIntervalMs?: number;
  /**
   * Consecutive failed reads tolerated (backoff 0.1 s doubling to 5 s) before the subscription stops. Default 1: the
   * first failure stops it.
   */
  readAttempts?: number;
  /** Read failures retried for as long as they last, without counting (a server store that cannot be reached). */
  retriesWithoutLimit?: (error: unknown) => boolean;
}

const DEFAULT_BATCH_SIZE = 500;

const logError: SubscriptionErrorHandler = (error, event) => {
  console.error(`Event subscription stopped${event ? ` at position ${event.position}` : ''}:`, error);
};

/**
 * History from `after`, then live events, each exactly once and in position order — for every adapter.
 *
 * Live delivery never relies on the signal's payload: a signal only raises a flag, and the loop re-reads from its own
 * last position. A signal that lands while the loop is busy raises the flag, so the loop reads again instead of
 * sleeping; a lost or duplicated signal can delay an event (until the next poll, where there is one) but never skip or
 * repeat it. Reads start strictly after the last delivered position, and every store's order is gap-free, so nothing
 * is delivered twice and nothing that commits later is stepped over.
 *
 * Error policy: a handler that throws stops the subscription for good — skipping the event would break "each exactly
 * once", retrying forever would hide the bug. A failed read is retried with backoff up to `readAttempts` in a row
 * (a server store has transient failures; reading again is harmless), and for as long as `retriesWithoutLimit` says
 * (an outage is waited out: tests/e2e/pg-outage.e2e.test.ts). If the subscription had not caught up when it stopped,
 * `caughtUp` rejects with the error; in every case `onError` is called (default: console.error). `stop()` still
 * resolves normally afterwards. Stopping before the first catch-up rejects `caughtUp` so that nobody waits forever.
 * Do not await `stop()` inside the handler: stop waits for the running handler call to return.
 */
export class CatchUpSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  /** Settles (never rejects) once the handler will not be called again. */
  readonly finished: Promise<void>;
  private readonly batchSize: number;
  private readonly pollMs: number | null;
  private readonly readAttempts: number;
  private position: number;
  private stopped = false;
  private signalled = false;
  private wake: (() => void) | null = null;
  private settleCaughtUp!: (error?: unknown) => void;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly handler: EventHandler,
    private readonly options: CatchUpSubscribeOptions = {},
  ) {
    this.position = options.after ?? 0;
    this.batchSize = Math.max(1, Math.trunc(options.batchSize ?? DEFAULT_BATCH_SIZE));
    this.pollMs = options.pollIntervalMs === undefined ? null : Math.max(1, options.pollIntervalMs);
    this.readAttempts = Math.max(1, Math.trunc(options.readAttempts ?? 1));
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

  /** Waits for a signal or stop(), and at most `ms` (null: no bound). */
  private async idle(ms: number | null): Promise<void> {
    if (this.signalled || this.stopped) return;
    await new Promise<void>((resolve) => {
      const timer =
        ms === null
          ? null
          : setTimeout(() => {
              this.wake = null;
              resolve();
            }, ms);
      this.wake = () => {
        if (timer !== null) clearTimeout(timer);
        resolve();
      };
    });
  }

  private async read(): Promise<SubscriptionPage | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.source.readPage(this.position, this.batchSize, this.options.filter);
      } catch (error) {
        if (this.stopped) return null;
        if (attempt >= this.readAttempts && !this.options.retriesWithoutLimit?.(error)) throw error;
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
        } else {
          // A long history: let appends and I/O run between pages.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } catch (error) {
      this.stopped = true;
      this.settleCaughtUp(error);
      (this.options.onError ?? logError)(error, current);
    }
  }
}

/** How often a server store's subscription re-reads without a signal, by default. */
export const SERVER_POLL_INTERVAL_MS = 1000;

/**
 * A server store's subscription options: it polls (signals can be lost), tolerates ten failed reads in a row (about
 * 20 s of backoff) and waits out an outage (`unreachable`: the store cannot be reached now) however long it lasts.
 * The caller's options win, but an absent poll interval falls back to the store's.
 */
export function serverSubscriptionOptions(
  options: CatchUpSubscribeOptions,
  storePollIntervalMs: number | undefined,
  unreachable: (error: unknown) => boolean,
): CatchUpSubscribeOptions {
  return {
    readAttempts: 10,
    retriesWithoutLimit: unreachable,
    ...options,
    pollIntervalMs: options.pollIntervalMs ?? storePollIntervalMs ?? SERVER_POLL_INTERVAL_MS,
  };
}
