import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../projections';
import { INSPECTIONS, type InspectionDoc } from '../../projections/inspection/inspections.projection';
import type { CommandMetadata } from '../../src/application/command-handler';
import { InspectionService, type RecordInspectionInput } from '../../src/application/inspection.service';
import { RectificationService } from '../../src/application/rectification.service';
import { RegistryService } from '../../src/application/registry.service';
import { runVerify } from '../../src/cli/verify';
import { itemsFor } from '../../src/domain/checklist/checklist';
import { SHIPPED_CHECKLISTS } from '../../src/domain/checklist/shipped';
import type { Finding, InspectionConducted, ItemOutcome } from '../../src/domain/inspection/inspection.events';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Actor, NewEvent, RecordedEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { buildAuditExport, SqliteLedgerStore, SqliteLogReader, verifyAuditExport, verifyStore } from '../../src/ledger';
import { mintToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { openEmbeddedStores, startApp } from '../../src/main';
import { defaultPrivacySettings } from '../../src/privacy';
import type { Doc } from '../../src/readstore/port';

/**
 * InspectionConducted version 2 (each result names its findings) against a log written before it: the same history
 * stored once as this code writes it (version 2) and once as an older server stored it (version 1: results without
 * findingIds, as stored bytes), replayed through every projection from the upcasting store, gives the same read
 * models; and the ledger, which seals the stored bytes, still verifies the version 1 events.
 */

const ADMIN: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const XIHU: Actor = { id: 'clerk-xh', role: 'BUREAU_STAFF', bureauId: '330106' };
const V2 = SHIPPED_CHECKLISTS[1]!.checklist;
const STOREROOM = 'STOREROOM_AND_EQUIPMENT';
const RULES = 'RESPONSIBILITY_AND_RULES';

type Stores = ReturnType<typeof openEmbeddedStores>;

let root: string;
let today: Stores; // the history as this code writes it
let before: Stores; // the same history as an older server stored it
let todayLog: RecordedEvent[];
/** What the store of the older server's file stamps as recordedAt: the original event's, set before each append. */
let recordingTime = 0;

const meta = (actor: Actor, occurredAt: string): CommandMetadata => ({ actor, occurredAt, correlationId: uuidv7() });
const failing = (...codes: string[]): ItemOutcome[] =>
  itemsFor(V2, 'LAW_ENFORCEMENT').map((i) => ({ itemCode: i.code, result: codes.includes(i.code) ? ('NON_COMPLIANT' as const) : ('COMPLIANT' as const), note: null }));
const finding = (itemCode: string, description: string, findingId = ''): Finding => ({ findingId, itemCode, severity: 'MAJOR', description, legalBasis: null });

/** A history that touches every shape the evolution concerns: several findings on one item, corrections of each kind, a withdrawal, an order. */
async function writeHistory(stores: Stores): Promise<void> {
  const inspections = new InspectionService(stores.eventStore, () => new Date('2025-06-01T04:00:00Z'));
  const registry = new RegistryService(stores.eventStore);
  const rectifications = new RectificationService(stores.eventStore);
  await inspections.seedReferenceData();
  for (const regionCode of ['330100', '330106']) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta(ADMIN, '2024-01-01T01:00:00Z'));
  const units = [0, 1, 2].map((i) => makeCreditCode(8_100_000 + i, { region: '330106' }));
  for (const unitId of units) {
    await registry.execute(
      { type: 'RegisterUnit', data: { unitId, name: `某单位${unitId.slice(-4)}`, category: 'ENTERPRISE', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
      meta(ADMIN, '2024-01-05T01:00:00Z'),
    );
  }
  const record = (unitId: string, day: string, results: ItemOutcome[], findings: Finding[]) => {
    const input: RecordInspectionInput = {
      bureauId: null,
      unitId,
      planId: null,
      kind: 'LAW_ENFORCEMENT',
      checklist: { checklistId: V2.checklistId, version: 2 },
      day,
      inspectors: [
        { personId: 'p1', name: '王', credentialNumber: 'A-1' },
        { personId: 'p2', name: '李', credentialNumber: 'A-2' },
      ],
      results,
      findings,
      conclusion: findings.length === 0 ? '符合要求' : '限期整改',
      evidence: [],
    };
    return inspections.recordInspection(input, meta(XIHU, `${day}T02:00:00Z`)).then((r) => r.streamId.replace('inspection-', ''));
  };
  const findingsOf = async (inspectionId: string) => ((await stores.eventStore.readStream(`inspection-${inspectionId}`))[0] as unknown as InspectionConducted).data.findings;

  // Two findings on one item, one on another; then ordered rectified.
  const first = await record(units[0]!, '2025-03-10', failing(STOREROOM, RULES), [finding(STOREROOM, '库房漏雨'), finding(RULES, '无制度'), finding(STOREROOM, '无除湿机')]);
  const storeroomIds = (await findingsOf(first)).filter((f) => f.itemCode === STOREROOM).map((f) => f.findingId);
  await rectifications.order({ inspectionId: first, findingIds: storeroomIds, deadline: '2025-05-15', legalBasis: '档案法§45', documentNumber: null }, meta(XIHU, '2025-03-12T02:00:00Z'));
  // Nothing found.
  await record(units[1]!, '2025-03-11', failing(), []);
  // A finding added by a correction of the findings alone.
  const third = await record(units[0]!, '2025-03-20', failing(STOREROOM), [finding(STOREROOM, '库房漏雨')]);
  await inspections.correctInspectionRecord({ inspectionId: third, reason: '补录发现的问题', changes: { findings: [...(await findingsOf(third)), finding(STOREROOM, '无温湿度记录')] } }, meta(XIHU, '2025-03-22T02:00:00Z'));
  // Results and findings corrected together.
  const fourth = await record(units[2]!, '2025-04-01', failing(STOREROOM), [finding(STOREROOM, '库房漏雨')]);
  await inspections.correctInspectionRecord(
    { inspectionId: fourth, reason: '漏记一项', changes: { results: failing(STOREROOM, RULES), findings: [...(await findingsOf(fourth)), finding(RULES, '无制度')] } },
    meta(XIHU, '2025-04-03T02:00:00Z'),
  );
  // Withdrawn.
  const fifth = await record(units[2]!, '2025-04-10', failing(RULES), [finding(RULES, '无制度')]);
  await inspections.withdrawInspection({ inspectionId: fifth, reason: '重复录入' }, meta(XIHU, '2025-04-11T02:00:00Z'));
}

/** The stored event as an older server wrote it: InspectionConducted at version 1, without findingIds. */
function asBeforeTheEvolution(event: RecordedEvent): NewEvent {
  const { recordedAt: _recordedAt, ...metadata } = event.metadata;
  if (event.type !== 'InspectionConducted') return { id: event.id, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata };
  const data = event.data as InspectionConducted['data'];
  const results = data.results.map(({ findingIds: _ids, ...stated }) => stated);
  return { id: event.id, type: event.type, schemaVersion: 1, data: { ...data, results }, metadata };
}

async function dump(stores: Stores): Promise<Record<string, Doc[]>> {
  const collections = ALL_PROJECTIONS.flatMap((p) => p.collections.map((c) => c.name));
  return Object.fromEntries(await Promise.all(collections.map(async (c) => [c, await stores.readStore.find<Doc>(c, {})] as const)));
}

const checkpoints = (stores: Stores) => ALL_PROJECTIONS.map((p) => [p.name, stores.readStore.getCheckpoint(p.name)]);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'aol-evolution-'));
  for (const name of ['today', 'before']) mkdirSync(join(root, name));
  // Two stores compared byte for byte: personal-data encryption (keys per data folder) is off here; it is its own spec.
  const clear = (dir: string) => ({ privacy: { ...defaultPrivacySettings(dir), encryption: false } });
  today = openEmbeddedStores(join(root, 'today', 'ledger.sqlite'), undefined, undefined, undefined, clear(join(root, 'today')));
  await writeHistory(today);
  todayLog = await today.rawEventStore.readAll();

  // The older server's file: the same events, in the same order, ids, streams and times, InspectionConducted at version 1.
  before = openEmbeddedStores(join(root, 'before', 'ledger.sqlite'), undefined, () => new Date(recordingTime), undefined, clear(join(root, 'before')));
  for (const event of todayLog) {
    recordingTime = Date.parse(event.metadata.recordedAt);
    await before.rawEventStore.appendToStream(event.streamId, [asBeforeTheEvolution(event)], { expectedRevision: event.revision === 0 ? 'no_stream' : event.revision - 1 });
  }
}, 60_000);

