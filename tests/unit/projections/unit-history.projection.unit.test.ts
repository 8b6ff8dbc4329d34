import { UNIT_HISTORY, historyEntryId, unitHistoryProjection, unitsTouchedBy, type UnitHistoryDoc } from '../../../projections/unit-history/unit-history.projection';
import { countUnitHistory, findUnitHistory } from '../../../projections/unit-history/unit-history.queries';
import { UNITS, type UnitDoc } from '../../../projections/units/units.projection';
import { recordEvents } from '../../support/recorded';
import { U, actors, projectInOneBatch, realisticHistory } from './registry-history.fixture';

describe('unit history read model', () => {
  const history = realisticHistory();
  const events = history.log.events;
  const store = projectInOneBatch(events, [unitHistoryProjection]);

  it('lists every event of a unit, in position order, with who did it and when it happened and was recorded', async () => {
    const entries = await findUnitHistory(store, U.u1, 100);
    expect(entries.map((e) => [e.position, e.type, e.revision, e.actor.id, e.occurredAt, e.recordedAt])).toEqual([
      [5, 'UnitRegistered', 0, actors.xihu.id, '2023-02-01T10:00:00.000Z', '2023-02-01T12:00:00.000Z'],
      [12, 'ArchivistAssigned', 1, actors.xihu.id, '2023-03-01T10:00:00.000Z', '2023-03-01T12:00:00.000Z'],
      [13, 'ArchivistAssigned', 2, actors.xihu.id, '2023-03-02T10:00:00.000Z', '2023-03-02T12:00:00.000Z'],
      [16, 'UnitDetailsAmended', 3, actors.xihu.id, '2023-04-01T10:00:00.000Z', '2023-04-01T12:00:00.000Z'],
      [17, 'UnitClassified', 4, actors.xihu.id, '2023-05-01T10:00:00.000Z', '2023-05-01T12:00:00.000Z'],
      [18, 'ArchivistReleased', 5, actors.xihu.id, '2023-06-01T10:00:00.000Z', '2023-06-01T12:00:00.000Z'],
      // Another unit merged into this one: the merger is part of this unit's history too (its revision is the other stream's).
      [20, 'UnitDeregistered', 3, actors.hangzhou.id, '2023-08-01T10:00:00.000Z', '2023-08-01T12:00:00.000Z'],
      // Back-filled: it happened in July 2023 and was recorded in March 2024. Both stay visible.
      [23, 'UnitTransferred', 6, actors.hangzhou.id, '2023-07-01T10:00:00.000Z', '2024-03-01T08:00:00.000Z'],
    ]);
    expect(await countUnitHistory(store, U.u1)).toBe(8);
  });

  it('keeps the whole envelope of each act: event id, stream, schema version, data, actor, correlation', () => {
    const transfer = events[22] as (typeof events)[number];
    const entry = store.all<UnitHistoryDoc>(UNIT_HISTORY).find((e) => e._id === historyEntryId(U.u1, 23));
    expect(entry).toEqual({
      _id: historyEntryId(U.u1, 23),
      unitId: U.u1,
      position: 23,
      eventId: transfer.id,
      type: 'UnitTransferred',
      schemaVersion: 1,
      streamId: `unit-${U.u1}`,
      revision: 6,
      data: { unitId: U.u1, fromBureauId: '330106', toBureauId: '330100', reason: '重点企业由市局直接监管' },
      actor: actors.hangzhou,
      occurredAt: '2023-07-01T10:00:00.000Z',
      recordedAt: '2024-03-01T08:00:00.000Z',
      correlationId: 'corr-23',
      causationId: null,
      idempotencyKey: null,
    } satisfies UnitHistoryDoc);
  });

  it('keeps a unit life across deregistration and re-registration in one history', async () => {
    const entries = await findUnitHistory(store, U.u2, 100);
    expect(entries.map((e) => `${e.position}:${e.type}`)).toEqual([
      '6:UnitRegistered',
      '14:UnitDetailsAmended',
      '15:ArchivistAssigned',
      '20:UnitDeregistered',
      '22:UnitRegistered',
    ]);
    expect(entries.map((e) => e.actor.bureauId)).toEqual(['330100', '330100', '330100', '330100', '330106']);
  });

  it('has one entry per unit event, one more per merger for the unit merged into, and none for bureau events', () => {
    const unitEvents = events.filter((e) => e.type !== 'BureauEstablished');
    const mergers = events.filter((e) => e.type === 'UnitDeregistered' && (e.data as { mergedInto?: string | null }).mergedInto);
    expect(mergers).toHaveLength(1);
    expect(store.all(UNIT_HISTORY)).toHaveLength(unitEvents.length + mergers.length);
  });

  it('pages strictly after a position', async () => {
    const all = await findUnitHistory(store, U.u1, 100);
    const first = await findUnitHistory(store, U.u1, 3);
    const rest = await findUnitHistory(store, U.u1, 100, (first[2] as UnitHistoryDoc).position);
    expect([...first, ...rest]).toEqual(all);
    expect(await findUnitHistory(store, U.u1, 100, 23)).toEqual([]);
  });

  it('orders entries by position as a number (9 before 10), not as text', async () => {
    const unitId = U.u7;
    const recorded = recordEvents([
      { type: 'UnitClassified', data: { unitId, unitClass: 'FIRST', previousClass: null, reason: null } },
      { type: 'UnitClassified', data: { unitId, unitClass: 'SECOND', previousClass: 'FIRST', reason: null } },
    ]).map((e, i) => ({ ...e, position: i === 0 ? 9 : 10 }));
    const s = projectInOneBatch(recorded, [unitHistoryProjection]);
    expect((await findUnitHistory(s, unitId, 10)).map((e) => e.position)).toEqual([9, 10]);
  });

  it('also lists acts of later areas that name the unit among several (unitIds)', () => {
    const bulletin = recordEvents([{ event: { type: 'BulletinIssued', data: { bulletinId: 'b-1', unitIds: [U.u1, U.u3, U.u1] } }, metadata: { streamId: 'bulletin-b-1' } }]);
    const s = projectInOneBatch(bulletin, [unitHistoryProjection]);
    expect(s.all<UnitHistoryDoc>(UNIT_HISTORY).map((e) => e.unitId).sort()).toEqual([U.u1, U.u3].sort());
    expect(unitsTouchedBy(bulletin[0] as (typeof bulletin)[number])).toEqual([U.u1, U.u3]);
  });

  it('ignores events that name no unit and never throws on odd data', () => {
    const odd = recordEvents([
      { event: { type: 'TrainingHeld', data: { topics: ['法规'] } }, metadata: { streamId: 'training-1' } },
      { event: { type: 'Weird', data: { unitId: 42, unitIds: 'not-a-list' } }, metadata: { streamId: 'x-1' } },
    ]);
    const s = projectInOneBatch(odd, [unitHistoryProjection]);
    expect(s.all(UNIT_HISTORY)).toEqual([]);
  });

  it('is independent of the units read model (it needs no unit document to exist)', () => {
    const s = projectInOneBatch(events.slice(11), [unitHistoryProjection]);
    expect(s.all(UNIT_HISTORY)).toHaveLength(13); // 12 unit events, one of them a merger listed for both units
    expect(() => s.all<UnitDoc>(UNITS)).toThrow(/never declared/);
  });
});
