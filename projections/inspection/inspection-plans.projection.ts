import type { InspectionPlanned, PlanEvent, TargetSelection } from '../../src/domain/inspection/inspection.events';
import type { Day } from '../../src/domain/shared/day';
import type { Actor, RecordedEvent } from '../../src/domain/shared/event';
import type { InspectionKind, Inspector } from '../../src/domain/supervision/common';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const INSPECTION_PLANS = 'inspection_plans';

export interface PlanRecusalDoc {
  unitId: string;
  inspectorId: string;
  replacementId: string;
  reason: string;
  redraw: { algorithm: string; label: string; candidates: string[] };
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
}

/** A plan as it stands: targets, current assignments (recusals applied), how the targets were chosen, its status. */
export interface InspectionPlanDoc extends Doc {
  planId: string;
  bureauId: string;
  title: string;
  from: Day;
  to: Day;
  kind: InspectionKind;
  checklistId: string;
  checklistVersion: number;
  unitIds: string[];
  assignments: { unitId: string; inspectorIds: string[] }[];
  /** The assignments as planned (drawn), before any recusal: what a re-run of the draw must give. */
  plannedAssignments: { unitId: string; inspectorIds: string[] }[];
  roster: Inspector[];
  selection: TargetSelection;
  recusals: PlanRecusalDoc[];
  status: 'PLANNED' | 'COMPLETED' | 'CANCELLED';
  completionNote: string | null;
  cancellationReason: string | null;
  actor: Actor;
  plannedAt: string;
  recordedAt: string;
  closedAt: string | null;
  lastPosition: number;
}

function planned(d: InspectionPlanned['data'], recorded: RecordedEvent): InspectionPlanDoc {
  return {
    _id: d.planId,
    planId: d.planId,
    bureauId: d.bureauId,
    title: d.title,
    from: d.period.from,
    to: d.period.to,
    kind: d.kind,
    checklistId: d.checklist.checklistId,
    checklistVersion: d.checklist.version,
    unitIds: d.unitIds,
    assignments: d.assignments,
    plannedAssignments: d.assignments,
    roster: d.roster ?? [],
    selection: d.selection,
    recusals: [],
    status: 'PLANNED',
    completionNote: null,
    cancellationReason: null,
    actor: recorded.metadata.actor,
    plannedAt: recorded.metadata.occurredAt,
    recordedAt: recorded.metadata.recordedAt,
    closedAt: null,
    lastPosition: recorded.position,
  };
}

function applyToPlan(event: PlanEvent, recorded: RecordedEvent, plan: InspectionPlanDoc): InspectionPlanDoc | null {
  const next = { ...plan, lastPosition: recorded.position };
  const m = recorded.metadata;
  switch (event.type) {
    case 'InspectionPlanCompleted':
      return { ...next, status: 'COMPLETED', completionNote: event.data.note, closedAt: m.occurredAt };
    case 'InspectionPlanCancelled':
      return { ...next, status: 'CANCELLED', cancellationReason: event.data.reason, closedAt: m.occurredAt };
    case 'InspectionPlanInspectorRecused': {
      const d = event.data;
      return {
        ...next,
        assignments: plan.assignments.map((a) =>
          a.unitId === d.unitId ? { unitId: a.unitId, inspectorIds: a.inspectorIds.map((id) => (id === d.inspectorId ? d.replacementId : id)) } : a,
        ),
        recusals: [
          ...plan.recusals,
          { unitId: d.unitId, inspectorId: d.inspectorId, replacementId: d.replacementId, reason: d.reason, redraw: d.redraw, actor: m.actor, occurredAt: m.occurredAt, recordedAt: m.recordedAt },
        ],
      };
    }
    default:
      return null;
  }
}

export const inspectionPlansProjection: Projection = {
  name: 'inspection-plans',
  collections: [{ name: INSPECTION_PLANS, indexes: ['bureauId', 'from'] }],
  handles: ['InspectionPlanned', 'InspectionPlanCompleted', 'InspectionPlanCancelled', 'InspectionPlanInspectorRecused'],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const event = recorded as unknown as PlanEvent;
    const planId = (event.data as { planId?: unknown })?.planId;
    if (typeof planId !== 'string') return;
    const current = tx.get<InspectionPlanDoc>(INSPECTION_PLANS, planId);
    if (current && current.lastPosition >= recorded.position) return; // already applied
    if (event.type === 'InspectionPlanned') {
      if (!current) tx.put(INSPECTION_PLANS, planned(event.data, recorded));
      return;
    }
    if (!current) return; // an act on a plan this model never saw made
    const next = applyToPlan(event, recorded, current);
    if (next) tx.put(INSPECTION_PLANS, next);
  },
};
