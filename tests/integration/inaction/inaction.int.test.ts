import { DEFAULT_THRESHOLDS, INACTION_SIGNALS, type InactionSignalKind, type InactionThresholds } from '../../../src/domain/accountability/inaction';
import type { InactionReviewReport, InactionSubject, ReviewedBureau } from '../../../src/application/inaction-review.service';
import { openInactionStores, type InactionStores } from './inaction.fixture';

/**
 * The inaction review on the real embedded store: a small Zhejiang history written through the services (and a few
 * raw legacy records), every read model kept by the projection runner inside the append's transaction, the review
 * read back through the SQLite read store.
 *
 * Xihu (330106) is diligent; Yuhang (330110) is lax in every way the rules name; the city bureau (330100) does
 * nothing at all (no units of its own); the province (330000) keeps its routine. Nanjing's bureau (320100) lies
 * outside the province reviewed.
 */
const PROVINCE = '330000';
const CITY = '330100';
const XIHU = '330106';
const YUHANG = '330110';
const NANJING = '320100';
const AS_OF = '2025-06-30';

let s: InactionStores;
const ids: Record<string, string> = {};

beforeAll(async () => {
  s = await openInactionStores([PROVINCE, CITY, XIHU, YUHANG, '320000', NANJING]);
  // Xihu: inspected in the cycle, the finding ordered in time, reported and reviewed in time, the yearly routine kept.
  const x1 = await s.register(XIHU, '2022-01-10');
  const xi = await s.inspect(x1, XIHU, '2024-03-01', true);
  const xo = await s.order(xi.inspectionId, xi.findingIds, XIHU, '2024-03-15', '2024-05-01');
  await s.report(xo, xi.findingIds, XIHU, '2024-04-20');
  await s.review(xo, XIHU, '2024-04-25');
  await s.bulletin(XIHU, '2025-03-01');
  await s.training(XIHU, '2025-04-01');
  await s.plan(XIHU, '2025-01-05', '2025-12-31');
  await s.bulletin(XIHU, '2025-08-01'); // after asOf: the late-recording evidence on asOf must not hold it
  // Yuhang: a unit never inspected (a dead corner since 2022-01-01) …
  ids.deadCorner = await s.register(YUHANG, '2020-01-01');
  // … a legacy law-enforcement inspection by one inspector whose finding was never ordered …
  const y2 = await s.register(YUHANG, '2022-01-01');
  ids.alone = await s.inspectAlone(y2, YUHANG, '2025-01-10');
  // … an order past its deadline with nobody acting (closed only after asOf) …
  const y3 = await s.register(YUHANG, '2022-01-01');
  const y3i = await s.inspect(y3, YUHANG, '2024-06-01', true);
  ids.silentOrder = await s.order(y3i.inspectionId, y3i.findingIds, YUHANG, '2024-06-10', '2024-08-01');
  await s.report(ids.silentOrder, y3i.findingIds, YUHANG, '2025-07-05');
  await s.review(ids.silentOrder, YUHANG, '2025-07-10');
  // … and a report left unreviewed since April.
  const y4 = await s.register(YUHANG, '2022-01-01');
  const y4i = await s.inspect(y4, YUHANG, '2024-12-01', true);
  ids.waitingOrder = await s.order(y4i.inspectionId, y4i.findingIds, YUHANG, '2024-12-05', '2025-03-31');
  await s.report(ids.waitingOrder, y4i.findingIds, YUHANG, '2025-03-20');
  // The province keeps its routine.
  await s.bulletin(PROVINCE, '2025-02-01');
  await s.training(PROVINCE, '2025-02-02');
  await s.plan(PROVINCE, '2025-01-02', '2025-12-31');
});
afterAll(() => s.close());

/** Everything in these tests was recorded today, long after it happened: late recording is judged on its own. */
const NO_LATE: InactionThresholds = { ...DEFAULT_THRESHOLDS, lateRecordDays: 3660 };

const review = (subject: InactionSubject, thresholds = NO_LATE, more: { asOf?: string; evidenceLimit?: number; evidenceOffset?: number; signals?: InactionSignalKind[] } = {}): Promise<InactionReviewReport> =>
  s.inaction.review({ subject, asOf: more.asOf ?? AS_OF, thresholds, evidenceLimit: more.evidenceLimit ?? 10, evidenceOffset: more.evidenceOffset ?? 0, signals: more.signals ?? null });
const raisedOf = (b: ReviewedBureau): InactionSignalKind[] => b.signals.filter((x) => x.raised).map((x) => x.kind);
const signalOf = (b: ReviewedBureau | undefined, kind: InactionSignalKind) => b?.signals.find((x) => x.kind === kind);

