import fc from 'fast-check';
import { ACCOUNTABILITY_PROJECTIONS } from '../../../projections/accountability';
import { BUREAUS, type BureauDoc } from '../../../projections/bureaus/bureaus.projection';
import { INACTION_PROJECTIONS } from '../../../projections/inaction';
import { inspectionPlansProjection } from '../../../projections/inspection/inspection-plans.projection';
import { supervisoryActsProjection } from '../../../projections/oversight/acts.projection';
import { ProjectionRunner } from '../../../projections/runner';
import { gatherInactionFacts, reviewInaction, type InactionReviewReport, type InactionReviewRequest } from '../../../src/application/inaction-review.service';
import { byMostSerious, DEFAULT_THRESHOLDS, INACTION_SIGNALS, judgeInaction, type BureauInaction, type InactionSignalKind, type InactionThresholds } from '../../../src/domain/accountability/inaction';
import { addDays, dayOf, type Day } from '../../../src/domain/shared/day';
import type { Event, RecordedEvent } from '../../../src/domain/shared/event';
import { DEFAULT_COUNTING_KINDS, INSPECTION_KINDS, type InspectionKind } from '../../../src/domain/supervision/common';
import type { ReadStore } from '../../../src/readstore/port';
import { MemoryReadStore } from '../../support/memory-read-store';
import { RecordedLog } from '../../support/recorded';
import { conducted, deregistered, registered, transferred, withdrawn } from '../accountability/accountability.fixture';

/**
 * The inaction review answers from pre-computed evidence items and their counts (projections/inaction): for random
 * histories — registrations, transfers, deregistrations, inspections of every kind with findings and one to three
 * inspectors, corrections of the day, the inspectors and the findings, withdrawals, orders naming findings (on time
 * or late, by the inspection's bureau or another), extensions, reports, accepted and rejected reviews, follow-ups,
 * records back-dated by up to three years — delivered in random batches (some twice), for a random asOf, thresholds
 * and page, it must give exactly the report of the plain rules (judgeInaction) over every fact of every bureau.
 */
const BUREAU_IDS = ['330106', '330110', '330100'];
const UNITS = ['U-A', 'U-B', 'U-C', 'U-D'];
const CLOCK_START = Date.parse('2019-01-01T00:00:00.000Z');
const HOUR = 3_600_000;

type Act =
  | { type: 'register' | 'transfer' | 'deregister'; unit: number; bureau: number }
  | { type: 'inspect'; unit: number; bureau: number; kind: InspectionKind; inspectors: number; findings: number }
  | { type: 'correct'; target: number; dayShift: number | null; inspectors: number | null; findings: number | null }
  | { type: 'withdraw'; target: number }
  | { type: 'order'; target: number; otherBureau: boolean; findings: number; dayShift: number; deadlineDays: number }
  | { type: 'orderAct'; target: number; act: 'extend' | 'report' | 'accept' | 'reject' | 'followUp'; dayShift: number; deadlineDays: number };

interface Step {
  act: Act;
  advanceHours: number;
  backdateHours: number;
}

const unit = fc.nat(UNITS.length - 1);
const bureau = fc.nat(BUREAU_IDS.length - 1);
const act: fc.Arbitrary<Act> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('register' as const), unit, bureau }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('transfer' as const), unit, bureau }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deregister' as const), unit, bureau }) },
  {
    weight: 6,
    arbitrary: fc.record({ type: fc.constant('inspect' as const), unit, bureau, kind: fc.constantFrom(...INSPECTION_KINDS), inspectors: fc.integer({ min: 1, max: 3 }), findings: fc.integer({ min: 0, max: 3 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('correct' as const),
      target: fc.nat(20),
      dayShift: fc.option(fc.integer({ min: -400, max: 0 }), { nil: null }),
      inspectors: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      findings: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('withdraw' as const), target: fc.nat(20) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('order' as const),
      target: fc.nat(20),
      otherBureau: fc.boolean(),
      findings: fc.integer({ min: 0, max: 3 }),
      dayShift: fc.integer({ min: 0, max: 20 }),
      deadlineDays: fc.integer({ min: 0, max: 40 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('orderAct' as const),
      target: fc.nat(20),
      act: fc.constantFrom('extend' as const, 'report' as const, 'accept' as const, 'reject' as const, 'followUp' as const),
      dayShift: fc.integer({ min: -5, max: 60 }),
      deadlineDays: fc.integer({ min: 0, max: 40 }),
    }),
  },
);
const step: fc.Arbitrary<Step> = fc.record({
  act,
  advanceHours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 24 * 60 })),
  backdateHours: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 * 1100 }) }),
});

