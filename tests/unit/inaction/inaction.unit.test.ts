import {
  byMostSerious,
  DEFAULT_THRESHOLDS,
  judgeInaction,
  resolveThresholds,
  SIGNAL_WEIGHTS,
  type InactionFacts,
  type InactionSignalKind,
  type InactionThresholds,
} from '../../../src/domain/accountability/inaction';
import { ValidationError } from '../../../src/domain/shared/errors';
import { extended, facts, followedUp, inspection, order, reported, reviewed } from './inaction.fixture';

/** Given the facts, when judged on asOf (with thresholds over the defaults), then the signal of that kind. */
function signalOf(kind: InactionSignalKind, given: InactionFacts, asOf: string, thresholds: Partial<InactionThresholds> = {}) {
  const found = judgeInaction(given, { ...DEFAULT_THRESHOLDS, ...thresholds }, asOf).signals.find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
}
const raised = (...args: Parameters<typeof signalOf>): boolean => signalOf(...args).raised;

describe('a diligent bureau', () => {
  it('raises nothing and scores 0', () => {
    const review = judgeInaction(facts(), DEFAULT_THRESHOLDS, '2025-06-30');
    expect(review.signals.map((s) => s.kind)).toEqual([
      'OVERDUE_UNITS', 'FINDINGS_WITHOUT_ORDER', 'OVERDUE_ORDERS_UNATTENDED', 'REPORTS_UNREVIEWED', 'NO_BULLETIN', 'NO_TRAINING', 'NO_PLAN',
      'UNDERSTAFFED_LAW_ENFORCEMENT', 'LATE_RECORDING',
    ]);
    expect(review).toMatchObject({ raisedCount: 0, score: 0, evidenceCount: 0 });
  });
});

describe('1. overdue units', () => {
  const overdue = [
    { unitId: 'A', dueOn: '2025-06-20', daysOverdue: 10 },
    { unitId: 'B', dueOn: '2025-06-21', daysOverdue: 9 },
    { unitId: 'C', dueOn: '2025-01-01', daysOverdue: 180 },
  ];
  it('lists every overdue unit, the longest overdue first, and raises from one unit by default', () => {
    const s = signalOf('OVERDUE_UNITS', facts({ overdueUnits: overdue }), '2025-06-30');
    expect(s.raised).toBe(true);
    expect(s.evidence.map((e) => [e.unitId, e.dueOn, e.days])).toEqual([['C', '2025-01-01', 180], ['A', '2025-06-20', 10], ['B', '2025-06-21', 9]]);
  });
  it('counts only units overdue by at least overdueDaysMin (exactly that many days counts)', () => {
    const s = signalOf('OVERDUE_UNITS', facts({ overdueUnits: overdue }), '2025-06-30', { overdueDaysMin: 10 });
    expect(s.evidence.map((e) => e.unitId)).toEqual(['C', 'A']);
  });
  it('raises only from overdueUnitsMin units', () => {
    expect(raised('OVERDUE_UNITS', facts({ overdueUnits: overdue }), '2025-06-30', { overdueUnitsMin: 3 })).toBe(true);
    expect(raised('OVERDUE_UNITS', facts({ overdueUnits: overdue }), '2025-06-30', { overdueUnitsMin: 4 })).toBe(false);
    expect(raised('OVERDUE_UNITS', facts({ overdueUnits: overdue }), '2025-06-30', { overdueUnitsMin: 2, overdueDaysMin: 11 })).toBe(false);
  });
});

