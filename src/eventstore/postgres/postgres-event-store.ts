import { randomUUID } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';
import type { NewEvent, RecordedEvent } from '../../domain/shared/event';
import { ValidationError } from '../../domain/shared/errors';
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
import { prepareAppend, type PreparedAppend } from '../sqlite/append-input';
import type { Outcome } from '../sqlite/group-commit';
import type { GroupCommitObserver } from '../sqlite/sqlite-event-store';
import { CatchUpSubscription, serverSubscriptionOptions, type CatchUpSubscribeOptions } from '../catch-up-subscription';
import { AsyncGroupCommit } from './async-group-commit';
import { asUnavailable, describeError, isUnavailable, redactUrl } from './connection';
import { Notifier } from './notifier';
import { outcomeOf, statements, toRecordedEvent, type AppendRow, type EventRow, type StoredEventText } from './rows';
import { assertSchemaName, channelOf, checkSchema, ensureSchema } from './schema';

export type { StoredEventText } from './rows';
export { describeError, redactUrl } from './connection';

/*
 * ─── Gap-free global order under concurrent writers ────────────────────────────────────────────────────────────
 *
 * Technique: position allocation is serialised by a transaction-scoped advisory lock, held until commit, and
 * positions are max(position) + 1 — no sequence.
 *
 * Appends are written by the schema's `append_batch` function (schema.ts), one call per group of appends, in its own
 * implicit transaction. The function first takes `pg_advisory_xact_lock(<key of the schema>)`; only then does it
 * read max(position) and the streams' heads (each statement of a VOLATILE function takes a fresh snapshot, so it
 * sees every transaction that committed before the lock was granted), inserts at max + 1 …, and the lock is
 * released by the COMMIT itself — after the transaction became visible. Hence:
 *  - positions are dense: nothing is allocated outside the lock, and an append that fails rolls back before anyone
 *    else can allocate (a sequence would leave holes on rollback);
 *  - positions become visible in order: the append of position n+1 cannot even start allocating before the one of
 *    position n committed. So any snapshot holds exactly the positions 1..head, and a reader that continues
 *    "strictly after the last position I delivered" can never step over an event that commits late. Readers need
 *    no lock and no xmin arithmetic.
 *  - the primary key on `position` backs this up: a writer that bypassed the lock would collide, not interleave.
 * The cost: appends to one store are serialised on the server (one commit, i.e. one WAL flush, at a time). Two
 * things keep that cheap: the lock is held only for the server-side work and the commit (the function makes a group
 * ONE round trip), and each instance commits its concurrent appends together (group commit, as the SQLite adapter
 * does): the appends that arrive while a group is committing go as the next group, one transaction for all. Each
 * append of a group succeeds or fails alone; the function writes nothing for a refused one.
 * (The other classic technique — readers stopping below pg_snapshot_xmin of in-flight transactions — allows
 * parallel commits but needs a sequence, tolerates holes and makes every reader compute a safe horizon.)
 *
 * Tested by tests/contract/postgres-event-store-order.int.test.ts: four instances append ~5,000 events at once
 * while live subscribers read (each sees 1..N once, in order), and a transaction that holds its position
 * uncommitted holds every later one back (and a rollback gives its position to the next append).
 *
 * Expected revisions, idempotency and replays follow the SQLite adapter exactly; both share the input rules
 * (sqlite/append-input.ts) and the content comparison of a replay (type and data, not metadata).
 *
 * Live subscriptions are woken by LISTEN/NOTIFY (the function notifies at commit) and by this process's own
 * appends, and poll as a fallback (another writer whose NOTIFY was lost, a broken LISTEN connection).
 */

