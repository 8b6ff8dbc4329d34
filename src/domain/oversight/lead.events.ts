import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { UnitRegion } from './unit-on-day';

/**
 * Leads and complaints about archival violations (线索, 实施条例§46): received, investigated, and closed — by a
 * violation case opened, by a handling recommendation sent to the responsible unit or its superior and answered
 * in writing, or with no violation found. Each step is an event with its own day. Who complained is not recorded
 * (no personal data of whistle-blowers), only the kind of source and a reference.
 */
export const LEAD_SOURCES = ['COMPLAINT', 'WHISTLEBLOWER_REPORT', 'REFERRAL', 'INSPECTION', 'MEDIA', 'OTHER'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const RECOMMENDATION_RECIPIENTS = ['RESPONSIBLE_UNIT', 'SUPERIOR_BODY'] as const;
export type RecommendationRecipientKind = (typeof RECOMMENDATION_RECIPIENTS)[number];

export const LEAD_OUTCOMES = ['VIOLATION_CASE_OPENED', 'RECOMMENDATION_ANSWERED', 'NO_VIOLATION'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];

export type LeadReceived = Event<
  'LeadReceived',
  {
    leadId: string;
    bureauId: string;
    /** The units concerned, each in the bureau's own scope on the day. */
    unitIds: string[];
    /** Each unit's region on the day. */
    unitRegions: UnitRegion[];
    day: Day;
    source: LeadSource;
    /** A reference of the source (a letter's or a referral's number), never a complainant's name. */
    sourceReference: string | null;
    summary: string;
  }
>;

export type LeadInvestigated = Event<'LeadInvestigated', { leadId: string; bureauId: string; unitIds: string[]; day: Day; findings: string }>;

export type HandlingRecommendationSent = Event<
  'HandlingRecommendationSent',
  {
    leadId: string;
    bureauId: string;
    unitIds: string[];
    day: Day;
    recipient: { kind: RecommendationRecipientKind; name: string };
    documentNumber: string;
    content: string;
  }
>;

export type HandlingReplyReceived = Event<
  'HandlingReplyReceived',
  { leadId: string; bureauId: string; unitIds: string[]; day: Day; summary: string; documentNumber: string | null }
>;

export type LeadClosed = Event<
  'LeadClosed',
  {
    leadId: string;
    bureauId: string;
    unitIds: string[];
    day: Day;
    outcome: LeadOutcome;
    /** The violation case opened from the lead (outcome VIOLATION_CASE_OPENED only). */
    caseId: string | null;
    note: string | null;
  }
>;

export type LeadEvent = LeadReceived | LeadInvestigated | HandlingRecommendationSent | HandlingReplyReceived | LeadClosed;
export const leadStreamId = (leadId: string): string => `lead-${leadId}`;
