import { ACCOUNTABILITY_PROJECTIONS } from '../../../projections/accountability';
import { findUnitFactsOfBureau } from '../../../projections/accountability/accountability.queries';
import { ACCOUNTABILITY_CYCLE_DIGESTS, dayNumber, dayOfNumber, type CycleDigestDoc } from '../../../projections/accountability/cycle-digest';
import { ProjectionRunner } from '../../../projections/runner';
import { judgeBureau } from '../../../src/application/accountability.service';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { DEFAULT_COUNTING_KINDS, INSPECTION_KINDS } from '../../../src/domain/supervision/common';
import { MemoryReadStore } from '../../support/memory-read-store';
import { accountabilityModel } from './accountability.harness';
import { conducted, corrected, deregistered, History, registered, transferred, withdrawn } from './accountability.fixture';

/**
 * The cycle digest (what cycleStatus reads) against the units' facts documents (judgeBureau, the path it replaced):
 * the same report for every question, whatever the batches, with names, ids and days the packing must carry intact.
 * The property test (cycle.property.unit.test.ts) holds both to a plain replay of the events.
 */
const XIHU = '330106';
const YUHANG = '330110';
const U1 = '91330106MA0000001X';
const U2 = '91330106MA0000002X';
const U3 = '91330106MA0000003X';
const ODD = 'unit id. with spaces~ and 单位 -_|';

function history(): RecordedEvent[] {
  return new History()
    .act(registered(U1, XIHU, '杭州市西湖区档案馆 🏛'), '2019-01-04')
    .act(registered(U2, XIHU), '2019-02-01')
    .act(registered(ODD, XIHU, '~'), '2019-03-01')
    .act(registered(U3, XIHU, ''), '2020-02-29')
    .act(conducted('i1', U1, XIHU, '2020-03-01'), '2020-03-01', '2020-05-01')
    .act(conducted('i2', U2, XIHU, '2020-06-01', 'ASSESSMENT'), '2020-06-01')
    .act(transferred(U1, XIHU, YUHANG), '2021-01-02')
    .act(conducted('i3', U1, YUHANG, '2021-06-01', 'ANNUAL'), '2021-06-01')
    .act(corrected('i3', U1, YUHANG, { day: '2021-06-02' }), '2021-07-01')
    .act(corrected('i3', U1, YUHANG, { day: '2021-05-30' }), '2021-07-02')
    .act(withdrawn('i1', U1, XIHU), '2021-08-01', '2021-08-03')
    .act(deregistered(U2, XIHU), '2022-01-01')
    .act(registered(U2, XIHU), '2021-12-01', '2022-03-01') // back-dated re-registration
    .act(conducted('i4', ODD, XIHU, '2022-02-28', 'SPECIAL_BUSINESS'), '2022-02-28')
    .act(transferred(U1, YUHANG, XIHU), '2022-05-05', '2023-02-01') // back to Xihu, recorded late
    .act(conducted('i5', U3, YUHANG, '2023-01-10'), '2023-01-10').events;
}

