import { createHash } from 'node:crypto';
import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type AppendStreamRequest,
  type AppendStreamState,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { EventMetadata, NewEvent, RecordedEvent } from '../../domain/shared/event';
import { ServiceUnavailableError, ValidationError } from '../../domain/shared/errors';
import { EventIdConflictError, WrongExpectedRevisionError } from '../errors';
import type {
  AllFilter,
  AppendOptions,
  AppendResult,
  EventHandler,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  Subscription,
} from '../port';
import { CatchUpSubscription, serverSubscriptionOptions, type CatchUpSubscribeOptions } from '../catch-up-subscription';
import { describeError, isUnavailable } from '../postgres/connection';
import { prepareAppend, revisionMatches, type PreparedAppend, type PreparedEvent } from '../sqlite/append-input';
import { sameJson } from '../sqlite/rows';

/*
 * ─── The KurrentDB event store ─────────────────────────────────────────────────────────────────────────────────
 *
 * NOT YET RUN AGAINST A SERVER: written against @kurrent/kurrentdb-client 1.3.1's API; its contract suite
 * (tests/contract/kurrentdb-event-store.int.test.ts) runs only where KURRENTDB_URL is set. Needs KurrentDB 25.1 or
 * later (multi-stream appends); start-up refuses an older server.
 *
 * Positions. KurrentDB's own global order ($all) is addressed by commit/prepare positions: byte offsets in its
 * transaction file, increasing but not dense, and shared with system events. The port needs a dense 1-based
 * `position` (the contract: 200 concurrent appends take exactly 1..200; the audit trail's leaf of position p has
 * index p − 1). So the store keeps its own dense log, as a KurrentDB stream:
 *
 *   <prefix>aol-log        one record per event, in global order: position = the record's revision + 1
 *   <prefix><streamId>     the logical streams, native KurrentDB streams: revision = KurrentDB's revision
 *   <prefix>aol-id-<id>    one marker per event id (expected state no_stream): the global uniqueness of ids
 *
 * An append is ONE multi-stream append (atomic: all or nothing) of the events to their stream (with the caller's
 * expectation, made exact), of their copies to the log (expected revision: the log's head as last seen) and of one
 * marker per id. The log's expected revision is the serialisation point: two appends racing for the same log
 * revision cannot both commit, so positions are dense and in commit order, and a reader of the log can never see
 * position n + 1 before n. The loser re-reads the log's head and tries again (appends of one instance go one at a
 * time, so only other instances make it retry). Every record holds the whole envelope (JSON: stream, revision,
 * position, id, type, schemaVersion, data, metadata), so stream reads and log reads need no join.
 *
 * What the contract asks and how: expected revisions — native, checked on the logical stream ('any' and
 * 'stream_exists' are turned into the exact head read just before, retried if another instance moved it);
 * idempotency — an id's marker stream exists: the stored event is found through it and compared (stream, type,
 * data), a replay answers it with written: false, anything else is EVENT_ID_CONFLICT; readAll and the catch-up
 * subscription read the log stream (filters applied here); a live subscription to the log wakes them, and they poll.
 * Costs: three records per event (logical, log copy, id marker), and appends of all instances contend on one stream.
 */

export interface KurrentEventStoreOptions {
  /** Prefix of every stream this store writes (tests isolate themselves with one). Default none. */
  streamPrefix?: string;
  /** Source of `metadata.recordedAt`. Default: this machine's clock. */
  clock?: () => Date;
  /** Default poll interval of subscriptions. Default 1,000 ms. */
  pollIntervalMs?: number;
  /** Attempts of an append when other instances keep winning the log's next revision. Default 50. */
  maxAttempts?: number;
  /** Deadline of the start-up check. Default 5,000 ms. */
  connectTimeoutMs?: number;
}

/** What each record holds (the KurrentDB event's JSON data). */
interface Envelope {
  streamId: string;
  revision: number;
  position: number;
  id: string;
  type: string;
  schemaVersion: number;
  data: object;
  metadata: EventMetadata;
}

/** The marker of an id: where its event lives. */
interface IdMarker {
  streamId: string;
  revision: number;
  position: number;
}

const LOG = 'aol-log';
const ID = 'aol-id-';
const PAGE = 500;

