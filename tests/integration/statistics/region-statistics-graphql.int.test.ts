import { graphql, type GraphQLSchema } from 'graphql';
import { RegionStatisticsService } from '../../../src/application/region-statistics.service';
import { readScopeOf } from '../../../src/auth/scope';
import type { Actor } from '../../../src/domain/shared/event';
import { formatError } from '../../../src/graphql/format-error';
import { createLoaders } from '../../../src/graphql/loaders';
import { buildAppSchema } from '../../../src/graphql/schema';
import { ADMIN, instantBetween, openStatisticsStores, XIHU, YUHANG, type StatisticsStores } from './statistics.fixture';

/** regionStatistics through the app's schema, in process, over the embedded store, as each role. */
let s: StatisticsStores;
let schema: GraphQLSchema;
let beforeInspection: string;

const QUERY = /* GraphQL */ `
  query RegionStatistics($regionCode: String!, $asOf: String, $from: String, $to: String, $knownAt: DateTimeISO, $mFrom: String, $mTo: String) {
    regionStatistics(regionCode: $regionCode, asOf: $asOf, from: $from, to: $to, knownAt: $knownAt) {
      regionCode
      regionName
      level
      asOf
      from
      to
      units { total byCategory { key count } byClass { key count } }
      coverage { unitsInScope covered notYetDue overdue coverageRate }
      inspections { total byKind { key count } }
      findings { total byItem { key count } }
      rectification { opened closed closedOnTime medianDaysToClose open overdueOpen }
      bulletins { total }
      trainings { sessions attendance }
      guidanceActs
      selfReports { submitted flagged rate }
      leads { received closed }
      archivists { assigned released active }
      children { regionCode units { total } coverage { covered overdue } }
      monthlyCoverage(from: $mFrom, to: $mTo) { month day unitsInScope covered overdue }
    }
  }
`;

const ANALYST_ZJ: Actor = { id: 'analyst-zj', role: 'ANALYST', regionCode: '330000' };
const ANALYST_BJ: Actor = { id: 'analyst-bj', role: 'ANALYST', regionCode: '110000' };
const REPORTER: Actor = { id: 'reporter', role: 'UNIT_REPORTER', unitId: '91330106000000000X' };
const YUHANG_STAFF: Actor = { id: 'clerk-yh', role: 'BUREAU_STAFF', bureauId: YUHANG };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function run(variables: Record<string, unknown>, actor: Actor = ADMIN): Promise<{ data?: any; errors?: readonly any[] }> {
  const contextValue = {
    actor,
    scope: readScopeOf(actor),
    correlationId: 'test',
    now: () => new Date('2025-06-01T04:00:00Z'),
    readStore: s.readStore,
    loaders: createLoaders(s.readStore),
    statistics: new RegionStatisticsService(s.readStore),
  };
  const result = await graphql({ schema, source: QUERY, variableValues: variables, contextValue });
  return { data: result.data, errors: result.errors?.map((e) => formatError(e.toJSON(), e)) };
}

beforeAll(async () => {
  schema = buildAppSchema();
  s = await openStatisticsStores();
  const a = await s.register(XIHU, '2020-01-10', '甲公司');
  await s.register(XIHU, '2024-03-10', '乙公司');
  await s.register(YUHANG, '2021-05-10', '丙公司');
  beforeInspection = await instantBetween();
  await s.inspect(a, XIHU, '2025-01-15', 'ANNUAL');
}, 60_000);
afterAll(() => s.close());

describe('regionStatistics over GraphQL', () => {
  it('answers the figures of a prefecture with its children and a monthly series', async () => {
    const { data, errors } = await run({ regionCode: '330100', asOf: '2025-05-31', from: '2025-01-01', to: '2025-05-31', mFrom: '2025-01', mTo: '2025-03' });
    expect(errors).toBeUndefined();
    const r = data.regionStatistics;
    expect(r).toMatchObject({ regionCode: '330100', level: 'PREFECTURE', asOf: '2025-05-31', from: '2025-01-01', to: '2025-05-31' });
    expect(r.units).toEqual({ total: 3, byCategory: [{ key: 'ENTERPRISE', count: 3 }], byClass: [{ key: 'NONE', count: 3 }] });
    expect(r.coverage).toEqual({ unitsInScope: 3, covered: 1, notYetDue: 1, overdue: 1, coverageRate: 1 / 3 });
    expect(r.inspections).toEqual({ total: 1, byKind: [{ key: 'ANNUAL', count: 1 }] });
    const children = Object.fromEntries(r.children.map((c: { regionCode: string; units: { total: number } }) => [c.regionCode, c.units.total]));
    expect(children).toMatchObject({ [XIHU]: 2, [YUHANG]: 1, '330102': 0 });
    expect(r.monthlyCoverage).toEqual([
      { month: '2025-01', day: '2025-01-31', unitsInScope: 3, covered: 1, overdue: 1 },
      { month: '2025-02', day: '2025-02-28', unitsInScope: 3, covered: 1, overdue: 1 },
      { month: '2025-03', day: '2025-03-31', unitsInScope: 3, covered: 1, overdue: 1 },
    ]);
  });

  it('answers as the record stood at knownAt, children and series included', async () => {
    const { data } = await run({ regionCode: '330000', asOf: '2025-05-31', knownAt: beforeInspection, mFrom: '2025-05', mTo: '2025-05' });
    expect(data.regionStatistics.coverage).toMatchObject({ covered: 0, overdue: 2 });
    expect(data.regionStatistics.children.find((c: { regionCode: string }) => c.regionCode === '330100').coverage).toEqual({ covered: 0, overdue: 2 });
    expect(data.regionStatistics.monthlyCoverage[0]).toMatchObject({ covered: 0, overdue: 2 });
  });

  it('lets analysts read their region; outside the scope, and for a unit reporter, the region is NOT_FOUND', async () => {
    expect((await run({ regionCode: '330000', asOf: '2025-05-31' }, ANALYST_ZJ)).data.regionStatistics.units.total).toBe(3);
    for (const actor of [ANALYST_BJ, REPORTER, YUHANG_STAFF]) {
      const { errors } = await run({ regionCode: XIHU, asOf: '2025-05-31' }, actor);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
    // the nation for a provincial analyst: not their scope
    expect((await run({ regionCode: '000000', asOf: '2025-05-31' }, ANALYST_ZJ)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // a county's staff read their county, not the prefecture above it
    expect((await run({ regionCode: YUHANG, asOf: '2025-05-31' }, YUHANG_STAFF)).data.regionStatistics.units.total).toBe(1);
    expect((await run({ regionCode: '330100', asOf: '2025-05-31' }, YUHANG_STAFF)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses bad input with BAD_USER_INPUT and a reason', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ regionCode: '33010' }, 'INVALID_REGION_CODE'],
      [{ regionCode: '339999' }, 'UNKNOWN_REGION'],
      [{ regionCode: XIHU, asOf: '2025-02-30' }, 'INVALID_DATE'],
      [{ regionCode: XIHU, from: '2025-03-01', to: '2025-02-01' }, 'INVALID_PERIOD'],
      [{ regionCode: XIHU, mFrom: '2025-13' }, 'INVALID_MONTH'],
      [{ regionCode: XIHU, mFrom: '2000-01', mTo: '2025-01' }, 'RANGE_TOO_LONG'],
    ];
    for (const [variables, reason] of cases) {
      const { errors } = await run(variables);
      expect({ variables, extensions: errors?.[0]?.extensions }).toMatchObject({ variables, extensions: { code: 'BAD_USER_INPUT', reason } });
    }
  });
});
