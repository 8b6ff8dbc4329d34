import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALL_PROJECTIONS } from '../../projections';
import { migrateSqliteToPostgres } from '../../src/cli/migrate';
import { openStores, type Stores } from '../../src/composition/stores';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/ops/logger';
import { Projector } from '../../src/projector/projector';
import { readHeartbeat, type ProjectionTarget } from '../../src/projector/target';
import type { Doc, ReadStore } from '../../src/readstore/port';
import { dropSchema, freshSchemaName, POSTGRES_URL, postgresSkipReason } from '../contract/postgres-support';
import { FIXTURE_BUREAUS, FIXTURE_UNITS, registerWithArchivist } from '../support/access-matrix-core';
import { buildFixture } from '../support/access-matrix-fixture';
import { EstablishBureauDocument } from '../support/generated/operations';
import { MONGODB_URL, MongoTestDatabases, mongoSkipReason } from '../support/mongo-server';
import { describeWithServer } from '../support/require-server';
import { TestServer } from '../support/test-server';

/**
 * The projector on a PostgreSQL event store and MongoDB read models (FerretDB in CI): given the access matrix's
 * history copied into PostgreSQL, when the projector applies it (whole, or stopped part-way and started again), then
 * every collection and checkpoint equals the embedded mode's; an API instance that leaves the writing to it reads
 * its progress.
 */
jest.setTimeout(300_000);
const silent = createLogger('silent');
const COLLECTIONS = ALL_PROJECTIONS.flatMap((projection) => projection.collections.map((spec) => spec.name));
/*
 * A regression guard too: FerretDB 1.24.2 panics ("slice bounds out of range [:2:1]", the connection dropped) on a
 * `createIndexes` of several indexes that already exist, which a writer reopening its database used to send; the
 * store now creates only the missing indexes, one at a time, so a projector resumes.
 */
const skip = postgresSkipReason ?? mongoSkipReason();
const databases = new MongoTestDatabases('pjr');

async function dump(store: ReadStore): Promise<Record<string, Doc[]>> {
  const collections: Record<string, Doc[]> = {};
  for (const name of COLLECTIONS) collections[name] = await store.find(name, {});
  return collections;
}