const closed = new Set<Stores>();
async function close(stores: Stores | undefined): Promise<void> {
  if (!stores || closed.has(stores)) return;
  closed.add(stores);
  await stores.eventStore.close();
  await stores.readStore.close();
  stores.db.close();
}

afterAll(async () => {
  await close(today);
  await close(before);
  rmSync(root, { recursive: true, force: true });
});

describe('a log written before InspectionConducted version 2', () => {
  it('holds the same history, its inspections at version 1 without findingIds, as stored bytes', async () => {
    const stored = await before.rawEventStore.readAll();
    expect(stored.map((e) => [e.id, e.position, e.streamId, e.revision, e.type, e.metadata.recordedAt])).toEqual(
      todayLog.map((e) => [e.id, e.position, e.streamId, e.revision, e.type, e.metadata.recordedAt]),
    );
    const conducted = stored.filter((e) => e.type === 'InspectionConducted');
    expect(conducted).toHaveLength(5);
    for (const e of conducted) {
      expect(e.schemaVersion).toBe(1);
      expect((e.data as { results: object[] }).results.some((r) => 'findingIds' in r)).toBe(false);
    }
    // Today's log has them at version 2.
    expect(todayLog.filter((e) => e.type === 'InspectionConducted').map((e) => e.schemaVersion)).toEqual([2, 2, 2, 2, 2]);
  });

  it('reads, through the upcasting store, exactly as the same history written today', async () => {
    expect(await before.eventStore.readAll()).toEqual(todayLog);
    const first = todayLog.find((e) => e.type === 'InspectionConducted') as RecordedEvent;
    expect(await before.eventStore.readStream(first.streamId)).toEqual(await today.rawEventStore.readStream(first.streamId));
    const data = first.data as InspectionConducted['data'];
    const storeroom = data.findings.filter((f) => f.itemCode === STOREROOM).map((f) => f.findingId);
    expect(data.results.find((r) => r.itemCode === STOREROOM)?.findingIds).toEqual(storeroom);
    expect(storeroom).toHaveLength(2);
  });

  it('replays through every projection into the same read models as the history written today', async () => {
    const replayed = await before.runner.rebuild(before.eventStore);
    expect(replayed).toBe(todayLog.length);
    expect(checkpoints(before)).toEqual(checkpoints(today));
    const [expected, actual] = [await dump(today), await dump(before)];
    expect(Object.values(expected).filter((docs) => docs.length > 0).length).toBeGreaterThan(5);
    expect(actual).toEqual(expected);
    // Concretely: each corrected record names every finding under its item.
    const docs = (expected[INSPECTIONS] ?? []) as InspectionDoc[];
    for (const doc of docs) {
      for (const r of doc.results) expect(r.findingIds).toEqual(doc.findings.filter((f) => f.itemCode === r.itemCode).map((f) => f.findingId));
    }
    expect(docs.filter((d) => d.corrections.length > 0).map((d) => d.results.find((r) => r.itemCode === STOREROOM)?.findingIds.length)).toEqual([2, 1]);
  });

  it('without upcasting, the replay would not give the same read models (the evolution is real)', async () => {
    try {
      await before.runner.rebuild(before.rawEventStore);
      const docs = (await dump(before))[INSPECTIONS] as InspectionDoc[];
      const uncorrected = docs.filter((d) => d.corrections.length === 0);
      expect(uncorrected.length).toBeGreaterThan(0);
      for (const doc of uncorrected) expect(doc.results.every((r) => r.findingIds === undefined)).toBe(true);
    } finally {
      await before.runner.rebuild(before.eventStore);
    }
    expect(await dump(before)).toEqual(await dump(today));
  });

  it('is still verified by the ledger over its stored bytes: the store, `npm run verify`, an auditor’s export', async () => {
    const ledgerStore = new SqliteLedgerStore(before.db, { createSchema: false });
    expect(await before.ledger.size()).toBe(todayLog.length);
    const verdict = await verifyStore(new SqliteLogReader(before.db), ledgerStore);
    expect(verdict).toMatchObject({ ok: true, problemCount: 0, eventsChecked: todayLog.length });
    // The leaves are the version 1 bytes: read upcast, the same log no longer matches them.
    expect((await verifyStore(before.eventStore, ledgerStore)).ok).toBe(false);
    expect((await verifyStore(before.rawEventStore, ledgerStore)).ok).toBe(true);

    const out: string[] = [];
    const code = await runVerify(['--store', '--json'], { out: (t) => out.push(t), err: (t) => out.push(t), cwd: root, env: { DATA_DIR: join(root, 'before') } });
    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ ok: true });

    const doc = await buildAuditExport({ log: before.rawEventStore, ledger: before.ledger, readStore: before.readStore }, { bureauId: '330106' });
    const exported = doc.events.map((e) => JSON.parse(e.canonical as string) as RecordedEvent).filter((e) => e.type === 'InspectionConducted');
    expect(exported.map((e) => e.schemaVersion)).toEqual([1, 1, 1, 1, 1]);
    expect(verifyAuditExport(JSON.parse(JSON.stringify(doc)))).toMatchObject({ ok: true, firstBadPosition: null });
  });
});

