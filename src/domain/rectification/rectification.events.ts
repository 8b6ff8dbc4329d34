import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { EvidenceRef, LegalBasis } from '../supervision/common';

/**
 * After (事后): an order to rectify within a deadline (责令限期整改) for findings of an inspection, extensions, the
 * unit's report, the bureau's review (accepted closes the order; rejected keeps it open), follow-up visits (跟踪).
 */

export type RectificationOrdered = Event<
  'RectificationOrdered',
  {
    orderId: string;
    inspectionId: string;
    bureauId: string;
    unitId: string;
    findingIds: string[];
    orderedOn: Day;
    /** After the order date. */
    deadline: Day;
    legalBasis: LegalBasis;
    documentNumber: string | null;
  }
>;

export type RectificationDeadlineExtended = Event<
  'RectificationDeadlineExtended',
  {
    orderId: string;
    bureauId: string;
    unitId: string;
    previousDeadline: Day;
    deadline: Day;
    reason: string;
    /**
     * The day the extension was granted (added after the catalogue was first written; the decider always writes
     * it). Which deadline was in force on a day depends on it. Optional so that the addition breaks no reader;
     * where it is missing, the business day of the event's `occurredAt` stands in.
     */
    extendedOn?: Day;
  }
>;

export type RectificationReportSubmitted = Event<
  'RectificationReportSubmitted',
  {
    orderId: string;
    bureauId: string;
    unitId: string;
    /** Per finding: what was done, with evidence. */
    items: { findingId: string; action: string; evidence: EvidenceRef[] }[];
    submittedOn: Day;
  }
>;

export type RectificationReviewed = Event<
  'RectificationReviewed',
  { orderId: string; bureauId: string; unitId: string; outcome: 'ACCEPTED' | 'REJECTED'; reasons: string | null; reviewedOn: Day }
>;

export type RectificationFollowedUp = Event<
  'RectificationFollowedUp',
  { orderId: string; bureauId: string; unitId: string; visitedOn: Day; note: string }
>;

export type RectificationEvent =
  | RectificationOrdered
  | RectificationDeadlineExtended
  | RectificationReportSubmitted
  | RectificationReviewed
  | RectificationFollowedUp;

/** An order's status on a given day, derived from its events as of that day. */
export const ORDER_STATUSES = ['OPEN', 'REPORTED', 'OVERDUE', 'CLOSED_ON_TIME', 'CLOSED_LATE'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orderStreamId = (orderId: string): string => `order-${orderId}`;
