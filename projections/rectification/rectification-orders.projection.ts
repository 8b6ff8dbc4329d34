import type { RegistryEvent } from '../../src/domain/registry/registry.events';
import { orderStandingOn, type DatedRectificationEvent } from '../../src/domain/rectification/order-status';
import type { RectificationEvent } from '../../src/domain/rectification/rectification.events';
import { RECTIFICATION_EVENT_TYPES } from '../../src/domain/rectification/rectification.versions';
import { dayOf, type Day } from '../../src/domain/shared/day';
import type { Actor, RecordedEvent } from '../../src/domain/shared/event';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const RECTIFICATION_ORDERS = 'rectification_orders';
/** The projection's own index of units: their current region (not in the order's events) and their orders. */
export const RECTIFICATION_UNITS = 'rectification_units';

/** Stands for "not closed" in range filters: every real day sorts before it. */
export const OPEN_ENDED: Day = '9999-12-31';

/** One act on the order, as recorded: its event, its business day, who did it and both times. */
export interface RectificationActDoc {
  eventId: string;
  position: number;
  type: RectificationEvent['type'];
  data: RectificationEvent['data'];
  day: Day;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
}

/**
 * An order as it stands now, with every act. Status on a day is computed from `acts` by the pure status function;
 * the milestones below (current deadline, first report, closure) only narrow the search before that.
 */
export interface RectificationOrderDoc extends Doc {
  orderId: string;
  inspectionId: string;
  bureauId: string;
  unitId: string;
  /** The unit's current region (read scope follows the unit); null if the unit was never seen registered. */
  regionCode: string | null;
  findingIds: string[];
  orderedOn: Day;
  initialDeadline: Day;
  /** The deadline in force now. */
  deadline: Day;
  legalBasis: string;
  documentNumber: string | null;
  acts: RectificationActDoc[];
  firstReportOn: Day | null;
  pendingReportOn: Day | null;
  closedOn: Day | null;
  /** Whether the order was closed late (null while open). */
  closedLate: boolean | null;
  /** `closedOn`, or OPEN_ENDED while open: "open on day D" is `openUntil > D`. */
  openUntil: Day;
  revision: number;
  lastPosition: number;
  updatedAt: string;
}

export interface RectificationUnitDoc extends Doc {
  unitId: string;
  regionCode: string | null;
  orderIds: string[];
  lastPosition: number;
}

export function datedActs(order: Pick<RectificationOrderDoc, 'acts'>): DatedRectificationEvent[] {
  return order.acts.map((a) => ({ event: { type: a.type, data: a.data } as RectificationEvent, day: a.day, recordedAt: a.recordedAt }));
}

function actOf(recorded: RecordedEvent): RectificationActDoc {
  const m = recorded.metadata;
  return {
    eventId: recorded.id,
    position: recorded.position,
    type: recorded.type as RectificationEvent['type'],
    data: recorded.data as RectificationEvent['data'],
    day: dayOf(m.occurredAt),
    actor: m.actor,
    occurredAt: m.occurredAt,
    recordedAt: m.recordedAt,
  };
}

/** The milestones that follow from the acts. */
function withMilestones(order: RectificationOrderDoc): RectificationOrderDoc {
  const reports = order.acts.filter((a) => a.type === 'RectificationReportSubmitted');
  const closure = order.acts.find((a) => a.type === 'RectificationReviewed' && (a.data as { outcome: string }).outcome === 'ACCEPTED');
  const now = closure ? orderStandingOn(datedActs(order), closure.day) : null;
  const last = order.acts.reduce<RectificationActDoc | null>((found, a) => (a.type === 'RectificationDeadlineExtended' ? a : found), null);
  const lastReview = order.acts.reduce<RectificationActDoc | null>((found, a) => (a.type === 'RectificationReviewed' ? a : found), null);
  const lastReport = reports[reports.length - 1];
  const pending = lastReport && (!lastReview || lastReview.position < lastReport.position) && !closure ? lastReport.day : null;
  return {
    ...order,
    deadline: last ? (last.data as { deadline: Day }).deadline : order.initialDeadline,
    firstReportOn: reports[0]?.day ?? null,
    pendingReportOn: pending,
    closedOn: closure?.day ?? null,
    closedLate: closure ? now?.status === 'CLOSED_LATE' : null,
    openUntil: closure?.day ?? OPEN_ENDED,
  };
}

