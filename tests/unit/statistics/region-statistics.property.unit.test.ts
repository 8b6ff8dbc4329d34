import fc from 'fast-check';
import { addDays, dayOf } from '../../../src/domain/shared/day';
import type { Event, RecordedEvent } from '../../../src/domain/shared/event';
import { INSPECTION_KINDS, type InspectionKind } from '../../../src/domain/supervision/common';
import { RecordedLog } from '../../support/recorded';
import {
  archivistAssigned,
  archivistReleased,
  bulletin,
  bulletinWithdrawn,
  classified,
  deregisteredUnit,
  extended,
  guidance,
  inspected,
  inspectionCorrected,
  inspectionWithdrawn,
  leadClosed,
  leadReceived,
  movedTo,
  ordered,
  project,
  recategorised,
  registeredIn,
  reported,
  reviewed,
  selfReported,
  selfReportFlagged,
  statsOf,
  streamOf,
  training,
  transferredTo,
} from './statistics.fixture';
import { referenceFigures, type ReferenceFigures } from './statistics.reference';
import { RegionStatisticsService, type RegionStatisticsReport } from '../../../src/application/region-statistics.service';

/**
 * Random histories of every kind of act the statistics read — registrations, transfers, deregistrations and
 * re-registrations, moves between counties, categories and classes, inspections of every kind with findings, their
 * corrections and withdrawals, archivists, orders with extensions, reports and reviews, bulletins and withdrawals,
 * trainings, guidance, leads, self-reports — with records back-dated by up to three years, are projected (in random
 * batches, some delivered twice) and asked every figure for a random region (any level), asOf, period and knowledge
 * time. The answer must be the plain reference's, which replays the events known at that time.
 */
const REGIONS = ['330106', '330110', '110101'];
const QUERY_REGIONS = ['330106', '330110', '330100', '330000', '110101', '110000', '000000', '120101'];
const UNITS = ['U0', 'U1', 'U2', 'U3'];
const CATEGORIES = ['ORGAN', 'ENTERPRISE', 'OTHER'];
const CLASSES = ['FIRST', 'SECOND', 'THIRD'];
const ITEMS = ['I1', 'I2', 'I3'];
const CLOCK_START = Date.parse('2019-01-01T00:00:00.000Z');
const HOUR = 3_600_000;

type Act =
  | { type: 'register'; unit: number; region: number; category: number; cls: number }
  | { type: 'transfer' | 'deregister' | 'move'; unit: number; region: number }
  | { type: 'classify' | 'recategorise'; unit: number; value: number }
  | { type: 'inspect'; unit: number; kind: InspectionKind; items: number[] }
  | { type: 'correct'; target: number; dayShift: number | null; items: number[] }
  | { type: 'withdraw'; target: number }
  | { type: 'assign' | 'release'; unit: number; person: number }
  | { type: 'order'; unit: number; deadlineDays: number }
  | { type: 'orderClosed'; unit: number; deadlineDays: number; reportAfter: number; reviewAfter: number }
  | { type: 'orderAct'; target: number; what: 'extend' | 'report' | 'accept' | 'reject' }
  | { type: 'bulletin' | 'training' | 'guidance' | 'lead'; units: number[]; kind: number }
  | { type: 'actLater'; target: number }
  | { type: 'selfReport'; unit: number }
  | { type: 'flag'; target: number };

interface Step {
  act: Act;
  advanceHours: number;
  backdateHours: number;
}

