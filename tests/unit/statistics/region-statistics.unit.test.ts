import { regionActivity } from '../../../projections/region-activity/region-activity.projection';
import { diffEmissions, unitRuns } from '../../../src/domain/accountability/segments';
import type { Event, RecordedEvent } from '../../../src/domain/shared/event';
import { DEFAULT_COUNTING_KINDS } from '../../../src/domain/supervision/common';
import { RecordedLog } from '../../support/recorded';
import {
  archivistAssigned,
  archivistReleased,
  bulletin,
  bulletinWithdrawn,
  classified,
  deregisteredUnit,
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

/** 西湖区 and 余杭区 of 杭州市 (330100) in 浙江省 (330000); 东城区 of 北京市. */
const XIHU = '330106';
const YUHANG = '330110';
const HANGZHOU = '330100';
const ZHEJIANG = '330000';
const DONGCHENG = '110101';
const NATION = '000000';

/** Acts on business days (10:00 China time), recorded that day at 12:00 China time or on a later day. */
class History {
  readonly log = new RecordedLog();
  act(event: Event, on: string, recorded?: string): this {
    const streamId = streamOf(event);
    this.log.record(event, { occurredAt: `${on}T02:00:00.000Z`, recordedAt: `${recorded ?? on}T04:00:00.000Z`, ...(streamId && { streamId }) });
    return this;
  }
  get events(): RecordedEvent[] {
    return this.log.events;
  }
}

const coverage = async (events: RecordedEvent[], region: string, asOf: string, knownAt: string | null = null) => (await statsOf(project(events), region, asOf, knownAt)).coverage;

describe('region statistics: units and the two-year cycle', () => {
  it('counts a unit at its county and every level above, and nowhere else', async () => {
    const h = new History().act(registeredIn('U1', XIHU, XIHU, 'ORGAN', 'FIRST'), '2024-01-10');
    const store = project(h.events);
    for (const code of [XIHU, HANGZHOU, ZHEJIANG, NATION]) {
      const s = await statsOf(store, code, '2024-06-01');
      expect(s.units).toEqual({ total: 1, byCategory: [{ key: 'ORGAN', count: 1 }], byClass: [{ key: 'FIRST', count: 1 }] });
      expect(s.coverage).toEqual({ unitsInScope: 1, covered: 0, notYetDue: 1, overdue: 0, coverageRate: 0 });
    }
    expect((await statsOf(store, YUHANG, '2024-06-01')).units.total).toBe(0);
    expect((await statsOf(store, DONGCHENG, '2024-06-01')).units.total).toBe(0);
    expect((await statsOf(store, XIHU, '2024-01-09')).units.total).toBe(0); // the day before registration
  });

  it('registered 23 months before asOf: not yet due; the day after its cycle ends: overdue', async () => {
    const h = new History().act(registeredIn('U1', XIHU), '2022-03-15');
    expect(await coverage(h.events, XIHU, '2024-02-15')).toMatchObject({ notYetDue: 1, overdue: 0 });
    expect(await coverage(h.events, XIHU, '2024-03-15')).toMatchObject({ notYetDue: 1, overdue: 0 }); // entry on exactly D − 24 months
    expect(await coverage(h.events, XIHU, '2024-03-16')).toMatchObject({ notYetDue: 0, overdue: 1 });
  });

  it('inspected exactly 24 months before asOf: covered that day, overdue the next', async () => {
    const h = new History().act(registeredIn('U1', XIHU), '2019-01-01').act(inspected('i1', 'U1', '2022-05-31'), '2022-05-31');
    expect(await coverage(h.events, XIHU, '2024-05-31')).toMatchObject({ covered: 1, overdue: 0 });
    expect(await coverage(h.events, XIHU, '2024-06-01')).toMatchObject({ covered: 0, overdue: 1 });
    // the month-end rule: an inspection on 28 Feb 2022 still covers 29 Feb 2024
    const leap = new History().act(registeredIn('U1', XIHU), '2019-01-01').act(inspected('i1', 'U1', '2022-02-28'), '2022-02-28');
    expect(await coverage(leap.events, XIHU, '2024-02-29')).toMatchObject({ covered: 1 });
    expect(await coverage(leap.events, XIHU, '2024-03-01')).toMatchObject({ overdue: 1 });
  });

  it('only counting kinds cover; every kind counts as an inspection', async () => {
    const h = new History().act(registeredIn('U1', XIHU), '2019-01-01').act(inspected('i1', 'U1', '2024-01-05', 'ASSESSMENT', ['A1', 'A2']), '2024-01-05');
    const s = await statsOf(project(h.events), XIHU, '2024-02-01');
    expect(s.coverage).toMatchObject({ covered: 0, overdue: 1 });
    expect(s.inspections).toEqual({ total: 1, byKind: [{ key: 'ASSESSMENT', count: 1 }] });
    expect(s.findings).toEqual({ total: 2, byItem: [{ key: 'A1', count: 1 }, { key: 'A2', count: 1 }] });
    const annual = await statsOf(project(h.events, ['ASSESSMENT']), XIHU, '2024-02-01');
    expect(annual.coverage).toMatchObject({ covered: 1, overdue: 0 });
  });

  it('inspected by a withdrawn inspection: covered and counted only as known before the withdrawal', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2019-01-01')
      .act(inspected('i1', 'U1', '2024-01-05', 'LAW_ENFORCEMENT', ['B1']), '2024-01-05')
      .act(inspectionWithdrawn('i1', 'U1'), '2024-03-01');
    const store = project(h.events);
    const now = await statsOf(store, ZHEJIANG, '2024-02-01', null, '2024-01-01', '2024-12-31');
    expect(now.coverage).toMatchObject({ covered: 0, overdue: 1 });
    expect(now.inspections.total).toBe(0);
    expect(now.findings.total).toBe(0);
    const before = await statsOf(store, ZHEJIANG, '2024-02-01', '2024-02-15T00:00:00.000Z', '2024-01-01', '2024-12-31');
    expect(before.coverage).toMatchObject({ covered: 1, overdue: 0 });
    expect(before.inspections.byKind).toEqual([{ key: 'LAW_ENFORCEMENT', count: 1 }]);
    expect(before.findings.byItem).toEqual([{ key: 'B1', count: 1 }]);
  });

  it('a corrected day moves the inspection (−1 at the old day, +1 at the new)', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2019-01-01')
      .act(inspected('i1', 'U1', '2024-01-05'), '2024-01-05')
      .act(inspectionCorrected('i1', 'U1', { day: '2023-12-20', findingItems: ['C9'] }), '2024-02-01');
    const store = project(h.events);
    expect((await statsOf(store, XIHU, '2024-03-01', null, '2024-01-01', '2024-12-31')).inspections.total).toBe(0);
    expect((await statsOf(store, XIHU, '2024-03-01', null, '2023-12-01', '2023-12-31')).findings.byItem).toEqual([{ key: 'C9', count: 1 }]);
    expect((await statsOf(store, XIHU, '2024-03-01', '2024-01-31T00:00:00.000Z', '2024-01-01', '2024-12-31')).inspections.total).toBe(1);
  });

  it('a unit transferred mid-cycle stays in its region; a new supervisor starts a new entry, the old inspection still covers', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2020-01-10')
      .act(inspected('i1', 'U1', '2021-03-01'), '2021-03-01')
      .act(transferredTo('U1', HANGZHOU), '2022-01-01');
    expect(await coverage(h.events, XIHU, '2023-03-01')).toMatchObject({ covered: 1 });
    expect(await coverage(h.events, XIHU, '2023-03-02')).toMatchObject({ notYetDue: 1 }); // entered on 2022-01-01
    expect(await coverage(h.events, XIHU, '2024-01-01')).toMatchObject({ notYetDue: 1 });
    expect(await coverage(h.events, XIHU, '2024-01-02')).toMatchObject({ overdue: 1 });
  });

  it('a unit moved to another county counts there from the day it moved, with its cycle', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2020-01-10')
      .act(movedTo('U1', YUHANG), '2023-06-01')
      .act(inspected('i1', 'U1', '2023-07-01', 'ANNUAL'), '2023-07-01');
    const store = project(h.events);
    expect((await statsOf(store, XIHU, '2023-05-31')).coverage).toMatchObject({ overdue: 1 });
    expect((await statsOf(store, XIHU, '2023-06-01')).units.total).toBe(0);
    expect((await statsOf(store, YUHANG, '2023-06-01')).coverage).toMatchObject({ overdue: 1 });
    expect((await statsOf(store, YUHANG, '2023-07-01')).coverage).toMatchObject({ covered: 1 });
    expect((await statsOf(store, HANGZHOU, '2023-07-01')).coverage).toMatchObject({ unitsInScope: 1, covered: 1 });
  });

  it('deregistered and re-registered: not counted in between, not yet due again after', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2019-01-01')
      .act(deregisteredUnit('U1'), '2022-01-01')
      .act(registeredIn('U1', XIHU), '2023-01-01');
    expect(await coverage(h.events, XIHU, '2021-12-31')).toMatchObject({ overdue: 1 });
    expect(await coverage(h.events, XIHU, '2022-06-01')).toMatchObject({ unitsInScope: 0 });
    expect(await coverage(h.events, XIHU, '2023-01-01')).toMatchObject({ notYetDue: 1, overdue: 0 });
  });

  it('a backdated record: before it was recorded the unit was overdue, after it covered', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2019-01-01', '2019-01-01')
      .act(inspected('i1', 'U1', '2023-06-01'), '2023-06-01', '2024-05-10'); // recorded almost a year late
    const store = project(h.events);
    expect((await statsOf(store, XIHU, '2024-01-01', '2024-05-09T23:00:00.000Z')).coverage).toMatchObject({ covered: 0, overdue: 1 });
    expect((await statsOf(store, XIHU, '2024-01-01', '2024-05-10T03:59:59.999Z')).coverage).toMatchObject({ covered: 0, overdue: 1 }); // the same recorded day, just before
    expect((await statsOf(store, XIHU, '2024-01-01', '2024-05-10T04:00:00.000Z')).coverage).toMatchObject({ covered: 1, overdue: 0 }); // exactly then
    expect((await statsOf(store, XIHU, '2024-01-01', null)).coverage).toMatchObject({ covered: 1 });
  });

  it('categories and classes follow amendments on their business days', async () => {
    const h = new History().act(registeredIn('U1', XIHU, XIHU, 'ENTERPRISE', null), '2023-01-01').act(classified('U1', 'SECOND'), '2023-03-01').act(recategorised('U1', 'OTHER'), '2023-05-01');
    const store = project(h.events);
    expect((await statsOf(store, XIHU, '2023-02-01')).units).toEqual({ total: 1, byCategory: [{ key: 'ENTERPRISE', count: 1 }], byClass: [{ key: 'NONE', count: 1 }] });
    expect((await statsOf(store, XIHU, '2023-04-01')).units.byClass).toEqual([{ key: 'SECOND', count: 1 }]);
    expect((await statsOf(store, XIHU, '2023-06-01')).units.byCategory).toEqual([{ key: 'OTHER', count: 1 }]);
  });
});

