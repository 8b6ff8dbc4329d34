import { registerEnumType } from 'type-graphql';
import { REVIEW_OUTCOMES } from '../../domain/rectification/rectification.commands';
import { ORDER_STATUSES, type OrderStatus } from '../../domain/rectification/rectification.events';
import type { ActorRole } from '../../domain/shared/event';
import type { EvidenceRef } from '../../domain/supervision/common';

/** GraphQL enums mirror the domain's string unions, value for value. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type EvidenceKind = EvidenceRef['kind'];

export const RectificationStatusEnum = enumOf<OrderStatus>(ORDER_STATUSES);
export const ReviewOutcomeEnum = enumOf<ReviewOutcome>(REVIEW_OUTCOMES);
export const RectificationEvidenceKindEnum = enumOf<EvidenceKind>(['DOCUMENT_NUMBER', 'SHA256']);
export const RectificationActTypeEnum = enumOf([
  'RectificationOrdered',
  'RectificationDeadlineExtended',
  'RectificationReportSubmitted',
  'RectificationReviewed',
  'RectificationFollowedUp',
] as const);

// Names carry the area's prefix: the other supervision areas build their own enums at the same time.
registerEnumType(RectificationStatusEnum, {
  name: 'RectificationStatus',
  description: "An order's status on a day: OPEN, REPORTED (a report awaits review), OVERDUE, CLOSED_ON_TIME, CLOSED_LATE",
});
registerEnumType(ReviewOutcomeEnum, { name: 'RectificationReviewOutcome', description: 'ACCEPTED closes the order; REJECTED keeps it open' });
registerEnumType(RectificationEvidenceKindEnum, {
  name: 'RectificationEvidenceKind',
  description: 'Evidence is referenced, never stored: a document number (文号) or a SHA-256 of the content',
});
registerEnumType(RectificationActTypeEnum, { name: 'RectificationActType', description: 'The event type of an act on an order' });

/** Who submits a unit's report: the unit itself, or the ordering bureau's staff on its behalf (policy checks which). */
export const REPORT_SUBMITTERS: ActorRole[] = ['NATIONAL_ADMIN', 'BUREAU_STAFF', 'UNIT_REPORTER'];
