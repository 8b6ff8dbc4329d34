import { sameChecklist, type PublishedChecklist } from '../checklist/checklist';
import type { Decider } from '../shared/decider';
import type { Day } from '../shared/day';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { TEXT_LIMITS, requireText } from '../shared/text';
import type { InspectionCommand, InspectionRecord, RecordInspection } from './inspection.commands';
import { statedOutcomes, resultsWithFindingIds, type InspectionEvent, type InspectionRecordCorrected } from './inspection.events';
import { validConclusion, validDay, validEvidence, validFindings, validInspectionInspectors, validResults } from './inspection.rules';
import { evolveInspection, initialInspectionState, type InspectionData, type InspectionState } from './inspection.state';
import { checklistItemsFor } from './inspection.validation';
import type { PlanState } from './plan.state';
import { regionOn, type UnitFacts } from './unit-facts';

/** What an inspection act needs beyond its own stream, loaded by the service. */
export interface InspectionContext {
  /** The unit's registry facts (null: never registered). */
  unit: UnitFacts | null;
  /** The checklist version named (by the command, or by the record being corrected). */
  checklist: PublishedChecklist | null;
  /** The plan named by a new record, if any. */
  plan: PlanState | null;
  /** Today in China, from the server's clock: no inspection happens in the future. */
  today: Day;
}

function requireUnit(context: InspectionContext, unitId: string): UnitFacts {
  if (!context.unit || context.unit.unitId !== unitId) throw new NotFoundError(`Unit ${unitId} is not registered`, 'UNIT_NOT_FOUND', { unitId });
  return context.unit;
}

/** A record made under a plan: the plan is the bureau's, not cancelled, names the unit, and fixes kind and checklist. */
function requirePlanFits(d: RecordInspection['data'], plan: PlanState | null): void {
  if (d.planId === null) return;
  if (!plan || plan.status === 'none' || plan.planId !== d.planId || plan.bureauId !== d.bureauId) {
    throw new ValidationError(`Plan ${d.planId} is not a plan of bureau ${d.bureauId}`, 'planId', 'UNKNOWN_PLAN', { planId: d.planId });
  }
  if (plan.status === 'CANCELLED') throw new RuleViolation(`Plan ${d.planId} is cancelled`, 'PLAN_CANCELLED', { planId: d.planId });
  if (!plan.unitIds.includes(d.unitId)) {
    throw new ValidationError(`Unit ${d.unitId} is not a target of plan ${d.planId}`, 'unitId', 'NOT_A_TARGET', { planId: d.planId });
  }
  if (plan.kind !== d.kind) throw new ValidationError(`Plan ${d.planId} is for ${plan.kind} inspections`, 'kind', 'PLAN_KIND_MISMATCH');
  if (!sameChecklist(plan.checklist, d.checklist)) {
    throw new ValidationError(`Plan ${d.planId} uses checklist ${plan.checklist.checklistId} v${plan.checklist.version}`, 'checklistId', 'PLAN_CHECKLIST_MISMATCH');
  }
}

/** The whole record judged by the rules; `checkDay` false keeps an unchanged day from being judged again. */
function validRecord(record: InspectionRecord, base: Pick<InspectionData, 'bureauId' | 'kind' | 'checklist'>, context: InspectionContext, unit: UnitFacts, checkDay: boolean): InspectionRecord {
  const day = checkDay ? validDay(record.day, unit, base.bureauId, context.today) : record.day;
  const items = checklistItemsFor(context.checklist, base.checklist, base.kind);
  const inspectors = validInspectionInspectors(record.inspectors, base.kind);
  const results = validResults(items, record.results);
  const findings = validFindings(record.findings, results, items);
  return { day, inspectors, results, findings, conclusion: validConclusion(record.conclusion), evidence: validEvidence(record.evidence) };
}

function requireConducted(state: InspectionState, inspectionId: string): InspectionData {
  if (state.status === 'none') throw new NotFoundError(`Inspection ${inspectionId} does not exist`, 'INSPECTION_NOT_FOUND', { inspectionId });
  if (state.status === 'WITHDRAWN') {
    throw new RuleViolation(`Inspection ${inspectionId} is withdrawn and takes no further acts`, 'INSPECTION_WITHDRAWN', { inspectionId });
  }
  return state.record;
}

const RECORD_FIELDS = ['day', 'inspectors', 'results', 'findings', 'conclusion', 'evidence'] as const;

export function decideInspection(command: InspectionCommand, state: InspectionState, context: InspectionContext): InspectionEvent[] {
  switch (command.type) {
    case 'RecordInspection': {
      const d = command.data;
      if (state.status !== 'none') throw new ConflictError(`Inspection ${d.inspectionId} already exists`, 'INSPECTION_EXISTS');
      const unit = requireUnit(context, d.unitId);
      const day = validDay(d.day, unit, d.bureauId, context.today);
      requirePlanFits(d, context.plan);
      const record = validRecord({ ...d, day }, d, context, unit, false);
      const region = regionOn(unit, day);
      return [
        {
          type: 'InspectionConducted',
          data: {
            inspectionId: d.inspectionId,
            bureauId: d.bureauId,
            unitId: d.unitId,
            planId: d.planId,
            ...(region && { region }),
            kind: d.kind,
            day: record.day,
            inspectors: record.inspectors,
            checklist: { checklistId: d.checklist.checklistId, version: d.checklist.version },
            // Version 2: each result names the findings recorded against its item.
            results: resultsWithFindingIds(record.results, record.findings),
            findings: record.findings,
            conclusion: record.conclusion,
            evidence: record.evidence,
          },
        },
      ];
    }
    case 'CorrectInspectionRecord': {
      const d = command.data;
      const current = requireConducted(state, d.inspectionId);
      const reason = requireText(d.reason, 'reason', TEXT_LIMITS.reason);
      const unit = requireUnit(context, current.unitId);
      const defined = Object.fromEntries(Object.entries(d.changes).filter(([, v]) => v !== undefined)) as Partial<InspectionRecord>;
      // Results are compared and restated as stated: their findingIds are derived, by whoever applies the correction.
      const stated: InspectionRecord = { ...current, results: statedOutcomes(current.results) };
      const merged = validRecord({ ...stated, ...defined }, current, context, unit, defined.day !== undefined && defined.day !== current.day);
      const changes: InspectionRecordCorrected['data']['changes'] = {};
      for (const field of RECORD_FIELDS) {
        if (JSON.stringify(merged[field]) !== JSON.stringify(stated[field])) Object.assign(changes, { [field]: merged[field] });
      }
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'InspectionRecordCorrected', data: { inspectionId: d.inspectionId, bureauId: current.bureauId, unitId: current.unitId, reason, changes } }];
    }
    case 'WithdrawInspection': {
      const d = command.data;
      const current = requireConducted(state, d.inspectionId);
      const reason = requireText(d.reason, 'reason', TEXT_LIMITS.reason);
      return [{ type: 'InspectionWithdrawn', data: { inspectionId: d.inspectionId, bureauId: current.bureauId, unitId: current.unitId, reason } }];
    }
    default:
      throw new UnreachableCaseError(command);
  }
}

export const inspectionDecider: Decider<InspectionState, InspectionCommand, InspectionEvent, InspectionContext> = {
  initialState: initialInspectionState,
  evolve: evolveInspection,
  decide: decideInspection,
};
