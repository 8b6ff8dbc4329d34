import { byBusinessTime, type RecordedScopeChange } from '../../src/domain/accountability/known-facts';
import {
  actEmission,
  addCounted,
  diffEmissions,
  mergeEmissions,
  orderEmission,
  regionLine,
  splitEmissionKey,
  unitEmission,
  type AttributeChange,
  type Emission,
} from '../../src/domain/accountability/segments';
import type { RectificationEvent } from '../../src/domain/rectification/rectification.events';
import { isDay, type Day } from '../../src/domain/shared/day';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { findRegion } from '../../src/domain/shared/region';
import { countingKindsVersion, DEFAULT_COUNTING_KINDS, INSPECTION_KINDS, type InspectionKind } from '../../src/domain/supervision/common';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import { businessDayOrNull } from '../accountability/days';
import type { Projection } from '../projection';
import {
  REGION_ACTIVITY_DELTAS,
  REGION_ACTIVITY_MONTHS,
  REGION_ACTIVITY_SUBJECTS,
  REGION_ACTIVITY_TOTALS,
  type ActSubjectDoc,
  type DeltaDoc,
  type MonthDoc,
  type OrderSubjectDoc,
  type SubjectDoc,
  type TotalsDoc,
  type UnitSubjectDoc,
} from './region-activity.model';

const UNIT_TYPES = ['UnitRegistered', 'UnitDetailsAmended', 'UnitClassified', 'UnitTransferred', 'UnitDeregistered', 'ArchivistAssigned', 'ArchivistReleased'];
const INSPECTION_TYPES = ['InspectionConducted', 'InspectionRecordCorrected', 'InspectionWithdrawn'];
const ORDER_TYPES = ['RectificationOrdered', 'RectificationDeadlineExtended', 'RectificationReportSubmitted', 'RectificationReviewed'];
const ACT_TYPES = ['BulletinIssued', 'BulletinWithdrawn', 'TrainingHeld', 'GuidanceProvided', 'LeadReceived', 'LeadClosed', 'SelfReportSubmitted', 'SelfReportFlagged'];

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const asDay = (v: unknown): Day | null => (typeof v === 'string' && isDay(v) ? v : null);

type Data = Record<string, unknown>;

const LEVEL_FIELD = { NATION: 'nation', PROVINCE: 'province', PREFECTURE: 'prefecture', COUNTY: 'county' } as const;

function newUnit(unitId: string): UnitSubjectDoc {
  return { _id: `unit:${unitId}`, kind: 'unit', expand: true, emission: {}, lastPosition: 0, scopeChanges: [], attributes: [], inspections: [], archivists: [] };
}

function insertSorted<T extends { occurredAt: string; position: number }>(list: T[], item: T): void {
  let at = list.length;
  while (at > 0 && byBusinessTime(list[at - 1] as unknown as RecordedScopeChange, item as unknown as RecordedScopeChange) > 0) at--;
  list.splice(at, 0, item);
}

