import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { LeadOutcome, LeadSource, RecommendationRecipientKind } from '../../domain/oversight/lead.events';
import type { LeadDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { ActInput } from '../registry/unit.input';
import { mentionsOf, stepsOf, SupervisoryFilterInput, SupervisoryRecord, UnitMention } from './common.type';
import { connectionOf } from '../shared/connection';
import { LeadOutcomeEnum, LeadSourceEnum, LeadStatusEnum, RecommendationRecipientEnum } from './enums';
import { OversightPayload } from './payload';

type LeadStatus = 'RECEIVED' | 'INVESTIGATED' | 'RECOMMENDATION_SENT' | 'REPLY_RECEIVED' | 'CLOSED';

@ObjectType()
export class LeadInvestigation {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field()
  findings!: string;
}

@ObjectType({ description: 'A handling recommendation sent to the responsible unit or its superior (实施条例§46)' })
export class HandlingRecommendation {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field(() => RecommendationRecipientEnum)
  recipientKind!: RecommendationRecipientKind;

  @Field()
  recipientName!: string;

  @Field()
  documentNumber!: string;

  @Field()
  content!: string;
}

@ObjectType({ description: 'The written reply to a handling recommendation' })
export class HandlingReply {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true })
  documentNumber!: string | null;
}

@ObjectType()
export class LeadClosure {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field(() => LeadOutcomeEnum)
  outcome!: LeadOutcome;

  @Field(() => ID, { nullable: true, description: 'The violation case opened from the lead' })
  caseId!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'A lead or complaint about an archival violation (线索), each step with its day' })
export class Lead extends SupervisoryRecord {
  @Field(() => ID)
  leadId!: string;

  @Field(() => LeadStatusEnum)
  status!: LeadStatus;

  @Field(() => LeadSourceEnum)
  source!: LeadSource;

  @Field(() => String, { nullable: true })
  sourceReference!: string | null;

  @Field()
  summary!: string;

  @Field(() => [UnitMention], { description: 'The units concerned that lie in your scope' })
  units!: UnitMention[];

  @Field(() => [LeadInvestigation])
  investigations!: LeadInvestigation[];

  @Field(() => HandlingRecommendation, { nullable: true })
  recommendation!: HandlingRecommendation | null;

  @Field(() => HandlingReply, { nullable: true })
  reply!: HandlingReply | null;

  @Field(() => LeadClosure, { nullable: true })
  closure!: LeadClosure | null;
}

export const LeadConnection = connectionOf(Lead, 'Lead');

export function toLead(ctx: Context, doc: LeadDoc): Lead {
  const { recordId, bureauId, day, timeline, source, sourceReference, summary, investigations, recommendation, reply, closure } = doc;
  return {
    leadId: recordId,
    bureauId,
    day,
    timeline: stepsOf(timeline),
    status: doc.status as LeadStatus,
    source,
    sourceReference,
    summary,
    units: mentionsOf(ctx, doc),
    investigations,
    recommendation,
    reply,
    closure,
  };
}

@InputType()
export class ReceiveLeadInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The bureau receiving it; defaults to a staff member's own" })
  bureauId?: string | null;

  @Field(() => [ID], { description: "The units concerned, in the bureau's own scope on the day" })
  unitIds!: string[];

  @Field(() => LeadSourceEnum)
  source!: LeadSource;

  @Field(() => String, { nullable: true, description: "A reference of the source (a letter's number); never a complainant's name" })
  sourceReference?: string | null;

  @Field()
  summary!: string;
}

@InputType()
export class RecordLeadInvestigationInput extends ActInput {
  @Field(() => ID)
  leadId!: string;

  @Field()
  findings!: string;
}

@InputType()
export class SendHandlingRecommendationInput extends ActInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => RecommendationRecipientEnum)
  recipientKind!: RecommendationRecipientKind;

  @Field()
  recipientName!: string;

  @Field()
  documentNumber!: string;

  @Field()
  content!: string;
}

@InputType()
export class RecordHandlingReplyInput extends ActInput {
  @Field(() => ID)
  leadId!: string;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;
}

@InputType()
export class CloseLeadInput extends ActInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => LeadOutcomeEnum)
  outcome!: LeadOutcome;

  @Field(() => ID, { nullable: true, description: 'The violation case opened from the lead (VIOLATION_CASE_OPENED)' })
  caseId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class LeadFilterInput extends SupervisoryFilterInput {
  @Field(() => LeadStatusEnum, { nullable: true })
  status?: LeadStatus | null;

  @Field(() => LeadSourceEnum, { nullable: true })
  source?: LeadSource | null;
}

@ObjectType()
export class LeadPayload extends OversightPayload {
  @Field(() => Lead, { nullable: true })
  lead!: Lead | null;
}