describeWithServer('Projector: PostgreSQL event store → MongoDB read store', skip, () => {
  let embedded: Record<string, Doc[]>;
  let head: number;
  const schema = freshSchemaName();
  const dirs: string[] = [];

  beforeAll(async () => {
    const server = await TestServer.start({ LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0', PERSONAL_DATA_ENCRYPTION: 'false' });
    try {
      for (const [regionCode, name] of FIXTURE_BUREAUS) await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
      for (const [unitId, place] of FIXTURE_UNITS) await registerWithArchivist(server, unitId, place);
      await buildFixture(server);
      head = await server.app.eventStore.headPosition();
      embedded = await dump(server.app.readStore);
      await migrateSqliteToPostgres({ from: server.config.sqliteFile, to: POSTGRES_URL, schema });
    } finally {
      await server.stop();
    }
  });
  afterAll(async () => {
    await databases.close();
    await dropSchema(schema);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function configFor(database: string, extra: Record<string, string> = {}): Config {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-projector-mongo-'));
    dirs.push(dataDir);
    return loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      EVENT_STORE: 'postgres',
      POSTGRES_URL,
      POSTGRES_SCHEMA: schema,
      POSTGRES_POOL_SIZE: '3',
      READ_STORE: 'mongodb',
      MONGODB_URL: MONGODB_URL as string,
      MONGODB_DATABASE: database,
      PROJECTIONS: 'external',
      PROJECTOR_BATCH_SIZE: '9',
      PROJECTOR_MAX_DELAY_MS: '5',
      // The log holds personal fields in clear (written with encryption off); no master key to share.
      PERSONAL_DATA_ENCRYPTION: 'false',
      ...extra,
    });
  }

  const projectorOn = (stores: Stores, onFailure: (error: unknown) => void) =>
    new Projector(stores.eventStore, stores.target as ProjectionTarget, { batchSize: 7, maxDelayMs: 5, heartbeatSeconds: 1, logger: silent, onFailure });

  /**
   * Runs projectors until one has applied the whole log. A projector stops on a batch it could not store (FerretDB
   * 1.24 sometimes drops a connection mid-batch: a crash between the journal, the documents and the checkpoints);
   * the next one reopens the store, which redoes or drops the interrupted batch, and resumes from the checkpoints.
   */
  async function projectUntilCaughtUp(config: Config, stopAt?: number): Promise<{ restarts: number; position: number }> {
    for (let restarts = 0; restarts < 30; restarts++) {
      const stores = await openStores(config, silent, 'projector');
      let failed: unknown = null;
      const projector = projectorOn(stores, (error) => (failed = error));
      try {
        await projector.start();
        if (stopAt !== undefined) {
          while (projector.position < stopAt && failed === null) await new Promise((resolve) => setTimeout(resolve, 2));
          await projector.stop();
          if (failed === null) return { restarts, position: projector.position };
        } else {
          await projector.caughtUp().catch(() => undefined);
          await projector.stop().catch(() => undefined);
          if (failed === null && (await stores.progress.position()) === head) return { restarts, position: head };
        }
      } finally {
        await stores.close().catch(() => undefined);
      }
    }
    throw new Error('30 projectors in a row failed');
  }

  it('applies the whole log and holds the embedded read models and checkpoints; an API instance (a reader) reads its progress', async () => {
    const config = configFor(databases.nextName());
    const stores = await openStores(config, silent, 'projector');
    let api: Stores | null = null;
    try {
      let failed: unknown = null;
      const projector = projectorOn(stores, (error) => (failed = error));
      await projector.start();
      await projector.caughtUp();
      await projector.stop();
      expect(failed).toBeNull();
      // A reader knows the collections that exist when it opens (see the report: readers do not create them).
      api = await openStores(config, silent, 'api'); // PROJECTIONS=external: a reader
      expect(api.target).toBeNull();
      expect(Object.values(embedded).reduce((sum, docs) => sum + docs.length, 0)).toBeGreaterThan(100);
      expect(await dump(stores.readStore)).toEqual(embedded);
      expect(await dump(api.readStore)).toEqual(embedded);
      expect(await api.progress.position()).toBe(head); // read fresh from the server, not the reader's cache at open
      expect((await api.progress.checkpoints()).map((c) => c.name)).toEqual(ALL_PROJECTIONS.map((p) => p.name));
      expect(await readHeartbeat(api.readStore)).toMatchObject({ head });
    } finally {
      await api?.close();
      await stores.close();
    }
  });

  it('stopped part-way (or crashing) and started again, ends with the embedded read models', async () => {
    const database = databases.nextName();
    const config = configFor(database);
    const part = await projectUntilCaughtUp(config, Math.floor(head / 3));
    expect(part.position).toBeLessThan(head);
    const whole = await projectUntilCaughtUp(config);
    // How often the server dropped a connection mid-batch (each a crash the next projector recovered from).
    console.log(`projector restarts after a failed batch: ${part.restarts + whole.restarts}`);

    const stores = await openStores(config, silent, 'projector');
    const api = await openStores(config, silent, 'api'); // a reader: PROJECTIONS=external
    try {
      expect(api.target).toBeNull();
      expect(await dump(stores.readStore)).toEqual(embedded);
      expect(await dump(api.readStore)).toEqual(embedded);
      expect(await api.progress.position()).toBe(head); // read fresh from the server
      const checkpoints = await api.progress.checkpoints();
      expect(checkpoints.map((c) => c.name)).toEqual(ALL_PROJECTIONS.map((p) => p.name));
      expect(await readHeartbeat(api.readStore)).toMatchObject({ head });
    } finally {
      await api.close();
      await stores.close();
    }
  });
});
