import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALL_PROJECTIONS } from '../../projections';
import { migrateSqliteToPostgres } from '../../src/cli/migrate';
import { openStores, StoreUnavailableError, type Stores } from '../../src/composition/stores';
import { loadConfig, type Config } from '../../src/config';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { createLogger } from '../../src/ops/logger';
import { Projector } from '../../src/projector/projector';
import { readHeartbeat, type ProjectionTarget } from '../../src/projector/target';
import type { Doc, ReadStore } from '../../src/readstore/port';
import { dropSchema, freshSchemaName, POSTGRES_URL, postgresSkipReason } from '../contract/postgres-support';
import { FIXTURE_BUREAUS, FIXTURE_UNITS, XIHU, freshCode, registerWithArchivist, registration } from '../support/access-matrix-core';
import { buildFixture } from '../support/access-matrix-fixture';
import { AmendUnitDetailsDocument, DeregisterUnitDocument, EstablishBureauDocument, RegisterUnitDocument } from '../support/generated/operations';
import { describeWithServer } from '../support/require-server';
import { TestServer } from '../support/test-server';

/**
 * The asynchronous projector on a PostgreSQL event store and a SQLite read store. Given the history the access
 * matrix writes through the API in embedded mode, copied into PostgreSQL as it is (ids, positions, metadata), when
 * the projector applies it, then every read-model collection and every checkpoint equals the embedded mode's; and
 * stopped part-way, or failing on a batch, then started again, it ends in the same place (nothing lost, nothing
 * counted twice).
 */
jest.setTimeout(300_000);
const silent = createLogger('silent');
const COLLECTIONS = ALL_PROJECTIONS.flatMap((projection) => projection.collections.map((spec) => spec.name));

async function dump(store: ReadStore): Promise<Record<string, Doc[]>> {
  const collections: Record<string, Doc[]> = {};
  for (const name of COLLECTIONS) collections[name] = await store.find(name, {});
  return collections;
}

