import type { RecordedEvent } from '../../../src/domain/shared/event';
import { buildAuditExport, verifyAuditExport, verifyStore, type AuditScope } from '../../../src/ledger';
import { parsePublicKey } from '../../../src/ledger/checkpoints';
import { SqliteLedgerStore } from '../../../src/ledger/sqlite-ledger-store';
import { canonicalEventBytes } from '../../../src/ledger/canonical';
import { leafHash } from '../../../src/ledger/merkle';
import { openEmbedded, removeFolder, seedRegistry, SYSTEM_ACT, type EmbeddedLedger } from './embedded-ledger.fixture';

/**
 * Tampering with the stored log behind the API — the append-only triggers dropped, rows edited with SQL — must be
 * caught by the store verification and by the auditor's export, each naming the first bad position.
 */

let app: EmbeddedLedger;
let events: RecordedEvent[];
let units: { xihuUnits: string[]; binjiangUnits: string[] };

beforeEach(async () => {
  app = openEmbedded();
  units = await seedRegistry(app);
  await app.ledger.publishCheckpoint();
  await app.registry.execute({ type: 'ClassifyUnit', data: { unitId: units.xihuUnits[2] as string, unitClass: 'THIRD', reason: null } }, SYSTEM_ACT());
  await app.ledger.publishCheckpoint();
  events = await app.eventStore.readAll();
});
afterEach(async () => {
  await app.close();
  removeFolder(app.dir);
});

/** The names are those of src/eventstore/sqlite/schema.ts. */
function dropAppendOnlyTriggers(): void {
  app.db.exec('DROP TRIGGER IF EXISTS events_refuse_update; DROP TRIGGER IF EXISTS events_refuse_delete;');
}

const positionOf = (predicate: (e: RecordedEvent) => boolean): number => (events.find(predicate) as RecordedEvent).position;
const unitOf = (position: number): string => (events[position - 1]?.data as { unitId: string }).unitId;

async function verdictOfStore() {
  return verifyStore(app.eventStore, app.ledger.ledgerStore, { trustedKeys: [parsePublicKey(app.ledger.publicKey.spki)!] });
}

async function verdictOfExport(scope: AuditScope) {
  const document = await buildAuditExport({ log: app.eventStore, ledger: app.ledger, readStore: app.readStore }, scope);
  return verifyAuditExport(JSON.parse(JSON.stringify(document)), { trustedPublicKey: app.ledger.publicKey.pem });
}

describe('an untampered store', () => {
  it('verifies: every leaf, every stored subtree, every signed root', async () => {
    const verdict = await verdictOfStore();
    expect(verdict).toMatchObject({ ok: true, problemCount: 0, firstBadPosition: null, damage: null, checkpointsChecked: 2 });
    expect(verdict.eventsChecked).toBe(events.length);
    expect((await verdictOfExport({ unitId: units.xihuUnits[0] as string })).ok).toBe(true);
  });
});

