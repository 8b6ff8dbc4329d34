import type { BureauState } from '../registry/bureau.decider';
import type { Decider } from '../shared/decider';
import type { Day } from '../shared/day';
import { ConflictError, UnreachableCaseError, ValidationError } from '../shared/errors';
import { isWithin } from '../shared/region';
import { requireText } from '../shared/text';
import { REVIEW_RATINGS, type ImplementationReported, type ReviewRating, type SupervisionReviewed } from './accountability.events';
import { OVERSIGHT_LIMITS } from './limits';
import { requireEstablishedBureau, requirePeriod, type Period } from './rules';

/** Two bureaus, the lower one (reporting, reviewed) and the higher one (reported to, reviewing). */
export interface BureauPairContext {
  lower: BureauState | null;
  higher: BureauState | null;
}

/** `higherId`'s region strictly contains `lowerId`'s (a bureau's id is its region's code). */
function requireAbove(lowerId: string, higherId: string, field: string, reason: string): void {
  if (lowerId === higherId || !isWithin(lowerId, higherId)) {
    throw new ValidationError(`Bureau ${higherId} is not above bureau ${lowerId}`, field, reason, { lowerId, higherId });
  }
}

export type ReportImplementation = {
  type: 'ReportImplementation';
  data: { reportId: string; reportingBureauId: string; toBureauId: string; day: Day; period: Period; summary: string; figures: Record<string, unknown> | null };
};
export type ImplementationReportState = { status: 'none' } | { status: 'reported'; reportId: string; reportingBureauId: string };

function requireFigures(figures: Record<string, unknown> | null): Record<string, unknown> | null {
  if (figures === null) return null;
  if (typeof figures !== 'object' || Array.isArray(figures)) throw new ValidationError('figures is a JSON object', 'figures', 'INVALID_FIGURES');
  if (JSON.stringify(figures).length > OVERSIGHT_LIMITS.figuresJson) {
    throw new ValidationError(`figures is longer than ${OVERSIGHT_LIMITS.figuresJson} characters`, 'figures', 'TOO_LONG', { max: OVERSIGHT_LIMITS.figuresJson });
  }
  return figures;
}

export const implementationReportDecider: Decider<ImplementationReportState, ReportImplementation, ImplementationReported, BureauPairContext> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) =>
    event.type === 'ImplementationReported' ? { status: 'reported', reportId: event.data.reportId, reportingBureauId: event.data.reportingBureauId } : state,
  decide(command, state, context) {
    if (command.type !== 'ReportImplementation') throw new UnreachableCaseError(command.type);
    const d = command.data;
    if (state.status !== 'none') throw new ConflictError(`Report ${d.reportId} already exists`, 'IMPLEMENTATION_REPORT_EXISTS');
    // Where the other bureau lies is judged before whether it exists (ids are region codes): a refusal never tells
    // a bureau that is not above from one that does not exist.
    requireAbove(d.reportingBureauId, d.toBureauId, 'toBureauId', 'NOT_A_HIGHER_BUREAU');
    const reporting = requireEstablishedBureau(context.lower, d.reportingBureauId, 'reportingBureauId');
    const receiving = requireEstablishedBureau(context.higher, d.toBureauId, 'toBureauId');
    return [
      {
        type: 'ImplementationReported',
        data: {
          reportId: d.reportId,
          reportingBureauId: reporting.bureauId,
          bureauId: receiving.bureauId,
          day: d.day,
          period: requirePeriod(d.period, 'period', d.day),
          summary: requireText(d.summary, 'summary', OVERSIGHT_LIMITS.longText),
          figures: requireFigures(d.figures),
        },
      },
    ];
  },
};

export type ReviewSupervision = {
  type: 'ReviewSupervision';
  data: { reviewId: string; bureauId: string; reviewedBureauId: string; day: Day; period: Period; rating: ReviewRating; findings: string };
};
export type SupervisionReviewState = { status: 'none' } | { status: 'reviewed'; reviewId: string; bureauId: string };

export const supervisionReviewDecider: Decider<SupervisionReviewState, ReviewSupervision, SupervisionReviewed, BureauPairContext> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) =>
    event.type === 'SupervisionReviewed' ? { status: 'reviewed', reviewId: event.data.reviewId, bureauId: event.data.bureauId } : state,
  decide(command, state, context) {
    if (command.type !== 'ReviewSupervision') throw new UnreachableCaseError(command.type);
    const d = command.data;
    if (state.status !== 'none') throw new ConflictError(`Review ${d.reviewId} already exists`, 'SUPERVISION_REVIEW_EXISTS');
    // Higher bureaus review lower ones (the notice: 上级档案部门对下级的监督), never the other way round; judged
    // before existence, as for reports.
    requireAbove(d.reviewedBureauId, d.bureauId, 'reviewedBureauId', 'NOT_A_LOWER_BUREAU');
    const reviewer = requireEstablishedBureau(context.higher, d.bureauId, 'bureauId');
    const reviewed = requireEstablishedBureau(context.lower, d.reviewedBureauId, 'reviewedBureauId');
    if (!REVIEW_RATINGS.includes(d.rating)) throw new ValidationError(`Unknown rating ${String(d.rating)}`, 'rating', 'INVALID_RATING');
    return [
      {
        type: 'SupervisionReviewed',
        data: {
          reviewId: d.reviewId,
          bureauId: reviewer.bureauId,
          reviewedBureauId: reviewed.bureauId,
          day: d.day,
          period: requirePeriod(d.period, 'period', d.day),
          rating: d.rating,
          findings: requireText(d.findings, 'findings', OVERSIGHT_LIMITS.longText),
        },
      },
    ];
  },
};
