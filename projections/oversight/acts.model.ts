import type { Day } from '../../src/domain/shared/day';
import type { Actor } from '../../src/domain/shared/event';
import type { Doc } from '../../src/readstore/port';
import type { NamedUnit, BulletinKind } from '../../src/domain/oversight/bulletin.events';
import type { ArchivistRef, GuidanceForm, RaisedDifficulty } from '../../src/domain/oversight/guidance.events';
import type { FlaggedDiscrepancy } from '../../src/domain/oversight/self-report.events';
import type { LeadOutcome, LeadSource, RecommendationRecipientKind } from '../../src/domain/oversight/lead.events';
import type { TrainingTopic } from '../../src/domain/oversight/training.events';
import type { AssessmentKind } from '../../src/domain/oversight/assessment.events';
import type { CaseOrigin, CaseOutcome, Penalty } from '../../src/domain/oversight/violation-case.events';
import type { ReviewRating } from '../../src/domain/oversight/accountability.events';
import type { ChecklistRef, ItemOutcome } from '../../src/domain/inspection/inspection.events';
import type { Period } from '../../src/domain/oversight/rules';

/**
 * One read model for every oversight record (`supervisory_acts`, a `kind` per document), and one lookup index
 * (`supervisory_act_index`) whose rows hold scalars only, so that any document store answers every list query with
 * one range scan on `_id`: `<kind>|<key>|<day>|<recordId>`, where the key is a region-code prefix (`R:33`, `R:3301`,
 * `R:330106`, and `R:` for the nation), a unit (`U:<credit code>`) or a bureau (`B:<id>`). A record is indexed under
 * the regions of every bureau and unit it involves, so a region's list holds each record exactly once.
 */
export const SUPERVISORY_ACTS = 'supervisory_acts';
export const SUPERVISORY_ACT_INDEX = 'supervisory_act_index';

export const ACT_KINDS = [
  'GUIDANCE',
  'SELF_REPORT',
  'LEAD',
  'BULLETIN',
  'TRAINING',
  'ASSESSMENT',
  'VIOLATION_CASE',
  'IMPLEMENTATION_REPORT',
  'SUPERVISION_REVIEW',
] as const;
export type ActKind = (typeof ACT_KINDS)[number];

/** One event of a record: what happened, on which day, who did it, when it happened and was recorded. */
export interface ActStep {
  eventId: string;
  type: string;
  day: Day;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  position: number;
}

export interface ActDocBase extends Doc {
  kind: ActKind;
  recordId: string;
  /** The bureau that did the act (for an implementation report: the reporting bureau). */
  bureauId: string;
  /** Every bureau the record involves (reviewer and reviewed, reporter and the bureau reported to). */
  bureauIds: string[];
  /** The day the record began (issued, received, opened, held…). */
  day: Day;
  status: string;
  unitIds: string[];
  /** Each unit's region on the record's day, as the event recorded it. */
  unitRegions: Record<string, string>;
  timeline: ActStep[];
  lastPosition: number;
}

export interface GuidanceDoc extends ActDocBase {
  kind: 'GUIDANCE';
  form: GuidanceForm;
  topics: string[];
  archivistsMet: ArchivistRef[];
  difficulties: RaisedDifficulty[];
  note: string | null;
}

export interface SelfReportDoc extends ActDocBase {
  kind: 'SELF_REPORT';
  unitId: string;
  period: Period;
  checklist: ChecklistRef;
  results: ItemOutcome[];
  summary: string | null;
  acknowledgement: { day: Day; note: string | null } | null;
  flags: { day: Day; reason: string; discrepancies: FlaggedDiscrepancy[] }[];
}

export interface LeadDoc extends ActDocBase {
  kind: 'LEAD';
  source: LeadSource;
  sourceReference: string | null;
  summary: string;
  investigations: { day: Day; findings: string }[];
  recommendation: { day: Day; recipientKind: RecommendationRecipientKind; recipientName: string; documentNumber: string; content: string } | null;
  reply: { day: Day; summary: string; documentNumber: string | null } | null;
  closure: { day: Day; outcome: LeadOutcome; caseId: string | null; note: string | null } | null;
}

export interface BulletinDoc extends ActDocBase {
  kind: 'BULLETIN';
  bulletinKind: BulletinKind;
  documentNumber: string;
  title: string;
  summary: string | null;
  units: NamedUnit[];
  withdrawal: { day: Day; reason: string } | null;
}

export interface TrainingDoc extends ActDocBase {
  kind: 'TRAINING';
  title: string;
  topics: TrainingTopic[];
  hours: number;
  attendees: ArchivistRef[];
}

export interface AssessmentDoc extends ActDocBase {
  kind: 'ASSESSMENT';
  unitId: string;
  assessmentKind: AssessmentKind;
  scheme: string;
  grade: string;
  validUntil: Day | null;
  note: string | null;
}

export interface ViolationCaseDoc extends ActDocBase {
  kind: 'VIOLATION_CASE';
  unitId: string;
  origin: CaseOrigin;
  legalBasis: string;
  summary: string;
  decisionDueBy: Day;
  closure: {
    day: Day;
    outcome: CaseOutcome;
    penalties: Penalty[];
    transferredTo: string | null;
    decisionNumber: string | null;
    note: string | null;
    withinDecisionLimit: boolean;
  } | null;
}

export interface ImplementationReportDoc extends ActDocBase {
  kind: 'IMPLEMENTATION_REPORT';
  reportingBureauId: string;
  toBureauId: string;
  period: Period;
  summary: string;
  figures: Record<string, unknown> | null;
}

export interface SupervisionReviewDoc extends ActDocBase {
  kind: 'SUPERVISION_REVIEW';
  reviewedBureauId: string;
  period: Period;
  rating: ReviewRating;
  findings: string;
}

export type ActDoc =
  | GuidanceDoc
  | SelfReportDoc
  | LeadDoc
  | BulletinDoc
  | TrainingDoc
  | AssessmentDoc
  | ViolationCaseDoc
  | ImplementationReportDoc
  | SupervisionReviewDoc;

export interface ActIndexDoc extends Doc {
  kind: ActKind;
  key: string;
  /** The record's `_id` in `supervisory_acts`. */
  actId: string;
  bureauId: string;
  day: Day;
  status: string;
  /** A second filter within a kind: a bulletin's or an assessment's kind, a guidance form, a lead's source. */
  variant: string | null;
}

export const actDocId = (kind: ActKind, recordId: string): string => `${kind}:${recordId}`;
export const indexRowId = (kind: ActKind, key: string, day: Day, recordId: string): string => `${kind}|${key}|${day}|${recordId}`;
export const regionKey = (prefix: string): string => `R:${prefix}`;
export const unitKey = (unitId: string): string => `U:${unitId}`;
export const bureauKey = (bureauId: string): string => `B:${bureauId}`;
