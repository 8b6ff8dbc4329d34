import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import type { CommandMetadata } from '../../src/application/command-handler';
import { RegistryService } from '../../src/application/registry.service';
import { openStores, type Stores } from '../../src/composition/stores';
import { ConfigError, loadConfig, type Config } from '../../src/config';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Actor, NewEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { createLogger } from '../../src/ops/logger';
import { Projector } from '../../src/projector/projector';
import type { ProjectionTarget } from '../../src/projector/target';
import { dropSchema, freshSchemaName, POSTGRES_URL, postgresSkipReason } from '../contract/postgres-support';
import { MONGODB_URL, mongoSkipReason } from '../support/mongo-server';
import { describeWithServer } from '../support/require-server';
import { FIXTURE_BUREAUS, XIHU, freshCode, gql, registerWithArchivist } from '../support/access-matrix-core';
import { EstablishBureauDocument, UnitDocument } from '../support/generated/operations';
import { TestServer } from '../support/test-server';
import { migrateSqliteToPostgres } from '../../src/cli/migrate';
import { openEmbeddedStores } from '../../src/composition/embedded';
import { envelopeSubject } from '../../src/privacy/field-cipher';
import { loadMasterKey } from '../../src/privacy/master-key';
import { migrateKeys } from '../../src/privacy/migrate-keys';
import { PostgresKeyRecords } from '../../src/privacy/postgres-key-store';

/**
 * Personal-data encryption and erasure with a server event store (EVENT_STORE=postgres), keys in PostgreSQL shared by
 * two API instances and a projector: given events naming people, the events table holds envelopes only, reads
 * decrypt; when one instance erases a subject, then every read on both instances shows the marker, the projector's
 * read models (SQLite, and MongoDB when a server answers) are rebuilt without the plaintext, a restored old key is
 * destroyed again at start-up, and two instances creating the same subject's key at once end up with one key. And
 * the same through the API (erasePersonalData), with the projector loop of the API process rebuilding its read models.
 */
