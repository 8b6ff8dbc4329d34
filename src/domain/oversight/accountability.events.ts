import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { Period } from './rules';

/**
 * Accountability between bureaus ("inaction is dereliction"): a bureau reports its implementation to a bureau
 * above it, and a bureau above reviews a lower one's supervision. Both bureaus are named so that the act is in
 * both bureaus' histories: the reporting bureau in `reportingBureauId` and the bureau reported to in `bureauId`;
 * the reviewer in `bureauId` and the reviewed bureau in `reviewedBureauId`.
 */
export const REVIEW_RATINGS = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

export type ImplementationReported = Event<
  'ImplementationReported',
  {
    reportId: string;
    /** The bureau that reports. */
    reportingBureauId: string;
    /** The bureau above, to which it reports. */
    bureauId: string;
    day: Day;
    period: Period;
    summary: string;
    /** The reporting bureau's own figures, as it states them (a JSON object). */
    figures: Record<string, unknown> | null;
  }
>;

export type SupervisionReviewed = Event<
  'SupervisionReviewed',
  {
    reviewId: string;
    /** The reviewing bureau, above the reviewed one. */
    bureauId: string;
    reviewedBureauId: string;
    day: Day;
    period: Period;
    rating: ReviewRating;
    findings: string;
  }
>;

export type AccountabilityEvent = ImplementationReported | SupervisionReviewed;
export const implementationReportStreamId = (reportId: string): string => `implementation-report-${reportId}`;
export const supervisionReviewStreamId = (reviewId: string): string => `supervision-review-${reviewId}`;
