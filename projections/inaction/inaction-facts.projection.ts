import { byBusinessTime, knownIntervals, type RecordedScopeChange } from '../../src/domain/accountability/known-facts';
import type { CycleInspection } from '../../src/domain/accountability/cycle';
import type { DatedRectificationEvent } from '../../src/domain/rectification/order-status';
import type { RectificationEvent } from '../../src/domain/rectification/rectification.events';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { addDays, isDay, type Day } from '../../src/domain/shared/day';
import { countingKindsVersion, DEFAULT_COUNTING_KINDS, INSPECTION_KINDS, type InspectionKind } from '../../src/domain/supervision/common';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import { recordingDelayDays } from '../accountability/late-records.projection';
import { businessDayOrNull } from '../accountability/days';
import { bureausTouchedBy } from '../bureau-history/bureau-history.projection';
import type { Projection } from '../projection';
import {
  countedKeys,
  deadItem,
  delayKey,
  INACTION_COUNTS,
  evidenceKey,
  gapKey,
  gapOf,
  INACTION_ITEMS,
  inspectorsKey,
  MAX_INSPECTORS,
  NEVER,
  overdueStretches,
  reportsWithReview,
  stretchKeys,
  unattendedStretches,
  type InactionCountsDoc,
  type InactionItemDoc,
} from './inaction-items';

function sameItem(a: InactionItemDoc, b: InactionItemDoc): boolean {
  const keys = Object.keys(b);
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((key) => a[key] === b[key]);
}

/**
 * Writes an item and keeps the counts of its keys (INACTION_COUNTS) in step: the keys of the document it replaces
 * are taken off, its own added. A dead item that replaces nothing is not written.
 */
function putItem(tx: ProjectionTx, doc: InactionItemDoc): void {
  const old = tx.get<InactionItemDoc>(INACTION_ITEMS, doc._id);
  if (!old && doc.k === '') return;
  if (old && old.k === doc.k && old.g === doc.g && sameItem(old, doc)) return; // unchanged: most acts touch few items
  if (!old || old.k !== doc.k || old.g !== doc.g) {
    const counts = new Map<string, InactionCountsDoc>();
    const add = (key: string | undefined, by: number): void => {
      const counted = key ? countedKeys(key) : null;
      if (!counted) return;
      let c = counts.get(counted.id);
      if (!c) counts.set(counted.id, (c = tx.get<InactionCountsDoc>(INACTION_COUNTS, counted.id) ?? { _id: counted.id, c: {} }));
      c.c[counted.bucket] = (c.c[counted.bucket] ?? 0) + by;
    };
    add(old?.k, -1);
    add(old?.g, -1);
    add(doc.k, 1);
    add(doc.g, 1);
    for (const c of counts.values()) tx.put(INACTION_COUNTS, c);
  }
  tx.put(INACTION_ITEMS, doc);
}

/**
 * The inaction review's read model. The review itself reads only the evidence items and their counts
 * (inaction-items.ts: INACTION_ITEMS, INACTION_COUNTS), a few per bureau and signal, never a bureau's units, inspections
 * or orders; the other collections are the facts the items are computed from, kept here as the record stands now
 * (corrections and withdrawals applied, each act with its business day):
 *
 * - INACTION_INSPECTIONS, INACTION_ORDERS: the few facts of every inspection and order, slim (also what
 *   gatherInactionFacts reads, the rules' reference over every fact);
 * - INACTION_UNITS: each unit's scope changes and inspections (its overdue stretches);
 * - INACTION_FIRST_ORDERS: the first order of a bureau naming each finding of an inspection;
 * - INACTION_PLANS: plans without their targets (the NO_PLAN rule).
 *
 * Every event is delivered (an act recorded late is evidence whatever its type); the others cost a type check.
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
  /** How many finding items (FW) the inspection has written (their ids: `<inspectionId>|f<n>`), whether a UL item. */
  findingItems?: number;
  lawItem?: boolean;
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
  /** How many report (RU) and unattended-stretch (UA) items the order has written (`<orderId>|r<n>`, `|u<n>`). */
  reportItems?: number;
  stretchItems?: number;
}

