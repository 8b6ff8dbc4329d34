import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ALL_PROJECTIONS } from '../../projections';
import { migrateSqliteToPostgres } from '../../src/cli/migrate';
import type { Doc } from '../../src/readstore/port';
import { SqliteReadStore } from '../../src/readstore/sqlite/sqlite-read-store';
import { dropSchema, freshSchemaName, POSTGRES_URL, postgresSkipReason } from '../contract/postgres-support';
import { FIXTURE_BUREAUS, XIHU, freshCode, registration } from '../support/access-matrix-core';
import { BUILD_DIR, buildServerOnce, type ChildExit } from '../support/child-server';
import { EstablishBureauDocument, RegisterUnitDocument } from '../support/generated/operations';
import { describeWithServer } from '../support/require-server';
import { TestServer } from '../support/test-server';

/**
 * `npm run projector` as operators run it, killed with SIGKILL in the middle of its catch-up: started again, it
 * ends with exactly the embedded mode's read models (nothing lost, nothing applied twice). Its `--check` answers 0
 * while its heartbeat is fresh and 1 once it is stale; SIGTERM stops it with exit code 0.
 */
jest.setTimeout(300_000);
const PROJECTOR = path.join(BUILD_DIR, 'src/cli/projector.js');
const COLLECTIONS = ALL_PROJECTIONS.flatMap((projection) => projection.collections.map((spec) => spec.name));

function dump(store: SqliteReadStore): Promise<Record<string, Doc[]>> {
  return (async () => {
    const collections: Record<string, Doc[]> = {};
    for (const name of COLLECTIONS) collections[name] = await store.find(name, {});
    return collections;
  })();
}

describeWithServer('npm run projector (child process, PostgreSQL → SQLite)', postgresSkipReason, () => {
  const schema = freshSchemaName();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-projector-crash-'));
  const readModels = path.join(dataDir, 'read-models.sqlite');
  let embedded: Record<string, Doc[]>;
  let head: number;
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    EVENT_STORE: 'postgres',
    POSTGRES_URL,
    POSTGRES_SCHEMA: schema,
    POSTGRES_POOL_SIZE: '2',
    READ_STORE: 'sqlite',
    PROJECTIONS: 'external',
    // Small batches, each its own durable transaction: the kill lands between (or inside) many of them.
    PROJECTOR_BATCH_SIZE: '3',
    PROJECTOR_MAX_DELAY_MS: '1',
    // The log holds personal fields in clear (written with encryption off); no master key to share.
    PERSONAL_DATA_ENCRYPTION: 'false',
    ...extra,
  });
  const start = (): { child: ChildProcess; exited: Promise<ChildExit>; output: string[] } => {
    const output: string[] = [];
    const child = spawn(process.execPath, [PROJECTOR], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const exited = new Promise<ChildExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    return { child, exited, output };
  };
  const position = (): number => {
    const store = SqliteReadStore.open(readModels);
    try {
      return Math.min(...ALL_PROJECTIONS.map((p) => store.getCheckpoint(p.name)));
    } catch {
      return 0; // not created yet
    } finally {
      void store.close();
    }
  };
  const check = (extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, [PROJECTOR, '--check'], { env: env(extra), encoding: 'utf8', timeout: 30_000 });

  beforeAll(async () => {
    await buildServerOnce();
    const server = await TestServer.start({ LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0', PERSONAL_DATA_ENCRYPTION: 'false' });
    try {
      for (const [regionCode, name] of FIXTURE_BUREAUS) await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
      for (let round = 0; round < 30; round++) {
        await Promise.all(Array.from({ length: 10 }, () => server.ok(RegisterUnitDocument, { input: registration(freshCode(XIHU), XIHU) })));
      }
      head = await server.app.eventStore.headPosition();
      embedded = await dump(server.app.readStore as SqliteReadStore);
      await migrateSqliteToPostgres({ from: server.config.sqliteFile, to: POSTGRES_URL, schema });
    } finally {
      await server.stop();
    }
  });
  afterAll(async () => {
    await dropSchema(schema);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('killed mid-way, started again: the read models equal the embedded ones; --check and SIGTERM', async () => {
    expect(check().status).toBe(1); // no projector has ever run: no heartbeat

    const first = start();
    for (let waited = 0; position() < head / 4; waited += 5) {
      if (waited > 60_000) throw new Error(`the projector made no progress:\n${first.output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const killedAt = position();
    expect(killedAt).toBeLessThan(head); // really in the middle

    // Its last heartbeat is at most a few seconds old: healthy by the default bound, stale by a 1-second one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(check({ PROJECTOR_HEARTBEAT_MAX_AGE_SECONDS: '1' }).status).toBe(1);

    const second = start();
    for (let waited = 0; position() < head; waited += 20) {
      if (waited > 120_000) throw new Error(`the projector did not catch up:\n${second.output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const healthy = check();
    expect(healthy.stdout).toMatch(/^healthy: heartbeat/);
    expect(healthy.status).toBe(0);
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });

    const store = SqliteReadStore.open(readModels);
    try {
      expect(await dump(store)).toEqual(embedded);
    } finally {
      await store.close();
    }
  });
});
