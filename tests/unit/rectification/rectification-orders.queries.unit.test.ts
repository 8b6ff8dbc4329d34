import { rectificationOrdersProjection } from '../../../projections/rectification/rectification-orders.projection';
import { countRectificationOrders, findRectificationOrders, type RectificationOrderFilter } from '../../../projections/rectification/rectification-orders.queries';
import { ProjectionRunner } from '../../../projections/runner';
import { orderStatusOn } from '../../../src/domain/rectification/order-status';
import { ORDER_STATUSES } from '../../../src/domain/rectification/rectification.events';
import { addDays } from '../../../src/domain/shared/day';
import { MemoryReadStore } from '../../support/memory-read-store';
import { datedActs } from '../../../projections/rectification/rectification-orders.projection';
import { rectificationHistory } from './rectification-history.fixture';

const store = new MemoryReadStore();
new ProjectionRunner(store, [rectificationOrdersProjection]).apply(rectificationHistory().log.events);

const ids = async (filter: RectificationOrderFilter) => (await findRectificationOrders(store, filter, 100)).map((o) => o.orderId);

describe('finding rectification orders', () => {
  it('lists the orders issued by the day, in order of issue', async () => {
    expect(await ids({ asOf: '2024-04-14' })).toEqual([]);
    expect(await ids({ asOf: '2024-05-02' })).toEqual(['oA', 'oB']);
    expect(await ids({ asOf: '2025-01-01' })).toEqual(['oA', 'oB', 'oC']);
  });

  it('filters by status on the day', async () => {
    expect(await ids({ asOf: '2024-06-01', status: 'OPEN' })).toEqual(['oA', 'oB']);
    expect(await ids({ asOf: '2024-06-02', status: 'OVERDUE' })).toEqual(['oB']);
    expect(await ids({ asOf: '2024-06-21', status: 'REPORTED' })).toEqual(['oA']);
    expect(await ids({ asOf: '2024-07-06', overdue: true })).toEqual(['oA', 'oB']);
    expect(await ids({ asOf: '2024-07-06', overdue: false })).toEqual(['oC']);
    expect(await ids({ asOf: '2024-08-01', status: 'CLOSED_LATE' })).toEqual(['oA']);
    expect(await ids({ asOf: '2024-08-01', status: 'CLOSED_ON_TIME' })).toEqual(['oC']);
    expect(await ids({ asOf: '2024-07-10', status: 'CLOSED_ON_TIME' })).toEqual([]);
    expect(await ids({ asOf: '2024-07-06', status: 'OPEN', overdue: true })).toEqual([]);
  });

  it('agrees with the status function on every day and status', async () => {
    const all = await findRectificationOrders(store, { asOf: '2099-01-01' }, 100);
    for (let day = '2024-04-10'; day <= '2024-10-05'; day = addDays(day, 1)) {
      for (const status of ORDER_STATUSES) {
        const expected = all.filter((o) => orderStatusOn(datedActs(o), day) === status).map((o) => o.orderId);
        expect({ day, status, ids: await ids({ asOf: day, status }) }).toEqual({ day, status, ids: expected });
        expect(await countRectificationOrders(store, { asOf: day, status })).toBe(expected.length);
      }
    }
  });

  it('filters by unit, bureau, inspection and region prefix', async () => {
    const asOf = '2025-01-01';
    expect(await ids({ asOf, bureauId: '330100' })).toEqual(['oB']);
    expect(await ids({ asOf, inspectionId: 'iC' })).toEqual(['oC']);
    expect(await ids({ asOf, regionPrefix: '330106' })).toEqual(['oA', 'oC']);
    expect(await ids({ asOf, regionPrefix: '3301' })).toEqual(['oA', 'oB', 'oC']);
    expect(await ids({ asOf, regionPrefix: '330105' })).toEqual([]); // oB's unit moved to 上城区
    expect(await ids({ asOf, regionPrefix: '41' })).toEqual([]);
  });

  it('pages by (order day, id)', async () => {
    const first = await findRectificationOrders(store, { asOf: '2025-01-01' }, 2);
    expect(first.map((o) => o.orderId)).toEqual(['oA', 'oB']);
    const last = first[1]!;
    const next = await findRectificationOrders(store, { asOf: '2025-01-01' }, 2, { orderedOn: last.orderedOn, orderId: last.orderId });
    expect(next.map((o) => o.orderId)).toEqual(['oC']);
    expect(await countRectificationOrders(store, { asOf: '2025-01-01' })).toBe(3);
  });
});