const inspector = (n: number) => ({ personId: `p${n}`, name: `检查员${n}`, credentialNumber: `A-${n}` });
const finding = (findingId: string) => ({ findingId, itemCode: 'STORAGE_SAFETY', severity: 'MAJOR', description: '无防火门', legalBasis: null });
const findingsOf = (n: number) => Array.from({ length: n }, (_, i) => finding(`F${i + 1}`));

function record(steps: readonly Step[]): RecordedEvent[] {
  const log = new RecordedLog();
  const inspections: { id: string; unitId: string; bureauId: string; day: Day }[] = [];
  const orders: { id: string; bureauId: string; unitId: string; day: Day }[] = [];
  let clock = CLOCK_START;
  for (const { act: a, advanceHours, backdateHours } of steps) {
    clock += advanceHours * HOUR;
    const occurredAt = new Date(Math.max(CLOCK_START, clock - backdateHours * HOUR)).toISOString();
    const day = dayOf(occurredAt);
    let event: Event | undefined;
    let streamId: string | undefined;
    let at = occurredAt;
    switch (a.type) {
      case 'register':
        event = registered(UNITS[a.unit] as string, BUREAU_IDS[a.bureau] as string);
        break;
      case 'transfer':
        event = transferred(UNITS[a.unit] as string, 'any', BUREAU_IDS[a.bureau] as string);
        break;
      case 'deregister':
        event = deregistered(UNITS[a.unit] as string, BUREAU_IDS[a.bureau] as string);
        break;
      case 'inspect': {
        const id = `i${inspections.length}`;
        const unitId = UNITS[a.unit] as string;
        const bureauId = BUREAU_IDS[a.bureau] as string;
        inspections.push({ id, unitId, bureauId, day });
        const base = conducted(id, unitId, bureauId, day, a.kind);
        event = { ...base, data: { ...base.data, inspectors: Array.from({ length: a.inspectors }, (_, i) => inspector(i + 1)), findings: findingsOf(a.findings) } } as Event;
        streamId = `inspection-${id}`;
        break;
      }
      case 'correct': {
        const target = inspections[a.target % Math.max(1, inspections.length)];
        if (!target) continue;
        const changes = {
          ...(a.dayShift !== null && { day: addDays(day, a.dayShift) }),
          ...(a.inspectors !== null && { inspectors: Array.from({ length: a.inspectors }, (_, i) => inspector(i + 1)) }),
          ...(a.findings !== null && { findings: findingsOf(a.findings) }),
        };
        event = { type: 'InspectionRecordCorrected', data: { inspectionId: target.id, bureauId: target.bureauId, unitId: target.unitId, reason: '更正', changes } } as Event;
        streamId = `inspection-${target.id}`;
        break;
      }
      case 'withdraw': {
        const target = inspections[a.target % Math.max(1, inspections.length)];
        if (!target) continue;
        event = withdrawn(target.id, target.unitId, target.bureauId);
        streamId = `inspection-${target.id}`;
        break;
      }
      case 'order': {
        const target = inspections[a.target % Math.max(1, inspections.length)];
        if (!target) continue;
        const id = `o${orders.length}`;
        const bureauId = a.otherBureau ? (BUREAU_IDS.find((b) => b !== target.bureauId) as string) : target.bureauId;
        const orderedOn = addDays(target.day, a.dayShift);
        orders.push({ id, bureauId, unitId: target.unitId, day: orderedOn });
        at = `${orderedOn}T02:00:00.000Z`;
        event = {
          type: 'RectificationOrdered',
          data: { orderId: id, bureauId, unitId: target.unitId, inspectionId: target.id, findingIds: findingsOf(a.findings).map((f) => f.findingId), orderedOn, deadline: addDays(orderedOn, a.deadlineDays), legalBasis: '档案法', documentNumber: null },
        } as Event;
        streamId = `order-${id}`;
        break;
      }
      case 'orderAct': {
        const target = orders[a.target % Math.max(1, orders.length)];
        if (!target) continue;
        const on = addDays(target.day, a.dayShift);
        at = `${on}T02:00:00.000Z`;
        const base = { orderId: target.id, bureauId: target.bureauId, unitId: target.unitId };
        const data =
          a.act === 'extend'
            ? { type: 'RectificationDeadlineExtended', data: { ...base, previousDeadline: on, deadline: addDays(on, a.deadlineDays), reason: '延期', extendedOn: on } }
            : a.act === 'report'
              ? { type: 'RectificationReportSubmitted', data: { ...base, items: [], submittedOn: on } }
              : a.act === 'followUp'
                ? { type: 'RectificationFollowedUp', data: { ...base, visitedOn: on, note: '回访' } }
                : { type: 'RectificationReviewed', data: { ...base, outcome: a.act === 'accept' ? 'ACCEPTED' : 'REJECTED', reasons: null, reviewedOn: on } };
        event = data as Event;
        streamId = `order-${target.id}`;
        break;
      }
    }
    // An act's business time never lies after its recording (orders and their acts are dated on their own days).
    const recordedAt = new Date(Math.max(clock, Date.parse(at))).toISOString();
    clock = Date.parse(recordedAt);
    log.record(event, { occurredAt: at, recordedAt, ...(streamId && { streamId }) });
  }
  return log.events;
}

