import type { NewEvent, RecordedEvent } from '../domain/shared/event';

/**
 * The event store port. Every adapter (SQLite, PostgreSQL, KurrentDB) implements exactly this and runs
 * the shared contract suite in tests/contract.
 */

/** `any`: no check; `no_stream`: the stream must not exist; `stream_exists`: it must; a number: the
 * revision of the stream's last event must equal it. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append (the next expected revision). */
  nextExpectedRevision: number;
  /** Global position of the last event appended (or of the already stored event on a replay). */
  lastPosition: number;
  /** The stored events, with their positions (the existing ones when the append was a replay). */
  events: RecordedEvent[];
  /** False when every event id was already stored with the same content (an idempotent replay). */
  written: boolean;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** Inclusive start revision; forwards defaults to 0, backwards to the end. */
  fromRevision?: number;
  maxCount?: number;
}

export interface AllFilter {
  eventTypes?: readonly string[];
  streamPrefix?: string;
}

export interface ReadAllOptions {
  /** Exclusive: events with a position strictly greater than this. Defaults to 0 (from the start). */
  after?: number;
  maxCount?: number;
  filter?: AllFilter;
}

export interface SubscribeOptions {
  /** Exclusive start position, as for readAll. */
  after?: number;
  filter?: AllFilter;
  /** How many events a catch-up read fetches at once. */
  batchSize?: number;
}

export interface Subscription {
  /** Stops delivery; resolves once the handler will not be called again. */
  stop(): Promise<void>;
  /** Resolves when the subscription has caught up with the log's head at least once. */
  readonly caughtUp: Promise<void>;
}

/** Handler of a catch-up subscription: called once per event, in position order, never concurrently. */
export type EventHandler = (event: RecordedEvent) => void | Promise<void>;

export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** History from `after`, then live events, in position order, each exactly once. */
  subscribeToAll(handler: EventHandler, options?: SubscribeOptions): Subscription;
  /** Position of the last event in the log (0 when empty). */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}