describe('the upcasting store over an older log', () => {
  it('lets today’s deciders act on a version 1 record: a correction of its findings names them under their items', async () => {
    const inspections = new InspectionService(before.eventStore, () => new Date('2025-06-01T04:00:00Z'));
    const conducted = (await before.rawEventStore.readAll({ filter: { eventTypes: ['InspectionConducted'] } })).find((e) => e.schemaVersion === 1) as RecordedEvent;
    const data = conducted.data as { inspectionId: string; findings: Finding[] };
    const added = finding(STOREROOM, '消防器材过期', 'f-late');
    const result = await inspections.correctInspectionRecord({ inspectionId: data.inspectionId, reason: '补录', changes: { findings: [...data.findings, added] } }, meta(XIHU, '2025-05-01T02:00:00Z'));
    expect(result.events.map((e) => [e.type, e.schemaVersion])).toEqual([['InspectionRecordCorrected', 1]]);
    expect(Object.keys((result.events[0]!.data as { changes: object }).changes)).toEqual(['findings']);
    const doc = (await before.readStore.get<InspectionDoc>(INSPECTIONS, data.inspectionId)) as InspectionDoc;
    const storeroom = [...data.findings.filter((f) => f.itemCode === STOREROOM).map((f) => f.findingId), 'f-late'];
    expect(doc.results.find((r) => r.itemCode === STOREROOM)?.findingIds).toEqual(storeroom);
  });

  it('answers an idempotent replay of a version 1 append with the stored events upcast, and delivers subscriptions upcast', async () => {
    const v1 = (await before.rawEventStore.readAll({ filter: { eventTypes: ['InspectionConducted'] } }))[0] as RecordedEvent;
    const { recordedAt: _recordedAt, ...metadata } = v1.metadata;
    const replay = await before.eventStore.appendToStream(v1.streamId, [{ id: v1.id, type: v1.type, schemaVersion: 1, data: v1.data, metadata }]);
    expect(replay.written).toBe(false);
    expect(replay.events.map((e) => e.schemaVersion)).toEqual([2]);
    expect(replay.events[0]).toEqual(todayLog.find((e) => e.id === v1.id));

    const seen: RecordedEvent[] = [];
    const subscription = before.eventStore.subscribeToAll((e) => void seen.push(e), { filter: { eventTypes: ['InspectionConducted'] } });
    await subscription.caughtUp;
    await subscription.stop();
    expect(seen.map((e) => e.schemaVersion)).toEqual([2, 2, 2, 2, 2]);
    expect(seen.map((e) => e.id)).toEqual(todayLog.filter((e) => e.type === 'InspectionConducted').map((e) => e.id));
  });
});