/** Opens a store on `url` (e.g. kurrentdb://127.0.0.1:2113?tls=false); checks the connection and the server's version. */
export async function openKurrentEventStore(url: string, options: KurrentEventStoreOptions = {}): Promise<KurrentEventStore> {
  let client: KurrentDBClient;
  try {
    client = KurrentDBClient.connectionString(url);
  } catch (error) {
    throw new Error(`KURRENTDB_URL is not a KurrentDB connection string: ${describeError(error)}`);
  }
  const store = new KurrentEventStore(client, options);
  try {
    await store.headPosition(options.connectTimeoutMs ?? 5000);
    const version = await serverVersion(client);
    if (version !== null && !atLeast(version, 25, 1)) {
      throw new Error(`KurrentDB ${version} has no multi-stream appends; this store needs 25.1 or later`);
    }
  } catch (error) {
    await client.dispose().catch(() => undefined);
    const cause = error instanceof ServiceUnavailableError ? (error as { cause?: unknown }).cause : error;
    const reason =
      (cause as { type?: unknown } | null)?.type === 'unavailable'
        ? 'nothing answers (is the server up, and does ?tls= match its setting?)'
        : describeError(cause);
    throw new Error(`Cannot use KurrentDB at ${redact(url)}: ${reason}`);
  }
  return store;
}

