import type { Day } from '../shared/day';
import type { InspectionKind, Inspector } from '../supervision/common';
import type { ChecklistRef, PlanEvent, TargetSelection } from './inspection.events';

export interface PlanDetails {
  planId: string;
  bureauId: string;
  period: { from: Day; to: Day };
  kind: InspectionKind;
  checklist: ChecklistRef;
  unitIds: string[];
  /** Current assignments: recusals applied. */
  assignments: { unitId: string; inspectorIds: string[] }[];
  roster: Inspector[];
  selection: TargetSelection;
  /** Everyone recused from each target so far. */
  recusals: { unitId: string; inspectorId: string }[];
}

/** A plan: not yet made, or made and then open, completed or cancelled (both final). */
export type PlanState =
  | { status: 'none' }
  | ({ status: 'PLANNED' } & PlanDetails)
  | ({ status: 'COMPLETED' } & PlanDetails)
  | ({ status: 'CANCELLED' } & PlanDetails);

export const initialPlanState = (): PlanState => ({ status: 'none' });

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  if (event.type === 'InspectionPlanned') {
    if (state.status !== 'none') return state;
    const d = event.data;
    return {
      status: 'PLANNED',
      planId: d.planId,
      bureauId: d.bureauId,
      period: d.period,
      kind: d.kind,
      checklist: d.checklist,
      unitIds: d.unitIds,
      assignments: d.assignments,
      roster: d.roster ?? [],
      selection: d.selection,
      recusals: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InspectionPlanCompleted':
      return { ...state, status: 'COMPLETED' };
    case 'InspectionPlanCancelled':
      return { ...state, status: 'CANCELLED' };
    case 'InspectionPlanInspectorRecused': {
      const d = event.data;
      return {
        ...state,
        assignments: state.assignments.map((a) =>
          a.unitId === d.unitId ? { unitId: a.unitId, inspectorIds: a.inspectorIds.map((id) => (id === d.inspectorId ? d.replacementId : id)) } : a,
        ),
        recusals: [...state.recusals, { unitId: d.unitId, inspectorId: d.inspectorId }],
      };
    }
    default:
      return state;
  }
}