function deliver(batches: readonly (readonly RecordedEvent[])[]): MemoryReadStore {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, ACCOUNTABILITY_PROJECTIONS, (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store;
}

const DAYS = ['2019-01-03', '2019-03-01', '2020-02-29', '2021-01-01', '2021-07-01', '2022-02-28', '2023-01-15', '2024-02-29', '2024-03-01', '2025-06-30', '2026-11-27'];
const KNOWN_AT = [null, '2020-04-01T00:00:00.000Z', '2021-07-01T04:00:00.000Z', '2021-07-01T03:59:59.999Z', '2022-06-01T00:00:00.000Z', '2023-02-01T04:00:00.000Z'];

describe('the cycle digest', () => {
  const events = history();

  it('answers as the units’ facts do, for every bureau, day, knowledge time and set of counting kinds', async () => {
    const { store, cycle } = accountabilityModel(events);
    let questions = 0;
    for (const bureauId of [XIHU, YUHANG]) {
      const facts = await findUnitFactsOfBureau(store, bureauId);
      for (const asOf of DAYS) {
        for (const knownAt of KNOWN_AT) {
          expect(await cycle(bureauId, asOf, knownAt ?? undefined)).toEqual(judgeBureau(facts, bureauId, asOf, knownAt, DEFAULT_COUNTING_KINDS));
          questions++;
        }
      }
    }
    for (const kinds of [[...INSPECTION_KINDS], ['ASSESSMENT' as const], ['ANNUAL' as const]]) {
      const model = accountabilityModel(events, kinds);
      const facts = await findUnitFactsOfBureau(model.store, XIHU);
      for (const asOf of DAYS) expect(await model.cycle(XIHU, asOf)).toEqual(judgeBureau(facts, XIHU, asOf, null, kinds));
    }
    expect(questions).toBe(2 * DAYS.length * KNOWN_AT.length);
  });

  it('lists overdue units with their names, regions and ids as recorded, whatever characters they hold', async () => {
    const { cycle } = accountabilityModel(events);
    const report = await cycle(XIHU, '2026-11-27');
    // U2 left the scope (deregistered after its back-dated re-registration).
    expect(report.overdueUnits.map((u) => [u.unitId, u.name, u.regionCode])).toEqual([
      [ODD, '~', XIHU],
      [U1, '杭州市西湖区档案馆 🏛', XIHU],
      [U3, '', XIHU],
    ]);
  });

  it('is the same whether the events come at once, one by one, or twice', () => {
    const once = deliver([events]).all<CycleDigestDoc>(ACCOUNTABILITY_CYCLE_DIGESTS);
    const oneByOne = deliver(events.map((e) => [e])).all<CycleDigestDoc>(ACCOUNTABILITY_CYCLE_DIGESTS);
    const twice = deliver([events.slice(0, 9), events.slice(4), events]).all<CycleDigestDoc>(ACCOUNTABILITY_CYCLE_DIGESTS);
    expect(oneByOne).toEqual(once);
    expect(twice).toEqual(once);
    // Every unit that entered a bureau has one entry in one chunk of it: U1 in both (an inspection by Yuhang of U3 is no entry).
    const entries = (bureauId: string) => once.filter((d) => d.bureauId === bureauId).reduce((n, d) => n + d.entries.length, 0);
    expect([entries(XIHU), entries(YUHANG)]).toEqual([4, 1]);
    // ASCII only, so that the SQLite driver hands it over on its fast path.
    expect(once.every((d) => d.entries.every((e) => /^[\x20-\x7e]*$/.test(e)))).toBe(true);
  });

  it('counts an act whose recording time does not parse only as the record stands now', async () => {
    const log = new History()
      .act(registered(U1, XIHU), '2019-01-04')
      .act(conducted('i1', U1, XIHU, '2024-01-10'), '2024-01-10').events;
    const broken = log.map((e) => (e.position === 2 ? { ...e, metadata: { ...e.metadata, recordedAt: 'not a time' } } : e));
    const { store, cycle } = accountabilityModel(broken);
    const facts = await findUnitFactsOfBureau(store, XIHU);
    expect(await cycle(XIHU, '2024-06-01')).toMatchObject({ covered: 1, overdue: 0 });
    for (const knownAt of [null, '2024-02-01T00:00:00.000Z']) {
      expect(await cycle(XIHU, '2024-06-01', knownAt ?? undefined)).toEqual(judgeBureau(facts, XIHU, '2024-06-01', knownAt, DEFAULT_COUNTING_KINDS));
    }
  });

  it('numbers every day of a four-digit year, month ends and leap days included', () => {
    for (const day of ['0000-01-01', '0001-02-28', '1899-12-31', '1970-01-01', '2000-02-29', '2024-02-29', '2100-03-01', '9999-12-31']) {
      expect(dayOfNumber(dayNumber(day))).toBe(day);
    }
    expect(dayNumber('1970-01-02') - dayNumber('1970-01-01')).toBe(1);
    expect(dayNumber('0000-01-01')).toBe(0);
  });
});
