import { orderStatusOn } from '../../src/domain/rectification/order-status';
import type { OrderStatus } from '../../src/domain/rectification/rectification.events';
import type { Day } from '../../src/domain/shared/day';
import type { Filter, FindOptions, ReadStore } from '../../src/readstore/port';
import { RECTIFICATION_ORDERS, datedActs, type RectificationOrderDoc } from './rectification-orders.projection';

export interface RectificationOrderFilter {
  /** The day statuses are judged on; only orders issued by then are listed. */
  asOf: Day;
  unitId?: string;
  bureauId?: string;
  inspectionId?: string;
  /** GB/T 2260 prefix of the unit's current region. */
  regionPrefix?: string;
  status?: OrderStatus;
  /** true: only OVERDUE on `asOf`; false: anything but. */
  overdue?: boolean;
}

/** Keyset position in the order (orderedOn, orderId). */
export interface OrderKey {
  orderedOn: Day;
  orderId: string;
}

/** The status asked for, or null when `status` and `overdue` contradict each other (nothing matches). */
function wantedStatus(filter: RectificationOrderFilter): OrderStatus | undefined | null {
  if (filter.overdue !== true) return filter.status;
  return filter.status === undefined || filter.status === 'OVERDUE' ? 'OVERDUE' : null;
}

/**
 * What the store can check, from the milestones: exact for closed statuses and for no status, a superset
 * otherwise (the deadline in force on a day is between the first and the current one; a report pending on a day
 * was submitted no later than it).
 */
function storeFilter(filter: RectificationOrderFilter, status: OrderStatus | undefined): Filter {
  const d = filter.asOf;
  const base: Record<string, Filter[string]> = {
    orderedOn: { $lte: d },
    ...(filter.unitId !== undefined && { unitId: filter.unitId }),
    ...(filter.bureauId !== undefined && { bureauId: filter.bureauId }),
    ...(filter.inspectionId !== undefined && { inspectionId: filter.inspectionId }),
    ...(filter.regionPrefix !== undefined && { regionCode: { $prefix: filter.regionPrefix } }),
  };
  switch (status) {
    case undefined:
      return base;
    case 'CLOSED_ON_TIME':
    case 'CLOSED_LATE':
      return { ...base, closedOn: { $lte: d }, closedLate: status === 'CLOSED_LATE' };
    case 'OPEN':
      return { ...base, openUntil: { $gt: d }, deadline: { $gte: d } };
    case 'REPORTED':
      return { ...base, openUntil: { $gt: d }, firstReportOn: { $lte: d } };
    case 'OVERDUE':
      return { ...base, openUntil: { $gt: d }, initialDeadline: { $lt: d } };
  }
}

/** Whether the store's filter alone answers the question (then it can count without reading documents). */
const storeIsExact = (filter: RectificationOrderFilter, status: OrderStatus | undefined): boolean =>
  filter.overdue !== false && (status === undefined || status === 'CLOSED_ON_TIME' || status === 'CLOSED_LATE');

function matchesExactly(order: RectificationOrderDoc, filter: RectificationOrderFilter, status: OrderStatus | undefined): boolean {
  const actual = orderStatusOn(datedActs(order), filter.asOf);
  if (status !== undefined && actual !== status) return false;
  return !(filter.overdue === false && actual === 'OVERDUE');
}

const SCAN_CHUNK = 500;

/** Walks the store's candidates in (orderedOn, orderId) order, keeping those that truly match, up to `limit`. */
async function scan(store: ReadStore, filter: RectificationOrderFilter, limit: number, after?: OrderKey): Promise<RectificationOrderDoc[]> {
  const status = wantedStatus(filter);
  if (status === null) return [];
  const where = storeFilter(filter, status);
  const found: RectificationOrderDoc[] = [];
  let cursor = after;
  for (;;) {
    const chunk = Math.min(Math.max(limit, SCAN_CHUNK), 4 * SCAN_CHUNK);
    const options: FindOptions = {
      sort: { field: 'orderedOn', direction: 1 },
      limit: chunk,
      ...(cursor !== undefined && { after: { value: cursor.orderedOn, id: cursor.orderId } }),
    };
    const rows = await store.find<RectificationOrderDoc>(RECTIFICATION_ORDERS, where, options);
    for (const row of rows) {
      if (matchesExactly(row, filter, status)) found.push(row);
      if (found.length >= limit) return found;
    }
    if (rows.length < chunk) return found;
    const last = rows[rows.length - 1] as RectificationOrderDoc;
    cursor = { orderedOn: last.orderedOn, orderId: last.orderId };
  }
}

/** A page of orders in (orderedOn, orderId) order, strictly after `after`. */
export function findRectificationOrders(store: ReadStore, filter: RectificationOrderFilter, limit: number, after?: OrderKey): Promise<RectificationOrderDoc[]> {
  return scan(store, filter, limit, after);
}

export async function countRectificationOrders(store: ReadStore, filter: RectificationOrderFilter): Promise<number> {
  const status = wantedStatus(filter);
  if (status === null) return 0;
  if (storeIsExact(filter, status)) return store.count(RECTIFICATION_ORDERS, storeFilter(filter, status));
  return (await scan(store, filter, Number.MAX_SAFE_INTEGER)).length;
}