/** A unit's cycle facts as the record stands now (the overdue stretches are computed from them). */
export const INACTION_UNITS = 'inaction_units';
export interface InactionUnitDoc extends Doc {
  unitId: string;
  scopeChanges: RecordedScopeChange[];
  inspections: CycleInspection[];
  /** The keys and ends of the OU items written (`<unitId>|s<n>`); objects, as a MongoDB store takes no nested arrays. */
  stretches: { k: string; to: Day }[];
  lastPosition: number;
}

/** The first order of a bureau naming each finding of an inspection: `<bureauId>|<inspectionId>`. */
export const INACTION_FIRST_ORDERS = 'inaction_first_orders';
export interface InactionFirstOrdersDoc extends Doc {
  firsts: { findingId: string; orderedOn: Day }[];
}

const firstOrdersOf = (doc: InactionFirstOrdersDoc | null): Map<string, Day> => new Map((doc?.firsts ?? []).map((f) => [f.findingId, f.orderedOn]));

/** An order's slim acts as the status rules read them (only the deadline and the outcome are looked at). */
export const datedOrderActs = (order: Pick<InactionOrderDoc, 'acts'>): DatedRectificationEvent[] =>
  order.acts.map((a) => ({ event: { type: a.type, data: { deadline: a.deadline, outcome: a.outcome } } as unknown as RectificationEvent, day: a.day }));

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const findingIdsOf = (findings: unknown): string[] =>
  Array.isArray(findings) ? findings.map((f) => (f as { findingId?: unknown })?.findingId).filter(isString) : [];

/** The finding (FW) and understaffing (UL) items of an inspection, from its doc and its bureau's first orders. */
function writeInspectionItems(tx: ProjectionTx, doc: InactionInspectionDoc): void {
  const firsts = firstOrdersOf(tx.get<InactionFirstOrdersDoc>(INACTION_FIRST_ORDERS, `${doc.bureauId}|${doc.inspectionId}`));
  const b = doc.bureauId;
  let written = 0;
  if (!doc.withdrawn) {
    for (const findingId of doc.findingIds) {
      const first = firsts.get(findingId) ?? null;
      const gap = gapOf(doc.day, first);
      if (gap <= 0) continue; // ordered on the inspection's day: never late
      const key = evidenceKey({ unitId: doc.unitId, inspectionId: doc.inspectionId, findingId, occurredOn: doc.day });
      putItem(tx, {
        _id: `${doc.inspectionId}|f${written++}`,
        ...(first === null ? { k: `FWN|${b}|${doc.day}|${key}` } : { k: `FWO|${b}|${gapKey(gap)}|${key}`, g: `FWF|${b}|${first}|${key}` }),
        unitId: doc.unitId,
        inspectionId: doc.inspectionId,
        findingId,
        day: doc.day,
        first: first ?? NEVER,
        gap,
      } satisfies InactionItemDoc);
    }
  }
  for (let n = written; n < (doc.findingItems ?? 0); n++) putItem(tx, deadItem(`${doc.inspectionId}|f${n}`));
  doc.findingItems = written;
  const understaffed = !doc.withdrawn && doc.kind === 'LAW_ENFORCEMENT' && doc.inspectorCount < MAX_INSPECTORS;
  if (!understaffed && !doc.lawItem) return;
  doc.lawItem = understaffed;
  putItem(
    tx,
    understaffed
      ? ({
          _id: `${doc.inspectionId}|le`,
          k: `UL${inspectorsKey(doc.inspectorCount)}|${b}|${doc.day}|${evidenceKey({ unitId: doc.unitId, inspectionId: doc.inspectionId, occurredOn: doc.day })}`,
          unitId: doc.unitId,
          inspectionId: doc.inspectionId,
          day: doc.day,
          inspectorCount: doc.inspectorCount,
        } satisfies InactionItemDoc)
      : deadItem(`${doc.inspectionId}|le`),
  );
}

function putInspection(tx: ProjectionTx, doc: InactionInspectionDoc): void {
  writeInspectionItems(tx, doc);
  tx.put(INACTION_INSPECTIONS, doc);
}