describe('the inaction review of a province', () => {
  it('ranks its bureaus most serious first, each with its raised signals; bureaus outside the province are not in it', async () => {
    const report = await review({ regionCode: PROVINCE });
    expect(report.bureaus.map((b) => [b.rank, b.bureauId, b.score, raisedOf(b)])).toEqual([
      [1, YUHANG, 14, ['OVERDUE_UNITS', 'FINDINGS_WITHOUT_ORDER', 'OVERDUE_ORDERS_UNATTENDED', 'REPORTS_UNREVIEWED', 'NO_BULLETIN', 'NO_TRAINING', 'NO_PLAN', 'UNDERSTAFFED_LAW_ENFORCEMENT']],
      [2, CITY, 3, ['NO_BULLETIN', 'NO_TRAINING', 'NO_PLAN']],
      [3, PROVINCE, 0, []],
      [4, XIHU, 0, []],
    ]);
    expect(report.bureaus[0]?.signals.map((x) => x.kind)).toEqual([...INACTION_SIGNALS]);
  });

  it('names the evidence behind each of Yuhang’s signals', async () => {
    const yuhang = (await review({ bureauId: YUHANG })).bureaus[0];
    expect(signalOf(yuhang, 'OVERDUE_UNITS')?.evidence.map((e) => [e.unitId, e.dueOn])).toEqual([[ids.deadCorner, '2022-01-01']]);
    expect(signalOf(yuhang, 'FINDINGS_WITHOUT_ORDER')?.evidence.map((e) => [e.inspectionId, e.findingId, e.dueOn, e.actedOn])).toEqual([[ids.alone, 'F1', '2025-02-09', null]]);
    // Closed after asOf: on asOf it was overdue and silent since its deadline.
    expect(signalOf(yuhang, 'OVERDUE_ORDERS_UNATTENDED')?.evidence.map((e) => [e.orderId, e.dueOn, e.actedOn, e.days])).toEqual([[ids.silentOrder, '2024-08-01', null, 333]]);
    expect(signalOf(yuhang, 'REPORTS_UNREVIEWED')?.evidence.map((e) => [e.orderId, e.occurredOn, e.dueOn, e.actedOn, e.days])).toEqual([[ids.waitingOrder, '2025-03-20', '2025-04-19', null, 102]]);
    expect(signalOf(yuhang, 'UNDERSTAFFED_LAW_ENFORCEMENT')?.evidence.map((e) => [e.inspectionId, e.inspectorCount])).toEqual([[ids.alone, 1]]);
    expect(signalOf(yuhang, 'NO_PLAN')).toMatchObject({ raised: true, lastActOn: null, evidenceTotal: 0 });
  });

  it('judges as of asOf: before the acts, the same bureau is judged on what had happened by then', async () => {
    const early = (await review({ bureauId: YUHANG }, NO_LATE, { asOf: '2024-09-01' })).bureaus[0];
    expect(early && raisedOf(early)).toEqual(['OVERDUE_UNITS', 'OVERDUE_ORDERS_UNATTENDED', 'NO_BULLETIN', 'NO_TRAINING', 'NO_PLAN']);
    const later = (await review({ bureauId: YUHANG }, NO_LATE, { asOf: '2025-07-10' })).bureaus[0];
    expect(signalOf(later, 'OVERDUE_ORDERS_UNATTENDED')?.raised).toBe(false); // reported on 5 July, closed on 10 July
  });

  it('pages the evidence of a bureau, keeps the totals, and answers only the signals asked', async () => {
    const wide = { ...NO_LATE, overdueDaysMin: 1, minInspectors: 3 }; // every law-enforcement record is now short of inspectors
    const first = (await review({ bureauId: YUHANG }, wide, { evidenceLimit: 2, signals: ['UNDERSTAFFED_LAW_ENFORCEMENT'] })).bureaus[0];
    const rest = (await review({ bureauId: YUHANG }, wide, { evidenceLimit: 2, evidenceOffset: 2, signals: ['UNDERSTAFFED_LAW_ENFORCEMENT'] })).bureaus[0];
    expect(first?.signals.map((x) => [x.kind, x.evidenceTotal, x.evidence.length])).toEqual([['UNDERSTAFFED_LAW_ENFORCEMENT', 3, 2]]);
    expect(rest?.signals[0]?.evidence.length).toBe(1);
    const all = [...(first?.signals[0]?.evidence ?? []), ...(rest?.signals[0]?.evidence ?? [])].map((e) => e.inspectionId);
    expect(new Set(all).size).toBe(3);
    expect(first?.score).toBe(14); // the score still weighs every signal
  });

  it('counts acts recorded more than N days late, only those that happened by asOf', async () => {
    const withLate = (await review({ bureauId: XIHU }, DEFAULT_THRESHOLDS)).bureaus[0];
    const late = signalOf(withLate, 'LATE_RECORDING');
    expect(late?.raised).toBe(true);
    expect(late?.evidence.every((e) => e.occurredOn !== null && e.occurredOn <= AS_OF && (e.days ?? 0) > 30)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const laterTotal = signalOf((await review({ bureauId: XIHU }, DEFAULT_THRESHOLDS, { asOf: today })).bureaus[0], 'LATE_RECORDING')?.evidenceTotal ?? 0;
    expect(laterTotal).toBe((late?.evidenceTotal ?? 0) + 1); // the bulletin of 1 August 2025
  });

  it('leaves out bureaus not yet established on asOf', async () => {
    expect((await review({ regionCode: PROVINCE }, NO_LATE, { asOf: '2018-12-31' })).bureaus).toEqual([]);
  });
});
