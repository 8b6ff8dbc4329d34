import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { ChecklistRef, ItemOutcome } from '../inspection/inspection.events';
import type { Period } from './rules';

/**
 * A unit's periodic self-report on its own archival work (实施条例§45: required of organs, organisations and
 * state-owned units; others may report too), against a checklist version, with a self-assessed result for every
 * item. The bureau acknowledges it, or flags discrepancies — also after acknowledging it, when a later inspection
 * contradicts it. Self-reports never count for the cycle.
 */
export type SelfReportSubmitted = Event<
  'SelfReportSubmitted',
  {
    reportId: string;
    unitId: string;
    /** The unit's region on the day. */
    regionCode: string;
    /** The bureau that supervised the unit on the day of submission, to which the report is addressed. */
    bureauId: string;
    day: Day;
    period: Period;
    checklist: ChecklistRef;
    /** One self-assessed result for every item of the checklist version. */
    results: ItemOutcome[];
    summary: string | null;
  }
>;

export type SelfReportAcknowledged = Event<
  'SelfReportAcknowledged',
  { reportId: string; unitId: string; bureauId: string; day: Day; note: string | null }
>;

export interface FlaggedDiscrepancy {
  /** An item of the report's checklist. */
  itemCode: string;
  note: string;
  /** The inspection that contradicted the self-assessment, when one did. */
  inspectionId: string | null;
}

export type SelfReportFlagged = Event<
  'SelfReportFlagged',
  { reportId: string; unitId: string; bureauId: string; day: Day; reason: string; discrepancies: FlaggedDiscrepancy[] }
>;

export type SelfReportEvent = SelfReportSubmitted | SelfReportAcknowledged | SelfReportFlagged;
export const selfReportStreamId = (reportId: string): string => `self-report-${reportId}`;