describe('tampering behind the API', () => {
  it('an edited payload: the event no longer matches its leaf', async () => {
    const k = positionOf((e) => e.type === 'UnitRegistered' && (e.data as { unitId: string }).unitId === units.xihuUnits[1]);
    dropAppendOnlyTriggers();
    app.db.prepare(`UPDATE events SET data = json_set(data, '$.name', '伪造的单位') WHERE position = ?`).run(k);

    const store = await verdictOfStore();
    expect(store.ok).toBe(false);
    expect(store.firstBadPosition).toBe(k);
    expect(store.problems[0]).toMatchObject({ kind: 'LEAF_MISMATCH', position: k });
    expect(store.damage).toMatchObject({ afterTreeSize: 0, upToTreeSize: events.length - 1 });

    const exported = await verdictOfExport({ unitId: unitOf(k) });
    expect(exported.ok).toBe(false);
    expect(exported.firstBadPosition).toBe(k);
    expect(exported.events.filter((e) => e.status === 'bad').map((e) => e.position)).toEqual([k]);
    expect(exported.events.find((e) => e.position === k)?.reason).toMatch(/not in the tree the checkpoint signs/);
  });

  it('a deleted event: its position is missing from the log', async () => {
    const k = positionOf((e) => e.type === 'UnitTransferred');
    dropAppendOnlyTriggers();
    app.db.prepare('DELETE FROM events WHERE position = ?').run(k);

    const store = await verdictOfStore();
    expect(store).toMatchObject({ ok: false, firstBadPosition: k });
    expect(store.problems[0]).toMatchObject({ kind: 'MISSING_EVENT', position: k });
    expect(store.problems.some((p) => p.kind === 'CHECKPOINT_ROOT')).toBe(true);

    // Even an export of another unit shows the hole: the sealed leaf with its proof, and no event.
    const exported = await verdictOfExport({ unitId: units.binjiangUnits[1] as string });
    expect(exported.ok).toBe(false);
    expect(exported.firstBadPosition).toBe(k);
    expect(exported.events.find((e) => e.position === k)?.reason).toMatch(/log no longer holds/);
  });

  it('two events swapped (reordered): both no longer match, the first named', async () => {
    const i = positionOf((e) => e.type === 'UnitRegistered' && (e.data as { unitId: string }).unitId === units.xihuUnits[2]);
    const j = positionOf((e) => e.type === 'UnitRegistered' && (e.data as { unitId: string }).unitId === units.binjiangUnits[0]);
    expect(i).toBeLessThan(j);
    dropAppendOnlyTriggers();
    app.db.transaction(() => {
      app.db.prepare('UPDATE events SET position = -1 WHERE position = ?').run(i);
      app.db.prepare('UPDATE events SET position = ? WHERE position = ?').run(i, j);
      app.db.prepare('UPDATE events SET position = ? WHERE position = -1').run(j);
    })();

    const store = await verdictOfStore();
    expect(store.firstBadPosition).toBe(i);
    expect(store.problems.filter((p) => p.kind === 'LEAF_MISMATCH').map((p) => p.position)).toEqual([i, j]);

    const exported = await verdictOfExport({ unitId: units.binjiangUnits[0] as string }); // now at position i
    expect(exported.firstBadPosition).toBe(i);
  });

  it("two events' payloads swapped: the first of them is named", async () => {
    const [i, j] = [3, 6];
    dropAppendOnlyTriggers();
    const [a, b] = [i, j].map((p) => app.db.prepare<[number], string>('SELECT data FROM events WHERE position = ?').pluck().get(p)) as [string, string];
    app.db.prepare('UPDATE events SET data = ? WHERE position = ?').run(b, i);
    app.db.prepare('UPDATE events SET data = ? WHERE position = ?').run(a, j);
    const store = await verdictOfStore();
    expect(store.firstBadPosition).toBe(i);
    expect(store.problems.filter((p) => p.kind === 'LEAF_MISMATCH').map((p) => p.position)).toEqual([i, j]);
  });

  it('an event slipped into the middle: it and every later event are out of place', async () => {
    const k = positionOf((e) => e.type === 'UnitClassified');
    const unitId = unitOf(k);
    dropAppendOnlyTriggers();
    app.db.transaction(() => {
      // Make room at k: shift the later events up by one (through negative positions, so the key never collides).
      app.db.prepare('UPDATE events SET position = -(position + 1) WHERE position >= ?').run(k);
      app.db.prepare('UPDATE events SET position = -position WHERE position < 0').run();
      app.db
        .prepare(`INSERT INTO events (position, id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
                  SELECT ?, 'forged-' || id, stream_id, 99, type, schema_version, json_set(data, '$.reason', '补录'), metadata, recorded_at
                  FROM events WHERE position = ?`)
        .run(k, k + 1);
    })();

    const store = await verdictOfStore();
    expect(store.firstBadPosition).toBe(k);
    expect(store.problems[0]).toMatchObject({ kind: 'LEAF_MISMATCH', position: k });
    expect(store.problems.some((p) => p.kind === 'UNSEALED_EVENT' && p.position === events.length + 1)).toBe(true);

    const exported = await verdictOfExport({ unitId });
    expect(exported.firstBadPosition).toBe(k);
  });

  it('an event appended behind the API: it was never sealed', async () => {
    const unitId = units.xihuUnits[0] as string;
    const last = events.length;
    app.db
      .prepare(`INSERT INTO events (id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
                SELECT 'forged', stream_id, 42, 'UnitClassified', 1, json_set(data, '$.unitClass', 'THIRD'), metadata, recorded_at
                FROM events WHERE position = ?`)
      .run(positionOf((e) => e.type === 'UnitClassified'));

    const store = await verdictOfStore();
    expect(store).toMatchObject({ ok: false, firstBadPosition: last + 1 });
    expect(store.problems).toEqual([expect.objectContaining({ kind: 'UNSEALED_EVENT', position: last + 1 })]);

    const exported = await verdictOfExport({ unitId });
    expect(exported.firstBadPosition).toBe(last + 1);
    expect(exported.events.find((e) => e.position === last + 1)?.reason).toMatch(/not in the checkpoint's tree/);
  });

  it('the log and the whole ledger rewritten to agree: only the signed roots still tell, and bound the damage', async () => {
    const k = positionOf((e) => e.type === 'UnitTransferred');
    dropAppendOnlyTriggers();
    app.db.prepare(`UPDATE events SET data = json_set(data, '$.reason', '从未发生') WHERE position = ?`).run(k);
    // Reseal everything from the forged log, as a careful forger would.
    for (const table of ['ledger_leaves', 'ledger_nodes']) {
      app.db.exec(`DROP TRIGGER ${table}_refuse_delete; DELETE FROM ${table};`);
    }
    const forged = await app.eventStore.readAll();
    new SqliteLedgerStore(app.db).appendLeavesNow(1, forged.map((e) => leafHash(canonicalEventBytes(e))));

    const store = await verdictOfStore();
    expect(store.ok).toBe(false);
    expect(store.problems.every((p) => p.kind === 'CHECKPOINT_ROOT')).toBe(true);
    expect(store.firstBadPosition).toBeNull();
    expect(store.damage).toMatchObject({ afterTreeSize: 0, upToTreeSize: events.length - 1 });

    // The export uses the latest signed checkpoint, whose root the forged tree no longer leads to.
    const exported = await verdictOfExport({ unitId: unitOf(k) });
    expect(exported.ok).toBe(false);
  });

  it('a checkpoint edited in the ledger: its signature no longer verifies', async () => {
    app.db.exec("DROP TRIGGER ledger_checkpoints_refuse_update; UPDATE ledger_checkpoints SET tree_size = tree_size - 1 WHERE seq = 1;");
    const store = await verdictOfStore();
    expect(store.problems).toEqual([expect.objectContaining({ kind: 'CHECKPOINT_SIGNATURE' })]);
    expect(store.checkpointsChecked).toBe(1);
  });
});
