import type { BureauState } from '../registry/bureau.decider';
import type { Decider } from '../shared/decider';
import type { Day } from '../shared/day';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { optionalText, requireText } from '../shared/text';
import {
  LEAD_OUTCOMES,
  LEAD_SOURCES,
  RECOMMENDATION_RECIPIENTS,
  type LeadEvent,
  type LeadOutcome,
  type LeadSource,
  type RecommendationRecipientKind,
} from './lead.events';
import { OVERSIGHT_LIMITS } from './limits';
import { regionsOf, requireDistinct, requireEstablishedBureau, requireNotBefore, requireSupervisedBy } from './rules';
import type { UnitView } from './unit-on-day';

type LeadStep<T extends string, D> = { type: T; data: { leadId: string; day: Day } & D };
export type ReceiveLead = {
  type: 'ReceiveLead';
  data: { leadId: string; bureauId: string; day: Day; unitIds: string[]; source: LeadSource; sourceReference: string | null; summary: string };
};
export type RecordLeadInvestigation = LeadStep<'RecordLeadInvestigation', { findings: string }>;
export type SendHandlingRecommendation = LeadStep<
  'SendHandlingRecommendation',
  { recipient: { kind: RecommendationRecipientKind; name: string }; documentNumber: string; content: string }
>;
export type RecordHandlingReply = LeadStep<'RecordHandlingReply', { summary: string; documentNumber: string | null }>;
export type CloseLead = LeadStep<'CloseLead', { outcome: LeadOutcome; caseId: string | null; note: string | null }>;
export type LeadCommand = ReceiveLead | RecordLeadInvestigation | SendHandlingRecommendation | RecordHandlingReply | CloseLead;

export type LeadState =
  | { status: 'none' }
  | {
      status: 'open' | 'closed';
      leadId: string;
      bureauId: string;
      unitIds: string[];
      /** Day of the latest step: no step may come before it. */
      lastDay: Day;
      investigated: boolean;
      recommendationSent: boolean;
      replyReceived: boolean;
    };

/** A violation case as the lead's closure needs it (read from the case's stream). */
export interface CaseRef {
  caseId: string;
  bureauId: string;
  leadId: string | null;
}

export interface LeadContext {
  bureau: BureauState | null;
  units: UnitView;
  /** The case a closure names, when it names one. */
  violationCase: CaseRef | null;
}

function receive(command: ReceiveLead, state: LeadState, context: LeadContext): LeadEvent[] {
  const d = command.data;
  if (state.status !== 'none') throw new ConflictError(`Lead ${d.leadId} already exists`, 'LEAD_EXISTS');
  const bureau = requireEstablishedBureau(context.bureau, d.bureauId);
  if (!LEAD_SOURCES.includes(d.source)) throw new ValidationError(`Unknown source ${String(d.source)}`, 'source', 'INVALID_SOURCE');
  const unitIds = requireDistinct(d.unitIds, 'unitIds', 1);
  for (const unitId of unitIds) requireSupervisedBy(context.units, unitId, bureau.bureauId, d.day);
  return [
    {
      type: 'LeadReceived',
      data: {
        leadId: d.leadId,
        bureauId: bureau.bureauId,
        unitIds,
        unitRegions: regionsOf(context.units, unitIds),
        day: d.day,
        source: d.source,
        sourceReference: optionalText(d.sourceReference, 'sourceReference', OVERSIGHT_LIMITS.shortText),
        summary: requireText(d.summary, 'summary', OVERSIGHT_LIMITS.longText),
      },
    },
  ];
}

type OpenLead = Exclude<LeadState, { status: 'none' }>;

function openLead(state: LeadState, leadId: string, day: Day): OpenLead {
  if (state.status === 'none') throw new NotFoundError(`Lead ${leadId} does not exist`, 'LEAD_NOT_FOUND', { leadId });
  if (state.status === 'closed') throw new RuleViolation(`Lead ${leadId} is closed`, 'LEAD_CLOSED');
  requireNotBefore(day, state.lastDay, "the lead's previous step");
  return state;
}

