import { REGION_ACTIVITY_DELTAS, REGION_ACTIVITY_MONTHS } from '../../../projections/region-activity/region-activity.model';
import { regionStatistics, RegionStatisticsService, type RegionStatisticsReport } from '../../../src/application/region-statistics.service';
import { DEFAULT_COUNTING_KINDS } from '../../../src/domain/supervision/common';
import { referenceFigures, type ReferenceFigures } from '../../unit/statistics/statistics.reference';
import { CITY, instantBetween, openStatisticsStores, XIHU, YUHANG, type StatisticsStores } from './statistics.fixture';

/**
 * Region statistics on the real embedded store: acts through the services, the region-activity read model written
 * in the append's transaction (it is in ALL_PROJECTIONS), queries through the SQLite adapter; every answer checked
 * against the plain replay of the log, for several days, periods, regions at every level and knowledge times —
 * all recorded today, so that every knowledge time but "now" falls inside a recorded day (the raw-delta path).
 */
let s: StatisticsStores;
const moments: string[] = [];

beforeAll(async () => {
  s = await openStatisticsStores();
  const covered = await s.register(XIHU, '2022-01-10', '西湖·已检查');
  await s.inspect(covered, XIHU, '2024-03-01');
  await s.register(XIHU, '2021-01-10', '西湖·从未检查');
  await s.register(YUHANG, '2024-09-01', '余杭·新登记');
  const transferred = await s.register(XIHU, '2020-05-05', '转出单位');
  await s.inspect(transferred, XIHU, '2023-01-05', 'SPECIAL_BUSINESS');
  await s.transfer(transferred, XIHU, CITY, '2024-02-01');
  const withdrawn = await s.register(YUHANG, '2020-01-01', '撤销检查');
  const doubtful = await s.inspect(withdrawn, YUHANG, '2024-01-02', 'ANNUAL');
  moments.push(await instantBetween()); // before the withdrawal
  await s.withdraw(doubtful, YUHANG);
  const corrected = await s.register(XIHU, '2019-06-01', '更正日期');
  const misdated = await s.inspect(corrected, XIHU, '2024-05-05');
  moments.push(await instantBetween()); // before the correction
  await s.correctDay(misdated, XIHU, '2022-05-05');
  const again = await s.register(XIHU, '2019-02-01', '注销后重新登记');
  await s.deregister(again, XIHU, '2021-06-30');
  await s.register(XIHU, '2024-10-01', '注销后重新登记', again);
  moments.push(await instantBetween());
});
afterAll(() => s.close());

const asRecord = (tallies: { key: string; count: number }[]): Record<string, number> => Object.fromEntries(tallies.map((t) => [t.key, t.count]));

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

const DAYS = ['2021-06-29', '2021-07-01', '2023-01-05', '2024-02-01', '2024-06-01', '2025-06-01', '2026-09-01'];
const REGIONS = [XIHU, YUHANG, CITY, '330000', '000000', '110101'];

describe('region statistics on the embedded store', () => {
  it('answers as the plain replay of the log does, for every region, day and knowledge time asked', async () => {
    const log = await s.eventStore.readAll();
    for (const asOf of DAYS) {
      for (const knownAt of [null, ...moments]) {
        for (const code of REGIONS) {
          const from = `${Number(asOf.slice(0, 4)) - 2}-01-01`;
          const actual = shape(await regionStatistics(s.readStore, code, asOf, from, asOf, knownAt));
          const expected = referenceFigures(log, code, asOf, from, asOf, knownAt, DEFAULT_COUNTING_KINDS);
          expect({ code, asOf, knownAt, actual }).toEqual({ code, asOf, knownAt, actual: expected });
        }
      }
    }
  });

  it('the withdrawn inspection counted only before the withdrawal, in the province and the nation alike', async () => {
    for (const code of ['330000', '000000']) {
      const before = await regionStatistics(s.readStore, code, '2024-06-01', '2024-01-01', '2024-06-01', moments[0] as string);
      const now = await regionStatistics(s.readStore, code, '2024-06-01', '2024-01-01', '2024-06-01', null);
      expect(before.inspections.byKind).toEqual(expect.arrayContaining([{ key: 'ANNUAL', count: 1 }]));
      expect(now.inspections.byKind.find((t) => t.key === 'ANNUAL')).toBeUndefined();
    }
  });

  it('keeps one month document per region level and month, and raw deltas for knowledge times', async () => {
    const months = await s.readStore.find(REGION_ACTIVITY_MONTHS, { code: '000000' });
    expect(months.length).toBeGreaterThan(5);
    expect(await s.readStore.count(REGION_ACTIVITY_DELTAS, { province: '330000' })).toBeGreaterThan(0);
  });

  it('gives a monthly coverage series that ends with the figures of the day', async () => {
    const service = new RegionStatisticsService(s.readStore);
    const series = await service.monthlyCoverage(CITY, '2024-01', '2024-12', null);
    expect(series.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    const december = await service.statistics(CITY, '2024-12-31', '2024-01-01', '2024-12-31', null);
    expect(series[11]).toMatchObject({ day: '2024-12-31', ...december.coverage });
  });
});