export interface PostgresEventStoreOptions {
  /** Schema holding the store's table and function. Default `aol`. */
  schema?: string;
  /** Create the schema, table, triggers and function if missing (idempotent). Default true; false only checks. */
  createSchema?: boolean;
  /** Source of `metadata.recordedAt`. Default: the PostgreSQL server's clock, read under the append lock. */
  clock?: () => Date;
  /** Connections in the pool (plus one for LISTEN once a subscription runs). Default 10. */
  poolSize?: number;
  /** How long connecting may take, at start and later. Default 5,000 ms. */
  connectTimeoutMs?: number;
  /**
   * How long a query may wait for its answer before it fails as SERVICE_UNAVAILABLE and its connection is dropped.
   * Default 30,000 ms. A link that drops packets silently (no reset) would otherwise leave requests waiting for ever.
   * An append that times out may still have been committed: a retry with the same event ids is idempotent.
   */
  queryTimeoutMs?: number;
  /** Default poll interval of subscriptions when no notification arrives. Default 1,000 ms. */
  pollIntervalMs?: number;
  /** Most appends committed in one transaction. Default 1,000 (and at most ~10,000 events). */
  maxGroupSize?: number;
  /** Groups committing at once from this instance. Default 2: one commits while the next is sent. */
  maxGroupsInFlight?: number;
}

/** A group stops growing once it holds this many events (a bound on the statement's size). */
const MAX_GROUP_EVENTS = 10_000;

/** Opens a store on `url` (e.g. postgres://postgres@127.0.0.1:5432/test): checks the connection and the schema. */
export async function openPostgresEventStore(url: string, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
  const schema = options.schema ?? 'aol';
  assertSchemaName(schema);
  const config: PoolConfig = {
    connectionString: url,
    max: Math.max(1, options.poolSize ?? 10),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    application_name: 'archival-oversight-ledger',
    // The LISTEN connection idles for long stretches: keep-alives notice a peer that vanished without a word.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // A silent link: the query fails (the pool drops the connection it was released with) instead of hanging.
    query_timeout: options.queryTimeoutMs ?? 30_000,
  };
  const pool = new Pool(config);
  // An idle connection that breaks (server restart) is dropped by the pool; the next query opens another.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${describeError(error)}`);
  }
  try {
    if (options.createSchema ?? true) await ensureSchema(pool, schema);
    await checkSchema(pool, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`PostgreSQL event store at ${redactUrl(url)}, schema "${schema}": ${describeError(error)}`);
  }
  return new PostgresEventStore(pool, config, schema, options);
}

export class PostgresEventStore implements EventStore {
  private readonly clock: (() => Date) | undefined;
  private readonly notifier: Notifier;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly inFlight = new Set<Promise<unknown>>();
  /** A string no caller writes: stands for recordedAt in the metadata text until the server fills it in. */
  private readonly placeholder = `aol-recorded-at-${randomUUID()}`;
  private readonly sql: ReturnType<typeof statements>;
  private readonly appends: AsyncGroupCommit<PreparedAppend, AppendResult>;
  private observer: GroupCommitObserver | undefined;
  private closed = false;

  /** Use openPostgresEventStore: it checks the connection and the schema first. The store owns the pool. */
  constructor(
    private readonly pool: Pool,
    connection: PoolConfig,
    readonly schema: string,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.clock = options.clock;
    this.notifier = new Notifier(connection, channelOf(schema));
    this.sql = statements(schema);
    this.appends = new AsyncGroupCommit((group) => this.commitWithFallback(group), {
      maxGroupSize: Math.max(1, options.maxGroupSize ?? 1000),
      maxInFlight: Math.max(1, options.maxGroupsInFlight ?? 2),
      weight: (append) => append.events.length,
      maxGroupWeight: MAX_GROUP_EVENTS,
    });
  }

  /** Wires (or removes) the observer told of every group commit (metrics), as on the SQLite store. */
  setGroupCommitObserver(observer: GroupCommitObserver | undefined): void {
    this.observer = observer;
  }

