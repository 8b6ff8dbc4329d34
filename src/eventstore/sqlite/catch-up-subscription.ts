import type { RecordedEvent } from '../../domain/shared/event';
import type { AllFilter, EventHandler, SubscribeOptions, Subscription } from '../port';

/** What a catch-up subscription needs from its store. */
export interface SubscriptionSource {
  /** Head position, and events after `after` up to and including that head, filtered, at most `maxCount`. */
  readPage(after: number, maxCount: number, filter: AllFilter | undefined): { events: RecordedEvent[]; head: number };
  /** Calls `listener` after every commit that wrote events; returns the unsubscribe function. */
  onCommit(listener: () => void): () => void;
}

/** Called when a subscription stops on an error; `event` is the event whose handler threw, if any. */
export type SubscriptionErrorHandler = (error: unknown, event: RecordedEvent | null) => void;

export interface CatchUpSubscribeOptions extends SubscribeOptions {
  onError?: SubscriptionErrorHandler;
}

const DEFAULT_BATCH_SIZE = 500;

const logError: SubscriptionErrorHandler = (error, event) => {
  console.error(`Event subscription stopped${event ? ` at position ${event.position}` : ''}:`, error);
};

/**
 * History from `after`, then live events, each exactly once and in position order.
 *
 * Live delivery never relies on the signal's payload: a commit only raises a flag, and the loop re-reads from its
 * own last position. A commit that lands while the loop is busy raises the flag, so the loop reads again instead
 * of sleeping — nothing is missed, and since reads start strictly after the last delivered position, nothing is
 * delivered twice.
 *
 * Error policy: a handler that throws (or a failing read) stops the subscription for good — skipping the event
 * would break "each exactly once", retrying forever would hide the bug. If the subscription had not caught up yet,
 * `caughtUp` rejects with the error; in every case `onError` is called (default: console.error). `stop()` still
 * resolves normally afterwards. Stopping before the first catch-up rejects `caughtUp` so that nobody waits forever.
 * Do not await `stop()` inside the handler: stop waits for the running handler call to return.
 */
export class CatchUpSubscription implements Subscription {
  readonly caughtUp: Promise<void>;
  /** Settles (never rejects) once the handler will not be called again. */
  readonly finished: Promise<void>;
  private readonly batchSize: number;
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

  private async run(): Promise<void> {
    let current: RecordedEvent | null = null;
    try {
      await Promise.resolve(); // subscribeToAll returns before the handler's first call
      while (!this.stopped) {
        this.signalled = false;
        const page = this.source.readPage(this.position, this.batchSize, this.options.filter);
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
          if (!this.signalled) await new Promise<void>((resolve) => (this.wake = resolve));
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