function applyInspection(recorded: RecordedEvent, tx: ProjectionTx): void {
  const d = recorded.data as Record<string, unknown>;
  if (!isString(d.inspectionId)) return;
  const current = tx.get<InactionInspectionDoc>(INACTION_INSPECTIONS, d.inspectionId);
  if (current && current.lastPosition >= recorded.position) return; // already applied
  const stamp = { lastPosition: recorded.position };
  switch (recorded.type) {
    case 'InspectionConducted':
      if (current || !isString(d.bureauId) || !isString(d.unitId) || !isString(d.day)) return;
      putInspection(tx, {
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
      putInspection(tx, {
        ...current,
        ...(isString(c.day) && { day: c.day }),
        ...(Array.isArray(c.inspectors) && { inspectorCount: c.inspectors.length }),
        ...(Array.isArray(c.findings) && { findingIds: findingIdsOf(c.findings) }),
        ...stamp,
      });
      return;
    }
    case 'InspectionWithdrawn':
      if (current) putInspection(tx, { ...current, withdrawn: true, ...stamp });
      return;
  }
}

function actOf(recorded: RecordedEvent, day: Day): InactionOrderAct {
  const d = recorded.data as { deadline?: unknown; outcome?: unknown };
  return { type: recorded.type, day, ...(isString(d.deadline) && { deadline: d.deadline }), ...(isString(d.outcome) && { outcome: d.outcome }) };
}

/** The report (RU) and unattended-stretch (UA) items of an order, from its acts. */
function writeOrderItems(tx: ProjectionTx, doc: InactionOrderDoc): void {
  const b = doc.bureauId;
  const acts = datedOrderActs(doc);
  const base = { unitId: doc.unitId, inspectionId: doc.inspectionId, orderId: doc.orderId, orderedOn: doc.orderedOn };
  let reports = 0;
  for (const { day, reviewedOn } of reportsWithReview(acts)) {
    const gap = gapOf(day, reviewedOn);
    if (gap <= 0) continue; // reviewed the day it came in: never late
    const key = evidenceKey({ unitId: doc.unitId, inspectionId: doc.inspectionId, orderId: doc.orderId, occurredOn: day });
    putItem(tx, {
      _id: `${doc.orderId}|r${reports++}`,
      ...(doc.orderedOn > day
        ? { k: `RUX|${b}|${day}|${key}` } // a report dated before its order: checked one by one
        : reviewedOn === null
          ? { k: `RUN|${b}|${day}|${key}` }
          : { k: `RUO|${b}|${gapKey(gap)}|${key}`, g: `RUF|${b}|${reviewedOn}|${key}` }),
      ...base,
      day,
      first: reviewedOn ?? NEVER,
      gap,
    } satisfies InactionItemDoc);
  }
  for (let n = reports; n < (doc.reportItems ?? 0); n++) putItem(tx, deadItem(`${doc.orderId}|r${n}`));
  doc.reportItems = reports;
  const key = evidenceKey({ unitId: doc.unitId, inspectionId: doc.inspectionId, orderId: doc.orderId, occurredOn: doc.orderedOn });
  const stretches = unattendedStretches(doc.orderedOn, acts);
  stretches.forEach((s, n) =>
    putItem(tx, {
      _id: `${doc.orderId}|u${n}`,
      ...(s.from > addDays(s.silentSince, 1) ? { k: `UAX|${b}|${s.silentSince}|${key}` } : stretchKeys('UA', b, s.silentSince, s.to, key)),
      ...base,
      from: s.from,
      to: s.to ?? NEVER,
      dueOn: s.deadline,
      lastActOn: s.lastActOn,
      silentSince: s.silentSince,
    } satisfies InactionItemDoc),
  );
  for (let n = stretches.length; n < (doc.stretchItems ?? 0); n++) putItem(tx, deadItem(`${doc.orderId}|u${n}`));
  doc.stretchItems = stretches.length;
}

/** A new order of bureau B: its findings' first orders, and the inspection's finding items if it is B's. */
function noteFirstOrders(tx: ProjectionTx, order: InactionOrderDoc): void {
  const id = `${order.bureauId}|${order.inspectionId}`;
  const firsts = firstOrdersOf(tx.get<InactionFirstOrdersDoc>(INACTION_FIRST_ORDERS, id));
  let changed = false;
  for (const findingId of order.findingIds) {
    const known = firsts.get(findingId);
    if (known !== undefined && known <= order.orderedOn) continue;
    firsts.set(findingId, order.orderedOn);
    changed = true;
  }
  if (!changed) return;
  tx.put(INACTION_FIRST_ORDERS, { _id: id, firsts: [...firsts].map(([findingId, orderedOn]) => ({ findingId, orderedOn })) } satisfies InactionFirstOrdersDoc);
  const inspection = tx.get<InactionInspectionDoc>(INACTION_INSPECTIONS, order.inspectionId);
  if (inspection && inspection.bureauId === order.bureauId) putInspection(tx, { ...inspection });
}

function putOrder(tx: ProjectionTx, doc: InactionOrderDoc): void {
  writeOrderItems(tx, doc);
  tx.put(INACTION_ORDERS, doc);
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
    const order: InactionOrderDoc = {
      _id: d.orderId,
      orderId: d.orderId,
      bureauId: d.bureauId,
      inspectionId: d.inspectionId,
      unitId: d.unitId,
      findingIds: Array.isArray(d.findingIds) ? d.findingIds.filter(isString) : [],
      orderedOn: d.orderedOn,
      acts: [actOf(recorded, day)],
      lastPosition: recorded.position,
    };
    putOrder(tx, order);
    noteFirstOrders(tx, order);
    return;
  }
  if (!current) return; // an act on an order this model never saw issued
  putOrder(tx, { ...current, acts: [...current.acts, actOf(recorded, day)], lastPosition: recorded.position });
}