jest.setTimeout(120_000);
const silent = createLogger('silent');
const admin: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const meta = (day: string): CommandMetadata => ({ actor: admin, occurredAt: `${day}T02:00:00.000Z`, correlationId: uuidv7() });
const unitId = makeCreditCode(7311);
const SECRET = '张秘密';

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWithServer('personal data with EVENT_STORE=postgres: encrypted log, shared keys, erasure across instances', postgresSkipReason, () => {
  const schema = freshSchemaName();
  const masterKey = randomBytes(32).toString('base64');
  const dirs: string[] = [];
  const opened: Stores[] = [];
  const projectors: Projector[] = [];
  const mongoDatabases: string[] = [];
  let pool: Pool;
  let a: Stores;
  let b: Stores;

  function configFor(extra: Record<string, string> = {}): Config {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-privacy-server-'));
    dirs.push(dataDir);
    return loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      EVENT_STORE: 'postgres',
      POSTGRES_URL,
      POSTGRES_SCHEMA: schema,
      POSTGRES_POOL_SIZE: '3',
      READ_STORE: 'sqlite',
      PROJECTIONS: 'external',
      MASTER_KEY: masterKey,
      ...extra,
    });
  }
  async function open(role: 'api' | 'projector' = 'api', extra: Record<string, string> = {}): Promise<Stores> {
    const stores = await openStores(configFor(extra), silent, role);
    opened.push(stores);
    return stores;
  }
  async function startProjector(stores: Stores): Promise<Projector> {
    const projector = new Projector(stores.eventStore, stores.target as ProjectionTarget, { batchSize: 50, maxDelayMs: 5, heartbeatSeconds: 0 });
    projectors.push(projector);
    await projector.start();
    await projector.caughtUp();
    return projector;
  }
  const archivistName = async (stores: Stores, archivistId: string): Promise<unknown> => {
    const events = await stores.eventStore.readStream(`unit-${unitId}`);
    const assigned = events.find((e) => e.type === 'ArchivistAssigned' && (e.data as { archivistId: string }).archivistId === archivistId);
    return (assigned?.data as { name?: unknown } | undefined)?.name;
  };
  const unitDoc = async (stores: Stores): Promise<string> => JSON.stringify(await stores.readStore.get('units', unitId));
  const keyRow = async (subjectId: string): Promise<{ wrapped: Buffer | null } | undefined> =>
    (await pool.query<{ wrapped: Buffer | null }>(`SELECT wrapped FROM "${schema}".subject_keys WHERE subject_id = $1`, [subjectId])).rows[0];

  beforeAll(async () => {
    pool = new Pool({ connectionString: POSTGRES_URL, max: 2 });
    a = await open();
    b = await open();
    const registry = new RegistryService(a.eventStore);
    for (const regionCode of ['330000', '330100', '330106']) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta('2024-01-01'));
    await registry.execute(
      { type: 'RegisterUnit', data: { unitId, name: '某单位', category: 'ORGAN', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
      meta('2024-01-02'),
    );
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-1', name: SECRET, partTime: false, duties: null } }, meta('2024-02-01'));
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-2', name: '李备份', partTime: false, duties: null } }, meta('2024-02-02'));
  });
  afterAll(async () => {
    for (const projector of projectors) await projector.stop().catch(() => undefined);
    for (const stores of opened) await stores.close();
    await pool?.end();
    await dropSchema(schema);
    if (mongoDatabases.length > 0) {
      const { MongoClient } = await import('mongodb');
      const client = new MongoClient(MONGODB_URL as string);
      for (const name of mongoDatabases) await client.db(name).dropDatabase().catch(() => undefined);
      await client.close();
    }
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('stores envelopes (no plaintext in the events table), keys in their own table, and both instances read the plaintext', async () => {
    const { rows } = await pool.query<{ type: string; data: string }>(`SELECT type, data FROM "${schema}".events ORDER BY position`);
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.map((r) => r.data).join('\n')).not.toContain(SECRET);
    const assigned = rows.filter((r) => r.type === 'ArchivistAssigned').map((r) => JSON.parse(r.data) as { name: unknown });
    expect(envelopeSubject(assigned[0]?.name)).toBe('a-1');
    expect((await keyRow('a-1'))?.wrapped).toBeInstanceOf(Buffer);
    expect(await archivistName(a, 'a-1')).toBe(SECRET);
    expect(await archivistName(b, 'a-1')).toBe(SECRET);
    expect(a.description.keyStoreAt).toContain(`${schema}.subject_keys`);
  });

  it('erases on one instance: marker in reads on both, keys gone, read models rebuilt by the projector (SQLite, MongoDB)', async () => {
    const sqliteProjector = await open('projector');
    await startProjector(sqliteProjector);
    expect(await unitDoc(sqliteProjector)).toContain(SECRET);
    let mongoProjector: Stores | null = null;
    if (mongoSkipReason() === null) {
      const database = `aol_privacy_server_${process.pid}`;
      mongoDatabases.push(database, `${database}_keys`);
      mongoProjector = await open('projector', { READ_STORE: 'mongodb', MONGODB_URL: MONGODB_URL as string, MONGODB_DATABASE: database });
      await startProjector(mongoProjector);
      expect(await unitDoc(mongoProjector)).toContain(SECRET);
    }
    // b has a-1's key in its cache now (it read the plaintext above).
    expect(await archivistName(b, 'a-1')).toBe(SECRET);

    const result = await a.privacy?.erase({ subjectId: 'a-1', legalBasis: 'PIPL §47', actor: admin, correlationId: 'c-1', occurredAt: '2024-07-01T00:00:00.000Z' });
    expect(result).toMatchObject({ subjectId: 'a-1', keysDestroyed: 1 });
    expect(await keyRow('a-1')).toEqual({ wrapped: null });
    expect(await archivistName(a, 'a-1')).toBe('[erased]');
    expect(await archivistName(a, 'a-2')).toBe('李备份');
    // The other instance stops decrypting once its erasure watch sees the event (well before its cache expires).
    await eventually(async () => (await archivistName(b, 'a-1')) === '[erased]', 'instance b to read the marker', 10_000);
    // The projectors rebuild their read models from the log, which now reads the marker.
    await eventually(async () => (await unitDoc(sqliteProjector)).includes('[erased]'), 'the SQLite read models to be rebuilt');
    expect(await unitDoc(sqliteProjector)).not.toContain(SECRET);
    expect(await unitDoc(sqliteProjector)).toContain('李备份');
    if (mongoProjector) {
      const mongo = mongoProjector;
      await eventually(async () => (await unitDoc(mongo)).includes('[erased]'), 'the MongoDB read models to be rebuilt');
      expect(await unitDoc(mongo)).not.toContain(SECRET);
    }
    // A second erasure of the subject is refused, from either instance.
    await expect(b.privacy?.erase({ subjectId: 'a-1', legalBasis: 'again', actor: admin, correlationId: 'c-2', occurredAt: '2024-07-02T00:00:00.000Z' })).rejects.toMatchObject({
      reason: 'SUBJECT_ALREADY_ERASED',
    });
  });

  it('replays erasures at start-up: a key restored from an old backup is destroyed again', async () => {
    const backup = (await keyRow('a-2'))?.wrapped;
    expect(backup).toBeInstanceOf(Buffer);
    await b.privacy?.erase({ subjectId: 'a-2', legalBasis: 'PIPL §47', actor: admin, correlationId: 'c-3', occurredAt: '2024-07-03T00:00:00.000Z' });
    expect(await keyRow('a-2')).toEqual({ wrapped: null });
    // The key table restored from a backup taken before the erasure.
    await pool.query(`UPDATE "${schema}".subject_keys SET wrapped = $2, erased_at = NULL, legal_basis = '' WHERE subject_id = $1`, ['a-2', backup]);
    const c = await open();
    expect(await keyRow('a-2')).toEqual({ wrapped: null });
    expect(await archivistName(c, 'a-2')).toBe('[erased]');
  });

  it('gives one key to a new subject that two instances name at the same moment, and both read both events', async () => {
    const assign = (stream: string): NewEvent => ({
      id: uuidv7(),
      type: 'ArchivistAssigned',
      schemaVersion: 1,
      data: { unitId, archivistId: 'a-9', name: '王同时', partTime: false, duties: null },
      metadata: { ...meta('2024-08-01'), causationId: null, idempotencyKey: null },
    });
    const [x, y] = await Promise.all([a.eventStore.appendToStream('race-1', [assign('race-1')]), b.eventStore.appendToStream('race-2', [assign('race-2')])]);
    expect((x.events[0]?.data as { name: string }).name).toBe('王同时');
    expect((y.events[0]?.data as { name: string }).name).toBe('王同时');
    const { rows } = await pool.query(`SELECT subject_id FROM "${schema}".subject_keys WHERE subject_id = 'a-9'`);
    expect(rows).toHaveLength(1);
    for (const stores of [a, b]) {
      for (const stream of ['race-1', 'race-2']) expect(((await stores.eventStore.readStream(stream))[0]?.data as { name: string }).name).toBe('王同时');
    }
  });

  it('refuses to start with encryption on and no MASTER_KEY, saying what to set', async () => {
    const config = configFor({ MASTER_KEY: '' });
    const error = await openStores(config, silent, 'api').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^MASTER_KEY must be set when personal-data encryption is on with KEY_STORE=postgres/);
  });
});