export class KurrentEventStore implements EventStore {
  private readonly prefix: string;
  private readonly clock: () => Date;
  private readonly maxAttempts: number;
  /** Revision of the log's last record as this instance last saw it (-1: no log yet); refreshed on a conflict. */
  private logHead: number | null = null;
  /** Appends of this instance, one at a time: they would only make each other retry. */
  private tail: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private wakeUp: { unsubscribe(): Promise<void> } | null = null;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private closed = false;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: KurrentEventStoreOptions = {},
  ) {
    this.prefix = options.streamPrefix ?? '';
    this.clock = options.clock ?? (() => new Date());
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 50);
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    let append: PreparedAppend;
    try {
      append = prepareAppend(streamId, events, options);
      if (streamId === LOG || streamId.startsWith(ID)) {
        throw new ValidationError(`Stream ids "${LOG}" and "${ID}…" are reserved by the KurrentDB store`, 'streamId');
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const result = this.tail.then(() => this.append(append)).catch((error: unknown) => {
      throw asUnavailable(error);
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const maxCount = optionalCount(options.maxCount, 'maxCount');
    const fromRevision = optionalCount(options.fromRevision, 'fromRevision');
    if (maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    return (
      await this.read(this.prefix + streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: fromRevision === undefined ? (backwards ? END : BigInt(0)) : BigInt(fromRevision),
        maxCount: maxCount ?? Number.MAX_SAFE_INTEGER,
      })
    ).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const after = optionalCount(options.after, 'after') ?? 0;
    const maxCount = optionalCount(options.maxCount, 'maxCount') ?? Number.MAX_SAFE_INTEGER;
    return (await this.readPage(after, maxCount, options.filter)).events;
  }

  subscribeToAll(handler: EventHandler, options: CatchUpSubscribeOptions = {}): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      {
        readPage: (after, maxCount, filter) => this.readPage(after, maxCount, filter),
        onCommit: (listener) => this.listen(listener),
      },
      handler,
      serverSubscriptionOptions(options, this.options.pollIntervalMs, isUnavailable),
    );
    this.subscriptions.add(subscription);
    void subscription.finished.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(deadline?: number): Promise<number> {
    this.assertOpen();
    const [last] = await this.read(this.prefix + LOG, { direction: BACKWARDS, fromRevision: END, maxCount: 1, deadline });
    return last ? last.position : 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.wakeUp?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }

  private async append(append: PreparedAppend): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const stream = await this.streamHead(append.streamId);
      if (!revisionMatches(append.expected, stream.revision)) {
        const replay = await this.findReplay(append, stream.revision);
        if (replay) return replay;
        throw new WrongExpectedRevisionError(append.streamId, append.expected, stream.revision === -1 ? 'no_stream' : stream.revision);
      }
      if (append.events.length === 0) {
        return { nextExpectedRevision: stream.revision, lastPosition: stream.position, events: [], written: false };
      }
      const logHead = this.logHead ?? (await this.readLogHead());
      const recordedAt = this.clock().toISOString();
      const envelopes = append.events.map((event, i) => envelopeOf(append.streamId, event, stream.revision + 1 + i, logHead + 2 + i, recordedAt));
      try {
        await this.client.multiStreamAppend(this.requests(envelopes, stream.revision, logHead));
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) {
          this.logHead = null; // an unknown outcome: read the head again next time
          throw error;
        }
        const replay = await this.findReplay(append, null);
        if (replay) return replay;
        const lost = error.streamName === this.prefix + LOG || error.streamName === this.prefix + append.streamId;
        if (!lost) throw error;
        // Another instance took the log's next revision, or moved this stream: read both again and retry, unless the
        // caller's own expectation is what failed (checked at the top of the next round).
        this.logHead = null;
        if (attempt >= this.maxAttempts) throw new Error(`Append to ${append.streamId}: the log kept moving (${attempt} attempts)`);
        continue;
      }
      this.logHead = logHead + envelopes.length;
      for (const listener of [...this.listeners]) listener();
      const events = envelopes.map(toRecordedEvent);
      const last = events[events.length - 1] as RecordedEvent;
      return { nextExpectedRevision: last.revision, lastPosition: last.position, events, written: true };
    }
  }

  private requests(envelopes: Envelope[], streamRevision: number, logHead: number): AppendStreamRequest[] {
    const first = envelopes[0] as Envelope;
    return [
      {
        streamName: this.prefix + first.streamId,
        expectedState: stateOf(streamRevision),
        events: envelopes.map((e) => jsonEvent({ id: recordId('event', e.id), type: e.type, data: { ...e } })),
      },
      {
        streamName: this.prefix + LOG,
        expectedState: stateOf(logHead),
        events: envelopes.map((e) => jsonEvent({ id: recordId('log', e.id), type: e.type, data: { ...e } })),
      },
      ...envelopes.map((e) => ({
        streamName: this.prefix + ID + e.id,
        expectedState: 'no_stream' as const,
        events: [
          jsonEvent({
            id: recordId('id', e.id),
            type: 'EventIdClaimed',
            data: { streamId: e.streamId, revision: e.revision, position: e.position } satisfies IdMarker,
          }),
        ],
      })),
    ];
  }

  /**
   * Null when none of the ids is stored; the stored events when all are, in this stream, with the same type and
   * data (a replay); otherwise an EventIdConflictError. `actual` null: read the stream's head for the answer.
   */
  private async findReplay(append: PreparedAppend, actual: number | null): Promise<AppendResult | null> {
    if (append.events.length === 0) return null;
    const markers = await Promise.all(append.events.map((event) => this.idMarker(event.id)));
    if (markers.every((marker) => marker === null)) return null;
    const stored: RecordedEvent[] = [];
    for (const [i, event] of append.events.entries()) {
      const marker = markers[i];
      const found =
        marker && marker.streamId === append.streamId
          ? (await this.readStream(append.streamId, { fromRevision: marker.revision, maxCount: 1 }))[0]
          : undefined;
      const same = found !== undefined && found.id === event.id && found.type === event.type && sameJson(JSON.stringify(found.data), event.dataJson);
      if (!same) throw new EventIdConflictError(event.id);
      stored.push(found);
    }
    const last = stored[stored.length - 1] as RecordedEvent;
    const revision = actual ?? (await this.streamHead(append.streamId)).revision;
    return { nextExpectedRevision: revision, lastPosition: last.position, events: stored, written: false };
  }

  private async idMarker(eventId: string): Promise<IdMarker | null> {
    const events = await this.readRaw(this.prefix + ID + eventId, { direction: FORWARDS, fromRevision: BigInt(0), maxCount: 1 });
    return (events[0] as IdMarker | undefined) ?? null;
  }

  /** [revision, position] of the stream's last event; -1 and 0 when it does not exist. */
  private async streamHead(streamId: string): Promise<{ revision: number; position: number }> {
    const [last] = await this.read(this.prefix + streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last ? { revision: last.revision, position: last.position } : { revision: -1, position: 0 };
  }

  private async readLogHead(): Promise<number> {
    return (await this.headPosition()) - 1;
  }

  /** Events after `after` in the log, filtered, at most `maxCount`; `head`: the last position scanned. */
  private async readPage(after: number, maxCount: number, filter: AllFilter | undefined): Promise<{ events: RecordedEvent[]; head: number }> {
    const types = filter?.eventTypes ? new Set(filter.eventTypes) : null;
    const prefix = filter?.streamPrefix;
    const events: RecordedEvent[] = [];
    let head = after;
    while (events.length < maxCount) {
      const page = await this.read(this.prefix + LOG, { direction: FORWARDS, fromRevision: BigInt(head), maxCount: PAGE });
      for (const envelope of page) {
        head = envelope.position;
        if (types && !types.has(envelope.type)) continue;
        if (prefix !== undefined && !envelope.streamId.startsWith(prefix)) continue;
        events.push(toRecordedEvent(envelope));
        if (events.length >= maxCount) break;
      }
      if (page.length < PAGE) break;
    }
    return { events, head };
  }

  private async read(
    stream: string,
    options: { direction: typeof FORWARDS | typeof BACKWARDS; fromRevision: bigint | typeof END; maxCount: number; deadline?: number },
  ): Promise<Envelope[]> {
    return (await this.readRaw(stream, options)) as Envelope[];
  }

  /** The JSON data of a stream's records; [] when the stream does not exist. */
  private async readRaw(
    stream: string,
    options: { direction: typeof FORWARDS | typeof BACKWARDS; fromRevision: bigint | typeof END; maxCount: number; deadline?: number },
  ): Promise<unknown[]> {
    const out: unknown[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, options) as AsyncIterable<ResolvedEvent>) {
        const data: unknown = resolved.event?.data;
        if (data === undefined) continue;
        // JSON records come back parsed; should one come back as bytes (a content type the client does not mark
        // as JSON), it is still our JSON text.
        out.push(data instanceof Uint8Array ? (JSON.parse(Buffer.from(data).toString('utf8')) as unknown) : data);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw asUnavailable(error);
    }
    return out;
  }

  /** Wakes subscriptions when the log grows: one live subscription to it, reopened after an error. */
  private listen(listener: () => void): () => void {
    this.listeners.add(listener);
    this.ensureWakeUp();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.wakeUp) {
        void this.wakeUp.unsubscribe().catch(() => undefined);
        this.wakeUp = null;
      }
    };
  }

  private ensureWakeUp(): void {
    if (this.wakeUp || this.closed || this.listeners.size === 0) return;
    const subscription = this.client.subscribeToStream(this.prefix + LOG, { fromRevision: END });
    this.wakeUp = subscription;
    subscription.on('data', () => {
      for (const listener of [...this.listeners]) listener();
    });
    subscription.on('error', () => {
      if (this.wakeUp !== subscription) return;
      this.wakeUp = null;
      setTimeout(() => this.ensureWakeUp(), 1000).unref(); // the subscriptions poll meanwhile
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

/** The server cannot be reached now: our SERVICE_UNAVAILABLE (a client may retry); anything else as it is. */
function asUnavailable(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type !== 'unavailable' && type !== 'deadline-exceeded' && type !== 'timeout' && type !== 'not-leader') return error;
  const unavailable = new ServiceUnavailableError('The event store is unavailable; try again later', 'EVENT_STORE_UNAVAILABLE');
  Object.defineProperty(unavailable, 'cause', { value: error, enumerable: false });
  return unavailable;
}

function envelopeOf(streamId: string, event: PreparedEvent, revision: number, position: number, recordedAt: string): Envelope {
  return {
    streamId,
    revision,
    position,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    // Parsed from the prepared text: what is stored and read back is that exact JSON (as SQLite and PostgreSQL do).
    data: JSON.parse(event.dataJson) as object,
    metadata: JSON.parse(JSON.stringify({ ...event.metadata, recordedAt })) as EventMetadata,
  };
}

function toRecordedEvent(envelope: Envelope): RecordedEvent {
  return {
    id: envelope.id,
    type: envelope.type,
    schemaVersion: envelope.schemaVersion,
    streamId: envelope.streamId,
    revision: envelope.revision,
    position: envelope.position,
    data: envelope.data,
    metadata: envelope.metadata,
  };
}

function stateOf(revision: number): AppendStreamState {
  return revision === -1 ? 'no_stream' : BigInt(revision);
}

/** KurrentDB record ids are UUIDs and unique per record: derived from the event id and the record's role. */
function recordId(role: 'event' | 'log' | 'id', eventId: string): string {
  const hex = createHash('sha256').update(`${role}\u0000${eventId}`).digest('hex');
  // A version-8 (custom) UUID with the RFC 4122 variant.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function serverVersion(client: KurrentDBClient): Promise<string | null> {
  try {
    // `capabilities` is protected in the client's types; it answers the server's version (null if unknown).
    const features = await (client as unknown as { capabilities: Promise<{ serverVersion?: string }> }).capabilities;
    return features.serverVersion ?? null;
  } catch {
    return null;
  }
}

function atLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  return a > major || (a === major && b >= minor);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function optionalCount(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new ValidationError(`${field} is a non-negative integer`, field);
  return value;
}

