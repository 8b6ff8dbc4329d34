import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../projections';
import { ProjectionRunner } from '../../projections/runner';
import { appendHistory, parseSeedArgs } from '../../src/cli/seed';
import type { Doc } from '../../src/readstore/port';
import { openEmbeddedStores } from '../../src/main';
import { recordedDays, seedPlan, type RecordedDay } from '../../src/seed/history';

/**
 * `npm run seed`: a realistic history, the same every time, in the order a real log holds it, that every read model
 * takes without a failure and rebuilds to the same documents.
 */

jest.setTimeout(180_000);

const OPTIONS = { province: '33', units: 400, years: 3, until: '2026-11-27' as const, seed: 7 };
const flatten = (days: Iterable<RecordedDay>) => [...days].flatMap((d) => d.events.map((e) => ({ ...e, day: d.day })));

describe('the seed history', () => {
  const plan = seedPlan(OPTIONS);
  const history = flatten(recordedDays(plan, 1));

  it('is deterministic, and the same whether generated in memory or spilled to a temporary file', () => {
    expect(flatten(recordedDays(seedPlan(OPTIONS), 1))).toEqual(history);
    expect(flatten(recordedDays(plan, 7))).toEqual(history);
    expect(flatten(recordedDays(seedPlan({ ...OPTIONS, seed: 8 }), 1))).not.toEqual(history);
  });

  it('is recorded day after day within the period, never before it happened', () => {
    for (let k = 1; k < history.length; k++) expect(history[k - 1]!.recordedOn <= history[k]!.recordedOn).toBe(true);
    for (const e of history) {
      expect(e.recordedOn >= plan.firstDay && e.recordedOn <= plan.lastDay).toBe(true);
      expect(e.occurredAt.slice(0, 10) <= e.recordedOn).toBe(true);
    }
  });

  it('holds every kind of act, diligent and lax bureaus, and some back-filled records', () => {
    const types = new Set(history.map((e) => e.event.type));
    for (const type of ['BureauEstablished', 'UnitRegistered', 'ArchivistAssigned', 'InspectionPlanned', 'InspectionConducted', 'RectificationOrdered', 'RectificationReportSubmitted', 'RectificationReviewed', 'SelfReportSubmitted', 'GuidanceProvided', 'TrainingHeld', 'BulletinIssued', 'LeadReceived', 'LeadClosed']) {
      expect(types).toContain(type);
    }
    expect(plan.bureaus.some((b) => b.diligent) && plan.bureaus.some((b) => !b.diligent)).toBe(true);
    expect(history.some((e) => e.event.type === 'InspectionConducted' && e.recordedOn > e.occurredAt.slice(0, 10))).toBe(true);
    expect(history.filter((e) => e.event.type === 'UnitRegistered')).toHaveLength(OPTIONS.units);
  });

  it('reads its arguments and refuses bad ones with a clear message', () => {
    expect(parseSeedArgs(['--province', '33', '--units', '100_000', '--years', '6'], '2026-11-28')).toEqual({ province: '33', units: 100_000, years: 6, until: '2026-11-28', seed: 33 });
    expect(() => parseSeedArgs(['--units', 'many'], '2026-11-28')).toThrow('--units must be a whole number');
    expect(() => parseSeedArgs(['--until', '2026-13-01'], '2026-11-28')).toThrow('--until must be a day');
    expect(() => seedPlan({ ...OPTIONS, province: '99' })).toThrow('not a province code');
    expect(() => seedPlan({ ...OPTIONS, units: 0 })).toThrow('units must be a positive');
  });
});

describe('seeding an embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aol-seed-'));
  let recordingTime = 0;
  const stores = openEmbeddedStores(join(dir, 'ledger.sqlite'), { kind: 'generated', dataDir: dir }, () => new Date(recordingTime));
  afterAll(async () => {
    await stores.eventStore.close();
    await stores.readStore.close();
    stores.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends the history with its recording days as recordedAt, every read model taking every event', async () => {
    const plan = seedPlan({ ...OPTIONS, units: 150, years: 2 });
    const count = await appendHistory(stores.eventStore, plan, (t) => (recordingTime = t), () => undefined);
    expect(await stores.eventStore.headPosition()).toBe(count);
    const late = (await stores.eventStore.readAll({ filter: { eventTypes: ['InspectionConducted'] } })).filter(
      (e) => e.metadata.recordedAt.slice(0, 10) > e.metadata.occurredAt.slice(0, 10),
    );
    expect(late.length).toBeGreaterThan(0);
    for (const projection of ALL_PROJECTIONS) expect(stores.readStore.getCheckpoint(projection.name)).toBe(count);
  });

  it('rebuilds every read model to the same documents, no projection failing on any event', async () => {
    const collections = ALL_PROJECTIONS.flatMap((p) => p.collections.map((c) => c.name));
    const dump = async () => Object.fromEntries(await Promise.all(collections.map(async (c) => [c, await stores.readStore.find<Doc>(c, {})])));
    const before = await dump();
    expect(Object.values(before).filter((docs) => (docs as Doc[]).length > 0).length).toBeGreaterThan(collections.length / 2);
    const strict = new ProjectionRunner(stores.readStore, ALL_PROJECTIONS, (name, event, error) => {
      throw new Error(`${name} failed on ${event.type}@${event.position}: ${String(error)}`);
    });
    await strict.rebuild(stores.eventStore);
    expect(await dump()).toEqual(before);
  });
});