describe('region statistics: orders, acts, archivists', () => {
  it('orders: opened, closed on time, median days, overdue and still open', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2023-01-01')
      .act(registeredIn('U2', YUHANG), '2023-01-01')
      .act(ordered('o1', 'U1', '2024-01-10', '2024-02-10'), '2024-01-10')
      .act(reported('o1', 'U1', '2024-02-01'), '2024-02-01')
      .act(reviewed('o1', 'U1', 'ACCEPTED', '2024-02-20'), '2024-02-20')
      .act(ordered('o2', 'U2', '2024-01-15', '2024-02-15'), '2024-01-15');
    const store = project(h.events);
    const s = await statsOf(store, HANGZHOU, '2024-03-01', null, '2024-01-01', '2024-03-01');
    expect(s.rectification).toEqual({ opened: 2, closed: 1, closedOnTime: 1, medianDaysToClose: 41, open: 1, overdueOpen: 1 });
    expect((await statsOf(store, HANGZHOU, '2024-02-15')).rectification).toMatchObject({ open: 2, overdueOpen: 0 });
    expect((await statsOf(store, YUHANG, '2024-02-16')).rectification).toMatchObject({ open: 1, overdueOpen: 1 });
    expect((await statsOf(store, XIHU, '2024-03-01')).rectification).toMatchObject({ open: 0, overdueOpen: 0, closed: 1 });
  });

  it('acts naming several units count once per region at each level; a withdrawn bulletin counts nothing', async () => {
    const units = [
      { unitId: 'U1', regionCode: XIHU },
      { unitId: 'U2', regionCode: YUHANG },
      { unitId: 'U3', regionCode: DONGCHENG },
    ];
    const h = new History()
      .act(bulletin('b1', '2024-03-01', 'CRITICISM', units), '2024-03-01')
      .act(bulletin('b2', '2024-03-02', 'COMMENDATION', units.slice(0, 1)), '2024-03-02')
      .act(bulletinWithdrawn('b2', '2024-03-05', ['U1']), '2024-03-05')
      .act(training('t1', '2024-03-03', units.slice(0, 2), ['U1', 'U1', 'U2']), '2024-03-03')
      .act(guidance('g1', '2024-03-04', units.slice(1)), '2024-03-04')
      .act(leadReceived('l1', '2024-03-06', units.slice(0, 2)), '2024-03-06')
      .act(leadClosed('l1', '2024-04-06', ['U1', 'U2']), '2024-04-06')
      .act(selfReported('r1', 'U1', XIHU, '2024-03-07'), '2024-03-07')
      .act(selfReportFlagged('r1', 'U1', '2024-03-08'), '2024-03-08')
      .act(selfReportFlagged('r1', 'U1', '2024-03-09'), '2024-03-09');
    const store = project(h.events);
    const hz = await statsOf(store, HANGZHOU, '2024-12-31', null, '2024-01-01', '2024-12-31');
    expect(hz.bulletins).toEqual({ total: 1, byKind: [{ key: 'CRITICISM', count: 1 }] });
    expect(hz.trainings).toEqual({ sessions: 1, attendance: 3 });
    expect(hz.guidanceActs).toBe(1);
    expect(hz.leads).toEqual({ received: 1, closed: 1 });
    expect(hz.selfReports).toMatchObject({ submitted: 1, flagged: 1 });
    const nation = await statsOf(store, NATION, '2024-12-31', null, '2024-01-01', '2024-12-31');
    expect(nation.bulletins.total).toBe(1);
    expect(nation.guidanceActs).toBe(1);
    const xihu = await statsOf(store, XIHU, '2024-12-31', null, '2024-01-01', '2024-12-31');
    expect(xihu.trainings).toEqual({ sessions: 1, attendance: 2 });
    expect(xihu.guidanceActs).toBe(0);
    expect((await statsOf(store, HANGZHOU, '2024-12-31', '2024-03-04T00:00:00.000Z', '2024-01-01', '2024-12-31')).bulletins.total).toBe(2); // before the withdrawal
    expect((await statsOf(store, HANGZHOU, '2024-12-31', null, '2024-03-01', '2024-03-31')).leads).toEqual({ received: 1, closed: 0 });
  });

  it('archivists: assigned, released, active on the day', async () => {
    const h = new History()
      .act(registeredIn('U1', XIHU), '2023-01-01')
      .act(archivistAssigned('U1', 'A1'), '2023-02-01')
      .act(archivistAssigned('U1', 'A2'), '2023-03-01')
      .act(archivistReleased('U1', 'A1'), '2023-06-01');
    const store = project(h.events);
    expect((await statsOf(store, ZHEJIANG, '2023-05-31', null, '2023-01-01', '2023-12-31')).archivists).toEqual({ assigned: 2, released: 1, active: 2 });
    expect((await statsOf(store, ZHEJIANG, '2023-06-01')).archivists.active).toBe(1);
  });
});