describeWithServer('erasePersonalData through the API with EVENT_STORE=postgres (in-process projector loop)', postgresSkipReason, () => {
  const schema = freshSchemaName();
  let server: TestServer;
  const unit = freshCode(XIHU);
  const ERASE = gql<{ erasePersonalData: { eventIds: string[]; keysDestroyed: number } }, { subjectId: string; legalBasis: string }>(
    'mutation Erase($subjectId: ID!, $legalBasis: String!) { erasePersonalData(subjectId: $subjectId, legalBasis: $legalBasis) { eventIds keysDestroyed } }',
  );
  const archivists = async (): Promise<string> => JSON.stringify((await server.ok(UnitDocument, { id: unit })).unit?.archivists ?? null);

  beforeAll(async () => {
    server = await TestServer.start({
      EVENT_STORE: 'postgres',
      POSTGRES_URL,
      POSTGRES_SCHEMA: schema,
      POSTGRES_POOL_SIZE: '3',
      READ_STORE: 'sqlite',
      PROJECTIONS: 'inline',
      MASTER_KEY: randomBytes(32).toString('base64'),
      LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0',
    });
    for (const [regionCode, name] of FIXTURE_BUREAUS) await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
    await registerWithArchivist(server, unit, XIHU, { archivistId: 'api-1', name: '赵接口' });
  });
  afterAll(async () => {
    await server?.stop();
    await dropSchema(schema);
  });

  it('erases: the mutation answers the keys destroyed, and the unit read model shows the marker once the loop rebuilt it', async () => {
    await eventually(async () => (await archivists()).includes('赵接口'), 'the projector loop to apply the assignment');
    const erased = await server.ok(ERASE, { subjectId: 'api-1', legalBasis: '《个人信息保护法》第四十七条' });
    expect(erased.erasePersonalData).toMatchObject({ keysDestroyed: 1 });
    expect(erased.erasePersonalData.eventIds).toHaveLength(1);
    await eventually(async () => (await archivists()).includes('[erased]'), 'the read models to be rebuilt');
    expect(await archivists()).not.toContain('赵接口');
    const again = await server.request(ERASE, { subjectId: 'api-1', legalBasis: 'again' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ reason: 'SUBJECT_ALREADY_ERASED' });
  });
});