/** Keeps `scopeChanges` in business-time order; a new event has the highest position, so it goes after its ties. */
function insertChange(changes: RecordedScopeChange[], change: RecordedScopeChange): void {
  let at = changes.length;
  while (at > 0 && byBusinessTime(changes[at - 1] as RecordedScopeChange, change) > 0) at--;
  changes.splice(at, 0, change);
}

/** A unit's scope changes and inspections, the cycle facts of accountability's unit-facts model as they stand now. */
function applyToUnit(recorded: RecordedEvent, doc: InactionUnitDoc, countingKinds: readonly InspectionKind[]): boolean {
  const d = recorded.data as Record<string, unknown>;
  const { occurredAt, recordedAt } = recorded.metadata;
  const day = businessDayOrNull(occurredAt);
  const change = (kind: RecordedScopeChange['change'], bureauId: string | null): boolean => {
    if (day === null) return false;
    insertChange(doc.scopeChanges, { change: kind, bureauId, occurredAt, day, recordedAt, position: recorded.position });
    return true;
  };
  const inspection = doc.inspections.find((i) => i.inspectionId === d.inspectionId);
  switch (recorded.type) {
    case 'UnitRegistered':
      return isString(d.bureauId) && change('ENTERED', d.bureauId);
    case 'UnitTransferred':
      return isString(d.toBureauId) && change('ENTERED', d.toBureauId);
    case 'UnitDeregistered':
      return change('LEFT', null);
    case 'InspectionConducted':
      // Only counting inspections move the cycle (a correction never changes the kind): the others are not kept.
      if (!isString(d.inspectionId) || inspection || !isString(d.bureauId) || !isDay(String(d.day)) || !INSPECTION_KINDS.includes(d.kind as InspectionKind) || !countingKinds.includes(d.kind as InspectionKind)) return false;
      doc.inspections.push({ inspectionId: d.inspectionId, bureauId: d.bureauId, kind: d.kind as InspectionKind, day: d.day as Day, withdrawn: false });
      return true;
    case 'InspectionRecordCorrected': {
      const corrected = ((d.changes ?? {}) as { day?: unknown }).day;
      if (!inspection || corrected === undefined || !isDay(String(corrected))) return false;
      inspection.day = corrected as Day;
      return true;
    }
    case 'InspectionWithdrawn':
      if (!inspection || inspection.withdrawn) return false;
      inspection.withdrawn = true;
      return true;
    default:
      return false;
  }
}

