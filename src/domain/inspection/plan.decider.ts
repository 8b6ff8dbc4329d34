import type { PublishedChecklist } from '../checklist/checklist';
import type { Decider } from '../shared/decider';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { TEXT_LIMITS, optionalText, requireText } from '../shared/text';
import type { Inspector } from '../supervision/common';
import { DRAW_ALGORITHM, recusalLabel, sample, sortIds } from './draw';
import type { PlanEvent } from './inspection.events';
import { checklistItemsFor, minInspectors, validInspectors, validPeriod } from './inspection.validation';
import type { DrawInspectionPlan, PlanCommand, PlanInspections } from './plan.commands';
import { MAX_TARGETS, decideDraw } from './plan.draw';
import { evolvePlan, initialPlanState, type PlanState } from './plan.state';
import type { UnitFacts } from './unit-facts';

/** What a new plan needs beyond its own (empty) stream, loaded by the service. */
export interface PlanContext {
  bureauEstablished: boolean;
  checklist: PublishedChecklist | null;
  /** Listed plans: each named unit's facts (null: never registered). */
  units: Readonly<Record<string, UnitFacts | null>>;
}

export const emptyPlanContext: PlanContext = { bureauEstablished: false, checklist: null, units: {} };

export const MAX_ROSTER = 500;

type Open = Extract<PlanState, { status: 'PLANNED' }>;

function requireNew(state: PlanState, planId: string): void {
  if (state.status !== 'none') throw new ConflictError(`Plan ${planId} already exists`, 'PLAN_EXISTS', { planId });
}

function requireOpen(state: PlanState, planId: string): Open {
  if (state.status === 'none') throw new NotFoundError(`Plan ${planId} does not exist`, 'PLAN_NOT_FOUND', { planId });
  if (state.status === 'COMPLETED') throw new RuleViolation(`Plan ${planId} is completed`, 'PLAN_COMPLETED', { planId });
  if (state.status === 'CANCELLED') throw new RuleViolation(`Plan ${planId} is cancelled`, 'PLAN_CANCELLED', { planId });
  return state;
}

/** What every new plan checks: its bureau, title, period, and a checklist version that the kind uses. */
function common(d: PlanInspections['data'] | DrawInspectionPlan['data'], context: PlanContext) {
  if (!context.bureauEstablished) throw new ValidationError(`Bureau ${d.bureauId} does not exist`, 'bureauId', 'UNKNOWN_BUREAU', { bureauId: d.bureauId });
  const title = requireText(d.title, 'title', TEXT_LIMITS.name);
  const period = validPeriod(d.period);
  checklistItemsFor(context.checklist, d.checklist, d.kind);
  return { title, period };
}

function roster(people: readonly Inspector[], d: { kind: PlanInspections['data']['kind'] }): Inspector[] {
  return validInspectors(people, 'roster', d.kind, { min: 1, max: MAX_ROSTER });
}

/** A listed target must be supervised by the bureau on some day of the period. */
function requireListedTargets(d: PlanInspections['data'], period: { from: string; to: string }, context: PlanContext): string[] {
  if (d.unitIds.length === 0) throw new ValidationError('A plan names at least one unit', 'unitIds', 'REQUIRED');
  if (d.unitIds.length > MAX_TARGETS) throw new ValidationError(`A plan has at most ${MAX_TARGETS} targets`, 'unitIds', 'TOO_MANY_TARGETS');
  const seen = new Set<string>();
  for (const unitId of d.unitIds) {
    if (seen.has(unitId)) throw new ValidationError(`${unitId} is listed twice`, 'unitIds', 'DUPLICATE_TARGET', { unitId });
    seen.add(unitId);
    const facts = context.units[unitId];
    if (!facts) throw new ValidationError(`Unit ${unitId} is not registered`, 'unitIds', 'UNKNOWN_UNIT', { unitId });
    const inScope = facts.timeline.some((i) => i.bureauId === d.bureauId && i.from <= period.to && (i.to === null || i.to > period.from));
    if (!inScope) {
      throw new ValidationError(`Unit ${unitId} is not in the scope of bureau ${d.bureauId} during the period`, 'unitIds', 'UNIT_OUTSIDE_SCOPE', {
        unitId,
        bureauId: d.bureauId,
      });
    }
  }
  return [...d.unitIds];
}

