import {
  OPEN_ENDED,
  RECTIFICATION_ORDERS,
  RECTIFICATION_UNITS,
  datedActs,
  rectificationOrdersProjection,
  type RectificationOrderDoc,
  type RectificationUnitDoc,
} from '../../../projections/rectification/rectification-orders.projection';
import { ProjectionRunner } from '../../../projections/runner';
import { orderStatusOn, statusTimeline } from '../../../src/domain/rectification/order-status';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { MemoryReadStore } from '../../support/memory-read-store';
import { U, actors } from '../projections/registry-history.fixture';
import { rectificationHistory } from './rectification-history.fixture';

const events = rectificationHistory().log.events;
const projections = [rectificationOrdersProjection];

function deliver(batches: readonly (readonly RecordedEvent[])[]) {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, projections, (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store;
}

const store = deliver([events]);
const order = (id: string) => store.all<RectificationOrderDoc>(RECTIFICATION_ORDERS).find((o) => o._id === id) as RectificationOrderDoc;

describe('rectification_orders read model', () => {
  it('holds one document per order, with its unit, bureau and the unit’s current region', () => {
    expect(store.all<RectificationOrderDoc>(RECTIFICATION_ORDERS).map((o) => [o.orderId, o.unitId, o.bureauId, o.regionCode])).toEqual([
      ['oA', U.u4, '330106', '330106'],
      ['oB', U.u7, '330100', '330102'], // the unit moved from 拱墅区 after the order: scope follows it
      ['oC', U.u2, '330106', '330106'],
    ]);
  });

  it('keeps the current state and every act of an order closed late', () => {
    const oA = order('oA');
    expect(oA).toMatchObject({
      inspectionId: 'iA',
      findingIds: ['F1', 'F2'],
      orderedOn: '2024-04-15',
      initialDeadline: '2024-05-31',
      deadline: '2024-06-30',
      legalBasis: '档案法§45',
      documentNumber: '西档改〔2024〕1号',
      firstReportOn: '2024-06-20',
      pendingReportOn: null,
      closedOn: '2024-07-15',
      closedLate: true,
      openUntil: '2024-07-15',
    });
    expect(oA.acts.map((a) => [a.type, a.day, a.actor.id])).toEqual([
      ['RectificationOrdered', '2024-04-15', actors.xihu.id],
      ['RectificationDeadlineExtended', '2024-05-20', actors.xihu.id],
      ['RectificationReportSubmitted', '2024-06-20', `reporter-${U.u4}`],
      ['RectificationReviewed', '2024-07-05', actors.xihu.id],
      ['RectificationReportSubmitted', '2024-07-10', `reporter-${U.u4}`],
      ['RectificationReviewed', '2024-07-15', actors.xihu.id],
      ['RectificationFollowedUp', '2024-09-01', actors.xihu.id],
    ]);
    expect(oA.acts[0]).toMatchObject({ occurredAt: '2024-04-15T02:00:00.000Z', recordedAt: '2024-04-15T04:00:00.000Z' });
    expect(statusTimeline(datedActs(oA)).map((s) => `${s.status}:${s.from}`)).toEqual([
      'OPEN:2024-04-15',
      'REPORTED:2024-06-20',
      'OVERDUE:2024-07-05',
      'REPORTED:2024-07-10',
      'CLOSED_LATE:2024-07-15',
    ]);
  });

  it('keeps an unreported order open-ended and overdue from the day after its deadline', () => {
    const oB = order('oB');
    expect(oB).toMatchObject({ deadline: '2024-06-01', closedOn: null, closedLate: null, openUntil: OPEN_ENDED, firstReportOn: null });
    expect(orderStatusOn(datedActs(oB), '2024-06-01')).toBe('OPEN');
    expect(orderStatusOn(datedActs(oB), '2024-06-02')).toBe('OVERDUE');
  });

  it('judges a back-filled report by its business day, and keeps when it was known', () => {
    const oC = order('oC');
    expect(oC).toMatchObject({ closedOn: '2024-07-11', closedLate: false, firstReportOn: '2024-06-25' });
    expect(orderStatusOn(datedActs(oC), '2024-07-05')).toBe('REPORTED');
    expect(orderStatusOn(datedActs(oC), '2024-07-05', { knownAt: '2024-07-05T00:00:00Z' })).toBe('OVERDUE');
  });

  it('keeps its own index of units: current region and orders', () => {
    const units = store.all<RectificationUnitDoc>(RECTIFICATION_UNITS);
    expect(units.find((u) => u._id === U.u7)).toMatchObject({ regionCode: '330102', orderIds: ['oB'] });
    expect(units.find((u) => u._id === U.u4)).toMatchObject({ regionCode: '330106', orderIds: ['oA'] });
    expect(units.find((u) => u._id === U.u5)).toMatchObject({ regionCode: '419001', orderIds: [] });
  });
});

describe('applying the log to rectification_orders', () => {
  const once = store.dump();

  it('changes nothing when the same events come again', () => {
    expect(deliver([events, events]).dump()).toEqual(once);
    expect(deliver([events, events.slice(30), events.slice(10, 40)]).dump()).toEqual(once);
  });

  it('guards its own writes by position: each event applied twice, bypassing the runner, changes nothing', () => {
    const direct = new MemoryReadStore();
    direct.ensureCollections(rectificationOrdersProjection.collections);
    direct.transaction((tx) => {
      for (const event of events) {
        if (!rectificationOrdersProjection.handles.includes(event.type)) continue;
        rectificationOrdersProjection.apply(event, tx);
        rectificationOrdersProjection.apply(event, tx);
      }
    });
    // And once more, the whole log, after it all.
    direct.transaction((tx) => events.forEach((e) => rectificationOrdersProjection.handles.includes(e.type) && rectificationOrdersProjection.apply(e, tx)));
    // (the runner also records the projection's shape version: not the projection's own writes)
    const { projection_shapes: _shapes, ...ownCollections } = once.collections;
    expect(direct.dump().collections).toEqual(ownCollections);
  });

  it('gives the same read model one event at a time as in one batch', () => {
    expect(deliver(events.map((e) => [e])).dump()).toEqual(once);
  });

  it('never throws on events it cannot use', () => {
    const last = events[events.length - 1] as RecordedEvent;
    const odd = (type: string, data: object, n: number): RecordedEvent => ({ ...last, id: `odd-${n}`, type, data, position: last.position + n });
    const strange = [
      odd('RectificationReviewed', { orderId: 'never-ordered', outcome: 'ACCEPTED' }, 1),
      odd('RectificationReportSubmitted', {}, 2),
      odd('UnitDetailsAmended', { unitId: U.u4, changes: {} }, 3),
    ];
    const after = deliver([events, strange]).dump();
    expect(after.collections).toEqual(once.collections);
  });
});