describe('segments and diffs', () => {
  it('the diff of two emissions is new − old', () => {
    expect(diffEmissions({ a: 1, b: 2 }, { b: 1, c: 1 })).toEqual({ a: -1, b: -1, c: 1 });
  });

  it('runs of a unit change only where its state does', () => {
    const runs = unitRuns(
      {
        scopeChanges: [{ change: 'ENTERED', bureauId: XIHU, occurredAt: '2020-01-01T02:00:00.000Z', day: '2020-01-01', recordedAt: '2020-01-01T04:00:00.000Z', position: 1 }],
        attributes: [{ occurredAt: '2020-01-01T02:00:00.000Z', position: 1, day: '2020-01-01', regionCode: XIHU, category: 'ORGAN', unitClass: null }],
        inspections: [{ inspectionId: 'i', kind: 'ANNUAL', day: '2021-01-01', withdrawn: false, findingItems: [] }],
        archivists: [],
      },
      DEFAULT_COUNTING_KINDS,
    );
    expect(runs.map((r) => [r.from, r.to, r.keys[3]])).toEqual([
      ['2020-01-01', '2021-01-01', 'cov.NOT_YET_DUE'],
      ['2021-01-01', '2023-01-02', 'cov.COVERED'],
      ['2023-01-02', null, 'cov.OVERDUE'],
    ]);
  });

  it('applying the same events twice changes nothing (the runner and the subject guard)', async () => {
    const h = new History().act(registeredIn('U1', XIHU), '2023-01-01').act(inspected('i1', 'U1', '2023-02-01'), '2023-02-01');
    const once = project(h.events);
    const twice = project([...h.events, ...h.events], DEFAULT_COUNTING_KINDS, [1]);
    expect(await statsOf(twice, XIHU, '2023-03-01')).toEqual(await statsOf(once, XIHU, '2023-03-01'));
    expect(regionActivity.name).toBe('region-activity');
  });
});
