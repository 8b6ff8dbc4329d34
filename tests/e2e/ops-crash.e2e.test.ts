import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { print } from 'graphql';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { SqliteLedgerStore, SqliteLogReader, verifyStore } from '../../src/ledger';
import { openEmbeddedStores } from '../../src/main';
import { EstablishBureauDocument, RegisterUnitDocument } from '../support/generated/operations';
import { buildServerOnce, ChildServer } from '../support/child-server';
import { ADMIN, clerkOf } from '../support/test-server';

jest.setTimeout(300_000);

const REGISTER = print(RegisterUnitDocument);
const CLERK = clerkOf('330106');
const ROUNDS = 3;
const WORKERS = 8;

/** One registration the test asked for; acknowledged once a response carried its event ids. */
interface Op {
  unitId: string;
  eventIds: string[] | null;
}

const variables = (unitId: string) => ({
  input: {
    unitId,
    name: '某某科技有限公司',
    category: 'ENTERPRISE',
    regionCode: '330106',
    bureauId: '330106',
    occurredAt: '2025-03-01T09:00:00.000Z',
    // The same key on the retry after a crash: the first result if it was written, a new write if not.
    idempotencyKey: `crash-${unitId}`,
  },
});

async function register(server: ChildServer, op: Op): Promise<void> {
  const { status, body } = await server.graphql(REGISTER, variables(op.unitId), CLERK);
  if (status !== 200 || body.errors) throw new Error(`registration refused: ${JSON.stringify(body.errors)}`);
  const eventIds = body.data.registerUnit.eventIds as string[];
  // A retry must answer exactly what the first attempt wrote.
  if (op.eventIds !== null) expect(eventIds).toEqual(op.eventIds);
  op.eventIds = eventIds;
}

/** Concurrent writers until the server dies under them; network failures end a writer, refusals fail the test. */
async function loadUntilKilled(server: ChildServer, ops: Op[], nextCode: () => string, killAfterMs: number): Promise<void> {
  let dead = false;
  const writer = async () => {
    while (!dead) {
      const op: Op = { unitId: nextCode(), eventIds: null };
      ops.push(op);
      try {
        await register(server, op);
      } catch (error) {
        if (dead || (error as Error).message.startsWith('fetch failed') || /terminated|ECONN|socket/i.test((error as Error).message)) return;
        throw error;
      }
    }
  };
  const writers = Array.from({ length: WORKERS }, writer);
  await new Promise((r) => setTimeout(r, killAfterMs));
  server.kill('SIGKILL');
  expect((await server.exited).signal).toBe('SIGKILL');
  dead = true;
  await Promise.all(writers);
}

function dumpReadModels(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all() as Record<string, unknown>[];
    dump[table] = rows.map((row) => (typeof row.doc === 'string' ? { ...row, doc: JSON.parse(row.doc) } : row));
  }
  return dump;
}

let dataDir: string;
beforeAll(async () => {
  await buildServerOnce();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-crash-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('crash safety: SIGKILL under concurrent writes, restart on the same data', () => {
  it('keeps every acknowledged event exactly once, half-writes nothing, and its read models equal a rebuild', async () => {
    const seedBase = 60_000 + Math.floor(Math.random() * 1000) * 100;
    let seed = seedBase;
    const nextCode = () => makeCreditCode(seed++);
    const ops: Op[] = [];
    const kills: number[] = [];
    let retried = 0;

    let server = await ChildServer.start(dataDir);
    expect((await server.graphql(print(EstablishBureauDocument), { input: { regionCode: '330106', name: '杭州市西湖区档案局' } }, ADMIN)).body.errors).toBeUndefined();

    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) server = await ChildServer.start(dataDir);
      // What the last crash left unanswered is retried first, with the same idempotency keys.
      for (const op of ops.filter((o) => o.eventIds === null)) {
        retried += 1;
        await register(server, op);
      }
      const killAfterMs = 300 + Math.floor(Math.random() * 900);
      kills.push(killAfterMs);
      await loadUntilKilled(server, ops, nextCode, killAfterMs);
    }
    server = await ChildServer.start(dataDir);
    for (const op of ops.filter((o) => o.eventIds === null)) {
      retried += 1;
      await register(server, op);
    }
    expect(await server.stop()).toEqual({ code: 0, signal: null });

    const context = `seed base ${seedBase}, kills after ${kills.join('/')} ms, ${ops.length} registrations`;
    expect({ context, acknowledged: ops.every((o) => o.eventIds !== null) }).toEqual({ context, acknowledged: true });
    expect(ops.length).toBeGreaterThan(ROUNDS * WORKERS);
    // Each kill left writes unanswered (in flight when the process died), which the retries then settled.
    expect(retried).toBeGreaterThanOrEqual(ROUNDS);

    const file = path.join(dataDir, 'ledger.sqlite');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      // Every acknowledged event is there; every unit was registered exactly once.
      const ids = new Set(db.prepare('SELECT id FROM events').pluck().all() as string[]);
      for (const op of ops) for (const id of op.eventIds as string[]) expect(ids.has(id)).toBe(true);
      const registrations = db
        .prepare("SELECT json_extract(data, '$.unitId') AS unitId, count(*) AS n FROM events WHERE type = 'UnitRegistered' GROUP BY 1")
        .all() as { unitId: string; n: number }[];
      expect(registrations.filter((r) => r.n !== 1)).toEqual([]);
      expect(registrations.map((r) => r.unitId).sort()).toEqual(ops.map((o) => o.unitId).sort());

      // Nothing half-written: positions gap-free, every row whole JSON, every stream's revisions gap-free.
      const { count, head } = db.prepare('SELECT count(*) AS count, max(position) AS head FROM events').get() as { count: number; head: number };
      expect(count).toBe(head);
      for (const row of db.prepare('SELECT data, metadata FROM events').iterate() as Iterable<{ data: string; metadata: string }>) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
      }
      const gappy = db.prepare('SELECT stream_id FROM events GROUP BY stream_id HAVING max(revision) + 1 <> count(*)').all();
      expect(gappy).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

      // The audit trail sealed every event, exactly as stored.
      const verdict = await verifyStore(new SqliteLogReader(db), new SqliteLedgerStore(db, { createSchema: false }));
      expect({ ok: verdict.ok, problems: verdict.problems }).toEqual({ ok: true, problems: [] });
      expect(verdict.sealedSize).toBe(head);
    } finally {
      db.close();
    }

    // The read models, built incrementally across three crashes, equal a replay of the whole log.
    const copyDir = mkdtempSync(path.join(os.tmpdir(), 'aol-crash-rebuild-'));
    try {
      const copy = path.join(copyDir, 'ledger.sqlite');
      copyFileSync(file, copy);
      // The server stopped (the test's read-only look may leave an empty write-ahead log beside the file).
      if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
      const stores = openEmbeddedStores(copy, { kind: 'generated', dataDir: copyDir });
      try {
        const incremental = dumpReadModels(stores.db);
        await stores.runner.rebuild(stores.eventStore);
        const rebuilt = dumpReadModels(stores.db);
        expect(Object.keys(rebuilt).length).toBeGreaterThan(5);
        expect(incremental).toEqual(rebuilt);
      } finally {
        await stores.eventStore.close();
        stores.db.close();
      }
    } finally {
      rmSync(copyDir, { recursive: true, force: true });
    }
  });
});
