import type { AccountabilityEvent } from './accountability.events';
import type { AssessmentEvent } from './assessment.events';
import type { BulletinEvent } from './bulletin.events';
import type { GuidanceEvent } from './guidance.events';
import type { LeadEvent } from './lead.events';
import type { SelfReportEvent } from './self-report.events';
import type { TrainingEvent } from './training.events';
import type { ViolationCaseEvent } from './violation-case.events';

/** Every event of the oversight area. */
export type OversightEvent =
  | GuidanceEvent
  | SelfReportEvent
  | LeadEvent
  | BulletinEvent
  | TrainingEvent
  | AssessmentEvent
  | ViolationCaseEvent
  | AccountabilityEvent;

/** Current schema version of each event type (bumped with an upcaster when a shape changes). */
export const OVERSIGHT_SCHEMA_VERSIONS: Readonly<Record<OversightEvent['type'], number>> = {
  GuidanceProvided: 1,
  SelfReportSubmitted: 1,
  SelfReportAcknowledged: 1,
  SelfReportFlagged: 1,
  LeadReceived: 1,
  LeadInvestigated: 1,
  HandlingRecommendationSent: 1,
  HandlingReplyReceived: 1,
  LeadClosed: 1,
  BulletinIssued: 1,
  BulletinWithdrawn: 1,
  TrainingHeld: 1,
  AssessmentRecorded: 1,
  ViolationCaseOpened: 1,
  ViolationCaseClosed: 1,
  ImplementationReported: 1,
  SupervisionReviewed: 1,
};

export const OVERSIGHT_EVENT_TYPES = Object.keys(OVERSIGHT_SCHEMA_VERSIONS) as OversightEvent['type'][];
