import { ACCOUNTABILITY_PROJECTIONS } from '../../../projections/accountability';
import { findLateRecords, countLateRecords } from '../../../projections/accountability/accountability.queries';
import { ACCOUNTABILITY_LATE_RECORDS, type LateRecordDoc } from '../../../projections/accountability/late-records.projection';
import { ACCOUNTABILITY_FACTS, type UnitFactsDoc } from '../../../projections/accountability/unit-facts.projection';
import { ProjectionRunner } from '../../../projections/runner';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { MemoryReadStore } from '../../support/memory-read-store';
import { conducted, corrected, deregistered, History, registered, transferred, withdrawn } from './accountability.fixture';

const U1 = '91330106MA0000003X';
const U2 = '91330106MA0000004X';
const XIHU = '330106';
const YUHANG = '330110';

function history(): RecordedEvent[] {
  return new History()
    .act(registered(U1, XIHU), '2021-01-04')
    .act(registered(U2, XIHU), '2021-02-01')
    .act(conducted('i1', U1, XIHU, '2022-03-01'), '2022-03-01', '2022-05-01') // 61 days late
    .act(transferred(U1, XIHU, YUHANG), '2023-01-02')
    .act(conducted('i2', U1, YUHANG, '2023-06-01', 'ANNUAL'), '2023-06-01')
    .act(corrected('i2', U1, YUHANG, { day: '2023-06-02' }), '2023-07-01')
    .act(withdrawn('i1', U1, XIHU), '2023-08-01', '2023-08-03') // 2 days late
    .act(deregistered(U2, XIHU), '2024-01-01')
    .act(registered(U2, YUHANG), '2022-12-01', '2024-03-01').events; // back-dated re-registration
}

function deliver(batches: readonly (readonly RecordedEvent[])[]) {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, ACCOUNTABILITY_PROJECTIONS, (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store;
}

describe('the accountability read models', () => {
  const events = history();

  it('keep every fact with both times, one copy per bureau the unit ever entered', () => {
    const store = deliver([events]);
    const copies = store.all<UnitFactsDoc>(ACCOUNTABILITY_FACTS).filter((d) => d.unitId === U1);
    expect(copies.map((d) => [d._id, d.bureauId, d.copies])).toEqual([
      [`${YUHANG}|${U1}`, YUHANG, [YUHANG]], // a copy under the bureau it was transferred to
      [U1, XIHU, [YUHANG]],
    ]);
    const [copy, u1] = copies as [UnitFactsDoc, UnitFactsDoc];
    const { _id, bureauId, ...facts } = u1;
    expect(copy).toEqual({ _id: `${YUHANG}|${U1}`, bureauId: YUHANG, ...facts });
    expect(u1.scopeChanges.map((c) => [c.change, c.bureauId, c.day])).toEqual([
      ['ENTERED', XIHU, '2021-01-04'],
      ['ENTERED', YUHANG, '2023-01-02'],
    ]);
    expect(u1.inspections.map((i) => [i.inspectionId, i.kind, i.day, i.dayCorrections.map((c) => c.day), i.withdrawnAt])).toEqual([
      ['i1', 'LAW_ENFORCEMENT', '2022-03-01', [], '2023-08-03T04:00:00.000Z'],
      ['i2', 'ANNUAL', '2023-06-01', ['2023-06-02'], null],
    ]);
  });

  it('order scope changes by business time, whatever order they were recorded in', () => {
    const u2 = deliver([events]).all<UnitFactsDoc>(ACCOUNTABILITY_FACTS).find((d) => d.unitId === U2) as UnitFactsDoc;
    expect(u2.scopeChanges.map((c) => [c.change, c.day])).toEqual([
      ['ENTERED', '2021-02-01'],
      ['ENTERED', '2022-12-01'],
      ['LEFT', '2024-01-01'],
    ]);
  });

  it('keep facts seen before the unit entered a scope, under its first bureau once it does', async () => {
    const early = new History()
      .act(conducted('i0', U1, XIHU, '2021-01-02'), '2021-01-02') // out of order in the log: kept, not lost
      .act(registered(U1, XIHU), '2021-01-01', '2021-01-03').events;
    const store = deliver([early.slice(0, 1)]);
    expect(store.all<UnitFactsDoc>(ACCOUNTABILITY_FACTS).map((d) => [d._id, d.bureauId])).toEqual([[U1, '']]);
    const both = deliver([early]);
    expect(both.all<UnitFactsDoc>(ACCOUNTABILITY_FACTS).map((d) => [d._id, d.bureauId, d.inspections.length, d.scopeChanges.length])).toEqual([[U1, XIHU, 1, 1]]);
  });

  it('come out the same delivered at once, one by one, twice over, or rebuilt', () => {
    const once = deliver([events]).dump();
    expect(deliver(events.map((e) => [e])).dump()).toEqual(once);
    expect(deliver([events, events, events.slice(3)]).dump()).toEqual(once);
    expect(deliver([events.slice(0, 5), events.slice(2)]).dump()).toEqual(once);
  });

  it('never throw on malformed events, and ignore them', () => {
    const bad = new History()
      .act({ type: 'UnitRegistered', data: { unitId: U1 } }, '2021-01-04')
      .act({ type: 'InspectionConducted', data: { unitId: U1, inspectionId: 'x', kind: 'NOPE', day: '2021-13-01', bureauId: XIHU } }, '2021-01-05')
      .act({ type: 'InspectionRecordCorrected', data: { unitId: U1, inspectionId: 'missing', changes: { day: '2021-01-01' } } }, '2021-01-06')
      .act({ type: 'InspectionWithdrawn', data: { inspectionId: 'missing' } }, '2021-01-07', undefined, { streamId: 'inspection-missing' })
      .act({ type: 'UnitDeregistered', data: { unitId: U1, bureauId: XIHU } }, '2021-01-08').events;
    (bad[bad.length - 1] as RecordedEvent).metadata.occurredAt = 'not a time';
    const store = deliver([bad]);
    expect(store.all(ACCOUNTABILITY_FACTS)).toEqual([]);
  });

  it('list acts recorded a day or more late, per bureau, the longest delay first', async () => {
    const store = deliver([events]);
    const late = store.all<LateRecordDoc>(ACCOUNTABILITY_LATE_RECORDS);
    expect(late.map((d) => [d.bureauId, d.type, d.delayDays])).toEqual([
      [XIHU, 'InspectionConducted', 61],
      [XIHU, 'InspectionWithdrawn', 2],
      [YUHANG, 'UnitRegistered', 456],
    ]);
    expect((await findLateRecords(store, XIHU, 1, 10)).map((d) => d.delayDays)).toEqual([61, 2]);
    expect((await findLateRecords(store, XIHU, 3, 10)).map((d) => d.delayDays)).toEqual([61]);
    const [first] = await findLateRecords(store, XIHU, 1, 1);
    expect((await findLateRecords(store, XIHU, 1, 10, first?.delayKey)).map((d) => d.delayDays)).toEqual([2]);
    expect(await countLateRecords(store, XIHU, 1)).toBe(2);
    expect(await countLateRecords(store, YUHANG, 400)).toBe(1);
    expect(await countLateRecords(store, YUHANG, 457)).toBe(0);
  });
});
