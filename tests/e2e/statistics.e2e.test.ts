import { ADMIN, analystOf, clerkOf, reporterOf, TestServer, type As, type Loose } from '../support/test-server';
import { supervisionActs } from '../support/supervision-fixture';

/**
 * regionStatistics over HTTP on the wired app (the region-activity projection in ALL_PROJECTIONS, the service on the
 * context): the figures of a county and everything above it agree with the county bureau's cycleStatus, as of a day
 * and as known at a time, with children and a monthly series, for the roles that may read them; NOT_FOUND outside
 * the scope. Plain query strings (the typed operations follow the schema's re-emission).
 */
let server: TestServer;
const XIHU = '330106';
const YUHANG = '330110';
let firstUnit = '';
let beforeWithdrawal = '';
const gql = (query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) => server.gql(query, variables, as);
const ok = (query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) => server.gqlOk(query, variables, as);
const acts = supervisionActs(() => server, 9_900_000);
const register = (name: string, occurredAt: string, region = XIHU) => acts.register(region, occurredAt, name);
const inspect = (unitId: string, day: string, kind?: string) => acts.inspect(XIHU, unitId, day, kind);

const STATISTICS = `query ($regionCode: String!, $asOf: String, $from: String, $to: String, $knownAt: DateTimeISO) {
  regionStatistics(regionCode: $regionCode, asOf: $asOf, from: $from, to: $to, knownAt: $knownAt) {
    regionCode level asOf from to knownAt
    units { total byCategory { key count } }
    coverage { unitsInScope covered notYetDue overdue coverageRate }
    inspections { total byKind { key count } }
    children { regionCode coverage { unitsInScope covered } }
    monthlyCoverage(from: "2025-04", to: "2025-06") { month day covered overdue }
  }
}`;
const CYCLE = 'query ($bureauId: ID!, $asOf: String, $knownAt: DateTimeISO) { cycleStatus(bureauId: $bureauId, asOf: $asOf, knownAt: $knownAt) { unitsInScope covered notYetDue overdue } }';

beforeAll(async () => {
  server = await TestServer.start();
  for (const regionCode of ['330000', '330100', XIHU, YUHANG]) {
    await ok('mutation ($input: EstablishBureauInput!) { establishBureau(input: $input) { position } }', { input: { regionCode, name: `${regionCode}档案局` } });
  }
  firstUnit = await register('甲公司', '2022-01-10T02:00:00.000Z');
  await inspect(firstUnit, '2024-03-01');
  await register('乙公司', '2021-01-10T02:00:00.000Z');
  await register('丙公司', '2024-09-01T02:00:00.000Z');
  const withdrawn = await register('丁公司', '2020-01-01T02:00:00.000Z');
  const doubtful = await inspect(withdrawn, '2024-01-02', 'ANNUAL');
  await register('戊公司', '2019-05-01T02:00:00.000Z', YUHANG);
  await new Promise((resolve) => setTimeout(resolve, 10));
  beforeWithdrawal = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 10));
  await ok('mutation ($input: WithdrawInspectionInput!) { withdrawInspection(input: $input) { position } }', { input: { inspectionId: doubtful, reason: '记录不实' } }, clerkOf(XIHU));
}, 60_000);
afterAll(() => server.stop());

describe('regionStatistics over HTTP', () => {
  it("agrees with the county bureau's cycleStatus, now and as known before the withdrawal", async () => {
    for (const knownAt of [null, beforeWithdrawal]) {
      const { cycleStatus } = await ok(CYCLE, { bureauId: XIHU, asOf: '2025-06-01', knownAt });
      const { regionStatistics } = await ok(STATISTICS, { regionCode: XIHU, asOf: '2025-06-01', knownAt });
      expect(regionStatistics.coverage).toMatchObject(cycleStatus);
    }
  });

  it('rolls a county up into its prefecture, province and the nation, with children and a monthly series', async () => {
    const { regionStatistics: r } = await ok(STATISTICS, { regionCode: '330000', asOf: '2025-06-01', from: '2024-01-01', to: '2024-12-31' });
    expect(r).toMatchObject({ regionCode: '330000', level: 'PROVINCE', asOf: '2025-06-01', from: '2024-01-01', to: '2024-12-31' });
    expect(r.units.total).toBe(5);
    expect(r.coverage).toMatchObject({ unitsInScope: 5, covered: 1, notYetDue: 1, overdue: 3 });
    expect(r.inspections).toEqual({ total: 1, byKind: [{ key: 'LAW_ENFORCEMENT', count: 1 }] });
    expect(r.children.find((c: Loose) => c.regionCode === '330100').coverage).toEqual({ unitsInScope: 5, covered: 1 });
    expect(r.monthlyCoverage.map((m: Loose) => m.month)).toEqual(['2025-04', '2025-05', '2025-06']);
    const nation = await ok(STATISTICS, { regionCode: '000000', asOf: '2025-06-01' });
    expect(nation.regionStatistics.coverage).toEqual(r.coverage);
  });

  it('lets staff, auditors and analysts read their regions; others get NOT_FOUND', async () => {
    expect((await ok(STATISTICS, { regionCode: XIHU, asOf: '2025-06-01' }, clerkOf(XIHU))).regionStatistics.units.total).toBe(4);
    expect((await ok(STATISTICS, { regionCode: '330100', asOf: '2025-06-01' }, analystOf('330000'))).regionStatistics.units.total).toBe(5);
    for (const [as, code] of [
      [clerkOf(YUHANG), XIHU],
      [clerkOf(XIHU), '330100'],
      [analystOf('110000'), '330000'],
      [reporterOf(firstUnit), XIHU],
    ] as const) {
      const { errors } = await gql(STATISTICS, { regionCode: code }, as);
      expect({ who: as.sub, code, extensions: errors?.[0]?.extensions }).toMatchObject({ who: as.sub, code, extensions: { code: 'NOT_FOUND' } });
    }
    const bad = await gql(STATISTICS, { regionCode: XIHU, from: '2025-02-01', to: '2025-01-01' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PERIOD' });
  });
});
