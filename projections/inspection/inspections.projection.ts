import { resultsWithFindingIds, type Finding, type InspectionEvent, type InspectionItemOutcome } from '../../src/domain/inspection/inspection.events';
import type { Day } from '../../src/domain/shared/day';
import type { Actor, RecordedEvent } from '../../src/domain/shared/event';
import type { EvidenceRef, InspectionKind, Inspector } from '../../src/domain/supervision/common';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const INSPECTIONS = 'inspections';

/** A later act on the record: who, when it happened and when it was recorded. */
export interface RecordActDoc {
  reason: string;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
}

/** An inspection record as it now stands (corrections applied), with how it came to be. */
export interface InspectionDoc extends Doc {
  inspectionId: string;
  bureauId: string;
  unitId: string;
  /** The unit's region as it stood on the day (recorded on the event); null for events without it. */
  regionCode: string | null;
  regionName: string | null;
  planId: string | null;
  kind: InspectionKind;
  day: Day;
  inspectors: Inspector[];
  checklistId: string;
  checklistVersion: number;
  /** With the findings recorded against each item (InspectionConducted version 2; older events come upcast). */
  results: InspectionItemOutcome[];
  findings: Finding[];
  conclusion: string;
  evidence: EvidenceRef[];
  withdrawn: boolean;
  withdrawal: RecordActDoc | null;
  /** Each correction, with the fields it changed. */
  corrections: (RecordActDoc & { fields: string[] })[];
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  lastPosition: number;
}

const RECORD_FIELDS = ['day', 'inspectors', 'results', 'findings', 'conclusion', 'evidence'] as const;

function apply(event: InspectionEvent, recorded: RecordedEvent, doc: InspectionDoc | null): InspectionDoc | null {
  const m = recorded.metadata;
  if (event.type === 'InspectionConducted') {
    if (doc) return null;
    const d = event.data;
    return {
      _id: d.inspectionId,
      inspectionId: d.inspectionId,
      bureauId: d.bureauId,
      unitId: d.unitId,
      regionCode: d.region?.code ?? null,
      regionName: d.region?.name ?? null,
      planId: d.planId,
      kind: d.kind,
      day: d.day,
      inspectors: d.inspectors,
      checklistId: d.checklist.checklistId,
      checklistVersion: d.checklist.version,
      results: d.results,
      findings: d.findings,
      conclusion: d.conclusion,
      evidence: d.evidence,
      withdrawn: false,
      withdrawal: null,
      corrections: [],
      actor: m.actor,
      occurredAt: m.occurredAt,
      recordedAt: m.recordedAt,
      lastPosition: recorded.position,
    };
  }
  if (!doc) return null; // an act on a record this model never saw made
  const act = { actor: m.actor, occurredAt: m.occurredAt, recordedAt: m.recordedAt };
  switch (event.type) {
    case 'InspectionRecordCorrected': {
      const c = event.data.changes ?? {};
      // Only the record's own fields change; identity, unit, bureau and checklist never do.
      const changed = Object.fromEntries(RECORD_FIELDS.filter((f) => c[f] !== undefined).map((f) => [f, c[f]]));
      const merged: InspectionDoc = { ...doc, ...changed };
      // A correction restates results without findingIds, or changes the findings alone: derive them again.
      const results = Array.isArray(merged.results) && Array.isArray(merged.findings) ? resultsWithFindingIds(merged.results, merged.findings) : merged.results;
      return {
        ...merged,
        results,
        corrections: [...doc.corrections, { reason: event.data.reason, fields: Object.keys(changed).sort(), ...act }],
        lastPosition: recorded.position,
      };
    }
    case 'InspectionWithdrawn':
      return { ...doc, withdrawn: true, withdrawal: { reason: event.data.reason, ...act }, lastPosition: recorded.position };
    default:
      return null;
  }
}

export const inspectionsProjection: Projection = {
  name: 'inspections',
  // Filters lead with the unit, the bureau or the region; pages are ordered by day.
  collections: [{ name: INSPECTIONS, indexes: ['unitId', 'bureauId', 'regionCode', 'day', 'planId'] }],
  handles: ['InspectionConducted', 'InspectionRecordCorrected', 'InspectionWithdrawn'],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const event = recorded as unknown as InspectionEvent;
    const inspectionId = (event.data as { inspectionId?: unknown })?.inspectionId;
    if (typeof inspectionId !== 'string') return;
    const current = tx.get<InspectionDoc>(INSPECTIONS, inspectionId);
    if (current && current.lastPosition >= recorded.position) return; // already applied
    const next = apply(event, recorded, current);
    if (next) tx.put(INSPECTIONS, next);
  },
};
