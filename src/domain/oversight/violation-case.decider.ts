import type { BureauState } from '../registry/bureau.decider';
import type { Decider } from '../shared/decider';
import { addDays, type Day } from '../shared/day';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { optionalText, requireText } from '../shared/text';
import { CASE_DECISION_LIMIT_DAYS, OVERSIGHT_LIMITS, PENALISED_PARTIES, PENALTY_RANGES_YUAN } from './limits';
import { requireEstablishedBureau, requireNotBefore, requireSupervisedBy } from './rules';
import type { UnitView } from './unit-on-day';
import { CASE_OUTCOMES, type CaseOrigin, type CaseOutcome, type Penalty, type ViolationCaseEvent } from './violation-case.events';

export type OpenViolationCase = {
  type: 'OpenViolationCase';
  data: { caseId: string; bureauId: string; unitId: string; day: Day; origin: CaseOrigin; legalBasis: string; summary: string };
};
export type CloseViolationCase = {
  type: 'CloseViolationCase';
  data: {
    caseId: string;
    day: Day;
    outcome: CaseOutcome;
    penalties: Penalty[];
    transferredTo: string | null;
    decisionNumber: string | null;
    note: string | null;
  };
};
export type ViolationCaseCommand = OpenViolationCase | CloseViolationCase;

export type ViolationCaseState =
  | { status: 'none' }
  | { status: 'open' | 'closed'; caseId: string; bureauId: string; unitId: string; day: Day; decisionDueBy: Day };

/** The lead or inspection a case is opened from, as read from its stream (null when it does not exist). */
export interface LeadOrigin {
  leadId: string;
  bureauId: string;
  unitIds: string[];
  receivedOn: Day;
  open: boolean;
  investigated: boolean;
}
export interface InspectionOrigin {
  inspectionId: string;
  bureauId: string;
  unitId: string;
  day: Day;
  withdrawn: boolean;
}

export interface ViolationCaseContext {
  bureau: BureauState | null;
  units: UnitView;
  lead: LeadOrigin | null;
  inspection: InspectionOrigin | null;
}

function requireOrigin(d: OpenViolationCase['data'], context: ViolationCaseContext): CaseOrigin {
  const origin = d.origin;
  switch (origin.kind) {
    case 'LEAD': {
      const lead = context.lead;
      if (!lead || lead.leadId !== origin.leadId || lead.bureauId !== d.bureauId) {
        throw new NotFoundError(`Lead ${origin.leadId} does not exist`, 'LEAD_NOT_FOUND', { field: 'origin.leadId' });
      }
      if (!lead.unitIds.includes(d.unitId)) throw new ValidationError('The lead does not concern this unit', 'unitId', 'UNIT_NOT_IN_ORIGIN');
      if (!lead.open) throw new RuleViolation('The lead is closed', 'LEAD_CLOSED');
      if (!lead.investigated) throw new RuleViolation('A lead is investigated before a case is opened from it', 'LEAD_NOT_INVESTIGATED');
      requireNotBefore(d.day, lead.receivedOn, 'the lead was received');
      return { kind: 'LEAD', leadId: lead.leadId };
    }
    case 'INSPECTION': {
      const inspection = context.inspection;
      if (!inspection || inspection.inspectionId !== origin.inspectionId || inspection.bureauId !== d.bureauId) {
        throw new NotFoundError(`Inspection ${origin.inspectionId} does not exist`, 'INSPECTION_NOT_FOUND', { field: 'origin.inspectionId' });
      }
      if (inspection.unitId !== d.unitId) throw new ValidationError('The inspection was of another unit', 'unitId', 'UNIT_NOT_IN_ORIGIN');
      if (inspection.withdrawn) throw new RuleViolation('The inspection was withdrawn', 'INSPECTION_WITHDRAWN');
      requireNotBefore(d.day, inspection.day, 'the inspection');
      return { kind: 'INSPECTION', inspectionId: inspection.inspectionId };
    }
    default:
      throw new UnreachableCaseError(origin);
  }
}

