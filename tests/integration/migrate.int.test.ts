import Database from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MigrationError, main, migrateSqliteToPostgres } from '../../src/cli/migrate';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { openPostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { newEvent } from '../contract/event-store.contract';
import { POSTGRES_URL, dropSchema, freshSchemaName, postgresSkipReason } from '../contract/postgres-support';
import { describeWithServer } from '../support/require-server';

describeWithServer('npm run migrate (SQLite → PostgreSQL)', postgresSkipReason, () => {
  let path: string;
  let schema: string;
  beforeEach(() => {
    path = join(tmpdir(), `migrate-${process.pid}-${uuidv7()}.sqlite`);
    schema = freshSchemaName();
  });
  afterEach(async () => {
    await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })));
    await dropSchema(schema);
  });

  /** An embedded store with `streams` streams of a few events each, written at different times, some tricky text. */
  async function sourceWith(streams: number): Promise<void> {
    let tick = Date.parse('2025-01-01T00:00:00.000Z');
    const store = SqliteEventStore.open(path, { clock: () => new Date((tick += 1234)) });
    try {
      for (let s = 0; s < streams; s++) {
        const streamId = `unit-${s % 7}-${uuidv7()}`;
        await store.appendToStream(streamId, [newEvent('UnitRegistered', { name: '档案馆 📁', s, odd: 'a\ud800' }), newEvent('UnitAmended', { s })]);
        if (s % 3 === 0) await store.appendToStream(streamId, [newEvent('UnitClassified', { s, nested: { z: 1, a: [1, 2] } })], { expectedRevision: 1 });
      }
    } finally {
      await store.close();
    }
  }

  function sourceRows(): unknown[] {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare('SELECT position, id, stream_id, revision, type, schema_version, data, metadata FROM events ORDER BY position').all();
    } finally {
      db.close();
    }
  }

  async function targetRows(): Promise<unknown[]> {
    const store = await openPostgresEventStore(POSTGRES_URL, { schema, poolSize: 1 });
    try {
      const { rows } = await store.database.query(
        `SELECT position::float8 AS position, id, stream_id, revision::float8 AS revision, type, schema_version, data, metadata
           FROM "${schema}".events ORDER BY position`,
      );
      return rows;
    } finally {
      await store.close();
    }
  }

  it('copies every event with its id, stream, revision, position, data and metadata, then verifies', async () => {
    await sourceWith(30);
    const report = await migrateSqliteToPostgres({ from: path, to: POSTGRES_URL, schema, batchSize: 7 });
    expect(report).toEqual({ events: 70, alreadyPresent: 0, copied: 70 });
    expect(await targetRows()).toEqual(sourceRows());

    // The copy is a working store: the same events through the port, and appends continue the log.
    const sqlite = SqliteEventStore.open(path);
    const pg = await openPostgresEventStore(POSTGRES_URL, { schema, poolSize: 2 });
    try {
      expect(await pg.readAll()).toEqual(await sqlite.readAll());
      const next = await pg.appendToStream(`s-${uuidv7()}`, [newEvent()]);
      expect(next.lastPosition).toBe(71);
    } finally {
      await sqlite.close();
      await pg.close();
    }
  });

  it('resumes an interrupted copy, and running it again on a complete copy only verifies', async () => {
    await sourceWith(10);
    // An interrupted run: the first 9 events are there.
    const pg = await openPostgresEventStore(POSTGRES_URL, { schema, poolSize: 1 });
    const db = new Database(path, { readonly: true });
    const first = db
      .prepare('SELECT position, id, stream_id AS streamId, revision, type, schema_version AS schemaVersion, data, metadata, recorded_at AS recordedAt FROM events WHERE position <= 9 ORDER BY position')
      .all() as Parameters<typeof pg.importStored>[0];
    db.close();
    await pg.importStored(first);
    await pg.close();

    expect(await migrateSqliteToPostgres({ from: path, to: POSTGRES_URL, schema, batchSize: 4 })).toEqual({
      events: 24,
      alreadyPresent: 9,
      copied: 15,
    });
    expect(await migrateSqliteToPostgres({ from: path, to: POSTGRES_URL, schema })).toEqual({ events: 24, alreadyPresent: 24, copied: 0 });
    expect(await targetRows()).toEqual(sourceRows());
  });

  it('refuses a target that holds other events, or more of them, and leaves it untouched', async () => {
    await sourceWith(3);
    const pg = await openPostgresEventStore(POSTGRES_URL, { schema, poolSize: 1 });
    await pg.appendToStream(`other-${uuidv7()}`, [newEvent()]);
    await pg.close();
    const error = await migrateSqliteToPostgres({ from: path, to: POSTGRES_URL, schema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/differs from the source at position 1 \(id: /);
    expect(await targetRows()).toHaveLength(1);

    const small = join(tmpdir(), `migrate-empty-${process.pid}-${uuidv7()}.sqlite`);
    await SqliteEventStore.open(small).close();
    try {
      await expect(migrateSqliteToPostgres({ from: small, to: POSTGRES_URL, schema })).rejects.toThrow(
        /already holds 1 events, more than the source's 0/,
      );
    } finally {
      await rm(small, { force: true });
    }
  });

  it('as a command: exit 0 with a summary, 1 when unreachable, 2 on a usage error', async () => {
    await sourceWith(2);
    const out: string[] = [];
    const spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true)),
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true)),
    ];
    try {
      expect(await main(['--from', path, '--to', POSTGRES_URL, '--schema', schema], {})).toBe(0);
      expect(out.join('')).toMatch(/Copied 5 events; all 5 verified/);
      expect(await main(['--from', path, '--to', 'postgres://postgres@127.0.0.1:1/none', '--schema', schema], {})).toBe(1);
      expect(out.join('')).toMatch(/Cannot connect to PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/none/);
      expect(await main(['--from', path], {})).toBe(2);
      expect(await main(['--from', path, '--to', POSTGRES_URL, '--batch', '0'], {})).toBe(2);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });
});
