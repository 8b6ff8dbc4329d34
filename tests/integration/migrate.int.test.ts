import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { CommandMetadata } from '../../src/application/command-handler';
import { RegistryService } from '../../src/application/registry.service';
import { MigrationError, main, migrateSqliteToPostgres } from '../../src/cli/migrate';
import { openEmbeddedStores } from '../../src/composition/embedded';
import { openStores } from '../../src/composition/stores';
import { loadConfig } from '../../src/config';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Actor } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { createLogger } from '../../src/ops/logger';
import { defaultPrivacySettings } from '../../src/privacy';
import { openPostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { newEvent } from '../contract/event-store.contract';
import { POSTGRES_URL, dropSchema, freshSchemaName, postgresSkipReason } from '../contract/postgres-support';
import { describeWithServer } from '../support/require-server';

describeWithServer('npm run migrate (SQLite → PostgreSQL)', postgresSkipReason, () => {
  let dir: string;
  let path: string;
  let schema: string;
  beforeEach(() => {
    // A folder of its own: keys.sqlite and master-key beside the log are the embedded store's (copied by migrate).
    dir = mkdtempSync(join(tmpdir(), `migrate-${process.pid}-`));
    path = join(dir, 'ledger.sqlite');
    schema = freshSchemaName();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
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

    const small = join(dir, 'empty.sqlite');
    await SqliteEventStore.open(small).close();
    await expect(migrateSqliteToPostgres({ from: small, to: POSTGRES_URL, schema })).rejects.toThrow(
      /already holds 1 events, more than the source's 0/,
    );
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
      expect(out.join('')).toMatch(/No key store beside the log .*keys\.sqlite\): no subject keys copied/);
      expect(await main(['--from', path, '--to', 'postgres://postgres@127.0.0.1:1/none', '--schema', schema], {})).toBe(1);
      expect(out.join('')).toMatch(/Cannot connect to PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/none/);
      expect(await main(['--from', path], {})).toBe(2);
      expect(await main(['--from', path, '--to', POSTGRES_URL, '--batch', '0'], {})).toBe(2);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  describe('with personal-data encryption: the subjects\' keys follow the log', () => {
    const silent = createLogger('silent');
    const admin: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
    const meta = (day: string): CommandMetadata => ({ actor: admin, occurredAt: `${day}T02:00:00.000Z`, correlationId: uuidv7() });
    const unitId = makeCreditCode(7312);
    const NAMED = '孙迁移';
    const ERASED = '周已删';

    /** An encrypted embedded store (master key: `masterKey`, or generated in the folder) naming two archivists, the second erased. */
    async function encryptedSource(masterKey?: string): Promise<void> {
      const privacy = defaultPrivacySettings(dir);
      const embedded = openEmbeddedStores(path, undefined, undefined, silent, {
        privacy: masterKey ? { ...privacy, masterKey: { kind: 'inline', key: masterKey } } : privacy,
      });
      try {
        const registry = new RegistryService(embedded.eventStore);
        for (const regionCode of ['330000', '330100', '330106']) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta('2024-01-01'));
        await registry.execute(
          { type: 'RegisterUnit', data: { unitId, name: '某单位', category: 'ORGAN', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
          meta('2024-01-02'),
        );
        await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'm-1', name: NAMED, partTime: false, duties: null } }, meta('2024-02-01'));
        await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'm-2', name: ERASED, partTime: false, duties: null } }, meta('2024-02-02'));
        await embedded.privacy?.erase({ subjectId: 'm-2', legalBasis: 'PIPL §47', actor: admin, correlationId: 'c', occurredAt: '2024-07-01T00:00:00.000Z' });
      } finally {
        await embedded.eventStore.close();
        embedded.db.close();
      }
    }

    /** The archivists' names as a PostgreSQL-mode deployment (its own, empty data folder) reads them. */
    async function serverReads(masterKey: string): Promise<unknown[]> {
      const dataDir = mkdtempSync(join(tmpdir(), `migrate-server-${process.pid}-`));
      try {
        const server = await openStores(
          loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', EVENT_STORE: 'postgres', POSTGRES_URL, POSTGRES_SCHEMA: schema, POSTGRES_POOL_SIZE: '2', PROJECTIONS: 'external', MASTER_KEY: masterKey }),
          silent,
          'api',
        );
        try {
          const events = await server.eventStore.readStream(`unit-${unitId}`);
          return events.filter((e) => e.type === 'ArchivistAssigned').map((e) => (e.data as { name: unknown }).name);
        } finally {
          await server.close();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    }

    async function inTarget<T>(query: (pool: Pool) => Promise<T>): Promise<T> {
      const pool = new Pool({ connectionString: POSTGRES_URL, max: 1 });
      try {
        return await query(pool);
      } finally {
        await pool.end();
      }
    }

    async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
      const out: string[] = [];
      const spies = [
        jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true)),
        jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true)),
      ];
      try {
        return { code: await main(argv, env), out: out.join('') };
      } finally {
        spies.forEach((spy) => spy.mockRestore());
      }
    }

    it('copies keys and tombstones with the same MASTER_KEY: a PostgreSQL-mode store reads the plaintext, the erased subject stays erased', async () => {
      const masterKey = randomBytes(32).toString('base64');
      await encryptedSource(masterKey);
      // DATA_DIR names the log and its keys, as on the embedded server.
      const first = await run(['--to', POSTGRES_URL, '--schema', schema], { DATA_DIR: dir, MASTER_KEY: masterKey });
      expect(first.code).toBe(0);
      expect(first.out).toContain(`Copied 1 subject keys and 1 tombstones from ${join(dir, 'keys.sqlite')} into ${schema}.subject_keys`);
      expect(first.out).toContain('they were wrapped with MASTER_KEY');

      // The log holds envelopes only; the key table a key for the one, a tombstone for the other.
      const stored = await inTarget(async (pool) => (await pool.query<{ data: string }>(`SELECT data::text AS data FROM "${schema}".events`)).rows.map((r) => r.data).join('\n'));
      expect(stored).not.toContain(NAMED);
      expect(stored).not.toContain(ERASED);
      const rows = await inTarget(async (pool) =>
        (await pool.query<{ subject_id: string; has_key: boolean; legal_basis: string }>(`SELECT subject_id, wrapped IS NOT NULL AS has_key, legal_basis FROM "${schema}".subject_keys ORDER BY subject_id`)).rows,
      );
      expect(rows).toEqual([
        { subject_id: 'm-1', has_key: true, legal_basis: '' },
        { subject_id: 'm-2', has_key: false, legal_basis: 'PIPL §47' },
      ]);

      expect(await serverReads(masterKey)).toEqual([NAMED, '[erased]']);

      // Again: the log is only verified, the keys already there are kept, the tombstone stays.
      const again = await run(['--from', path, '--to', POSTGRES_URL, '--schema', schema], { MASTER_KEY: masterKey });
      expect(again.code).toBe(0);
      expect(again.out).toMatch(/Copied 0 events \(\d+ were already there and matched\)/);
      expect(await serverReads(masterKey)).toEqual([NAMED, '[erased]']);
    });

    it('wraps the keys again when the embedded master key was generated in the data folder (or given with --from-master-key)', async () => {
      await encryptedSource();
      expect(existsSync(join(dir, 'master-key'))).toBe(true);
      const serverKey = randomBytes(32).toString('base64');
      const { code, out } = await run(['--from', path, '--to', POSTGRES_URL, '--schema', schema], { MASTER_KEY: serverKey });
      expect(code).toBe(0);
      expect(out).toContain(`they were wrapped with ${join(dir, 'master-key')}`);
      expect(await serverReads(serverKey)).toEqual([NAMED, '[erased]']);
      // Only the server's key reads them now.
      await expect(serverReads(randomBytes(32).toString('base64'))).rejects.toThrow(/does not unwrap with this master key/);

      // The embedded key kept elsewhere, named explicitly: the same result (insert-if-absent keeps what is there).
      const elsewhere = join(dir, 'old-master-key');
      await rename(join(dir, 'master-key'), elsewhere);
      const noKey = await run(['--from', path, '--to', POSTGRES_URL, '--schema', schema], { MASTER_KEY: serverKey });
      expect(noKey.code).toBe(2);
      expect(noKey.out).toMatch(/do not unwrap with MASTER_KEY: give the embedded deployment's master key with --from-master-key <file>/);
      const named = await run(['--from', path, '--to', POSTGRES_URL, '--schema', schema, '--from-master-key', elsewhere], { MASTER_KEY: serverKey });
      expect(named.code).toBe(0);
      expect(named.out).toContain(`they were wrapped with ${elsewhere}`);
      expect(await serverReads(serverKey)).toEqual([NAMED, '[erased]']);
      const bad = join(dir, 'bad-master-key');
      writeFileSync(bad, 'not base64 of 32 bytes');
      const refused = await run(['--from', path, '--to', POSTGRES_URL, '--schema', schema, '--from-master-key', bad], { MASTER_KEY: serverKey });
      expect(refused.code).toBe(2);
      expect(refused.out).toContain(`${bad} must be the base64 of exactly 32 bytes`);
    });

    it('refuses without MASTER_KEY (exit 2, naming it) before writing anything', async () => {
      await encryptedSource();
      const { code, out } = await run(['--from', path, '--to', POSTGRES_URL, '--schema', schema], {});
      expect(code).toBe(2);
      expect(out).toMatch(/keys\.sqlite holds 1 subject keys: set MASTER_KEY/);
      const tables = await inTarget(async (pool) => (await pool.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1`, [schema])).rowCount);
      expect(tables).toBe(0);
    });
  });
});
