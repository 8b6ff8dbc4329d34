import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { EventMetadata, NewEvent, RecordedEvent } from '../../domain/shared/event';
import { ValidationError } from '../../domain/shared/errors';
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
import { prepareAppend, revisionMatches, type PreparedAppend } from './append-input';
import { CatchUpSubscription, type CatchUpSubscribeOptions } from '../catch-up-subscription';
import { GroupCommitQueue, type Outcome } from './group-commit';
import { EVENT_COLUMNS, sameJson, toRecordedEvents, type EventRow } from './rows';
import { configureConnection, ensureSchema } from './schema';

/**
 * Runs inside the transaction of a group of appends, after their rows are inserted, with the events of every append
 * written, in position order. The app updates its projections here so that read models change atomically with the
 * log. If it throws, the appends are retried one by one, and the one it refuses is rolled back and rejects.
 */
export type InlineHook = (events: RecordedEvent[]) => void;

/** What one group commit came to: appends in the group, events written, and how long the transaction took. */
export interface GroupCommitStats {
  appends: number;
  eventsWritten: number;
  seconds: number;
}

/** Told after each group's transaction returned (metrics). It must not throw; if it does, the error is ignored. */
export type GroupCommitObserver = (stats: GroupCommitStats) => void;

export interface SqliteEventStoreOptions {
  /** Source of `metadata.recordedAt`. Default: the real time. */
  clock?: () => Date;
  onAppended?: InlineHook;
  /** Most appends committed in one transaction. Default 4,096. */
  maxGroupSize?: number;
  /** How long a write waits for another connection's lock. Default 5,000 ms. */
  busyTimeoutMs?: number;
}

/** [revision, position] of a stream's last event. */
type StreamHead = [revision: number, position: number];

const NO_LIMIT = -1;
const MAX_POSITION = Number.MAX_SAFE_INTEGER;

/**
 * The embedded event store: one SQLite file, shared with the read models.
 *
 * Group commit: appends are queued and, on the next turn of the event loop, written together in ONE transaction
 * (one fsync). Each append runs in its own savepoint, so a failing one (wrong revision, id conflict, throwing
 * inline hook) rejects alone; later appends in the group see the effects of earlier ones. Promises settle only
 * after the COMMIT returned, i.e. once the events are on disk (synchronous=FULL).
 *
 * Subscriptions are woken in-process after each commit: this store is meant to be the file's only writer (the
 * embedded mode runs one process). Events written by another process would reach them only at the next local commit.
 */
export class SqliteEventStore implements EventStore {
  private readonly clock: () => Date;
  private readonly appends: GroupCommitQueue<PreparedAppend, AppendResult>;
  private hook: InlineHook | undefined;
  private observer: GroupCommitObserver | undefined;
  private ownsDb = false;
  private closed = false;
  private readonly commitListeners = new Set<() => void>();
  private readonly subscriptions = new Set<CatchUpSubscription>();

  private readonly headOfStream: Statement<[string], StreamHead>;
  private readonly insertEvent: Statement<[string, string, number, string, number, string, string, string]>;
  private readonly eventById: Statement<[string], EventRow>;
  private readonly streamForwards: Statement<[string, number, number], EventRow>;
  private readonly streamBackwards: Statement<[string, number, number], EventRow>;
  private readonly allEvents: Statement<[AllParams], EventRow>;
  private readonly headPositionStmt: Statement<[], number>;
  private readonly commitGroup: Transaction<(group: PreparedAppend[]) => Outcome<AppendResult>[]>;
  private readonly insertAppend: Transaction<(append: PreparedAppend, head: number) => AppendResult>;