describeWithServer('Projector: PostgreSQL event store → SQLite read store', postgresSkipReason, () => {
  let embeddedServer: TestServer;
  let embedded: Record<string, Doc[]>;
  let embeddedCheckpoints: Record<string, number>;
  let head: number;
  const schema = freshSchemaName();
  const dirs: string[] = [];

  beforeAll(async () => {
    // Personal fields in plain text: the server event stores do not encrypt them (only the embedded composition does).
    embeddedServer = await TestServer.start({ LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0', PERSONAL_DATA_ENCRYPTION: 'false' });
    const server = embeddedServer;
    for (const [regionCode, name] of FIXTURE_BUREAUS) await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
    for (const [unitId, place] of FIXTURE_UNITS) await registerWithArchivist(server, unitId, place);
    await buildFixture(server);
    const moved = freshCode(XIHU);
    await server.ok(RegisterUnitDocument, { input: registration(moved, XIHU) });
    await server.ok(AmendUnitDetailsDocument, { input: { unitId: moved, category: 'ORGAN', name: '改名单位', occurredAt: '2025-03-04T09:00:00.000Z' } });
    await server.ok(DeregisterUnitDocument, { input: { unitId: moved, reason: 'DISSOLVED', occurredAt: '2025-03-05T09:00:00.000Z' } });
    head = await server.app.eventStore.headPosition();
    expect(head).toBeGreaterThan(50);
    embedded = await dump(server.app.readStore);
    embeddedCheckpoints = Object.fromEntries(ALL_PROJECTIONS.map((p) => [p.name, server.app.readStore.getCheckpoint(p.name)]));
    // The same log in PostgreSQL, byte for byte (the migration command's copy).
    const report = await migrateSqliteToPostgres({ from: server.config.sqliteFile, to: POSTGRES_URL, schema });
    expect(report.events).toBe(head);
  });
  afterAll(async () => {
    await embeddedServer?.stop();
    await dropSchema(schema);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function projectorConfig(extra: Record<string, string> = {}): Config {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-projector-'));
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
      // The log holds personal fields in clear (written with encryption off); no master key to share.
      PERSONAL_DATA_ENCRYPTION: 'false',
      ...extra,
    });
  }

  function projectorOn(stores: Stores, config: Config, target: ProjectionTarget = stores.target as ProjectionTarget, onFailure?: (error: unknown) => void) {
    return new Projector(stores.eventStore, target, {
      batchSize: config.stores.projector.batchSize,
      maxDelayMs: config.stores.projector.maxDelayMs,
      heartbeatSeconds: 1,
      logger: silent,
      ...(onFailure && { onFailure }),
    });
  }

  async function expectSameAsEmbedded(stores: Stores): Promise<void> {
    expect(await dump(stores.readStore)).toEqual(embedded);
    const checkpoints = Object.fromEntries((await stores.progress.checkpoints()).map((c) => [c.name, c.checkpoint]));
    expect(checkpoints).toEqual(embeddedCheckpoints);
    expect(await stores.progress.position()).toBe(head);
  }

  it('applies the whole log in batches and holds the embedded mode\'s read models and checkpoints', async () => {
    const config = projectorConfig({ PROJECTOR_BATCH_SIZE: '37', PROJECTOR_MAX_DELAY_MS: '5' });
    const stores = await openStores(config, silent, 'projector');
    try {
      expect(stores.target).not.toBeNull();
      expect(stores.ledger).toBeNull(); // the audit trail stays with the embedded log
      const projector = projectorOn(stores, config);
      await projector.start();
      await projector.caughtUp();
      expect(projector.position).toBe(head);
      await projector.stop();
      expect(Object.values(embedded).reduce((sum, docs) => sum + docs.length, 0)).toBeGreaterThan(100);
      await expectSameAsEmbedded(stores);
      // Its heartbeat sits beside the checkpoints.
      const beat = await readHeartbeat(stores.readStore);
      expect(beat).toMatchObject({ head });
      expect(Date.now() - Date.parse(beat?.at ?? '')).toBeLessThan(60_000);
    } finally {
      await stores.close();
    }
  });

  it('stopped part-way (SIGTERM), then started again: ends exactly where a run without a stop ends', async () => {
    const config = projectorConfig({ PROJECTOR_BATCH_SIZE: '10', PROJECTOR_MAX_DELAY_MS: '5' });
    let stores = await openStores(config, silent, 'projector');
    const target = stores.target as ProjectionTarget;
    // A slow read store, so that the stop lands in the middle of the catch-up.
    const slow: ProjectionTarget = { ...target, apply: async (events) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await target.apply(events);
    } };
    const first = projectorOn(stores, config, slow);
    await first.start();
    while (first.position < head / 3) await new Promise((resolve) => setTimeout(resolve, 10));
    await first.stop();
    const stoppedAt = await stores.progress.position();
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(head);
    expect(stoppedAt).toBe(first.position); // the batch in hand was stored before the stop returned
    await stores.close();

    stores = await openStores(config, silent, 'projector');
    try {
      const second = projectorOn(stores, config);
      await second.start();
      await second.caughtUp();
      await second.stop();
      await expectSameAsEmbedded(stores);
    } finally {
      await stores.close();
    }
  });

  it('a batch that cannot be stored stops the projector; the next one resumes from the checkpoints', async () => {
    const config = projectorConfig({ PROJECTOR_BATCH_SIZE: '10', PROJECTOR_MAX_DELAY_MS: '5' });
    let stores = await openStores(config, silent, 'projector');
    const target = stores.target as ProjectionTarget;
    let batches = 0;
    const failing: ProjectionTarget = { ...target, apply: async (events: readonly RecordedEvent[]) => {
      if (++batches === 3) throw new Error('the read store went away');
      await target.apply(events);
    } };
    const failure = new Promise<unknown>((resolve) => {
      void projectorOn(stores, config, failing, resolve).start();
    });
    expect(String(await failure)).toContain('the read store went away');
    expect(await stores.progress.position()).toBe(20); // two whole batches stored, the third not at all
    await stores.close();
    stores = await openStores(config, silent, 'projector');
    try {
      const again = projectorOn(stores, config);
      await again.start();
      await again.caughtUp();
      await again.stop();
      await expectSameAsEmbedded(stores);
    } finally {
      await stores.close();
    }
  }, 30_000);

  it('refuses to start on an unreachable server, naming the store and the URL without its password', async () => {
    const config = projectorConfig({ POSTGRES_URL: 'postgres://aol:secret@127.0.0.1:1/nothing' });
    const error = await openStores(config, silent, 'projector').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/^Cannot open the event store \(EVENT_STORE=postgres, POSTGRES_URL=postgres:\/\/aol:\*\*\*@127\.0\.0\.1:1\/nothing\)/);
    expect((error as Error).message).not.toContain('secret');
  });
});
