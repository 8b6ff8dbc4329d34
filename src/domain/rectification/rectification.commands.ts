import type { Day } from '../shared/day';
import type { EvidenceRef } from '../supervision/common';

/**
 * Commands on one rectification order. `on` is the business day of the act: the service derives it from the
 * command's `occurredAt` (China time), so an act's day and its business time never disagree.
 */

export type OrderRectification = {
  type: 'OrderRectification';
  data: {
    orderId: string;
    inspectionId: string;
    findingIds: string[];
    deadline: Day;
    legalBasis: string;
    documentNumber: string | null;
    on: Day;
  };
};

export type ExtendRectificationDeadline = {
  type: 'ExtendRectificationDeadline';
  data: { orderId: string; deadline: Day; reason: string; on: Day };
};

export interface ReportItemInput {
  findingId: string;
  action: string;
  evidence: EvidenceRef[];
}

export type SubmitRectificationReport = {
  type: 'SubmitRectificationReport';
  data: { orderId: string; items: ReportItemInput[]; on: Day };
};

export type ReviewRectification = {
  type: 'ReviewRectification';
  data: { orderId: string; outcome: 'ACCEPTED' | 'REJECTED'; reasons: string | null; on: Day };
};

export type RecordRectificationFollowUp = {
  type: 'RecordRectificationFollowUp';
  data: { orderId: string; note: string; on: Day };
};

export type RectificationCommand =
  | OrderRectification
  | ExtendRectificationDeadline
  | SubmitRectificationReport
  | ReviewRectification
  | RecordRectificationFollowUp;

export const REVIEW_OUTCOMES = ['ACCEPTED', 'REJECTED'] as const;
