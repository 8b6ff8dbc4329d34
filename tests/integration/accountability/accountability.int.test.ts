import { ACCOUNTABILITY_LATE_RECORDS } from '../../../projections/accountability/late-records.projection';
import { ACCOUNTABILITY_FACTS } from '../../../projections/accountability/unit-facts.projection';
import type { Doc } from '../../../src/readstore/port';
import { DEFAULT_COUNTING_KINDS } from '../../../src/domain/supervision/common';
import { referenceStandings } from '../../unit/accountability/cycle.reference';
import { CITY, instantBetween, openAccountabilityStores, XIHU, YUHANG, type AccountabilityStores } from './accountability.fixture';

/**
 * The cycle on the real embedded store: acts through the services, the read model updated in the append's
 * transaction, queries through the SQLite adapter; every answer checked against the plain replay of the log.
 */
let s: AccountabilityStores;
const units: Record<string, string> = {};
const moments: string[] = [];

beforeAll(async () => {
  s = await openAccountabilityStores();
  units.covered = await s.register(XIHU, '2022-01-10', '西湖·已检查');
  await s.inspect(units.covered, XIHU, '2024-03-01');
  units.neverInspected = await s.register(XIHU, '2021-01-10', '西湖·从未检查');
  units.recent = await s.register(XIHU, '2024-09-01', '西湖·新登记');
  units.transferred = await s.register(XIHU, '2020-05-05', '转出单位');
  await s.inspect(units.transferred, XIHU, '2023-01-05', 'SPECIAL_BUSINESS');
  await s.transfer(units.transferred, XIHU, CITY, '2024-02-01'); // to the city bureau above
  units.withdrawn = await s.register(XIHU, '2020-01-01', '撤销检查');
  const doubtful = await s.inspect(units.withdrawn, XIHU, '2024-01-02', 'ANNUAL');
  moments.push(await instantBetween()); // before the withdrawal
  await s.withdraw(doubtful, XIHU);
  units.corrected = await s.register(XIHU, '2019-06-01', '更正日期');
  const misdated = await s.inspect(units.corrected, XIHU, '2024-05-05');
  moments.push(await instantBetween()); // before the correction
  await s.correctDay(misdated, XIHU, '2022-05-05');
  units.assessed = await s.register(XIHU, '2019-06-01', '仅考核');
  await s.inspect(units.assessed, XIHU, '2024-06-01', 'ASSESSMENT');
  units.reRegistered = await s.register(XIHU, '2019-02-01', '注销后重新登记');
  await s.deregister(units.reRegistered, XIHU, '2021-06-30');
  await s.register(XIHU, '2024-10-01', '注销后重新登记', units.reRegistered);
  await s.register(YUHANG, '2019-01-01'); // another bureau's unit
  moments.push(await instantBetween());
});
afterAll(() => s.close());

const DAYS = ['2023-01-09', '2023-01-10', '2023-01-11', '2024-01-31', '2024-02-01', '2025-06-01', '2026-03-01', '2026-09-01', '2026-11-27'];

describe('the two-year cycle on the embedded store', () => {
  it('answers as the plain replay of the log does, for every day and knowledge time asked', async () => {
    const log = await s.eventStore.readAll();
    for (const asOf of DAYS) {
      for (const knownAt of [null, ...moments]) {
        const expected = referenceStandings(log, asOf, knownAt, DEFAULT_COUNTING_KINDS);
        for (const bureauId of [XIHU, CITY, YUHANG]) {
          const report = await s.accountability.bureauCycle(bureauId, asOf, knownAt);
          const inScope = [...expected.values()].filter((v) => v?.bureauId === bureauId);
          const overdue = inScope.filter((v) => v?.state === 'OVERDUE');
          expect({ asOf, knownAt, bureauId, unitsInScope: report.unitsInScope, overdue: report.overdue }).toEqual({
            asOf,
            knownAt,
            bureauId,
            unitsInScope: inScope.length,
            overdue: overdue.length,
          });
          expect(report.covered).toBe(inScope.filter((v) => v?.state === 'COVERED').length);
        }
        const standings = await s.accountability.unitStandings(Object.values(units), asOf, knownAt);
        expect(standings).toEqual(Object.values(units).map((id) => expected.get(id) ?? null));
      }
    }
  });

  it('names the overdue units of Xihu on 1 June 2025, the longest overdue first', async () => {
    const report = await s.accountability.bureauCycle(XIHU, '2025-06-01', null);
    expect(report).toMatchObject({ unitsInScope: 7, covered: 1, notYetDue: 2, overdue: 4, met: false });
    expect(report.overdueUnits.map((u) => [u.name, u.dueOn, u.daysOverdue, u.lastCountingInspectionOn])).toEqual([
      ['仅考核', '2021-06-01', 1461, null], // an assessment does not count
      ['撤销检查', '2022-01-01', 1247, null], // its inspection was withdrawn
      ['西湖·从未检查', '2023-01-10', 873, null],
      ['更正日期', '2024-05-05', 392, '2022-05-05'], // its inspection moved back two years
    ]);
  });

  it('shows what the record said before the withdrawal and the correction were entered', async () => {
    const [beforeWithdrawal, beforeCorrection] = moments as [string, string];
    expect(await s.accountability.bureauCycle(XIHU, '2025-06-01', beforeWithdrawal)).toMatchObject({ unitsInScope: 4, overdue: 1 });
    expect(await s.accountability.bureauCycle(XIHU, '2025-06-01', beforeCorrection)).toMatchObject({ unitsInScope: 5, overdue: 2 });
  });

  it('lists the back-dated records as late, per bureau, the longest delay first', async () => {
    const late = await s.accountability.lateRecords(XIHU, 365, 100);
    expect(late.length).toBe(await s.accountability.countLateRecords(XIHU, 365));
    expect(late.map((r) => r.delayDays)).toEqual([...late.map((r) => r.delayDays)].sort((a, b) => b - a));
    expect(late.slice(0, 2)).toMatchObject([
      { type: 'BureauEstablished', bureauId: XIHU, occurredAt: '2019-01-01T02:00:00.000Z' },
      { type: 'UnitRegistered', bureauId: XIHU, occurredAt: '2019-02-01T02:00:00.000Z' },
    ]);
    expect(late.some((r) => r.type === 'InspectionConducted' && (r.data as { day: string }).day === '2023-01-05')).toBe(true);
  });

  it('comes out the same when rebuilt from the log', async () => {
    const dump = async () =>
      Object.fromEntries(await Promise.all([ACCOUNTABILITY_FACTS, ACCOUNTABILITY_LATE_RECORDS].map(async (c) => [c, await s.readStore.find<Doc>(c, {})])));
    const before = await dump();
    await s.accountabilityRunner.rebuild(s.eventStore);
    expect(await dump()).toEqual(before);
  });
});