/** Applies a unit or inspection event to the unit's facts; false when it changes nothing counted. */
function applyToUnit(doc: UnitSubjectDoc, recorded: RecordedEvent): boolean {
  const d = recorded.data as Data;
  const { occurredAt } = recorded.metadata;
  const day = businessDayOrNull(occurredAt);
  const position = recorded.position;
  const scope = (change: 'ENTERED' | 'LEFT', bureauId: string | null): void => {
    insertSorted(doc.scopeChanges, { change, bureauId, occurredAt, day: day as Day, recordedAt: recorded.metadata.recordedAt, position });
  };
  const attribute = (c: Omit<AttributeChange, 'occurredAt' | 'position' | 'day'>): void => insertSorted(doc.attributes, { ...c, occurredAt, position, day: day as Day });
  const inspection = doc.inspections.find((i) => i.inspectionId === d.inspectionId);
  switch (recorded.type) {
    case 'UnitRegistered': {
      const region = d.region as { code?: unknown } | undefined;
      if (day === null || !isString(d.bureauId) || !isString(region?.code)) return false;
      scope('ENTERED', d.bureauId);
      attribute({ regionCode: region.code, category: String(d.category), unitClass: isString(d.unitClass) ? d.unitClass : null });
      return true;
    }
    case 'UnitTransferred':
      if (day === null || !isString(d.toBureauId)) return false;
      scope('ENTERED', d.toBureauId);
      return true;
    case 'UnitDeregistered':
      if (day === null) return false;
      scope('LEFT', null);
      return true;
    case 'UnitDetailsAmended': {
      const changes = (d.changes ?? {}) as { category?: unknown; region?: { code?: unknown } };
      const c: Omit<AttributeChange, 'occurredAt' | 'position' | 'day'> = {};
      if (isString(changes.category)) c.category = changes.category;
      if (isString(changes.region?.code)) c.regionCode = changes.region.code;
      if (day === null || Object.keys(c).length === 0) return false;
      attribute(c);
      return true;
    }
    case 'UnitClassified':
      if (day === null || !isString(d.unitClass)) return false;
      attribute({ unitClass: d.unitClass });
      return true;
    case 'ArchivistAssigned':
      if (day === null || !isString(d.archivistId)) return false;
      doc.archivists.push({ archivistId: d.archivistId, assignedOn: day, releasedOn: null });
      return true;
    case 'ArchivistReleased': {
      const stint = [...doc.archivists].reverse().find((s) => s.archivistId === d.archivistId && s.releasedOn === null);
      if (day === null || !stint) return false;
      stint.releasedOn = day < stint.assignedOn ? stint.assignedOn : day;
      return true;
    }
    case 'InspectionConducted': {
      const iday = asDay(d.day);
      if (inspection || !isString(d.inspectionId) || iday === null || !INSPECTION_KINDS.includes(d.kind as InspectionKind)) return false;
      const findings = Array.isArray(d.findings) ? (d.findings as { itemCode?: unknown }[]) : [];
      doc.inspections.push({ inspectionId: d.inspectionId, kind: d.kind as InspectionKind, day: iday, withdrawn: false, findingItems: findings.map((f) => String(f.itemCode)) });
      return true;
    }
    case 'InspectionRecordCorrected': {
      const changes = (d.changes ?? {}) as { day?: unknown; findings?: unknown };
      if (!inspection) return false;
      const cday = asDay(changes.day);
      if (cday !== null) inspection.day = cday;
      if (Array.isArray(changes.findings)) inspection.findingItems = (changes.findings as { itemCode?: unknown }[]).map((f) => String(f.itemCode));
      return cday !== null || Array.isArray(changes.findings);
    }
    case 'InspectionWithdrawn':
      if (!inspection || inspection.withdrawn) return false;
      inspection.withdrawn = true;
      return true;
    default:
      return false;
  }
}

/** The unit's latest known region (orders count there), from this projection's own memory. */
function currentRegion(tx: ProjectionTx, unitId: unknown): string {
  if (!isString(unitId)) return '';
  const unit = tx.get<UnitSubjectDoc>(REGION_ACTIVITY_SUBJECTS, `unit:${unitId}`);
  let code = '';
  for (const a of unit?.attributes ?? []) if (a.regionCode) code = a.regionCode;
  return code;
}

function regionCodesOf(d: Data): string[] {
  const list = Array.isArray(d.unitRegions) ? (d.unitRegions as { unitId?: unknown; regionCode?: unknown }[]) : [];
  return list.filter((u) => isString(u.regionCode)).map((u) => u.regionCode as string);
}

function newAct(id: string, act: string, day: Day): ActSubjectDoc {
  return { _id: id, kind: 'act', act, day, expand: false, emission: {}, lastPosition: 0, unitRegions: [], attendeeRegions: [], label: null, withdrawn: false, laterDay: null };
}

