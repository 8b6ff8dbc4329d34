import { byBusinessTime, type RecordedInspection, type RecordedScopeChange, type RecordedUnitFacts } from '../../src/domain/accountability/known-facts';
import type { InspectionEvent } from '../../src/domain/inspection/inspection.events';
import type { UnitEvent } from '../../src/domain/registry/registry.events';
import { isDay } from '../../src/domain/shared/day';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { INSPECTION_KINDS, type InspectionKind } from '../../src/domain/supervision/common';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';
import { ACCOUNTABILITY_CYCLE_DIGESTS, digestIdOf, emptyDigest, packEntry, packInspections, setDigestEntry, type CycleDigestDoc } from './cycle-digest';
import { businessDayOrNull } from './days';

/**
 * The facts the two-year cycle needs about a unit, with both times of every event behind them, so that it can be
 * judged for any asOf and knownAt. Indexed by bureau, so that a bureau's cycle is one indexed read of its units'
 * facts: the unit's document (keyed by its id) stands under the first bureau whose scope it entered, and a unit that
 * later entered other bureaus' scopes (a transfer) has a copy under each of them, keyed `<bureauId>|<unitId>` (the
 * read store has no array-contains). Every event updates the document and its copies alike.
 *
 * The same projection keeps each bureau's cycle digest (cycle-digest.ts), which `cycleStatus` reads: every change of
 * a unit's facts rewrites its entry in the digest of every bureau it entered, from the document just written, so the
 * two never disagree and a replay gives the same digest.
 */
export const ACCOUNTABILITY_FACTS = 'accountability_unit_facts';

export interface UnitFactsDoc extends Doc, RecordedUnitFacts {
  unitId: string;
  /** The bureau this document stands under: the first the unit entered ('' until it entered any), or a copy's. */
  bureauId: string;
  /** The unit's name and region now (lists show them); null until its registration is seen. */
  name: string | null;
  regionCode: string | null;
  /** The other bureaus whose scope the unit entered, each holding a copy. */
  copies: string[];
  lastPosition: number;
}

export const factsCopyId = (bureauId: string, unitId: string): string => `${bureauId}|${unitId}`;

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

function load(tx: ProjectionTx, unitId: string): UnitFactsDoc {
  return (
    tx.get<UnitFactsDoc>(ACCOUNTABILITY_FACTS, unitId) ?? {
      _id: unitId,
      unitId,
      bureauId: '',
      name: null,
      regionCode: null,
      copies: [],
      scopeChanges: [],
      inspections: [],
      lastPosition: 0,
    }
  );
}

/** The unit entered a bureau's scope: the first stands over its document, any other gets a copy. */
function entered(doc: UnitFactsDoc, bureauId: string): void {
  if (doc.bureauId === '') doc.bureauId = bureauId;
  else if (bureauId !== doc.bureauId && !doc.copies.includes(bureauId)) doc.copies.push(bureauId);
}

/** Keeps `scopeChanges` in business-time order; a new event has the highest position, so it goes after its ties. */
function insertChange(changes: RecordedScopeChange[], change: RecordedScopeChange): void {
  let at = changes.length;
  while (at > 0 && byBusinessTime(changes[at - 1] as RecordedScopeChange, change) > 0) at--;
  changes.splice(at, 0, change);
}

/** Applies a registry event to the unit's facts; false when the event says nothing the cycle uses. */
function applyRegistry(event: UnitEvent, recorded: RecordedEvent, doc: UnitFactsDoc): boolean {
  const { occurredAt, recordedAt } = recorded.metadata;
  const day = businessDayOrNull(occurredAt);
  const change = (kind: RecordedScopeChange['change'], bureauId: string | null): boolean => {
    if (day === null) return false;
    insertChange(doc.scopeChanges, { change: kind, bureauId, occurredAt, day, recordedAt, position: recorded.position });
    if (bureauId !== null) entered(doc, bureauId);
    return true;
  };
  switch (event.type) {
    case 'UnitRegistered':
      if (!isString(event.data.bureauId) || day === null) return false;
      doc.name = event.data.name ?? doc.name;
      doc.regionCode = event.data.region?.code ?? doc.regionCode;
      return change('ENTERED', event.data.bureauId);
    case 'UnitTransferred':
      return isString(event.data.toBureauId) && change('ENTERED', event.data.toBureauId);
    case 'UnitDeregistered':
      return change('LEFT', null);
    case 'UnitDetailsAmended': {
      const changes = event.data.changes ?? {};
      if (changes.name === undefined && changes.region === undefined) return false;
      doc.name = changes.name ?? doc.name;
      doc.regionCode = changes.region?.code ?? doc.regionCode;
      return true;
    }
    default:
      return false;
  }
}

