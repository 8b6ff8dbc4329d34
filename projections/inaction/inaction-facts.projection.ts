import type { RecordedEvent } from '../../src/domain/shared/event';
import type { Day } from '../../src/domain/shared/day';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import { businessDayOrNull } from '../accountability/days';
import type { Projection } from '../projection';

/**
 * The few facts the inaction review needs of every inspection and rectification order, per bureau and slim: a
 * province's review reads every record of a hundred bureaus, and the full read models (results, findings' texts,
 * inspectors' names, every act's data) cost more to read than the rules cost to run. The record as it stands now
 * (corrections and withdrawals applied), each act with its business day, so that the rules can judge any asOf.
 */
export const INACTION_INSPECTIONS = 'inaction_inspections';
export const INACTION_ORDERS = 'inaction_orders';

export interface InactionInspectionDoc extends Doc {
  inspectionId: string;
  bureauId: string;
  unitId: string;
  kind: string;
  day: Day;
  inspectorCount: number;
  findingIds: string[];
  withdrawn: boolean;
  lastPosition: number;
}

/** An act on an order: its type, business day, and the one datum the status rules read (deadline or outcome). */
export interface InactionOrderAct {
  type: string;
  day: Day;
  deadline?: Day;
  outcome?: string;
}

export interface InactionOrderDoc extends Doc {
  orderId: string;
  bureauId: string;
  inspectionId: string;
  unitId: string;
  findingIds: string[];
  orderedOn: Day;
  acts: InactionOrderAct[];
  lastPosition: number;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const findingIdsOf = (findings: unknown): string[] =>
  Array.isArray(findings) ? findings.map((f) => (f as { findingId?: unknown })?.findingId).filter(isString) : [];

function applyInspection(recorded: RecordedEvent, tx: ProjectionTx): void {
  const d = recorded.data as Record<string, unknown>;
  if (!isString(d.inspectionId)) return;
  const current = tx.get<InactionInspectionDoc>(INACTION_INSPECTIONS, d.inspectionId);
  if (current && current.lastPosition >= recorded.position) return; // already applied
  const stamp = { lastPosition: recorded.position };
  switch (recorded.type) {
    case 'InspectionConducted':
      if (current || !isString(d.bureauId) || !isString(d.unitId) || !isString(d.day)) return;
      tx.put(INACTION_INSPECTIONS, {
        _id: d.inspectionId,
        inspectionId: d.inspectionId,
        bureauId: d.bureauId,
        unitId: d.unitId,
        kind: String(d.kind),
        day: d.day,
        inspectorCount: Array.isArray(d.inspectors) ? d.inspectors.length : 0,
        findingIds: findingIdsOf(d.findings),
        withdrawn: false,
        ...stamp,
      } satisfies InactionInspectionDoc);
      return;
    case 'InspectionRecordCorrected': {
      if (!current) return;
      const c = (d.changes ?? {}) as Record<string, unknown>;
      tx.put(INACTION_INSPECTIONS, {
        ...current,
        ...(isString(c.day) && { day: c.day }),
        ...(Array.isArray(c.inspectors) && { inspectorCount: c.inspectors.length }),
        ...(Array.isArray(c.findings) && { findingIds: findingIdsOf(c.findings) }),
        ...stamp,
      });
      return;
    }
    case 'InspectionWithdrawn':
      if (current) tx.put(INACTION_INSPECTIONS, { ...current, withdrawn: true, ...stamp });
      return;
  }
}

function actOf(recorded: RecordedEvent, day: Day): InactionOrderAct {
  const d = recorded.data as { deadline?: unknown; outcome?: unknown };
  return { type: recorded.type, day, ...(isString(d.deadline) && { deadline: d.deadline }), ...(isString(d.outcome) && { outcome: d.outcome }) };
}

function applyOrder(recorded: RecordedEvent, tx: ProjectionTx): void {
  const d = recorded.data as Record<string, unknown>;
  // The act's business day, as the rectification read model dates it (its occurredAt in China time).
  const day = businessDayOrNull(recorded.metadata.occurredAt);
  if (!isString(d.orderId) || day === null) return;
  const current = tx.get<InactionOrderDoc>(INACTION_ORDERS, d.orderId);
  if (current && current.lastPosition >= recorded.position) return; // already applied
  if (recorded.type === 'RectificationOrdered') {
    if (current || !isString(d.bureauId) || !isString(d.inspectionId) || !isString(d.unitId) || !isString(d.orderedOn)) return;
    tx.put(INACTION_ORDERS, {
      _id: d.orderId,
      orderId: d.orderId,
      bureauId: d.bureauId,
      inspectionId: d.inspectionId,
      unitId: d.unitId,
      findingIds: Array.isArray(d.findingIds) ? d.findingIds.filter(isString) : [],
      orderedOn: d.orderedOn,
      acts: [actOf(recorded, day)],
      lastPosition: recorded.position,
    } satisfies InactionOrderDoc);
    return;
  }
  if (!current) return; // an act on an order this model never saw issued
  tx.put(INACTION_ORDERS, { ...current, acts: [...current.acts, actOf(recorded, day)], lastPosition: recorded.position });
}

const INSPECTION_TYPES = ['InspectionConducted', 'InspectionRecordCorrected', 'InspectionWithdrawn'];
const ORDER_TYPES = ['RectificationOrdered', 'RectificationDeadlineExtended', 'RectificationReportSubmitted', 'RectificationReviewed', 'RectificationFollowedUp'];

export const inactionFactsProjection: Projection = {
  name: 'inaction-facts',
  collections: [
    { name: INACTION_INSPECTIONS, indexes: ['bureauId'] },
    { name: INACTION_ORDERS, indexes: ['bureauId'] },
  ],
  handles: [...INSPECTION_TYPES, ...ORDER_TYPES],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    if (typeof recorded.data !== 'object' || recorded.data === null) return;
    if (INSPECTION_TYPES.includes(recorded.type)) applyInspection(recorded, tx);
    else applyOrder(recorded, tx);
  },
};