describe('served over GraphQL from the older file', () => {
  it('shows each result’s findingIds, even from read models an older server built and never rebuilt', async () => {
    // The read models as the older server left them: built from the version 1 events as stored, without findingIds.
    await before.runner.rebuild(before.rawEventStore);
    await close(before);
    const config = loadConfig({ PORT: '0', DATA_DIR: join(root, 'before'), PERSONAL_DATA_ENCRYPTION: 'false' });
    const app = await startApp(config, { logDestination: { write: () => undefined } });
    try {
      const token = await mintToken(config.auth, { role: 'NATIONAL_ADMIN', subject: 'admin-1', expiresIn: 600 });
      // A record with findings that no correction touched (those were derived again when applied).
      const corrected = new Set((await app.eventStore.readAll({ filter: { eventTypes: ['InspectionRecordCorrected'] } })).map((e) => e.streamId));
      const first = todayLog.find((e) => e.type === 'InspectionConducted' && !corrected.has(e.streamId) && (e.data as InspectionConducted['data']).findings.length > 0) as RecordedEvent<
        string,
        InspectionConducted['data']
      >;
      const stale = (await app.readStore.get<InspectionDoc>(INSPECTIONS, first.data.inspectionId)) as InspectionDoc;
      expect(stale.results.every((r) => r.findingIds === undefined)).toBe(true);
      const query = `{ inspection(id: "${first.data.inspectionId}") { results { itemCode result findingIds } findings { findingId itemCode } } }`;
      const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { data?: { inspection: { results: { itemCode: string; result: string; findingIds: string[] }[] } }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data?.inspection.results).toEqual(first.data.results.map((r) => ({ itemCode: r.itemCode, result: r.result, findingIds: r.findingIds })));
      expect(body.data?.inspection.results.flatMap((r) => r.findingIds).sort()).toEqual(first.data.findings.map((f) => f.findingId).sort());
    } finally {
      await app.close();
    }
  });
});