  /** Uses an open handle (the app's one SQLite file); `close()` then leaves the handle open for its owner. */
  constructor(private readonly db: Database, options: SqliteEventStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.hook = options.onAppended;
    configureConnection(db, { busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
    ensureSchema(db);

    const from = `SELECT ${EVENT_COLUMNS} FROM events`;
    this.headOfStream = db
      .prepare<[string], StreamHead>('SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
      .raw(true);
    this.insertEvent = db.prepare(
      `INSERT INTO events (id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.eventById = db.prepare<[string], EventRow>(`${from} WHERE id = ?`).raw(true);
    this.streamForwards = db
      .prepare<[string, number, number], EventRow>(`${from} WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`)
      .raw(true);
    this.streamBackwards = db
      .prepare<[string, number, number], EventRow>(
        `${from} WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      )
      .raw(true);
    this.allEvents = db
      .prepare<[AllParams], EventRow>(
        `${from} WHERE position > @after AND position <= @upTo
           AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))
           AND (@prefix IS NULL OR substr(stream_id, 1, length(@prefix)) = @prefix)
         ORDER BY position LIMIT @limit`,
      )
      .raw(true);
    this.headPositionStmt = db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM events').pluck(true);
    this.commitGroup = db.transaction((group: PreparedAppend[]) => {
      const outcomes = group.map((append) => this.applyInGroup(append));
      this.runHook(outcomes);
      return outcomes;
    });
    this.insertAppend = db.transaction((append: PreparedAppend, head: number) => this.insertRows(append, head));
    this.appends = new GroupCommitQueue(
      (group) => this.commitObserved(group),
      Math.max(1, options.maxGroupSize ?? 4096),
      (results) => {
        if (results.some((result) => result.written)) for (const listener of this.commitListeners) listener();
      },
    );
  }

  /** Opens (or creates) the SQLite file at `path`; `close()` closes it. */
  static open(path: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    const db = new BetterSqlite3(path);
    try {
      const store = new SqliteEventStore(db, options);
      store.ownsDb = true;
      return store;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** The handle, for read models that share the file. */
  get database(): Database {
    return this.db;
  }

  /** Wires (or, with undefined, removes) the inline hook after construction: projections come later. */
  setInlineHook(hook: InlineHook | undefined): void {
    this.hook = hook;
  }

  /** Wires (or removes) the observer told of every group commit (metrics: batch sizes, append rate). */
  setGroupCommitObserver(observer: GroupCommitObserver | undefined): void {
    this.observer = observer;
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    try {
      return this.appends.enqueue(prepareAppend(streamId, events, options));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Commits everything queued now, without waiting for the next turn of the event loop. */
  async flush(): Promise<void> {
    this.appends.drain();
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = optionalCount(options.maxCount, 'maxCount') ?? NO_LIMIT;
    const fromRevision = optionalCount(options.fromRevision, 'fromRevision');
    const rows =
      options.direction === 'backwards'
        ? this.streamBackwards.all(streamId, fromRevision ?? MAX_POSITION, limit)
        : this.streamForwards.all(streamId, fromRevision ?? 0, limit);
    return toRecordedEvents(rows);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const after = optionalCount(options.after, 'after') ?? 0;
    const limit = optionalCount(options.maxCount, 'maxCount') ?? NO_LIMIT;
    return this.readAllSync(after, MAX_POSITION, limit, options.filter);
  }

  subscribeToAll(handler: EventHandler, options: CatchUpSubscribeOptions = {}): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      {
        readPage: (after, maxCount, filter) => {
          const head = this.headPositionStmt.get() ?? 0;
          return { head, events: this.readAllSync(after, head, maxCount, filter) };
        },
        onCommit: (listener) => {
          this.commitListeners.add(listener);
          return () => this.commitListeners.delete(listener);
        },
      },
      handler,
      options,
    );
    this.subscriptions.add(subscription);
    void subscription.finished.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.headPositionStmt.get() ?? 0;
  }

  /** Commits the queued appends, stops the subscriptions and, if `open()` opened the file, closes it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.appends.drain();
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    if (this.ownsDb) this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }

  /**
   * The hook runs once per group, over the events of every append that was written, in position order: the
   * projections then touch each document and checkpoint once per group rather than once per append. If it
   * throws, the group's transaction rolls back and each append is committed alone, so that only the append
   * whose events the hook refuses fails.
   */
  private runHook(outcomes: Outcome<AppendResult>[]): void {
    if (!this.hook) return;
    const written = outcomes.flatMap((o) => (o.ok && o.result.written ? o.result.events : []));
    if (written.length === 0) return;
    try {
      this.hook(written);
    } catch (error) {
      throw new HookFailure(error);
    }
  }

  private commitObserved(group: PreparedAppend[]): Outcome<AppendResult>[] {
    if (!this.observer) return this.commitWithFallback(group);
    const started = process.hrtime.bigint();
    const outcomes = this.commitWithFallback(group);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    let eventsWritten = 0;
    for (const o of outcomes) if (o.ok && o.result.written) eventsWritten += o.result.events.length;
    try {
      this.observer({ appends: group.length, eventsWritten, seconds });
    } catch {
      // The group is committed: an observer's failure must not turn its acknowledgements into rejections.
    }
    return outcomes;
  }

  private commitWithFallback(group: PreparedAppend[]): Outcome<AppendResult>[] {
    try {
      return this.commitGroup.immediate(group);
    } catch (error) {
      if (!(error instanceof HookFailure)) throw error;
      if (group.length === 1) return [{ ok: false, error: error.cause }];
      return group.map((append) => this.commitWithFallback([append])[0] as Outcome<AppendResult>);
    }
  }

  private applyInGroup(append: PreparedAppend): Outcome<AppendResult> {
    try {
      return { ok: true, result: this.apply(append) };
    } catch (error) {
      // Some SQLite errors roll back the whole transaction; then the rest of the group must not run outside it.
      if (!this.db.inTransaction) throw error;
      return { ok: false, error };
    }
  }

  private apply(append: PreparedAppend): AppendResult {
    const head = this.headOfStream.get(append.streamId);
    const actual = head ? head[0] : -1;
    if (!revisionMatches(append.expected, actual)) {
      const replay = this.findReplay(append, actual);
      if (replay) return replay;
      throw new WrongExpectedRevisionError(append.streamId, append.expected, head ? actual : 'no_stream');
    }
    if (append.events.length === 0) {
      return { nextExpectedRevision: actual, lastPosition: head ? head[1] : 0, events: [], written: false };
    }
    try {
      return this.insertAppend(append, actual);
    } catch (error) {
      // The common path does no lookup by id: only a UNIQUE violation on the id means a possible replay.
      if (!isDuplicateEventId(error)) throw error;
      const replay = this.findReplay(append, actual);
      if (replay) return replay;
      throw error;
    }
  }

  private insertRows(append: PreparedAppend, head: number): AppendResult {
    const recordedAt = this.clock().toISOString();
    const recorded: RecordedEvent[] = [];
    let revision = head;
    for (const event of append.events) {
      revision += 1;
      const metadataJson = JSON.stringify({ ...event.metadata, recordedAt });
      const { lastInsertRowid } = this.insertEvent.run(
        event.id,
        append.streamId,
        revision,
        event.type,
        event.schemaVersion,
        event.dataJson,
        metadataJson,
        recordedAt,
      );
      recorded.push({
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId: append.streamId,
        revision,
        position: Number(lastInsertRowid),
        // Parsed back from what was stored, so the caller and the hook see exactly what a read returns.
        data: JSON.parse(event.dataJson) as object,
        metadata: JSON.parse(metadataJson) as EventMetadata,
      });
    }
    const last = recorded[recorded.length - 1] as RecordedEvent;
    return { nextExpectedRevision: revision, lastPosition: last.position, events: recorded, written: true };
  }

  /**
   * Null when none of the ids is stored; the stored events when all are, in this stream, with the same type and
   * data (a replay: metadata, recordedAt included, is not compared); otherwise an EventIdConflictError.
   */
  private findReplay(append: PreparedAppend, actual: number): AppendResult | null {
    if (append.events.length === 0) return null;
    const rows = append.events.map((event) => this.eventById.get(event.id));
    if (rows.every((row) => row === undefined)) return null;
    const stored: EventRow[] = [];
    append.events.forEach((event, i) => {
      const row = rows[i];
      const same = row !== undefined && row[2] === append.streamId && row[4] === event.type && sameJson(row[6], event.dataJson);
      if (!same) throw new EventIdConflictError(event.id);
      stored.push(row);
    });
    const events = toRecordedEvents(stored);
    const last = events[events.length - 1] as RecordedEvent;
    return { nextExpectedRevision: actual, lastPosition: last.position, events, written: false };
  }

  private readAllSync(after: number, upTo: number, limit: number, filter: AllFilter | undefined): RecordedEvent[] {
    const params: AllParams = {
      after,
      upTo,
      limit,
      types: filter?.eventTypes ? JSON.stringify(filter.eventTypes) : null,
      prefix: filter?.streamPrefix ?? null,
    };
    return toRecordedEvents(this.allEvents.all(params));
  }
}

interface AllParams {
  after: number;
  upTo: number;
  limit: number;
  /** JSON array of event types, or null for all types. */
  types: string | null;
  prefix: string | null;
}

/**
 * Duck-typed on purpose: the native addon keeps the SqliteError class (and the Error it extends) of the first
 * module instance and realm that loaded it, so `instanceof` fails wherever the module is loaded again (jest gives
 * each test file its own registry and realm).
 */
/** Marks an error thrown by the inline hook, so that the group is retried append by append. */
class HookFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('The inline hook failed');
  }
}

function isDuplicateEventId(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    // Exact: a projection table's UNIQUE violation inside the inline hook must not pass for a replay.
    e.message === 'UNIQUE constraint failed: events.id'
  );
}

function optionalCount(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new ValidationError(`${field} is a non-negative integer`, field);
  return value;
}
