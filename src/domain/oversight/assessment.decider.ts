import type { BureauState } from '../registry/bureau.decider';
import type { Decider } from '../shared/decider';
import { isDay, type Day } from '../shared/day';
import { ConflictError, UnreachableCaseError, ValidationError } from '../shared/errors';
import { optionalText, requireText } from '../shared/text';
import { ASSESSMENT_KINDS, type AssessmentEvent, type AssessmentKind } from './assessment.events';
import { OVERSIGHT_LIMITS } from './limits';
import { requireEstablishedBureau, requireWithinBureauRegion } from './rules';
import type { UnitView } from './unit-on-day';

export type RecordAssessment = {
  type: 'RecordAssessment';
  data: {
    assessmentId: string;
    bureauId: string;
    unitId: string;
    day: Day;
    kind: AssessmentKind;
    scheme: string;
    grade: string;
    validUntil: Day | null;
    note: string | null;
  };
};
export type AssessmentCommand = RecordAssessment;
export type AssessmentState = { status: 'none' } | { status: 'recorded'; assessmentId: string; bureauId: string };

export interface AssessmentContext {
  bureau: BureauState | null;
  units: UnitView;
}

function decide(command: AssessmentCommand, state: AssessmentState, context: AssessmentContext): AssessmentEvent[] {
  switch (command.type) {
    case 'RecordAssessment': {
      const d = command.data;
      if (state.status !== 'none') throw new ConflictError(`Assessment ${d.assessmentId} already exists`, 'ASSESSMENT_EXISTS');
      const bureau = requireEstablishedBureau(context.bureau, d.bureauId);
      if (!ASSESSMENT_KINDS.includes(d.kind)) throw new ValidationError(`Unknown kind ${String(d.kind)}`, 'kind', 'INVALID_KIND');
      const unit = requireWithinBureauRegion(context.units, d.unitId, bureau.bureauId, d.day);
      if (d.validUntil !== null && !isDay(d.validUntil)) throw new ValidationError('validUntil must be a date YYYY-MM-DD', 'validUntil', 'INVALID_DATE');
      if (d.validUntil !== null && d.validUntil <= d.day) {
        throw new ValidationError('validUntil lies after the day of the assessment', 'validUntil', 'VALIDITY_BEFORE_ASSESSMENT');
      }
      return [
        {
          type: 'AssessmentRecorded',
          data: {
            assessmentId: d.assessmentId,
            bureauId: bureau.bureauId,
            unitId: d.unitId,
            regionCode: unit.regionCode ?? '',
            day: d.day,
            kind: d.kind,
            scheme: requireText(d.scheme, 'scheme', OVERSIGHT_LIMITS.title),
            grade: requireText(d.grade, 'grade', OVERSIGHT_LIMITS.shortText),
            validUntil: d.validUntil,
            note: optionalText(d.note, 'note', OVERSIGHT_LIMITS.longText),
          },
        },
      ];
    }
    default:
      throw new UnreachableCaseError(command.type);
  }
}

export const assessmentDecider: Decider<AssessmentState, AssessmentCommand, AssessmentEvent, AssessmentContext> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) =>
    event.type === 'AssessmentRecorded' ? { status: 'recorded', assessmentId: event.data.assessmentId, bureauId: event.data.bureauId } : state,
  decide,
};