/** Loads or creates the subject of the event and applies the event; null when the event concerns nothing counted. */
function subjectFor(recorded: RecordedEvent, tx: ProjectionTx): SubjectDoc | null {
  const d = recorded.data as Data;
  const get = <T extends SubjectDoc>(id: string): T | null => tx.get<T>(REGION_ACTIVITY_SUBJECTS, id);
  const type = recorded.type;
  if (UNIT_TYPES.includes(type) || INSPECTION_TYPES.includes(type)) {
    if (!isString(d.unitId)) return null;
    const doc = get<UnitSubjectDoc>(`unit:${d.unitId}`) ?? newUnit(d.unitId);
    if (doc.lastPosition >= recorded.position) return null;
    return applyToUnit(doc, recorded) ? doc : null;
  }
  if (ORDER_TYPES.includes(type)) {
    if (!isString(d.orderId)) return null;
    const id = `order:${d.orderId}`;
    const existing = get<OrderSubjectDoc>(id);
    if (!existing && type !== 'RectificationOrdered') return null;
    const doc: OrderSubjectDoc = existing ?? { _id: id, kind: 'order', expand: true, emission: {}, lastPosition: 0, regionCode: currentRegion(tx, d.unitId), acts: [] };
    if (doc.lastPosition >= recorded.position) return null;
    const day = businessDayOrNull(recorded.metadata.occurredAt);
    if (day === null) return null;
    doc.acts.push({ event: { type, data: recorded.data } as RectificationEvent, day });
    return doc;
  }
  const day = asDay(d.day);
  if (day === null) return null;
  switch (type) {
    case 'BulletinIssued':
    case 'TrainingHeld':
    case 'GuidanceProvided':
    case 'LeadReceived': {
      const key = { BulletinIssued: 'bulletin', TrainingHeld: 'training', GuidanceProvided: 'guidance', LeadReceived: 'lead' }[type];
      const rawId = d.bulletinId ?? d.trainingId ?? d.guidanceId ?? d.leadId;
      if (!isString(rawId)) return null;
      const id = `${key}:${rawId}`;
      if (get(id)) return null; // one issue per act
      const doc = newAct(id, key, day);
      doc.unitRegions = regionCodesOf(d);
      doc.label = isString(d.kind) ? d.kind : null;
      if (type === 'TrainingHeld') {
        const regionOf = new Map((Array.isArray(d.unitRegions) ? (d.unitRegions as { unitId: string; regionCode: string }[]) : []).map((u) => [u.unitId, u.regionCode]));
        const attendees = Array.isArray(d.attendees) ? (d.attendees as { unitId?: unknown }[]) : [];
        doc.attendeeRegions = attendees.map((a) => regionOf.get(String(a.unitId)) ?? '').filter((c) => c !== '');
      }
      return doc;
    }
    case 'BulletinWithdrawn': {
      const doc = isString(d.bulletinId) ? get<ActSubjectDoc>(`bulletin:${d.bulletinId}`) : null;
      if (!doc || doc.withdrawn || doc.lastPosition >= recorded.position) return null;
      doc.withdrawn = true;
      return doc;
    }
    case 'LeadClosed': {
      const doc = isString(d.leadId) ? get<ActSubjectDoc>(`lead:${d.leadId}`) : null;
      if (!doc || doc.laterDay !== null || doc.lastPosition >= recorded.position) return null;
      doc.laterDay = day;
      return doc;
    }
    case 'SelfReportSubmitted': {
      if (!isString(d.reportId) || !isString(d.regionCode) || get(`selfReport:${d.reportId}`)) return null;
      const doc = newAct(`selfReport:${d.reportId}`, 'selfReport', day);
      doc.expand = true; // one unit: counted in its region and every ancestor
      doc.unitRegions = [d.regionCode];
      return doc;
    }
    case 'SelfReportFlagged': {
      const doc = isString(d.reportId) ? get<ActSubjectDoc>(`selfReport:${d.reportId}`) : null;
      if (!doc || doc.lastPosition >= recorded.position) return null;
      if (doc.laterDay !== null && doc.laterDay <= day) return null; // counted once, on the first day it was flagged
      doc.laterDay = day;
      return doc;
    }
    default:
      return null;
  }
}