function applyToOrder(recorded: RecordedEvent, tx: ProjectionTx): void {
  const event = recorded as unknown as RectificationEvent;
  const orderId = event.data.orderId;
  if (typeof orderId !== 'string') return;
  const current = tx.get<RectificationOrderDoc>(RECTIFICATION_ORDERS, orderId);
  if (current && current.lastPosition >= recorded.position) return; // already applied
  const stamp = { revision: recorded.revision, lastPosition: recorded.position, updatedAt: recorded.metadata.recordedAt };
  if (event.type === 'RectificationOrdered') {
    if (current) return; // an order is issued once
    const d = event.data;
    const unit = tx.get<RectificationUnitDoc>(RECTIFICATION_UNITS, d.unitId);
    const order: RectificationOrderDoc = {
      _id: orderId,
      orderId,
      inspectionId: d.inspectionId,
      bureauId: d.bureauId,
      unitId: d.unitId,
      regionCode: unit?.regionCode ?? null,
      findingIds: [...d.findingIds],
      orderedOn: d.orderedOn,
      initialDeadline: d.deadline,
      deadline: d.deadline,
      legalBasis: d.legalBasis,
      documentNumber: d.documentNumber,
      acts: [actOf(recorded)],
      firstReportOn: null,
      pendingReportOn: null,
      closedOn: null,
      closedLate: null,
      openUntil: OPEN_ENDED,
      ...stamp,
    };
    tx.put(RECTIFICATION_ORDERS, withMilestones(order));
    const orderIds = unit?.orderIds.includes(orderId) ? unit.orderIds : [...(unit?.orderIds ?? []), orderId];
    tx.put(RECTIFICATION_UNITS, {
      _id: d.unitId,
      unitId: d.unitId,
      regionCode: unit?.regionCode ?? null,
      orderIds,
      lastPosition: Math.max(unit?.lastPosition ?? 0, recorded.position),
    } satisfies RectificationUnitDoc);
    return;
  }
  if (!current) return; // an act on an order this model never saw issued
  tx.put(RECTIFICATION_ORDERS, withMilestones({ ...current, acts: [...current.acts, actOf(recorded)], ...stamp }));
}

/** Keeps each unit's current region, and carries a change of region to the unit's orders (scope follows the unit). */
function applyToUnit(recorded: RecordedEvent, tx: ProjectionTx): void {
  const event = recorded as unknown as RegistryEvent;
  let regionCode: string | undefined;
  if (event.type === 'UnitRegistered') regionCode = event.data.region.code;
  else if (event.type === 'UnitDetailsAmended') regionCode = event.data.changes.region?.code;
  if (regionCode === undefined || !('unitId' in event.data)) return;
  const unitId = event.data.unitId;
  const unit = tx.get<RectificationUnitDoc>(RECTIFICATION_UNITS, unitId);
  if (unit && unit.lastPosition >= recorded.position) return; // already applied
  const orderIds = unit?.orderIds ?? [];
  tx.put(RECTIFICATION_UNITS, { _id: unitId, unitId, regionCode, orderIds, lastPosition: recorded.position } satisfies RectificationUnitDoc);
  if (unit?.regionCode === regionCode) return;
  for (const orderId of orderIds) {
    const order = tx.get<RectificationOrderDoc>(RECTIFICATION_ORDERS, orderId);
    if (order && order.regionCode !== regionCode) tx.put(RECTIFICATION_ORDERS, { ...order, regionCode });
  }
}

const UNIT_EVENT_TYPES = ['UnitRegistered', 'UnitDetailsAmended'];

export const rectificationOrdersProjection: Projection = {
  name: 'rectification-orders',
  collections: [
    { name: RECTIFICATION_ORDERS, indexes: ['unitId', 'bureauId', 'regionCode', 'inspectionId', 'orderedOn'] },
    { name: RECTIFICATION_UNITS, indexes: [] },
  ],
  handles: [...RECTIFICATION_EVENT_TYPES, ...UNIT_EVENT_TYPES],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    if (UNIT_EVENT_TYPES.includes(recorded.type)) applyToUnit(recorded, tx);
    else applyToOrder(recorded, tx);
  },
};