/** The unit's overdue stretches (OU items), written where they changed. */
function writeUnitItems(tx: ProjectionTx, doc: InactionUnitDoc, countingKinds: readonly InspectionKind[]): void {
  const facts = { intervals: knownIntervals(doc.scopeChanges, null), inspections: doc.inspections };
  const key = evidenceKey({ unitId: doc.unitId });
  const stretches = overdueStretches(facts, countingKinds);
  stretches.forEach((s, n) => {
    const keys = stretchKeys('OU', s.bureauId, s.dueOn, s.to, key);
    const old = doc.stretches[n];
    if (old && old.k === keys.k && old.to === (s.to ?? NEVER)) return;
    putItem(tx, { _id: `${doc.unitId}|s${n}`, ...keys, unitId: doc.unitId, dueOn: s.dueOn, to: s.to ?? NEVER } satisfies InactionItemDoc);
  });
  for (let n = stretches.length; n < doc.stretches.length; n++) putItem(tx, deadItem(`${doc.unitId}|s${n}`));
  doc.stretches = stretches.map((s) => ({ k: stretchKeys('OU', s.bureauId, s.dueOn, s.to, key).k, to: s.to ?? NEVER }));
}

function applyUnit(recorded: RecordedEvent, tx: ProjectionTx, countingKinds: readonly InspectionKind[]): void {
  const unitId = (recorded.data as { unitId?: unknown }).unitId;
  if (!isString(unitId)) return;
  const doc = tx.get<InactionUnitDoc>(INACTION_UNITS, unitId) ?? { _id: unitId, unitId, scopeChanges: [], inspections: [], stretches: [], lastPosition: 0 };
  if (doc.lastPosition >= recorded.position) return; // already applied
  if (!applyToUnit(recorded, doc, countingKinds)) return;
  doc.lastPosition = recorded.position;
  writeUnitItems(tx, doc, countingKinds);
  tx.put(INACTION_UNITS, doc);
}

/** Acts recorded at least a day late (as accountability's late records), one LR item per bureau the act touches. */
function applyLate(recorded: RecordedEvent, tx: ProjectionTx): void {
  const m = recorded.metadata;
  if (typeof m?.occurredAt !== 'string' || typeof m.recordedAt !== 'string') return;
  const delayDays = recordingDelayDays(m.occurredAt, m.recordedAt);
  if (delayDays === null || delayDays < 1) return;
  const occurredOn = businessDayOrNull(m.occurredAt) as Day;
  const recordedOn = businessDayOrNull(m.recordedAt) as Day;
  const raw = (recorded.data as { unitId?: unknown }).unitId;
  const unitId = typeof raw === 'string' ? raw : null;
  const key = evidenceKey({ unitId, eventId: recorded.id, occurredOn });
  for (const bureauId of bureausTouchedBy(recorded)) {
    putItem(tx, {
      _id: `L|${bureauId}|${String(recorded.position).padStart(16, '0')}`,
      k: `LR|${bureauId}|${delayKey(delayDays)}|${key}`,
      g: `LRD|${bureauId}|${occurredOn}|${key}`,
      unitId,
      eventId: recorded.id,
      eventType: recorded.type,
      day: occurredOn,
      recordedOn,
      delayDays,
    } satisfies InactionItemDoc);
  }
}

/**
 * Inspection plans as the NO_PLAN rule reads them (inspection-plans.projection.ts without the targets, assignments
 * and roster, which grow with the units): bureau, period, when planned, status and when closed.
 */
export const INACTION_PLANS = 'inaction_plans';
export interface InactionPlanDoc extends Doc {
  bureauId: string;
  from: Day;
  to: Day;
  plannedAt: string;
  status: 'PLANNED' | 'COMPLETED' | 'CANCELLED';
  closedAt: string | null;
  lastPosition: number;
}