function emissionOf(doc: SubjectDoc, countingKinds: readonly InspectionKind[]): Emission {
  if (doc.kind === 'unit') return unitEmission(doc, countingKinds);
  if (doc.kind === 'order') return orderEmission(doc.regionCode, doc.acts);
  if (doc.withdrawn) return {};
  switch (doc.act) {
    case 'bulletin':
      return actEmission(doc.unitRegions, doc.day, ['bull.total', `bull.kind.${doc.label ?? 'GENERAL'}`]);
    case 'training': {
      const e = actEmission(doc.unitRegions, doc.day, ['train.sessions']);
      addCounted(e, doc.attendeeRegions, doc.day, 'train.attendance');
      return e;
    }
    case 'guidance':
      return actEmission(doc.unitRegions, doc.day, ['guid.acts']);
    case 'lead':
      return mergeEmissions(actEmission(doc.unitRegions, doc.day, ['lead.received']), doc.laterDay === null ? {} : actEmission(doc.unitRegions, doc.laterDay, ['lead.closed']));
    case 'selfReport': {
      // expand: the leaf code only, the projection adds it to every ancestor
      const code = doc.unitRegions[0] ?? '';
      const e: Emission = code === '' ? {} : { [`${code}|${doc.day}|sr.submitted`]: 1 };
      if (code !== '' && doc.laterDay !== null) e[`${code}|${doc.laterDay}|sr.flagged`] = 1;
      return e;
    }
    default:
      return {};
  }
}

/** A code's place: the codes it counts at when expanded (itself and its ancestors), each with its level field. */
interface Placement {
  /** Expanded: the code and every ancestor, with their level fields. */
  line: { code: string; field: (typeof LEVEL_FIELD)[keyof typeof LEVEL_FIELD] }[];
  /** The code's own level field. */
  field: (typeof LEVEL_FIELD)[keyof typeof LEVEL_FIELD];
}

/** Region codes are few (GB/T 2260) and every change names one: their lines are worked out once. */
const placements = new Map<string, Placement | null>();

function placementOf(code: string): Placement | null {
  let placement = placements.get(code);
  if (placement === undefined) {
    const region = findRegion(code);
    placement = region
      ? {
          line: regionLine(code).map((c) => ({ code: c, field: LEVEL_FIELD[(findRegion(c) ?? region).level] })),
          field: LEVEL_FIELD[region.level],
        }
      : null;
    placements.set(code, placement);
  }
  return placement;
}

/** Adds n to a counter, dropping it at zero; answers whether the counters are empty now. */
function bumpCounter(counters: Record<string, number>, key: string, n: number): boolean {
  const v = (counters[key] ?? 0) + n;
  if (v !== 0) {
    counters[key] = v;
    return false;
  }
  delete counters[key];
  for (const _ in counters) return false;
  return true;
}

