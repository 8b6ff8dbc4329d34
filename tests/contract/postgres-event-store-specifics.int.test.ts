import Database from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { NewEvent, RecordedEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { PostgresEventStore, openPostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { describeWithServer } from '../support/require-server';
import { TcpProxy } from '../support/tcp-proxy';
import { newEvent } from './event-store.contract';
import { POSTGRES_URL, dropSchema, freshSchemaName, openIsolatedStore, postgresSkipReason } from './postgres-support';

describeWithServer('PostgresEventStore — PostgreSQL specifics', postgresSkipReason, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function open(options: Parameters<typeof openIsolatedStore>[0] = {}): Promise<PostgresEventStore> {
    const { store, cleanup } = await openIsolatedStore(options);
    cleanups.push(cleanup);
    return store;
  }

  describe('start-up', () => {
    it('fails with a clear message when nothing answers at the URL, without the password', async () => {
      const error = await openPostgresEventStore('postgres://someone:s3cret@127.0.0.1:1/test', { connectTimeoutMs: 2000 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^Cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/test: .*ECONNREFUSED/);
      expect((error as Error).message).not.toContain('s3cret');
    });

    it('refuses a schema name that would need quoting', async () => {
      await expect(openPostgresEventStore(POSTGRES_URL, { schema: 'Robert"; DROP' })).rejects.toThrow(/schema name/);
    });

    it('without schema creation, names the missing table', async () => {
      const schema = freshSchemaName();
      await expect(openPostgresEventStore(POSTGRES_URL, { schema, createSchema: false })).rejects.toThrow(
        new RegExp(`no table "${schema}"\\.events`),
      );
    });

    it('refuses a foreign "events" table, naming the columns that differ', async () => {
      const schema = freshSchemaName();
      cleanups.push(() => dropSchema(schema));
      const pool = new Pool({ connectionString: POSTGRES_URL, max: 1 });
      try {
        await pool.query(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".events (position integer PRIMARY KEY, body jsonb)`);
      } finally {
        await pool.end();
      }
      await expect(openPostgresEventStore(POSTGRES_URL, { schema })).rejects.toThrow(/position bigint \(found: integer\).*stream_id text \(found: missing\)/);
    });

    it('creates the schema idempotently, also when several instances start at once, and continues the log on reopen', async () => {
      const schema = freshSchemaName();
      cleanups.push(() => dropSchema(schema));
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresEventStore(POSTGRES_URL, { schema, poolSize: 2 })));
      const streamId = `s-${uuidv7()}`;
      const first = await stores[0]!.appendToStream(streamId, [newEvent(), newEvent()]);
      await Promise.all(stores.map((s) => s.close()));

      const reopened = await openPostgresEventStore(POSTGRES_URL, { schema, poolSize: 2 });
      cleanups.unshift(() => reopened.close()); // before the schema is dropped
      expect(await reopened.readStream(streamId)).toEqual(first.events);
      const next = await reopened.appendToStream(streamId, [newEvent()], { expectedRevision: 1 });
      expect(next.lastPosition).toBe(3);
    });
  });

  it('answers SERVICE_UNAVAILABLE (nothing about the database) when the server cannot be reached any more', async () => {
    // The server "went away": a store whose pool points where nothing listens (start-up would have refused it).
    const pool = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/test', max: 2, connectionTimeoutMillis: 2000 });
    const store = new PostgresEventStore(pool, { connectionString: 'postgres://postgres@127.0.0.1:1/test' }, 'aol_gone');
    cleanups.push(() => store.close());
    const unavailable = { code: 'SERVICE_UNAVAILABLE', reason: 'EVENT_STORE_UNAVAILABLE', message: 'The event store is unavailable; try again later' };
    const appends = await Promise.allSettled([1, 2, 3].map(() => store.appendToStream(`s-${uuidv7()}`, [newEvent()])));
    expect(appends).toEqual([1, 2, 3].map(() => ({ status: 'rejected', reason: expect.objectContaining(unavailable) })));
    await expect(store.readAll()).rejects.toMatchObject(unavailable);
    await expect(store.readStream('s')).rejects.toMatchObject(unavailable);
    await expect(store.headPosition()).rejects.toMatchObject(unavailable);
  });

  it('given a link that drops packets silently, when the store is asked, then it answers SERVICE_UNAVAILABLE within its query timeout, and works again once the link is back', async () => {
    const proxy = await TcpProxy.start(Number(new URL(POSTGRES_URL).port || 5432), new URL(POSTGRES_URL).hostname);
    const url = new URL(POSTGRES_URL);
    url.port = String(proxy.port);
    const schema = freshSchemaName();
    const store = await openPostgresEventStore(url.toString(), { schema, queryTimeoutMs: 1500, connectTimeoutMs: 1500, poolSize: 2 });
    cleanups.push(async () => {
      await store.close();
      await proxy.close();
      await dropSchema(schema);
    });
    await store.appendToStream(`s-${uuidv7()}`, [newEvent()]);
    proxy.stall();
    const unavailable = { code: 'SERVICE_UNAVAILABLE', reason: 'EVENT_STORE_UNAVAILABLE' };
    const started = Date.now();
    const answers = await Promise.allSettled([store.appendToStream(`s-${uuidv7()}`, [newEvent()]), store.readAll(), store.headPosition()]);
    expect(answers).toEqual(answers.map(() => ({ status: 'rejected', reason: expect.objectContaining(unavailable) })));
    expect(Date.now() - started).toBeLessThan(10_000);
    proxy.restore();
    // The pool dropped the connections that timed out: new ones work.
    let head = -1;
    for (let attempt = 0; attempt < 50 && head < 0; attempt++) {
      head = await store.headPosition().catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return -1;
      });
    }
    expect(head).toBeGreaterThanOrEqual(1);
    await store.appendToStream(`s-${uuidv7()}`, [newEvent()]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of stored events', async () => {
    const store = await open();
    const streamId = `s-${uuidv7()}`;
    await store.appendToStream(streamId, [newEvent()]);
    const table = `"${store.schema}".events`;
    await expect(store.database.query(`UPDATE ${table} SET type = 'Edited'`)).rejects.toThrow(/immutable: UPDATE refused/);
    await expect(store.database.query(`DELETE FROM ${table}`)).rejects.toThrow(/immutable: DELETE refused/);
    await expect(store.database.query(`TRUNCATE ${table}`)).rejects.toThrow(/immutable: TRUNCATE refused/);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  describe('stored text', () => {
    /** Events whose JSON is easy to get subtly wrong: key order, undefined members, CJK, emoji, a lone surrogate. */
    function trickyEvents(): NewEvent[] {
      const plain = newEvent('UnitRegistered', { name: '杭州市西湖区档案局', emoji: '📁', z: 1, a: [0.1, -0, 1e21] });
      const undefinedMembers = newEvent('Amended', { kept: 'x', dropped: undefined, quote: '"\\\n\u2028' });
      (undefinedMembers.metadata as unknown as Record<string, unknown>).extra = { b: 2, a: 1 };
      undefinedMembers.metadata.causationId = undefined;
      const loneSurrogate = newEvent('Odd', { text: 'a\ud800b', nul: 'x\u0000y' });
      // A caller that already carries a recordedAt (e.g. copied metadata): the store's value replaces it in place.
      const withRecordedAt = newEvent('Copied', { n: 1 });
      const metadata = withRecordedAt.metadata as unknown as Record<string, unknown>;
      withRecordedAt.metadata = { recordedAt: '1999-01-01T00:00:00.000Z', ...metadata } as unknown as NewEvent['metadata'];
      return [plain, undefinedMembers, loneSurrogate, withRecordedAt];
    }

    it('writes data and metadata byte for byte as the SQLite adapter does (same clock)', async () => {
      const clock = (): Date => new Date('2025-03-01T01:02:03.004Z');
      const events = trickyEvents();
      const streamId = `s-${uuidv7()}`;
      const pg = await open({ clock });
      const path = join(tmpdir(), `pg-compare-${process.pid}-${uuidv7()}.sqlite`);
      const sqlite = SqliteEventStore.open(path, { clock });
      cleanups.push(async () => {
        await sqlite.close();
        await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })));
      });

      const [fromPg, fromSqlite] = await Promise.all([pg.appendToStream(streamId, events), sqlite.appendToStream(streamId, events)]);
      expect(fromPg).toEqual(fromSqlite);
      expect(await pg.readStream(streamId)).toEqual(await sqlite.readStream(streamId));

      const sqliteRows = (sqlite.database as Database.Database)
        .prepare('SELECT id, data, metadata FROM events ORDER BY position')
        .all() as { id: string; data: string; metadata: string }[];
      const { rows: pgRows } = await pg.database.query<{ id: string; data: string; metadata: string }>(
        `SELECT id, data, metadata FROM "${pg.schema}".events ORDER BY position`,
      );
      expect(pgRows).toEqual(sqliteRows);
      expect(pgRows[3]?.metadata).toMatch(/^\{"recordedAt":"2025-03-01T01:02:03\.004Z",/);
    });

    it("records recordedAt from the server's clock in toISOString's format by default, never decreasing along the log", async () => {
      const store = await open();
      const before = Date.now();
      const results = await Promise.all(Array.from({ length: 20 }, () => store.appendToStream(`s-${uuidv7()}`, [newEvent()])));
      const stamps = (await store.readAll()).map((e) => e.metadata.recordedAt);
      expect(stamps).toHaveLength(20);
      for (const stamp of stamps) {
        expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(new Date(stamp).toISOString()).toBe(stamp);
        expect(Math.abs(Date.parse(stamp) - before)).toBeLessThan(60_000);
      }
      expect([...stamps].sort()).toEqual(stamps);
      expect(results.flatMap((r) => r.events.map((e) => e.metadata.recordedAt)).sort()).toEqual(stamps);
    });
  });

  describe('group commit', () => {
    /** Rows written by one transaction share its xmin. */
    async function transactions(store: PostgresEventStore): Promise<number> {
      const { rows } = await store.database.query<{ n: string }>(`SELECT count(DISTINCT xmin::text) AS n FROM "${store.schema}".events`);
      return Number(rows[0]?.n);
    }

    it('writes the appends of one tick in one transaction, with dense positions in call order', async () => {
      const store = await open();
      const results = await Promise.all(Array.from({ length: 50 }, () => store.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()])));
      expect(results.map((r) => r.lastPosition)).toEqual(Array.from({ length: 50 }, (_, i) => 2 * (i + 1)));
      expect(await transactions(store)).toBe(1);
    });

    it('tells the group-commit observer of each group (metrics)', async () => {
      const store = await open();
      const groups: { appends: number; eventsWritten: number }[] = [];
      store.setGroupCommitObserver(({ appends, eventsWritten, seconds }) => {
        expect(seconds).toBeGreaterThanOrEqual(0);
        groups.push({ appends, eventsWritten });
      });
      const streamId = `s-${uuidv7()}`;
      await Promise.allSettled([
        store.appendToStream(streamId, [newEvent(), newEvent()], { expectedRevision: 'no_stream' }),
        store.appendToStream(streamId, [newEvent()], { expectedRevision: 'no_stream' }), // refused
      ]);
      expect(groups).toEqual([{ appends: 2, eventsWritten: 2 }]);
    });

    it('caps a group at maxGroupSize appends', async () => {
      const store = await open({ maxGroupSize: 10, maxGroupsInFlight: 1 });
      await Promise.all(Array.from({ length: 25 }, () => store.appendToStream(`s-${uuidv7()}`, [newEvent()])));
      expect(await transactions(store)).toBe(3);
    });

    it('applies the appends of one group to the same stream in call order, failing only the conflicting one', async () => {
      const store = await open();
      const streamId = `s-${uuidv7()}`;
      await store.appendToStream(streamId, [newEvent('Seeded')]);
      const outcomes = await Promise.allSettled([
        store.appendToStream(streamId, [newEvent('A')], { expectedRevision: 0 }),
        store.appendToStream(streamId, [newEvent('B')], { expectedRevision: 1 }),
        store.appendToStream(streamId, [newEvent('C')], { expectedRevision: 0 }),
        store.appendToStream(streamId, [newEvent('D')], { expectedRevision: 'stream_exists' }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(outcomes[2]).toMatchObject({ reason: { reason: 'WRONG_EXPECTED_REVISION', details: { actual: 2 } } });
      expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['Seeded', 'A', 'B', 'D']);
      expect((await store.readAll()).map((e) => e.position)).toEqual([1, 2, 3, 4]);
    });

    it('retries a group the server refused as a whole append by append, failing only the one at fault', async () => {
      const store = await open();
      // Valid for the port (a positive integer) but beyond PostgreSQL's integer column: the whole statement fails.
      const tooBig = { ...newEvent('TooBig'), schemaVersion: 2 ** 31 };
      const outcomes = await Promise.allSettled([
        store.appendToStream(`s-${uuidv7()}`, [newEvent('Fine')]),
        store.appendToStream(`s-${uuidv7()}`, [tooBig]),
        store.appendToStream(`s-${uuidv7()}`, [newEvent('Fine')]),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((await store.readAll()).map((e) => [e.position, e.type])).toEqual([
        [1, 'Fine'],
        [2, 'Fine'],
      ]);
    });
  });

  it('refuses U+0000 in a stream id, event id or type as bad input, writing nothing', async () => {
    const store = await open();
    await expect(store.appendToStream('a\u0000b', [newEvent()])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'streamId' } });
    await expect(store.appendToStream(`s-${uuidv7()}`, [{ ...newEvent(), type: 'T\u0000' }])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'events[0].type' },
    });
    await expect(store.readStream('a\u0000b')).resolves.toEqual([]);
    await expect(store.readAll({ maxCount: -1 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await store.headPosition()).toBe(0);
  });

  it('finishes the appends under way before close() resolves', async () => {
    const { store } = await openIsolatedStore();
    cleanups.push(() => dropSchema(store.schema));
    const pending = Array.from({ length: 10 }, () => store.appendToStream(`s-${uuidv7()}`, [newEvent()]));
    await store.close();
    await expect(Promise.all(pending)).resolves.toHaveLength(10);
    await expect(store.appendToStream(`s-${uuidv7()}`, [newEvent()])).rejects.toThrow(/closed/);
  });

  describe('live subscription across processes', () => {
    async function twoInstances(pollIntervalMs: number): Promise<{ reader: PostgresEventStore; writer: PostgresEventStore }> {
      const reader = await open({ pollIntervalMs });
      const writer = await openPostgresEventStore(POSTGRES_URL, { schema: reader.schema, poolSize: 2 });
      cleanups.push(() => writer.close());
      return { reader, writer };
    }

    it("is woken by another instance's NOTIFY, long before its poll", async () => {
      const { reader, writer } = await twoInstances(60_000);
      const received: RecordedEvent[] = [];
      const subscription = reader.subscribeToAll((e) => void received.push(e));
      await subscription.caughtUp;
      await waitForListener(reader.schema);
      const started = Date.now();
      const { events } = await writer.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()]);
      await waitFor(() => received.length >= 2, 5000);
      expect(Date.now() - started).toBeLessThan(5000);
      await subscription.stop();
      expect(received).toEqual(events);
    });

    it('keeps delivering when its LISTEN connection is killed (reconnects; polls meanwhile)', async () => {
      const { reader, writer } = await twoInstances(300);
      const received: string[] = [];
      const subscription = reader.subscribeToAll((e) => void received.push(e.id));
      await subscription.caughtUp;
      await waitForListener(reader.schema);
      await terminateListeners(reader.schema);
      const { events } = await writer.appendToStream(`s-${uuidv7()}`, [newEvent()]);
      await waitFor(() => received.length >= 1, 5000);
      await waitForListener(reader.schema); // and it listens again
      const more = await writer.appendToStream(`s-${uuidv7()}`, [newEvent()]);
      await waitFor(() => received.length >= 2, 5000);
      await subscription.stop();
      expect(received).toEqual([...events, ...more.events].map((e) => e.id));
    });
  });
});

async function adminQuery<T extends object>(sql: string, values: unknown[] = []): Promise<T[]> {
  const pool = new Pool({ connectionString: POSTGRES_URL, max: 1 });
  try {
    return (await pool.query<T & object>(sql, values)).rows;
  } finally {
    await pool.end();
  }
}

async function waitForListener(schema: string): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const rows = await adminQuery(`SELECT pid FROM pg_stat_activity WHERE query = $1`, [`LISTEN aol_events_${schema}`]);
    if (rows.length > 0) return;
    if (Date.now() > deadline) throw new Error('no LISTEN connection');
    await sleep(20);
  }
}

async function terminateListeners(schema: string): Promise<void> {
  await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [`LISTEN aol_events_${schema}`]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}