const unit = fc.nat(UNITS.length - 1);
const region = fc.nat(REGIONS.length - 1);
const items = fc.array(fc.nat(ITEMS.length - 1), { maxLength: 3 });
const act: fc.Arbitrary<Act> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('register' as const), unit, region, category: fc.nat(2), cls: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('transfer' as const, 'deregister' as const, 'move' as const), unit, region }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('classify' as const, 'recategorise' as const), unit, value: fc.nat(2) }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('inspect' as const), unit, kind: fc.constantFrom(...INSPECTION_KINDS), items }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('correct' as const), target: fc.nat(20), dayShift: fc.option(fc.integer({ min: -800, max: 0 }), { nil: null }), items }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('withdraw' as const), target: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('assign' as const, 'release' as const), unit, person: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('order' as const), unit, deadlineDays: fc.integer({ min: 1, max: 90 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('orderClosed' as const), unit, deadlineDays: fc.integer({ min: 1, max: 90 }), reportAfter: fc.nat(120), reviewAfter: fc.nat(60) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('orderAct' as const), target: fc.nat(20), what: fc.constantFrom('extend' as const, 'report' as const, 'accept' as const, 'reject' as const) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('bulletin' as const, 'training' as const, 'guidance' as const, 'lead' as const), units: fc.uniqueArray(unit, { minLength: 1, maxLength: 3 }), kind: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('actLater' as const), target: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('selfReport' as const), unit }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('flag' as const), target: fc.nat(20) }) },
);
const step: fc.Arbitrary<Step> = fc.record({
  act,
  advanceHours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 24 * 90 })),
  backdateHours: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 * 1100 }) }),
});

/** The steps as recorded events (server time only moves forward; business time may lie far behind it). */
function record(steps: readonly Step[]): RecordedEvent[] {
  const log = new RecordedLog();
  const regionOf = new Map<string, string>(); // the unit's region as the generator last set it (acts name it)
  const inspections: { id: string; unitId: string }[] = [];
  const orders: { id: string; unitId: string; deadline: string }[] = [];
  const acts: { kind: 'bulletin' | 'lead'; id: string; unitIds: string[] }[] = [];
  const reports: { id: string; unitId: string }[] = [];
  let clock = CLOCK_START;
  let n = 0;
  for (const { act: a, advanceHours, backdateHours } of steps) {
    clock += advanceHours * HOUR;
    const occurredAt = new Date(Math.max(CLOCK_START, clock - backdateHours * HOUR)).toISOString();
    const day = dayOf(occurredAt);
    const id = `x${n++}`;
    const u = 'unit' in a ? (UNITS[a.unit] as string) : '';
    const named = (list: number[]) => list.map((i) => ({ unitId: UNITS[i] as string, regionCode: regionOf.get(UNITS[i] as string) ?? (REGIONS[i % REGIONS.length] as string) }));
    let event: Event | undefined;
    switch (a.type) {
      case 'register':
        regionOf.set(u, REGIONS[a.region] as string);
        event = registeredIn(u, REGIONS[a.region] as string, REGIONS[a.region] as string, CATEGORIES[a.category] as string, CLASSES[a.cls] ?? null);
        break;
      case 'transfer':
        event = transferredTo(u, REGIONS[a.region] as string);
        break;
      case 'deregister':
        event = deregisteredUnit(u);
        break;
      case 'move':
        regionOf.set(u, REGIONS[a.region] as string);
        event = movedTo(u, REGIONS[a.region] as string);
        break;
      case 'classify':
        event = classified(u, CLASSES[a.value] as string);
        break;
      case 'recategorise':
        event = recategorised(u, CATEGORIES[a.value] as string);
        break;
      case 'inspect':
        inspections.push({ id, unitId: u });
        event = inspected(id, u, day, a.kind, a.items.map((i) => ITEMS[i] as string));
        break;
      case 'correct':
      case 'withdraw': {
        const target = inspections[a.target % Math.max(1, inspections.length)];
        if (!target) continue;
        event =
          a.type === 'withdraw'
            ? inspectionWithdrawn(target.id, target.unitId)
            : inspectionCorrected(target.id, target.unitId, { ...(a.dayShift !== null && { day: addDays(day, a.dayShift) }), findingItems: a.items.map((i) => ITEMS[i] as string) });
        break;
      }
      case 'assign':
        event = archivistAssigned(u, `p${a.person}`);
        break;
      case 'release':
        event = archivistReleased(u, `p${a.person}`);
        break;
      case 'order':
        orders.push({ id, unitId: u, deadline: addDays(day, a.deadlineDays) });
        event = ordered(id, u, day, addDays(day, a.deadlineDays));
        break;
      case 'orderClosed': {
        // a whole life in one step: ordered, reported after some days, accepted after some more (closures to median)
        const reportOn = addDays(day, a.reportAfter);
        const reviewOn = addDays(reportOn, a.reviewAfter);
        const recordedAt = new Date(clock).toISOString();
        log.record(ordered(id, u, day, addDays(day, a.deadlineDays)), { occurredAt, recordedAt, streamId: `rectification-${id}` });
        log.record(reported(id, u, reportOn), { occurredAt: `${reportOn}T02:00:00.000Z`, recordedAt, streamId: `rectification-${id}` });
        event = reviewed(id, u, 'ACCEPTED', reviewOn);
        log.record(event, { occurredAt: `${reviewOn}T02:00:00.000Z`, recordedAt, streamId: `rectification-${id}` });
        continue;
      }
      case 'orderAct': {
        const o = orders[orders.length - 1 - (a.target % Math.max(1, Math.min(2, orders.length)))]; // mostly the latest: reviews follow reports
        if (!o) continue;
        if (a.what === 'extend') {
          const deadline = addDays(o.deadline, 30);
          event = extended(o.id, o.unitId, o.deadline, deadline, day);
          o.deadline = deadline;
        } else if (a.what === 'report') event = reported(o.id, o.unitId, day);
        else event = reviewed(o.id, o.unitId, a.what === 'accept' ? 'ACCEPTED' : 'REJECTED', day);
        break;
      }
      case 'bulletin':
        acts.push({ kind: 'bulletin', id, unitIds: a.units.map((i) => UNITS[i] as string) });
        event = bulletin(id, day, ['CRITICISM', 'COMMENDATION', 'TYPICAL_CASE'][a.kind] as string, named(a.units));
        break;
      case 'training':
        event = training(id, day, named(a.units), a.units.flatMap((i) => [UNITS[i] as string, UNITS[i] as string].slice(0, 1 + (i % 2))));
        break;
      case 'guidance':
        event = guidance(id, day, named(a.units));
        break;
      case 'lead':
        acts.push({ kind: 'lead', id, unitIds: a.units.map((i) => UNITS[i] as string) });
        event = leadReceived(id, day, named(a.units));
        break;
      case 'actLater': {
        const t = acts[a.target % Math.max(1, acts.length)];
        if (!t) continue;
        event = t.kind === 'bulletin' ? bulletinWithdrawn(t.id, day, t.unitIds) : leadClosed(t.id, day, t.unitIds);
        break;
      }
      case 'selfReport':
        reports.push({ id, unitId: u });
        event = selfReported(id, u, regionOf.get(u) ?? (REGIONS[0] as string), day);
        break;
      case 'flag': {
        const r = reports[a.target % Math.max(1, reports.length)];
        if (!r) continue;
        event = selfReportFlagged(r.id, r.unitId, day);
        break;
      }
    }
    const streamId = streamOf(event);
    log.record(event, { occurredAt, recordedAt: new Date(clock).toISOString(), ...(streamId && { streamId }) });
  }
  return log.events;
}