/** The report as the rules give it over every fact of every bureau (the review before the items existed). */
async function reference(store: ReadStore, kinds: readonly InspectionKind[], request: InactionReviewRequest, bureaus: readonly BureauDoc[]): Promise<InactionReviewReport> {
  const { asOf, thresholds } = request;
  const judged: { bureau: BureauDoc; inaction: BureauInaction }[] = [];
  for (const b of bureaus) judged.push({ bureau: b, inaction: judgeInaction(await gatherInactionFacts(store, b, asOf, thresholds, kinds), thresholds, asOf) });
  judged.sort((a, b) => byMostSerious(a.inaction, b.inaction));
  const wanted = request.signals === null ? null : new Set(request.signals);
  const end = request.evidenceOffset + request.evidenceLimit;
  return {
    asOf,
    thresholds,
    bureauId: null,
    regionCode: '330000',
    bureaus: judged.map(({ bureau: b, inaction }, i) => ({
      ...inaction,
      rank: i + 1,
      name: b.name,
      level: b.level,
      regionCode: b.regionCode,
      signals: inaction.signals
        .filter((s) => wanted === null || wanted.has(s.kind))
        .map((s) => ({ ...s, evidence: s.evidence.slice(request.evidenceOffset, end), evidenceTotal: s.evidence.length })),
    })),
  };
}

const thresholds: fc.Arbitrary<InactionThresholds> = fc.record({
  overdueUnitsMin: fc.integer({ min: 1, max: 3 }),
  overdueDaysMin: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 400 })),
  orderWithinDays: fc.oneof(fc.constant(30), fc.integer({ min: 0, max: 20 })),
  unattendedOrderDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 })),
  reviewWithinDays: fc.oneof(fc.constant(30), fc.integer({ min: 0, max: 20 })),
  bulletinWithinDays: fc.constant(365),
  trainingWithinDays: fc.constant(365),
  planWithinDays: fc.constant(365),
  minInspectors: fc.integer({ min: 1, max: 4 }),
  lateRecordDays: fc.oneof(fc.constant(30), fc.integer({ min: 0, max: 400 })),
});