function close(command: CloseLead, lead: OpenLead, context: LeadContext): LeadEvent[] {
  const d = command.data;
  if (!LEAD_OUTCOMES.includes(d.outcome)) throw new ValidationError(`Unknown outcome ${String(d.outcome)}`, 'outcome', 'INVALID_OUTCOME');
  if (!lead.investigated) throw new RuleViolation('A lead is investigated before it is closed', 'LEAD_NOT_INVESTIGATED');
  if (d.outcome !== 'VIOLATION_CASE_OPENED' && d.caseId !== null) {
    throw new ValidationError('Only a closure by a violation case names a case', 'caseId', 'NOT_ALLOWED');
  }
  switch (d.outcome) {
    case 'VIOLATION_CASE_OPENED': {
      if (d.caseId === null) throw new ValidationError('Name the violation case opened', 'caseId', 'REQUIRED');
      const opened = context.violationCase;
      if (!opened || opened.caseId !== d.caseId || opened.bureauId !== lead.bureauId) {
        throw new NotFoundError(`Violation case ${d.caseId} does not exist`, 'CASE_NOT_FOUND', { field: 'caseId' });
      }
      if (opened.leadId !== lead.leadId) throw new ValidationError('The case was not opened from this lead', 'caseId', 'CASE_NOT_FROM_LEAD');
      break;
    }
    case 'RECOMMENDATION_ANSWERED':
      if (!lead.replyReceived) throw new RuleViolation('No written reply to a recommendation was received', 'REPLY_REQUIRED');
      break;
    case 'NO_VIOLATION':
      // §46: the employer must answer in writing; the loop stays open until it does.
      if (lead.recommendationSent && !lead.replyReceived) throw new RuleViolation('A recommendation awaits its written reply', 'REPLY_PENDING');
      break;
    default:
      throw new UnreachableCaseError(d.outcome);
  }
  const { leadId, bureauId, unitIds } = lead;
  return [
    { type: 'LeadClosed', data: { leadId, bureauId, unitIds, day: d.day, outcome: d.outcome, caseId: d.caseId, note: optionalText(d.note, 'note', OVERSIGHT_LIMITS.longText) } },
  ];
}

function decide(command: LeadCommand, state: LeadState, context: LeadContext): LeadEvent[] {
  if (command.type === 'ReceiveLead') return receive(command, state, context);
  const lead = openLead(state, command.data.leadId, command.data.day);
  const { leadId, bureauId, unitIds } = lead;
  const day = command.data.day;
  switch (command.type) {
    case 'RecordLeadInvestigation':
      return [{ type: 'LeadInvestigated', data: { leadId, bureauId, unitIds, day, findings: requireText(command.data.findings, 'findings', OVERSIGHT_LIMITS.longText) } }];
    case 'SendHandlingRecommendation': {
      const d = command.data;
      if (!lead.investigated) throw new RuleViolation('A lead is investigated before a recommendation is sent', 'LEAD_NOT_INVESTIGATED');
      if (lead.recommendationSent) throw new RuleViolation('A recommendation was already sent', 'RECOMMENDATION_ALREADY_SENT');
      if (!RECOMMENDATION_RECIPIENTS.includes(d.recipient.kind)) throw new ValidationError('Unknown recipient kind', 'recipient.kind', 'INVALID_RECIPIENT');
      return [
        {
          type: 'HandlingRecommendationSent',
          data: {
            leadId,
            bureauId,
            unitIds,
            day,
            recipient: { kind: d.recipient.kind, name: requireText(d.recipient.name, 'recipient.name', OVERSIGHT_LIMITS.title) },
            documentNumber: requireText(d.documentNumber, 'documentNumber', OVERSIGHT_LIMITS.shortText),
            content: requireText(d.content, 'content', OVERSIGHT_LIMITS.longText),
          },
        },
      ];
    }
    case 'RecordHandlingReply': {
      const d = command.data;
      if (!lead.recommendationSent) throw new RuleViolation('No recommendation was sent, so no reply is due', 'NO_RECOMMENDATION_SENT');
      if (lead.replyReceived) throw new RuleViolation('The written reply was already received', 'REPLY_ALREADY_RECEIVED');
      return [
        {
          type: 'HandlingReplyReceived',
          data: {
            leadId,
            bureauId,
            unitIds,
            day,
            summary: requireText(d.summary, 'summary', OVERSIGHT_LIMITS.longText),
            documentNumber: optionalText(d.documentNumber, 'documentNumber', OVERSIGHT_LIMITS.shortText),
          },
        },
      ];
    }
    case 'CloseLead':
      return close(command, lead, context);
    default:
      throw new UnreachableCaseError(command);
  }
}

function evolve(state: LeadState, event: LeadEvent): LeadState {
  if (event.type === 'LeadReceived') {
    const d = event.data;
    return { status: 'open', leadId: d.leadId, bureauId: d.bureauId, unitIds: d.unitIds, lastDay: d.day, investigated: false, recommendationSent: false, replyReceived: false };
  }
  if (state.status === 'none') return state;
  const next = { ...state, lastDay: event.data.day > state.lastDay ? event.data.day : state.lastDay };
  switch (event.type) {
    case 'LeadInvestigated':
      return { ...next, investigated: true };
    case 'HandlingRecommendationSent':
      return { ...next, recommendationSent: true };
    case 'HandlingReplyReceived':
      return { ...next, replyReceived: true };
    case 'LeadClosed':
      return { ...next, status: 'closed' };
    default:
      return state;
  }
}

export const leadDecider: Decider<LeadState, LeadCommand, LeadEvent, LeadContext> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
