import { ADMIN, analystOf, auditorOf, clerkOf, reporterOf, TestServer, type As, type Loose } from '../support/test-server';
import { supervisionActs } from '../support/supervision-fixture';

/**
 * The inaction review over HTTP, on the wired app: a province's bureaus ranked, one bureau's evidence paged, the
 * roles that may and may not read it, and input refused with stable codes. Plain query strings (the typed operations
 * follow the schema's re-emission).
 */
let server: TestServer;
const PROVINCE = '330000';
const CITY = '330100';
const XIHU = '330106';
const YUHANG = '330110';
const AS_OF = '2025-06-30';
const units: string[] = [];
const gql = (query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) => server.gql(query, variables, as);
const ok = (query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) => server.gqlOk(query, variables, as);
const acts = supervisionActs(() => server, 9_900_000);
const register = (bureauId: string, occurredAt: string) => acts.register(bureauId, occurredAt);

const REVIEW = `query ($bureauId: ID, $regionCode: String, $asOf: String, $thresholds: InactionThresholdsInput, $evidenceFirst: Int, $evidenceOffset: Int, $signals: [InactionSignalKind!]) {
  inactionReview(bureauId: $bureauId, regionCode: $regionCode, asOf: $asOf, thresholds: $thresholds, evidenceFirst: $evidenceFirst, evidenceOffset: $evidenceOffset, signals: $signals) {
    asOf bureauId regionCode bureausReviewed bureausRaised
    thresholds { orderWithinDays lateRecordDays minInspectors }
    bureaus { rank bureauId name level score raisedCount evidenceCount
      signals { kind raised weight evidenceTotal lastActOn evidence { unitId dueOn days } } }
  }
}`;
/** Everything here was recorded today, long after it happened: late recording is left out unless asked. */
const NO_LATE = { lateRecordDays: 3660 };

beforeAll(async () => {
  server = await TestServer.start();
  for (const regionCode of [PROVINCE, CITY, XIHU, YUHANG]) {
    await ok('mutation ($input: EstablishBureauInput!) { establishBureau(input: $input) { position } }', { input: { regionCode, name: `${regionCode}档案局`, occurredAt: '2019-01-01T02:00:00.000Z' } });
  }
  // Three units Yuhang never inspected: dead corners since 2022.
  for (const on of ['2020-01-01', '2020-02-01', '2020-03-01']) units.push(await register(YUHANG, `${on}T02:00:00.000Z`));
}, 60_000);
afterAll(() => server.stop());