function requirePenalties(d: CloseViolationCase['data']): Penalty[] {
  if (d.outcome !== 'PENALTY') {
    if (d.penalties.length > 0) throw new ValidationError('Only a penalty decision names fines', 'penalties', 'NOT_ALLOWED');
    return [];
  }
  if (d.penalties.length === 0) throw new ValidationError('A penalty decision names at least one fine', 'penalties', 'REQUIRED');
  if (d.penalties.length > OVERSIGHT_LIMITS.listEntries) throw new ValidationError('Too many fines', 'penalties', 'TOO_MANY');
  return d.penalties.map((p, i) => {
    if (!PENALISED_PARTIES.includes(p.party)) throw new ValidationError(`Unknown party ${String(p.party)}`, `penalties[${i}].party`, 'INVALID_PARTY');
    const range = PENALTY_RANGES_YUAN[p.party];
    if (!Number.isFinite(p.amountYuan) || p.amountYuan < range.min || p.amountYuan > range.max) {
      throw new ValidationError(`A fine on ${p.party} lies between ¥${range.min} and ¥${range.max} (档案法§49)`, `penalties[${i}].amountYuan`, 'PENALTY_OUT_OF_RANGE', {
        min: range.min,
        max: range.max,
      });
    }
    return { party: p.party, amountYuan: p.amountYuan };
  });
}

function decide(command: ViolationCaseCommand, state: ViolationCaseState, context: ViolationCaseContext): ViolationCaseEvent[] {
  switch (command.type) {
    case 'OpenViolationCase': {
      const d = command.data;
      if (state.status !== 'none') throw new ConflictError(`Case ${d.caseId} already exists`, 'CASE_EXISTS');
      const bureau = requireEstablishedBureau(context.bureau, d.bureauId);
      const unit = requireSupervisedBy(context.units, d.unitId, bureau.bureauId, d.day);
      const origin = requireOrigin(d, context);
      return [
        {
          type: 'ViolationCaseOpened',
          data: {
            caseId: d.caseId,
            bureauId: bureau.bureauId,
            unitId: d.unitId,
            regionCode: unit.regionCode ?? '',
            day: d.day,
            origin,
            legalBasis: requireText(d.legalBasis, 'legalBasis', OVERSIGHT_LIMITS.shortText),
            summary: requireText(d.summary, 'summary', OVERSIGHT_LIMITS.longText),
            decisionDueBy: addDays(d.day, CASE_DECISION_LIMIT_DAYS),
          },
        },
      ];
    }
    case 'CloseViolationCase': {
      const d = command.data;
      if (state.status === 'none') throw new NotFoundError(`Case ${d.caseId} does not exist`, 'CASE_NOT_FOUND', { caseId: d.caseId });
      if (state.status === 'closed') throw new RuleViolation(`Case ${d.caseId} is closed`, 'CASE_CLOSED');
      requireNotBefore(d.day, state.day, 'the case was opened');
      if (!CASE_OUTCOMES.includes(d.outcome)) throw new ValidationError(`Unknown outcome ${String(d.outcome)}`, 'outcome', 'INVALID_OUTCOME');
      const transferredTo = optionalText(d.transferredTo, 'transferredTo', OVERSIGHT_LIMITS.title);
      if (d.outcome === 'TRANSFERRED' && transferredTo === null) throw new ValidationError('Name the authority the case went to', 'transferredTo', 'REQUIRED');
      if (d.outcome !== 'TRANSFERRED' && transferredTo !== null) throw new ValidationError('Only a transfer names an authority', 'transferredTo', 'NOT_ALLOWED');
      const decisionNumber = optionalText(d.decisionNumber, 'decisionNumber', OVERSIGHT_LIMITS.shortText);
      // A penalty or a warning is an administrative penalty decision, which has its document number.
      if ((d.outcome === 'PENALTY' || d.outcome === 'WARNING') && decisionNumber === null) {
        throw new ValidationError('A penalty decision has a document number', 'decisionNumber', 'REQUIRED');
      }
      const { caseId, bureauId, unitId, decisionDueBy } = state;
      return [
        {
          type: 'ViolationCaseClosed',
          data: {
            caseId,
            bureauId,
            unitId,
            day: d.day,
            outcome: d.outcome,
            penalties: requirePenalties(d),
            transferredTo,
            decisionNumber,
            note: optionalText(d.note, 'note', OVERSIGHT_LIMITS.longText),
            withinDecisionLimit: d.day <= decisionDueBy,
          },
        },
      ];
    }
    default:
      throw new UnreachableCaseError(command);
  }
}

function evolve(state: ViolationCaseState, event: ViolationCaseEvent): ViolationCaseState {
  switch (event.type) {
    case 'ViolationCaseOpened': {
      const d = event.data;
      return { status: 'open', caseId: d.caseId, bureauId: d.bureauId, unitId: d.unitId, day: d.day, decisionDueBy: d.decisionDueBy };
    }
    case 'ViolationCaseClosed':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
    default:
      return state;
  }
}

export const violationCaseDecider: Decider<ViolationCaseState, ViolationCaseCommand, ViolationCaseEvent, ViolationCaseContext> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
