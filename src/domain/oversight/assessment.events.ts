import type { Event } from '../shared/event';
import type { Day } from '../shared/day';

/**
 * Assessments, certifications and recognitions of a unit's archival work (考核、认证、认定): a scheme, a grade, how
 * long it is valid. A bureau may record them for units supervised by it or by a bureau below it in its region.
 * They do not count as inspections for the cycle (the cycle counts the inspection area's ASSESSMENT kind, not these).
 */
export const ASSESSMENT_KINDS = ['ASSESSMENT', 'CERTIFICATION', 'RECOGNITION'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export type AssessmentRecorded = Event<
  'AssessmentRecorded',
  {
    assessmentId: string;
    bureauId: string;
    unitId: string;
    /** The unit's region on the day. */
    regionCode: string;
    day: Day;
    kind: AssessmentKind;
    /** e.g. 机关档案工作目标管理考核, 数字档案室示范单位. */
    scheme: string;
    grade: string;
    /** Last day of validity; null when the scheme sets none. */
    validUntil: Day | null;
    note: string | null;
  }
>;

export type AssessmentEvent = AssessmentRecorded;
export const assessmentStreamId = (assessmentId: string): string => `assessment-${assessmentId}`;