function applyInspection(event: InspectionEvent, recorded: RecordedEvent, doc: UnitFactsDoc): boolean {
  const { recordedAt } = recorded.metadata;
  const inspection = doc.inspections.find((i) => i.inspectionId === event.data.inspectionId);
  switch (event.type) {
    case 'InspectionConducted': {
      const d = event.data;
      if (inspection || !isString(d.bureauId) || !isDay(String(d.day)) || !INSPECTION_KINDS.includes(d.kind)) return false;
      const recordedInspection: RecordedInspection = {
        inspectionId: d.inspectionId,
        bureauId: d.bureauId,
        kind: d.kind as InspectionKind,
        day: d.day,
        recordedAt,
        position: recorded.position,
        dayCorrections: [],
        withdrawnAt: null,
      };
      doc.inspections.push(recordedInspection);
      return true;
    }
    case 'InspectionRecordCorrected': {
      const day = event.data.changes?.day;
      if (!inspection || day === undefined || !isDay(String(day))) return false;
      inspection.dayCorrections.push({ day, recordedAt, position: recorded.position });
      return true;
    }
    case 'InspectionWithdrawn':
      if (!inspection || inspection.withdrawnAt !== null) return false;
      inspection.withdrawnAt = recordedAt;
      return true;
    default:
      return false;
  }
}

/** The unit's entry in the digest of every bureau it entered (one chunk each; the runner writes it once per batch). */
function putDigestEntries(tx: ProjectionTx, doc: UnitFactsDoc): void {
  if (doc.bureauId === '') return;
  const inspections = packInspections(doc);
  for (const bureauId of [doc.bureauId, ...doc.copies]) {
    const id = digestIdOf(bureauId, doc.unitId);
    const digest = tx.get<CycleDigestDoc>(ACCOUNTABILITY_CYCLE_DIGESTS, id) ?? emptyDigest(id, bureauId);
    setDigestEntry(digest, doc.unitId, doc.name, doc.regionCode, packEntry(doc, bureauId, inspections));
    tx.put(ACCOUNTABILITY_CYCLE_DIGESTS, digest);
  }
}

const REGISTRY_TYPES = ['UnitRegistered', 'UnitTransferred', 'UnitDeregistered', 'UnitDetailsAmended'];
const INSPECTION_TYPES = ['InspectionConducted', 'InspectionRecordCorrected', 'InspectionWithdrawn'];

export const accountabilityUnitFactsProjection: Projection = {
  name: 'accountability-unit-facts',
  // 2: the cycle digests.
  version: 2,
  collections: [
    { name: ACCOUNTABILITY_FACTS, indexes: ['bureauId'] },
    { name: ACCOUNTABILITY_CYCLE_DIGESTS, indexes: ['bureauId'] },
  ],
  handles: [...REGISTRY_TYPES, ...INSPECTION_TYPES],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const data = recorded.data as { unitId?: unknown; inspectionId?: unknown };
    if (!isString(data.unitId)) return;
    const doc = load(tx, data.unitId);
    if (doc.lastPosition >= recorded.position) return; // already applied
    const changed = REGISTRY_TYPES.includes(recorded.type)
      ? applyRegistry(recorded as unknown as UnitEvent, recorded, doc)
      : isString(data.inspectionId) && applyInspection(recorded as unknown as InspectionEvent, recorded, doc);
    if (!changed) return;
    doc.lastPosition = recorded.position;
    tx.put(ACCOUNTABILITY_FACTS, doc);
    for (const bureauId of doc.copies) tx.put(ACCOUNTABILITY_FACTS, { ...doc, _id: factsCopyId(bureauId, doc.unitId), bureauId });
    putDigestEntries(tx, doc);
  },
};