function knowledgeFrom(events: readonly RecordedEvent[], choice: number, pick: number, offsetHours: number): string | null {
  const chosen = events[pick % Math.max(1, events.length)];
  if (choice === 0 || !chosen) return null;
  const at = Date.parse(chosen.metadata.recordedAt);
  if (choice === 1) return new Date(at).toISOString();
  if (choice === 2) return new Date(at - 1).toISOString();
  return new Date(at + offsetHours * HOUR).toISOString();
}

const asRecord = (tallies: { key: string; count: number }[]): Record<string, number> => Object.fromEntries(tallies.map((t) => [t.key, t.count]));

/** The report in the reference's shape (tallies as records; rates left out: they are quotients of compared figures). */
function shape(r: RegionStatisticsReport): ReferenceFigures {
  const { coverageRate: _rate, ...coverage } = r.coverage;
  return {
    units: { total: r.units.total, byCategory: asRecord(r.units.byCategory), byClass: asRecord(r.units.byClass) },
    coverage,
    inspections: asRecord(r.inspections.byKind),
    findings: asRecord(r.findings.byItem),
    rectification: r.rectification,
    bulletins: asRecord(r.bulletins.byKind),
    trainings: r.trainings,
    guidanceActs: r.guidanceActs,
    selfReports: { submitted: r.selfReports.submitted, flagged: r.selfReports.flagged },
    leads: r.leads,
    archivists: r.archivists,
  };
}