function listedAssignments(d: PlanInspections['data'], unitIds: readonly string[], people: readonly Inspector[]) {
  if (d.assignments === null) return [];
  if (people.length === 0) throw new ValidationError('Assignments name people from a roster', 'roster', 'ROSTER_REQUIRED');
  const onRoster = new Set(people.map((p) => p.personId));
  const targets = new Set(unitIds);
  const assigned = new Set<string>();
  return d.assignments.map((a, i) => {
    const field = `assignments[${i}]`;
    if (!targets.has(a.unitId)) throw new ValidationError(`${a.unitId} is not a target of the plan`, `${field}.unitId`, 'NOT_A_TARGET');
    if (assigned.has(a.unitId)) throw new ValidationError(`${a.unitId} is assigned twice`, `${field}.unitId`, 'DUPLICATE_TARGET');
    assigned.add(a.unitId);
    const ids = [...new Set(a.inspectorIds.map((id) => id.trim()))];
    const min = minInspectors(d.kind);
    if (ids.length < min) throw new ValidationError(`At least ${min} inspectors per target`, `${field}.inspectorIds`, 'TOO_FEW_INSPECTORS', { min });
    const stranger = ids.find((id) => !onRoster.has(id));
    if (stranger) throw new ValidationError(`${stranger} is not on the roster`, `${field}.inspectorIds`, 'NOT_ON_ROSTER', { personId: stranger });
    return { unitId: a.unitId, inspectorIds: ids };
  });
}

export function decidePlan(command: PlanCommand, state: PlanState, context: PlanContext): PlanEvent[] {
  switch (command.type) {
    case 'PlanInspections': {
      const d = command.data;
      requireNew(state, d.planId);
      const { title, period } = common(d, context);
      const unitIds = requireListedTargets(d, period, context);
      const people = d.roster === null ? [] : roster(d.roster, d);
      const assignments = listedAssignments(d, unitIds, people);
      return [
        {
          type: 'InspectionPlanned',
          data: { planId: d.planId, bureauId: d.bureauId, title, period, kind: d.kind, checklist: d.checklist, unitIds, assignments, selection: { method: 'LISTED' }, roster: people },
        },
      ];
    }
    case 'DrawInspectionPlan': {
      const d = command.data;
      requireNew(state, d.planId);
      const { title, period } = common(d, context);
      const people = roster(d.roster, d);
      const drawn = decideDraw({ ...d, period }, people.map((p) => p.personId));
      return [
        {
          type: 'InspectionPlanned',
          data: { planId: d.planId, bureauId: d.bureauId, title, period, kind: d.kind, checklist: d.checklist, ...drawn, roster: people },
        },
      ];
    }
    case 'RecuseInspector': {
      const d = command.data;
      const plan = requireOpen(state, d.planId);
      const selection = plan.selection;
      if (selection.method !== 'RANDOM_DRAW') {
        throw new RuleViolation('Only a drawn plan replaces an inspector by a re-draw', 'PLAN_NOT_DRAWN', { planId: d.planId });
      }
      const assignment = plan.assignments.find((a) => a.unitId === d.unitId);
      if (!assignment) throw new ValidationError(`${d.unitId} is not a target of the plan`, 'unitId', 'NOT_A_TARGET', { unitId: d.unitId });
      if (!assignment.inspectorIds.includes(d.inspectorId)) {
        throw new ValidationError(`${d.inspectorId} is not assigned to ${d.unitId}`, 'inspectorId', 'INSPECTOR_NOT_ASSIGNED');
      }
      const reason = requireText(d.reason, 'reason', TEXT_LIMITS.reason);
      const recusedHere = plan.recusals.filter((r) => r.unitId === d.unitId).map((r) => r.inspectorId);
      const excluded = new Set([...assignment.inspectorIds, ...recusedHere]);
      const candidates = sortIds(selection.inspectorPool.filter((id) => !excluded.has(id)));
      if (candidates.length === 0) {
        throw new RuleViolation('Nobody left on the roster to replace the inspector', 'NO_REPLACEMENT_AVAILABLE', { unitId: d.unitId });
      }
      const label = recusalLabel(d.unitId, recusedHere.length + 1);
      const [replacementId] = sample(candidates, 1, selection.seed, label) as [string];
      return [
        {
          type: 'InspectionPlanInspectorRecused',
          data: {
            planId: d.planId,
            bureauId: plan.bureauId,
            unitId: d.unitId,
            inspectorId: d.inspectorId,
            reason,
            replacementId,
            redraw: { algorithm: DRAW_ALGORITHM, label, candidates },
          },
        },
      ];
    }
    case 'CompleteInspectionPlan': {
      const plan = requireOpen(state, command.data.planId);
      const note = optionalText(command.data.note, 'note', TEXT_LIMITS.reason);
      return [{ type: 'InspectionPlanCompleted', data: { planId: plan.planId, bureauId: plan.bureauId, note, unitIds: plan.unitIds } }];
    }
    case 'CancelInspectionPlan': {
      const plan = requireOpen(state, command.data.planId);
      const reason = requireText(command.data.reason, 'reason', TEXT_LIMITS.reason);
      return [{ type: 'InspectionPlanCancelled', data: { planId: plan.planId, bureauId: plan.bureauId, reason, unitIds: plan.unitIds } }];
    }
    default:
      throw new UnreachableCaseError(command);
  }
}

export const planDecider: Decider<PlanState, PlanCommand, PlanEvent, PlanContext> = {
  initialState: initialPlanState,
  evolve: evolvePlan,
  decide: decidePlan,
};