describe('2. findings with no rectification order within N days of the inspection', () => {
  const inspected = inspection('I1', '2025-05-31', { findingIds: ['F1', 'F2'] });
  it('is not raised while the N days last (the inspection day + N is still in time)', () => {
    expect(raised('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected] }), '2025-06-30')).toBe(false);
  });
  it('is raised from the day after, per finding, with the day the order was due', () => {
    const s = signalOf('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected] }), '2025-07-01');
    expect(s.raised).toBe(true);
    expect(s.evidence.map((e) => [e.inspectionId, e.findingId, e.occurredOn, e.dueOn, e.actedOn, e.days])).toEqual([
      ['I1', 'F1', '2025-05-31', '2025-06-30', null, 1],
      ['I1', 'F2', '2025-05-31', '2025-06-30', null, 1],
    ]);
  });
  it('an order on exactly the N-th day is in time; one a day later is late, and shown', () => {
    const inTime = order('O1', 'I1', ['F1', 'F2'], '2025-06-30', '2025-08-01');
    expect(raised('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected], orders: [inTime] }), '2025-09-01')).toBe(false);
    const late = order('O1', 'I1', ['F1', 'F2'], '2025-07-01', '2025-08-01');
    const s = signalOf('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected], orders: [late] }), '2025-09-01');
    expect(s.evidence.map((e) => [e.findingId, e.actedOn, e.days])).toEqual([['F1', '2025-07-01', 1], ['F2', '2025-07-01', 1]]);
  });
  it('an order naming one finding leaves the other; an order of another inspection counts for nothing', () => {
    const orders = [order('O1', 'I1', ['F1'], '2025-06-01', '2025-08-01'), order('O2', 'I9', ['F2'], '2025-06-01', '2025-08-01')];
    const s = signalOf('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected], orders }), '2025-07-15');
    expect(s.evidence.map((e) => e.findingId)).toEqual(['F2']);
  });
  it('ignores an order issued after asOf: on asOf the finding had none', () => {
    const afterwards = order('O1', 'I1', ['F1', 'F2'], '2025-08-01', '2025-09-01');
    const s = signalOf('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected], orders: [afterwards] }), '2025-07-15');
    expect(s.evidence.map((e) => e.actedOn)).toEqual([null, null]);
  });
  it('ignores inspections after asOf, withdrawn inspections and inspections without findings', () => {
    const given = facts({
      inspections: [
        inspection('I2', '2025-07-02', { findingIds: ['F1'] }),
        inspection('I3', '2025-01-02', { findingIds: ['F1'], withdrawn: true }),
        inspection('I4', '2025-01-02'),
      ],
    });
    expect(raised('FINDINGS_WITHOUT_ORDER', given, '2025-07-01')).toBe(false);
  });
  it('takes N from the thresholds (0: the order is due on the inspection day)', () => {
    expect(raised('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected] }), '2025-06-01', { orderWithinDays: 0 })).toBe(true);
    expect(raised('FINDINGS_WITHOUT_ORDER', facts({ inspections: [inspected] }), '2025-05-31', { orderWithinDays: 0 })).toBe(false);
  });
});

describe('3. rectification deadlines passed with no report and no follow-up for N days', () => {
  it('is not raised on the deadline day; from the day after with N = 0 (silent 1 day)', () => {
    const o = order('O1', 'I1', ['F1'], '2025-05-01', '2025-06-01');
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-01')).toBe(false);
    const s = signalOf('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-02');
    expect(s.evidence.map((e) => [e.orderId, e.occurredOn, e.dueOn, e.actedOn, e.days])).toEqual([['O1', '2025-05-01', '2025-06-01', null, 1]]);
  });
  it('counts silence from the last follow-up after the deadline: exactly N days is not yet inaction', () => {
    const o = order('O1', 'I1', ['F1'], '2025-05-01', '2025-06-01', followedUp('2025-06-10'));
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-10')).toBe(false);
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-15', { unattendedOrderDays: 5 })).toBe(false);
    const s = signalOf('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-16', { unattendedOrderDays: 5 });
    expect(s.evidence.map((e) => [e.actedOn, e.days])).toEqual([['2025-06-10', 6]]);
  });
  it('a follow-up before the deadline does not stop the clock after it', () => {
    const o = order('O1', 'I1', ['F1'], '2025-05-01', '2025-06-01', followedUp('2025-05-20'));
    expect(signalOf('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-03').evidence.map((e) => e.days)).toEqual([2]);
  });
  it('an order closed after asOf was still open on asOf; one closed by asOf is not overdue', () => {
    const o = order('O1', 'I1', ['F1'], '2025-05-01', '2025-06-01', reported('2025-07-01'), reviewed('2025-07-02', 'ACCEPTED'));
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-20')).toBe(true);
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-07-05')).toBe(false);
  });
  it('a pending report is not the bureau’s silence; a rejection puts the order back and restarts the count', () => {
    const o = order('O1', 'I1', ['F1'], '2025-05-01', '2025-06-01', reported('2025-06-05'), reviewed('2025-06-20', 'REJECTED'));
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-10')).toBe(false);
    expect(signalOf('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-25').evidence.map((e) => [e.actedOn, e.days])).toEqual([['2025-06-20', 5]]);
  });
  it('an extension moves the deadline; orders made after asOf are not looked at', () => {
    const o = order('O1', 'I1', ['F1'], '2025-05-01', '2025-06-01', extended('2025-05-30', '2025-07-01'));
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [o] }), '2025-06-15')).toBe(false);
    expect(raised('OVERDUE_ORDERS_UNATTENDED', facts({ orders: [order('O2', 'I1', ['F1'], '2025-08-01', '2025-08-10')] }), '2025-07-31')).toBe(false);
  });
});

describe('4. rectification reports with no review within N days', () => {
  const withReport = (...acts: ReturnType<typeof reported>[]) => facts({ orders: [order('O1', 'I1', ['F1'], '2025-04-01', '2025-06-01', reported('2025-05-01'), ...acts)] });
  it('is not raised while N days last (report day + N); raised from the day after', () => {
    expect(raised('REPORTS_UNREVIEWED', withReport(), '2025-05-31')).toBe(false);
    const s = signalOf('REPORTS_UNREVIEWED', withReport(), '2025-06-01');
    expect(s.evidence.map((e) => [e.orderId, e.occurredOn, e.dueOn, e.actedOn, e.days])).toEqual([['O1', '2025-05-01', '2025-05-31', null, 31]]);
  });
  it('a review on the N-th day is in time; a later one is shown as late', () => {
    expect(raised('REPORTS_UNREVIEWED', withReport(reviewed('2025-05-31', 'ACCEPTED')), '2025-09-01')).toBe(false);
    const s = signalOf('REPORTS_UNREVIEWED', withReport(reviewed('2025-06-01', 'ACCEPTED')), '2025-09-01');
    expect(s.evidence.map((e) => [e.actedOn, e.days])).toEqual([['2025-06-01', 31]]);
  });
  it('a review after asOf did not exist on asOf', () => {
    const s = signalOf('REPORTS_UNREVIEWED', withReport(reviewed('2025-07-15', 'ACCEPTED')), '2025-06-15');
    expect(s.evidence.map((e) => [e.actedOn, e.days])).toEqual([[null, 45]]);
  });
  it('judges each report of the order: a second report waits for its own review', () => {
    const s = signalOf('REPORTS_UNREVIEWED', withReport(reviewed('2025-05-10', 'REJECTED'), reported('2025-05-20')), '2025-07-01');
    expect(s.evidence.map((e) => [e.occurredOn, e.days])).toEqual([['2025-05-20', 42]]);
  });
});

describe('5–7. no bulletin, no training, no plan in the window before asOf', () => {
  it('an act exactly N days before asOf still counts; one a day older does not', () => {
    const given = (day: string) => facts({ bulletins: [{ day, withdrawnOn: null }], trainings: [{ day }], plans: [{ plannedOn: day, from: day, to: day, cancelledOn: null }] });
    for (const kind of ['NO_BULLETIN', 'NO_TRAINING', 'NO_PLAN'] as const) {
      expect(raised(kind, given('2024-06-30'), '2025-06-30')).toBe(false);
      const s = signalOf(kind, given('2024-06-29'), '2025-06-30');
      expect([kind, s.raised, s.lastActOn]).toEqual([kind, true, '2024-06-29']);
    }
  });
  it('acts after asOf are ignored', () => {
    const given = facts({ bulletins: [{ day: '2025-07-01', withdrawnOn: null }], trainings: [{ day: '2025-07-01' }], plans: [{ plannedOn: '2025-07-01', from: '2025-07-01', to: '2025-12-31', cancelledOn: null }] });
    for (const kind of ['NO_BULLETIN', 'NO_TRAINING', 'NO_PLAN'] as const) expect(signalOf(kind, given, '2025-06-30')).toMatchObject({ raised: true, lastActOn: null });
  });
  it('a bulletin withdrawn by asOf does not count; one withdrawn after asOf still stood on asOf', () => {
    expect(raised('NO_BULLETIN', facts({ bulletins: [{ day: '2025-01-01', withdrawnOn: '2025-03-01' }] }), '2025-06-30')).toBe(true);
    expect(raised('NO_BULLETIN', facts({ bulletins: [{ day: '2025-01-01', withdrawnOn: '2025-08-01' }] }), '2025-06-30')).toBe(false);
  });
  it('a plan cancelled by asOf does not count; a plan made earlier whose period runs into the window does', () => {
    expect(raised('NO_PLAN', facts({ plans: [{ plannedOn: '2025-01-01', from: '2025-01-01', to: '2025-12-31', cancelledOn: '2025-02-01' }] }), '2025-06-30')).toBe(true);
    expect(raised('NO_PLAN', facts({ plans: [{ plannedOn: '2025-01-01', from: '2025-01-01', to: '2025-12-31', cancelledOn: '2025-07-01' }] }), '2025-06-30')).toBe(false);
    expect(raised('NO_PLAN', facts({ plans: [{ plannedOn: '2023-01-01', from: '2023-01-01', to: '2024-12-31', cancelledOn: null }] }), '2025-06-30')).toBe(false);
  });
  it('is not held against a bureau established inside the window', () => {
    const young = facts({ establishedOn: '2024-07-01', bulletins: [], trainings: [], plans: [] });
    for (const kind of ['NO_BULLETIN', 'NO_TRAINING', 'NO_PLAN'] as const) expect(raised(kind, young, '2025-06-30')).toBe(false);
    expect(raised('NO_TRAINING', { ...young, establishedOn: '2024-06-30' }, '2025-06-30')).toBe(true);
  });
  it('takes the window from the thresholds', () => {
    expect(raised('NO_TRAINING', facts(), '2025-06-30', { trainingWithinDays: 60 })).toBe(false);
    expect(raised('NO_TRAINING', facts(), '2025-06-30', { trainingWithinDays: 59 })).toBe(true);
  });
});

describe('8. law-enforcement inspections with fewer than two inspectors', () => {
  it('one inspector is raised, two are not; other kinds, withdrawn records and inspections after asOf are not looked at', () => {
    const given = facts({
      inspections: [
        inspection('ONE', '2025-03-01', { inspectorCount: 1 }),
        inspection('TWO', '2025-03-01', { inspectorCount: 2 }),
        inspection('SPECIAL', '2025-03-01', { inspectorCount: 1, kind: 'SPECIAL_BUSINESS' }),
        inspection('GONE', '2025-03-01', { inspectorCount: 0, withdrawn: true }),
        inspection('LATER', '2025-07-01', { inspectorCount: 0 }),
      ],
    });
    const s = signalOf('UNDERSTAFFED_LAW_ENFORCEMENT', given, '2025-06-30');
    expect(s.evidence.map((e) => [e.inspectionId, e.inspectorCount, e.occurredOn])).toEqual([['ONE', 1, '2025-03-01']]);
    expect(signalOf('UNDERSTAFFED_LAW_ENFORCEMENT', given, '2025-06-30', { minInspectors: 3 }).evidence.map((e) => e.inspectionId)).toEqual(['ONE', 'TWO']);
    expect(raised('UNDERSTAFFED_LAW_ENFORCEMENT', facts({ inspections: [inspection('TWO', '2025-03-01')] }), '2025-06-30')).toBe(false);
  });
});

describe('9. late recording', () => {
  const late = (eventId: string, occurredOn: string, delayDays: number) => ({ eventId, type: 'InspectionConducted', unitId: 'U1', occurredOn, recordedOn: occurredOn, delayDays });
  it('raises acts recorded more than N days after they happened (exactly N is not late), most late first; acts after asOf are ignored', () => {
    const given = facts({ lateRecords: [late('E30', '2025-01-01', 30), late('E31', '2025-01-01', 31), late('E400', '2024-01-01', 400), late('AFTER', '2025-07-01', 90)] });
    const s = signalOf('LATE_RECORDING', given, '2025-06-30');
    expect(s.evidence.map((e) => [e.eventId, e.eventType, e.days, e.dueOn])).toEqual([['E400', 'InspectionConducted', 400, '2024-01-31'], ['E31', 'InspectionConducted', 31, '2025-01-31']]);
    expect(raised('LATE_RECORDING', given, '2025-06-30', { lateRecordDays: 400 })).toBe(false);
  });
});

describe('the score and the ranking', () => {
  it('sums the weights of the raised signals and counts their items', () => {
    const given = facts({ overdueUnits: [{ unitId: 'A', dueOn: '2025-01-01', daysOverdue: 180 }], trainings: [], inspections: [inspection('ONE', '2025-03-01', { inspectorCount: 1 })] });
    const review = judgeInaction(given, DEFAULT_THRESHOLDS, '2025-06-30');
    expect(review).toMatchObject({ raisedCount: 3, score: SIGNAL_WEIGHTS.OVERDUE_UNITS + SIGNAL_WEIGHTS.NO_TRAINING + SIGNAL_WEIGHTS.UNDERSTAFFED_LAW_ENFORCEMENT, evidenceCount: 2 });
  });
  it('ranks the higher score first, then more items, then by bureau id', () => {
    const ranked = [
      { bureauId: 'B', score: 3, evidenceCount: 1 },
      { bureauId: 'A', score: 3, evidenceCount: 1 },
      { bureauId: 'C', score: 3, evidenceCount: 9 },
      { bureauId: 'D', score: 5, evidenceCount: 0 },
    ].sort(byMostSerious);
    expect(ranked.map((r) => r.bureauId)).toEqual(['D', 'C', 'A', 'B']);
  });
});

describe('thresholds', () => {
  it('take the defaults where none is given', () => {
    expect(resolveThresholds({})).toEqual(DEFAULT_THRESHOLDS);
    expect(resolveThresholds({ orderWithinDays: 0, minInspectors: null })).toEqual({ ...DEFAULT_THRESHOLDS, orderWithinDays: 0 });
  });
  it.each([
    ['orderWithinDays', -1],
    ['overdueUnitsMin', 0],
    ['overdueDaysMin', 1.5],
    ['trainingWithinDays', 0],
    ['minInspectors', 21],
    ['lateRecordDays', 100_000],
  ] as const)('refuse %s = %s with BAD_USER_INPUT naming the field', (name, value) => {
    let error: unknown;
    try {
      resolveThresholds({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_THRESHOLD', field: `thresholds.${name}` });
  });
});