const seen = { units: 0, covered: 0, overdue: 0, notYetDue: 0, inspections: 0, orders: 0, overdueOrders: 0, closed: 0, acts: 0, knownDiffers: 0 };

describe('region statistics against a plain replay of the events', () => {
  it('agrees on every figure, for random histories, regions, days, periods and knowledge times', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 10, maxLength: 70 }),
        fc.array(
          fc.record({
            near: fc.nat(100),
            days: fc.integer({ min: -60, max: 1200 }),
            length: fc.integer({ min: 0, max: 900 }),
            shift: fc.integer({ min: -400, max: 400 }),
            knowledge: fc.tuple(fc.nat(3), fc.nat(100), fc.integer({ min: -2000, max: 2000 })),
            region: fc.oneof(fc.nat(QUERY_REGIONS.length - 1), fc.constantFrom(0, 2, 3, 6)),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.subarray([...INSPECTION_KINDS], { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 6 }),
        async (steps, queries, kinds, cuts) => {
          const events = record(steps);
          const store = project(events, kinds, cuts);
          for (const { near, days, length, shift, knowledge, region } of queries) {
            const nearEvent = events[near % Math.max(1, events.length)];
            const asOf = addDays(nearEvent ? dayOf(nearEvent.metadata.occurredAt) : '2019-01-01', days);
            const to = addDays(asOf, Math.trunc(shift / 4));
            const from = addDays(to, -length);
            const knownAt = knowledgeFrom(events, ...knowledge);
            const code = QUERY_REGIONS[region] as string;

            const actual = shape(await statsOf(store, code, asOf, knownAt, from, to));
            const expected = referenceFigures(events, code, asOf, from, to, knownAt, kinds);
            expect({ code, asOf, from, to, knownAt, figures: actual }).toEqual({ code, asOf, from, to, knownAt, figures: expected });
            // the monthly series (read by whole months only) agrees with the coverage at each month's end
            const series = await new RegionStatisticsService(store).monthlyCoverage(code, from.slice(0, 7), asOf.slice(0, 7) < from.slice(0, 7) ? from.slice(0, 7) : asOf.slice(0, 7), knownAt);
            for (const point of series.slice(0, 3)) {
              const wanted = referenceFigures(events, code, point.day, point.day, point.day, knownAt, kinds).coverage;
              expect({ code, month: point.month, knownAt, coverage: { unitsInScope: point.unitsInScope, covered: point.covered, notYetDue: point.notYetDue, overdue: point.overdue } }).toEqual({
                code,
                month: point.month,
                knownAt,
                coverage: wanted,
              });
            }

            seen.units += expected.units.total;
            seen.covered += expected.coverage.covered;
            seen.overdue += expected.coverage.overdue;
            seen.notYetDue += expected.coverage.notYetDue;
            seen.inspections += Object.keys(expected.inspections).length;
            seen.orders += expected.rectification.opened + expected.rectification.open;
            seen.overdueOrders += expected.rectification.overdueOpen;
            seen.closed += expected.rectification.closed;
            seen.acts += Object.keys(expected.bulletins).length + expected.trainings.sessions + expected.guidanceActs + expected.leads.received + expected.selfReports.submitted;
            if (knownAt !== null && JSON.stringify(expected) !== JSON.stringify(referenceFigures(events, code, asOf, from, to, null, kinds))) seen.knownDiffers++;
          }
        },
      ),
      { seed: 20_261_128, numRuns: 200 },
    );
  }, 120_000);

  it('exercised every kind of figure, and knowledge times that change the answer', () => {
    for (const [k, v] of Object.entries(seen)) expect({ [k]: v > 10 }).toEqual({ [k]: true });
  });
});