describe('inactionReview over HTTP', () => {
  it('ranks the bureaus of a province for the national administrator and for the province’s auditor', async () => {
    for (const as of [ADMIN, auditorOf(PROVINCE)]) {
      const { inactionReview: r } = await ok(REVIEW, { regionCode: PROVINCE, asOf: AS_OF, thresholds: NO_LATE }, as);
      expect(r).toMatchObject({ asOf: AS_OF, bureauId: null, regionCode: PROVINCE, bureausReviewed: 4, bureausRaised: 4, thresholds: { orderWithinDays: 30, lateRecordDays: 3660, minInspectors: 2 } });
      expect(r.bureaus.map((b: Loose) => [b.rank, b.bureauId, b.score])).toEqual([[1, YUHANG, 6], [2, PROVINCE, 3], [3, CITY, 3], [4, XIHU, 3]]);
      const overdue = r.bureaus[0].signals.find((s: Loose) => s.kind === 'OVERDUE_UNITS');
      expect(overdue).toMatchObject({ raised: true, weight: 3, evidenceTotal: 3 });
      expect(overdue.evidence.map((e: Loose) => [e.unitId, e.dueOn])).toEqual([[units[0], '2022-01-01'], [units[1], '2022-02-01'], [units[2], '2022-03-01']]);
    }
  });

  it('bounds a region’s evidence, and pages one bureau’s', async () => {
    const region = (await ok(REVIEW, { regionCode: PROVINCE, asOf: AS_OF, evidenceFirst: 1, signals: ['OVERDUE_UNITS'] })).inactionReview;
    expect(region.bureaus[0].signals).toEqual([expect.objectContaining({ kind: 'OVERDUE_UNITS', evidenceTotal: 3, evidence: [expect.objectContaining({ unitId: units[0] })] })]);
    const page = (await ok(REVIEW, { bureauId: YUHANG, asOf: AS_OF, evidenceFirst: 2, evidenceOffset: 2, signals: ['OVERDUE_UNITS'] }, clerkOf(YUHANG))).inactionReview;
    expect(page.bureaus.map((b: Loose) => b.signals[0].evidence.map((e: Loose) => e.unitId))).toEqual([[units[2]]]);
  });

  it('shows late recording when asked with the default threshold', async () => {
    const { inactionReview: r } = await ok(REVIEW, { bureauId: YUHANG, asOf: AS_OF, signals: ['LATE_RECORDING'] });
    // The bureau's establishment (2019) and the three registrations, all recorded today.
    expect(r.bureaus[0].signals[0]).toMatchObject({ kind: 'LATE_RECORDING', raised: true, evidenceTotal: 4 });
  });

  it('lets a bureau’s staff read its own region and below, and answers NOT_FOUND outside it', async () => {
    const city = (await ok(REVIEW, { regionCode: CITY, asOf: AS_OF, thresholds: NO_LATE }, clerkOf(CITY))).inactionReview;
    expect(city.bureaus.map((b: Loose) => b.bureauId).sort()).toEqual([CITY, XIHU, YUHANG]);
    for (const [variables, as] of [
      [{ bureauId: YUHANG }, clerkOf(XIHU)],
      [{ regionCode: PROVINCE }, clerkOf(CITY)],
      [{ bureauId: PROVINCE }, auditorOf(CITY)],
      [{ bureauId: '999999' }, ADMIN],
    ] as const) {
      const refused = await gql(REVIEW, { ...variables, asOf: AS_OF }, as);
      expect([variables, refused.errors?.[0]?.extensions?.code]).toEqual([variables, 'NOT_FOUND']);
    }
  });

  it('is not for analysts nor units', async () => {
    for (const as of [analystOf(PROVINCE), reporterOf(units[0] as string)]) {
      const refused = await gql(REVIEW, { regionCode: PROVINCE, asOf: AS_OF }, as);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ regionCode: PROVINCE, thresholds: { orderWithinDays: -1 } }, 'thresholds.orderWithinDays', 'INVALID_THRESHOLD'],
      [{ regionCode: PROVINCE, thresholds: { minInspectors: 0 } }, 'thresholds.minInspectors', 'INVALID_THRESHOLD'],
      [{ regionCode: PROVINCE, bureauId: YUHANG }, 'regionCode', 'BUREAU_OR_REGION'],
      [{}, 'bureauId', 'BUREAU_OR_REGION'],
      [{ regionCode: PROVINCE, asOf: '2025-02-30' }, 'asOf', 'INVALID_DATE'],
      [{ regionCode: '12345' }, 'regionCode', 'INVALID_REGION_CODE'],
      [{ regionCode: PROVINCE, evidenceOffset: 10 }, 'evidenceOffset', 'OFFSET_NEEDS_BUREAU'],
      [{ bureauId: YUHANG, evidenceOffset: -1 }, 'evidenceOffset', 'INVALID_OFFSET'],
      [{ bureauId: YUHANG, evidenceFirst: 101 }, 'evidenceFirst', 'INVALID_PAGE_SIZE'],
    ];
    for (const [variables, field, reason] of cases) {
      const refused = await gql(REVIEW, { asOf: AS_OF, ...variables });
      expect([variables, refused.errors?.[0]?.extensions]).toEqual([variables, expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason })]);
    }
  });
});