const raised: Partial<Record<InactionSignalKind, number>> = {};

describe('the inaction review from its items against the rules over every fact', () => {
  it('gives the same report for random histories, days, thresholds and pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 10, maxLength: 70 }),
        fc.tuple(fc.nat(100), fc.oneof(fc.integer({ min: -1, max: 1 }), fc.integer({ min: -10, max: 90 }), fc.integer({ min: 700, max: 800 }), fc.integer({ min: -60, max: 900 }))),
        thresholds,
        fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 })),
        fc.option(fc.subarray([...INACTION_SIGNALS], { minLength: 1 }), { nil: null }),
        fc.oneof({ weight: 4, arbitrary: fc.constant(DEFAULT_COUNTING_KINDS) }, { weight: 1, arbitrary: fc.subarray([...INSPECTION_KINDS], { minLength: 1 }) }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }),
        async (steps, [near, days], t, [offset, limit], signals, kinds, cuts) => {
          const events = record(steps);
          const nearEvent = events[near % Math.max(1, events.length)];
          const asOf = addDays(nearEvent ? dayOf(nearEvent.metadata.occurredAt) : '2019-01-01', days);

          const store = new MemoryReadStore();
          const runner = new ProjectionRunner(store, [...ACCOUNTABILITY_PROJECTIONS, ...INACTION_PROJECTIONS, inspectionPlansProjection, supervisoryActsProjection], (name, event, error) => {
            throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
          });
          for (let at = 0, i = 0; at < events.length; i++) {
            const size = cuts[i % cuts.length] as number;
            runner.apply(events.slice(Math.max(0, at - (i % 3 === 2 ? 2 : 0)), at + size));
            at += size;
          }
          store.ensureCollections([{ name: BUREAUS, indexes: ['regionCode', 'level'] }]);
          const bureaus: BureauDoc[] = BUREAU_IDS.map((id) => ({
            _id: id,
            bureauId: id,
            name: `局 ${id}`,
            level: id === '330100' ? 'PREFECTURE' : 'COUNTY',
            regionCode: id,
            regionName: id,
            establishedAt: '2015-01-01T00:00:00.000Z',
            activeUnitCount: 0,
            lastPosition: 0,
          }));
          store.transaction((tx) => bureaus.forEach((b) => tx.put(BUREAUS, b)));

          const request: InactionReviewRequest = { subject: { regionCode: '330000' }, asOf, thresholds: t, evidenceLimit: limit, evidenceOffset: offset, signals };
          const sorted = [...bureaus].sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1));
          const expected = await reference(store, kinds, request, sorted);
          const actual = await reviewInaction(store, kinds, request);
          expect(actual).toEqual(expected);
          for (const b of expected.bureaus) for (const s of b.signals) if (s.raised && s.evidenceTotal > 0) raised[s.kind] = (raised[s.kind] ?? 0) + 1;
        },
      ),
      { seed: 20_261_128, numRuns: 500 },
    );
  }, 300_000);

  it('exercised every signal with evidence', () => {
    for (const kind of ['OVERDUE_UNITS', 'FINDINGS_WITHOUT_ORDER', 'OVERDUE_ORDERS_UNATTENDED', 'REPORTS_UNREVIEWED', 'UNDERSTAFFED_LAW_ENFORCEMENT', 'LATE_RECORDING'] as const) {
      expect({ kind, count: raised[kind] ?? 0 }).toEqual({ kind, count: expect.any(Number) });
      expect(raised[kind] ?? 0).toBeGreaterThan(10);
    }
  });
});