  /** The pool, for tests and tools that look at the table itself. */
  get database(): Pool {
    return this.pool;
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    let append: PreparedAppend;
    try {
      append = prepareAppend(streamId, events, options);
      assertNoNul(append);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.appends.enqueue(append);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = optionalCount(options.maxCount, 'maxCount') ?? null;
    const fromRevision = optionalCount(options.fromRevision, 'fromRevision');
    if (streamId.includes('\u0000')) return [];
    const query =
      options.direction === 'backwards'
        ? { ...this.sql.streamBackwards, values: [streamId, fromRevision ?? Number.MAX_SAFE_INTEGER, limit] }
        : { ...this.sql.streamForwards, values: [streamId, fromRevision ?? 0, limit] };
    const { rows } = await this.track(this.pool.query<EventRow>(query));
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const after = optionalCount(options.after, 'after') ?? 0;
    const limit = optionalCount(options.maxCount, 'maxCount') ?? null;
    return (await this.track(this.readPage(after, limit, options.filter))).events;
  }

  subscribeToAll(handler: EventHandler, options: CatchUpSubscribeOptions = {}): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      {
        readPage: (after, maxCount, filter) => this.readPage(after, maxCount, filter),
        onCommit: (listener) => this.notifier.add(listener),
      },
      handler,
      serverSubscriptionOptions(options, this.options.pollIntervalMs, isUnavailable),
    );
    this.subscriptions.add(subscription);
    void subscription.finished.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    const { rows } = await this.track(this.pool.query<{ head: string }>(this.sql.head));
    return Number(rows[0]?.head ?? 0);
  }

  /**
   * Copies events stored elsewhere (the migration from the embedded store), verbatim: positions, revisions, data
   * and metadata text, recordedAt. The batch must continue the log exactly (its first position is the head + 1,
   * then dense), checked under the append lock; one transaction, so a batch is copied whole or not at all.
   */
  async importStored(events: readonly StoredEventText[]): Promise<void> {
    this.assertOpen();
    if (events.length === 0) return;
    events.forEach((event, i) => {
      const expected = (events[0] as StoredEventText).position + i;
      if (event.position !== expected) throw new Error(`importStored: position ${event.position} where ${expected} was due`);
    });
    const client = await this.pool.connect();
    let failed: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query(this.sql.lock);
      const { rows } = await client.query<{ head: string }>(this.sql.head);
      const head = Number(rows[0]?.head ?? 0);
      const first = (events[0] as StoredEventText).position;
      if (first !== head + 1) throw new Error(`importStored: the log ends at ${head}, the batch starts at ${first}`);
      await client.query(this.sql.importRows, [
        events.map((e) => e.position),
        events.map((e) => e.id),
        events.map((e) => e.streamId),
        events.map((e) => e.revision),
        events.map((e) => e.type),
        events.map((e) => e.schemaVersion),
        events.map((e) => e.data),
        events.map((e) => e.metadata),
        events.map((e) => e.recordedAt),
      ]);
      await client.query(this.sql.notify, [String(first + events.length - 1)]);
      await client.query('COMMIT');
    } catch (error) {
      failed = error instanceof Error ? error : new Error(String(error));
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A failed connection (a timed-out query may still be running on it) is dropped, not reused.
      client.release(failed);
    }
  }

  /** Stored rows as text, in position order, after `after`: what a migration compares byte for byte. */
  async readStoredText(after: number, limit: number): Promise<StoredEventText[]> {
    this.assertOpen();
    const { rows } = await this.pool.query<EventRow & { recorded_at: string }>(this.sql.storedText, [after, limit]);
    return rows.map((row) => ({
      position: Number(row.position),
      id: row.id,
      streamId: row.stream_id,
      revision: Number(row.revision),
      type: row.type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: row.metadata,
      recordedAt: row.recorded_at,
    }));
  }

  /** Waits for the appends and reads under way, stops the subscriptions, closes the connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.appends.idle();
    await Promise.allSettled([...this.inFlight]);
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.notifier.close();
    await this.pool.end();
  }

  /**
   * A group the server refused as a whole (a statement error) is retried append by append, so that only the append
   * at fault fails; retrying is safe, the group's transaction rolled back. An unreachable server fails the whole
   * group at once as SERVICE_UNAVAILABLE: retrying each append would only wait for the connection N more times
   * (whether a group whose answer was lost committed is unknown; a retry of its appends is an idempotent replay).
   */
  private async commitWithFallback(group: PreparedAppend[]): Promise<Outcome<AppendResult>[]> {
    try {
      return await this.commitGroup(group);
    } catch (error) {
      if (group.length === 1 || isUnavailable(error)) return group.map(() => ({ ok: false, error: asUnavailable(error) }));
      const outcomes: Outcome<AppendResult>[] = [];
      for (const append of group) {
        try {
          outcomes.push(...(await this.commitGroup([append])));
        } catch (alone) {
          outcomes.push({ ok: false, error: asUnavailable(alone) });
        }
      }
      return outcomes;
    }
  }

  private async commitGroup(group: PreparedAppend[]): Promise<Outcome<AppendResult>[]> {
    const started = process.hrtime.bigint();
    const recordedAt = this.clock ? this.clock().toISOString() : null;
    const events = group.flatMap((append) => append.events);
    const { rows } = await this.pool.query<AppendRow>({
      ...this.sql.append,
      values: [
        group.map((append) => append.streamId),
        group.map((append) => String(append.expected)),
        group.map((append) => append.events.length),
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => e.schemaVersion),
        events.map((e) => e.dataJson),
        // The same text as the SQLite adapter's JSON.stringify({ ...metadata, recordedAt }): same key order.
        events.map((e) => JSON.stringify({ ...e.metadata, recordedAt: this.placeholder })),
        JSON.stringify(this.placeholder), // as it appears in the metadata text, quotes included
        recordedAt,
      ],
    });
    const rowsOf: AppendRow[][] = group.map(() => []);
    for (const row of rows) rowsOf[row.r_append - 1]?.push(row);
    const outcomes = group.map((append, i): Outcome<AppendResult> => {
      try {
        return { ok: true, result: outcomeOf(append, rowsOf[i] as AppendRow[]) };
      } catch (error) {
        return { ok: false, error };
      }
    });
    let eventsWritten = 0;
    for (const o of outcomes) if (o.ok && o.result.written) eventsWritten += o.result.events.length;
    if (eventsWritten > 0) this.notifier.notify();
    if (this.observer) {
      try {
        this.observer({ appends: group.length, eventsWritten, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
      } catch {
        // The group is committed: an observer's failure must not turn its acknowledgements into rejections.
      }
    }
    return outcomes;
  }

  /** Events after `after` up to the head, filtered, at most `limit` (null: all), with the head, in one snapshot. */
  private async readPage(after: number, limit: number | null, filter: AllFilter | undefined): Promise<{ events: RecordedEvent[]; head: number }> {
    const types = filter?.eventTypes ? [...filter.eventTypes] : null;
    const prefix = filter?.streamPrefix ?? null;
    const { rows } = await this.pool.query<EventRow & { head: string }>({
      ...this.sql.page,
      values: [after, types, prefix, limit],
    });
    const head = Number(rows[0]?.head ?? 0);
    const events = rows.filter((row) => row.position !== null).map(toRecordedEvent);
    return { events, head };
  }

  /** Counts a read as under way (close() waits for it) and reports an outage as SERVICE_UNAVAILABLE. */
  private track<T>(promise: Promise<T>): Promise<T> {
    const tracked = promise.catch((error: unknown) => {
      throw asUnavailable(error);
    });
    this.inFlight.add(tracked);
    const forget = (): void => void this.inFlight.delete(tracked);
    tracked.then(forget, forget);
    return tracked;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

/** PostgreSQL text cannot hold U+0000 (SQLite can): refuse it as bad input rather than fail in the driver. */
function assertNoNul(append: PreparedAppend): void {
  if (append.streamId.includes('\u0000')) throw new ValidationError('A stream id cannot contain U+0000', 'streamId');
  append.events.forEach((event, i) => {
    if (event.id.includes('\u0000')) throw new ValidationError('An event id cannot contain U+0000', `events[${i}].id`);
    if (event.type.includes('\u0000')) throw new ValidationError('An event type cannot contain U+0000', `events[${i}].type`);
  });
}

function optionalCount(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new ValidationError(`${field} is a non-negative integer`, field);
  return value;
}
