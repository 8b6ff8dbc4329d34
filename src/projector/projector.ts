import type { RecordedEvent } from '../domain/shared/event';
import type { EventStore, SubscribeOptions, Subscription } from '../eventstore/port';
import type { SubscriptionErrorHandler } from '../eventstore/catch-up-subscription';
import { errorMessage, type Logger } from '../ops/logger';
import type { ProjectionTarget } from './target';

export interface ProjectorOptions {
  /** Most events applied in one batch (one read-store transaction). */
  batchSize: number;
  /** Longest an event waits in a batch that is not full: the lag added when the log is quiet. */
  maxDelayMs: number;
  /** Seconds between heartbeats; 0: none (the in-process projector of an API instance). Default 5. */
  heartbeatSeconds?: number;
  /** Seconds between progress lines while events arrive. Default 10. */
  progressSeconds?: number;
  logger?: Logger;
  /** A batch could not be stored: the projector has stopped (the caller exits, or starts a new one). */
  onFailure?: (error: unknown) => void;
  /** After each stored batch: the position every projection has reached. */
  onAdvance?: (position: number) => void;
  now?: () => Date;
}

/**
 * The asynchronous projector: subscribes to the log from the lowest projection checkpoint, gathers events into
 * batches (full at `batchSize`, or after `maxDelayMs`), and applies each batch to the read models, which store the
 * checkpoints with the writes. A batch is applied only after the previous one was stored, and while one is being
 * stored the subscription waits (its handler awaits the full batch), so memory stays bounded during a catch-up.
 *
 * Crash safety comes from the target, not from here: a batch either moved its checkpoints with its writes or left
 * both as they were, and projections skip what their checkpoint covers. So a projector killed at any point starts
 * again from the lowest checkpoint, and the events some projections had already applied are skipped by them.
 */
export class Projector {
  private subscription: Subscription | null = null;
  private buffer: RecordedEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  /** Batches are stored one after another, in order. */
  private chain: Promise<void> = Promise.resolve();
  private failed: unknown = null;
  private stopping = false;
  private appliedPosition = 0;
  private lastProgressAt = 0;
  private eventsSinceProgress = 0;

  constructor(
    private readonly events: EventStore,
    private readonly target: ProjectionTarget,
    private readonly options: ProjectorOptions,
  ) {}

  /** The position of the last event handed to a stored batch (every projection is at or beyond it). */
  get position(): number {
    return this.appliedPosition;
  }

  /** Starts from the lowest checkpoint; resolves once subscribed (not caught up: see `caughtUp`). */
  async start(): Promise<void> {
    this.appliedPosition = await this.target.position();
    this.lastProgressAt = Date.now();
    this.options.logger?.info({ position: this.appliedPosition }, 'projector starting from the lowest checkpoint');
    // The adapters' subscriptions take an error callback beyond the port's options: a subscription that stops (the
    // store went away for longer than its retries) is the projector's failure too.
    const options: SubscribeOptions & { onError?: SubscriptionErrorHandler } = {
      after: this.appliedPosition,
      batchSize: this.options.batchSize,
      onError: (error) => this.fail(error),
    };
    this.subscription = this.events.subscribeToAll((event) => this.receive(event), options);
    this.subscription.caughtUp.catch((error: unknown) => {
      if (!this.stopping) this.fail(error); // stopped before catching up: not a failure
    });
    const seconds = this.options.heartbeatSeconds ?? 5;
    if (seconds > 0) {
      const beat = () => {
        this.chain = this.chain.then(() => this.heartbeat()).catch((error: unknown) => this.fail(error));
      };
      beat();
      this.heartbeatTimer = setInterval(beat, seconds * 1000);
      this.heartbeatTimer.unref();
    }
  }

  /** Resolves when the subscription has delivered the log up to the head it saw at start, and that is stored. */
  async caughtUp(): Promise<void> {
    if (!this.subscription) throw new Error('The projector has not started');
    await this.subscription.caughtUp;
    await this.drain();
  }

  /** Stores whatever is buffered now (tests, shutdown). */
  async drain(): Promise<void> {
    this.flush();
    await this.chain;
    if (this.failed !== null) throw this.failed;
  }

  /** Graceful: no more events are taken, the buffered ones are stored, then it resolves. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    await this.subscription?.stop();
    this.flush();
    await this.chain;
    if (this.failed !== null) throw this.failed;
  }

  private async receive(event: RecordedEvent): Promise<void> {
    if (this.failed !== null) return; // stopped on a failure: what follows is applied by the next projector
    this.buffer.push(event);
    if (this.buffer.length >= this.options.batchSize) {
      this.flush();
      // Back-pressure: the subscription reads on only once this batch is stored.
      await this.chain;
    } else if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.options.maxDelayMs);
    }
  }

  /** Hands the buffered events to the chain as one batch. */
  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.buffer.length === 0 || this.failed !== null) return;
    const batch = this.buffer;
    this.buffer = [];
    this.chain = this.chain.then(() => this.applyBatch(batch)).catch((error: unknown) => this.fail(error));
  }

  private async applyBatch(batch: RecordedEvent[]): Promise<void> {
    if (this.failed !== null) return;
    await this.target.apply(batch);
    this.appliedPosition = (batch[batch.length - 1] as RecordedEvent).position;
    this.options.onAdvance?.(this.appliedPosition);
    this.eventsSinceProgress += batch.length;
    const seconds = this.options.progressSeconds ?? 10;
    if (this.options.logger && Date.now() - this.lastProgressAt >= seconds * 1000) await this.logProgress();
  }

  private async logProgress(): Promise<void> {
    const elapsed = (Date.now() - this.lastProgressAt) / 1000;
    const head = await this.events.headPosition();
    this.options.logger?.info(
      {
        position: this.appliedPosition,
        head,
        lag: Math.max(0, head - this.appliedPosition),
        eventsPerSecond: Math.round(this.eventsSinceProgress / Math.max(elapsed, 0.001)),
      },
      'projector progress',
    );
    this.lastProgressAt = Date.now();
    this.eventsSinceProgress = 0;
  }

  private async heartbeat(): Promise<void> {
    if (this.stopping || this.failed !== null) return;
    const head = await this.events.headPosition();
    const now = this.options.now?.() ?? new Date();
    await this.target.writeHeartbeat({ at: now.toISOString(), position: this.appliedPosition, head, pid: process.pid });
  }

  private fail(error: unknown): void {
    if (this.failed !== null) return;
    this.failed = error;
    this.buffer = [];
    if (this.timer) clearTimeout(this.timer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    if (this.stopping) return; // stop() reports it
    this.options.logger?.error({ position: this.appliedPosition, error: errorMessage(error) }, 'projector stopped: a batch could not be stored');
    // Not awaited here: stop() waits for the handler that may be running this very call.
    void this.subscription?.stop();
    this.options.onFailure?.(error);
  }
}