describeWithServer('moving an encrypted embedded log to PostgreSQL: the keys follow (migrateKeys)', postgresSkipReason, () => {
  const schema = freshSchemaName();
  let dir: string;
  afterAll(async () => {
    await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies keys (wrapped again with MASTER_KEY) and tombstones: the migrated log reads as before, erased subjects stay erased', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aol-privacy-migrate-'));
    const embedded = openEmbeddedStores(path.join(dir, 'ledger.sqlite'));
    const registry = new RegistryService(embedded.eventStore);
    for (const regionCode of ['330000', '330100', '330106']) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta('2024-01-01'));
    await registry.execute(
      { type: 'RegisterUnit', data: { unitId, name: '某单位', category: 'ORGAN', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
      meta('2024-01-02'),
    );
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'm-1', name: '孙迁移', partTime: false, duties: null } }, meta('2024-02-01'));
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'm-2', name: '周已删', partTime: false, duties: null } }, meta('2024-02-02'));
    await embedded.privacy?.erase({ subjectId: 'm-2', legalBasis: 'PIPL §47', actor: admin, correlationId: 'c', occurredAt: '2024-07-01T00:00:00.000Z' });
    await embedded.eventStore.close();
    embedded.db.close();

    await migrateSqliteToPostgres({ from: path.join(dir, 'ledger.sqlite'), to: POSTGRES_URL, schema });
    const masterKey = randomBytes(32);
    const records = await PostgresKeyRecords.open(POSTGRES_URL, schema);
    try {
      const report = await migrateKeys(path.join(dir, 'keys.sqlite'), loadMasterKey({ kind: 'generated', dataDir: dir }), records, masterKey);
      expect(report).toEqual({ keys: 1, tombstones: 1 });
      // Again: nothing changes (insert-if-absent, tombstones kept).
      expect(await migrateKeys(path.join(dir, 'keys.sqlite'), loadMasterKey({ kind: 'generated', dataDir: dir }), records, masterKey)).toEqual({ keys: 1, tombstones: 1 });
    } finally {
      await records.close();
    }
    const server = await openStores(
      loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', EVENT_STORE: 'postgres', POSTGRES_URL, POSTGRES_SCHEMA: schema, POSTGRES_POOL_SIZE: '2', PROJECTIONS: 'external', MASTER_KEY: masterKey.toString('base64') }),
      silent,
      'api',
    );
    try {
      const names = (await server.eventStore.readStream(`unit-${unitId}`)).filter((e) => e.type === 'ArchivistAssigned').map((e) => (e.data as { name: string }).name);
      expect(names).toEqual(['孙迁移', '[erased]']);
    } finally {
      await server.close();
    }
  });
});