/** Adds a diff to the month buckets and to the recorded day's raw changes (for knownAt inside that day). */
function applyDiff(tx: ProjectionTx, diff: Emission, expand: boolean, recorded: RecordedEvent): void {
  const recordedAt = recorded.metadata.recordedAt;
  const recordedDay = recordedAt.slice(0, 10);
  const recordedMonth = recordedAt.slice(0, 7);
  // The runner's write-behind transaction keeps each document and writes it once at the end of the batch; a later
  // event of the batch gets the same object back and changes it in place (no copies of large documents per event).
  // One map per collection: a key made of collection and id cost a string per counter and level.
  const touched = new Map<string, Map<string, Doc>>();
  const load = <T extends Doc>(collection: string, id: string, create: () => T): T => {
    let docs = touched.get(collection);
    if (docs === undefined) touched.set(collection, (docs = new Map()));
    let doc = docs.get(id) as T | undefined;
    if (doc === undefined) docs.set(id, (doc = tx.get<T>(collection, id) ?? create()));
    return doc;
  };
  for (const k in diff) {
    const n = diff[k] as number;
    const { code, day, key } = splitEmissionKey(k);
    const placement = placementOf(code);
    if (placement === null) continue; // a code we cannot place counts nowhere (like isWithin)
    const month = day.slice(0, 7);
    const cellKey = `${day.slice(8)}|${recordedDay}`;
    const line = expand ? placement.line : [{ code, field: placement.field }];
    for (const { code: c } of line) {
      // One document per (region, business month, recorded month): a batch rewrites only documents of the month it
      // is recorded in, which stop growing when that month ends (a document per business month alone grew for ever
      // and every append rewrote it whole).
      const monthDoc = load<MonthDoc>(REGION_ACTIVITY_MONTHS, `${c}|${month}|${recordedMonth}`, () => ({ _id: `${c}|${month}|${recordedMonth}`, code: c, month, recordedMonth, cells: {} }));
      const cell = (monthDoc.cells[cellKey] ??= {});
      if (bumpCounter(cell, key, n)) delete monthDoc.cells[cellKey];
      const total = load<TotalsDoc>(REGION_ACTIVITY_TOTALS, `${c}|${recordedMonth}`, () => ({ _id: `${c}|${recordedMonth}`, code: c, recordedMonth, months: {} }));
      bumpCounter((total.months[month] ??= {}), key, n);
    }
    const deltaId = `${recordedDay}|${code}|${expand ? 'l' : 'x'}`;
    const delta = load<DeltaDoc>(REGION_ACTIVITY_DELTAS, deltaId, () => {
      const doc: DeltaDoc = { _id: deltaId, recordedDay, nation: '', province: '', prefecture: '', county: '', changes: [] };
      for (const { code: c, field } of line) doc[field] = c;
      return doc;
    });
    delta.changes.push({ at: recordedAt, k: `${day}|${key}`, n });
  }
  for (const [collection, docs] of touched) for (const doc of docs.values()) tx.put(collection, doc);
}

/**
 * The region-activity projection for the cycle's counting kinds (CYCLE_COUNTING_KINDS): the composition builds the
 * read models with `projectionsFor(config's kinds)` (projections/index.ts); ALL_PROJECTIONS has the default kinds.
 */
export function regionActivityProjection(countingKinds: readonly InspectionKind[] = DEFAULT_COUNTING_KINDS): Projection {
  return {
    name: 'region-activity',
    // 2: a recorded day's raw changes in one document per (day, region code); with other counting kinds than the
    // default, the kinds too: a change of CYCLE_COUNTING_KINDS replays this read model at start-up.
    version: countingKindsVersion(2, countingKinds),
    collections: [
      { name: REGION_ACTIVITY_SUBJECTS, indexes: [] },
      { name: REGION_ACTIVITY_MONTHS, indexes: ['code'] },
      { name: REGION_ACTIVITY_TOTALS, indexes: ['code'] },
      // recordedDay only: a query reads one recorded day's documents and picks its region's from them (an index on the
      // level fields led SQLite to scan a whole province's changes, and cost every append four more index entries)
      { name: REGION_ACTIVITY_DELTAS, indexes: ['recordedDay'] },
    ],
    handles: [...UNIT_TYPES, ...INSPECTION_TYPES, ...ORDER_TYPES, ...ACT_TYPES],
    apply(recorded: RecordedEvent, tx: ProjectionTx): void {
      const doc = subjectFor(recorded, tx);
      if (doc === null) return;
      const before = doc.emission;
      const after = emissionOf(doc, countingKinds);
      const diff = diffEmissions(before, after);
      if (Object.keys(diff).length > 0) applyDiff(tx, diff, doc.expand, recorded);
      // In place: the document is this batch's own (read for this event, or kept by the write-behind transaction).
      doc.emission = after;
      doc.lastPosition = recorded.position;
      tx.put(REGION_ACTIVITY_SUBJECTS, doc);
    },
  };
}

export const regionActivity = regionActivityProjection();