function applyPlan(recorded: RecordedEvent, tx: ProjectionTx): void {
  const d = recorded.data as { planId?: unknown; bureauId?: unknown; period?: { from?: unknown; to?: unknown } };
  if (typeof d.planId !== 'string') return;
  const current = tx.get<InactionPlanDoc>(INACTION_PLANS, d.planId);
  if (current && current.lastPosition >= recorded.position) return; // already applied
  const m = recorded.metadata;
  switch (recorded.type) {
    case 'InspectionPlanned':
      if (current || typeof d.period !== 'object' || d.period === null) return;
      tx.put(INACTION_PLANS, {
        _id: d.planId,
        bureauId: d.bureauId as string,
        from: d.period.from as Day,
        to: d.period.to as Day,
        plannedAt: m.occurredAt,
        status: 'PLANNED',
        closedAt: null,
        lastPosition: recorded.position,
      } satisfies InactionPlanDoc);
      return;
    case 'InspectionPlanCompleted':
    case 'InspectionPlanCancelled':
      if (current) tx.put(INACTION_PLANS, { ...current, status: recorded.type === 'InspectionPlanCompleted' ? 'COMPLETED' : 'CANCELLED', closedAt: m.occurredAt, lastPosition: recorded.position });
      return;
    case 'InspectionPlanInspectorRecused':
      if (current) tx.put(INACTION_PLANS, { ...current, lastPosition: recorded.position });
      return;
  }
}

const PLAN_TYPES: ReadonlySet<string> = new Set(['InspectionPlanned', 'InspectionPlanCompleted', 'InspectionPlanCancelled', 'InspectionPlanInspectorRecused']);
const INSPECTION_TYPES: ReadonlySet<string> = new Set(['InspectionConducted', 'InspectionRecordCorrected', 'InspectionWithdrawn']);
const ORDER_TYPES: ReadonlySet<string> = new Set(['RectificationOrdered', 'RectificationDeadlineExtended', 'RectificationReportSubmitted', 'RectificationReviewed', 'RectificationFollowedUp']);
const SCOPE_TYPES: ReadonlySet<string> = new Set(['UnitRegistered', 'UnitTransferred', 'UnitDeregistered']);

/**
 * The inaction review's read model for the cycle's counting kinds `countingKinds` (the overdue stretches depend on
 * them; the review uses them only when its kinds are these, see INACTION_COUNTING_KINDS).
 */
export function inactionFactsProjectionFor(countingKinds: readonly InspectionKind[]): Projection {
  return {
    name: 'inaction-facts',
    // 2: evidence items and their counts per bureau (inaction-items.ts); other counting kinds than the default are
    // named, so that a change of CYCLE_COUNTING_KINDS replays this read model at start-up.
    version: countingKindsVersion(2, countingKinds),
    collections: [
      { name: INACTION_INSPECTIONS, indexes: ['bureauId'] },
      { name: INACTION_ORDERS, indexes: ['bureauId'] },
      { name: INACTION_UNITS, indexes: [] },
      { name: INACTION_FIRST_ORDERS, indexes: [] },
      { name: INACTION_ITEMS, indexes: ['k', 'g'] },
      { name: INACTION_COUNTS, indexes: [] },
      { name: INACTION_PLANS, indexes: ['bureauId'] },
    ],
    handles: ['*'], // every act recorded late is evidence (LR)
    apply(recorded: RecordedEvent, tx: ProjectionTx): void {
      if (typeof recorded.data !== 'object' || recorded.data === null) return;
      applyLate(recorded, tx);
      if (INSPECTION_TYPES.has(recorded.type)) {
        applyInspection(recorded, tx);
        applyUnit(recorded, tx, countingKinds);
      } else if (ORDER_TYPES.has(recorded.type)) applyOrder(recorded, tx);
      else if (SCOPE_TYPES.has(recorded.type)) applyUnit(recorded, tx, countingKinds);
      else if (PLAN_TYPES.has(recorded.type)) applyPlan(recorded, tx);
    },
  };
}

/** The counting kinds the wired read model's overdue stretches were computed for. */
export const INACTION_COUNTING_KINDS: readonly InspectionKind[] = DEFAULT_COUNTING_KINDS;

export const inactionFactsProjection: Projection = inactionFactsProjectionFor(INACTION_COUNTING_KINDS);
