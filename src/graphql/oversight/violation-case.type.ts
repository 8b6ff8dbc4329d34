import { Float, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { daysBetween, type Day } from '../../domain/shared/day';
import type { PenalisedParty } from '../../domain/oversight/limits';
import type { CaseOutcome } from '../../domain/oversight/violation-case.events';
import type { ViolationCaseDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { ActInput } from '../registry/unit.input';
import { mentionsOf, stepsOf, SupervisoryFilterInput, SupervisoryRecord, UnitMention } from './common.type';
import { connectionOf } from '../shared/connection';
import { CaseOriginKindEnum, CaseOutcomeEnum, CaseStatusEnum, PenalisedPartyEnum } from './enums';
import { OversightPayload } from './payload';

@ObjectType({ description: 'A fine, within the range of 档案法§49 for its party' })
export class Penalty {
  @Field(() => PenalisedPartyEnum)
  party!: PenalisedParty;

  @Field(() => Float)
  amountYuan!: number;
}

@ObjectType()
export class CaseClosure {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field(() => CaseOutcomeEnum)
  outcome!: CaseOutcome;

  @Field(() => [Penalty])
  penalties!: Penalty[];

  @Field(() => String, { nullable: true })
  transferredTo!: string | null;

  @Field(() => String, { nullable: true })
  decisionNumber!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'Whether the decision came by its due day' })
  withinDecisionLimit!: boolean;
}

@ObjectType({ description: 'A violation case (档案违法案件) opened on a unit from a lead or an inspection' })
export class ViolationCase extends SupervisoryRecord {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseStatusEnum)
  status!: 'OPEN' | 'CLOSED';

  @Field(() => UnitMention, { nullable: true, description: 'The unit (null outside your scope)' })
  unit!: UnitMention | null;

  @Field(() => CaseOriginKindEnum)
  originKind!: 'LEAD' | 'INSPECTION';

  @Field(() => ID, { nullable: true })
  leadId!: string | null;

  @Field(() => ID, { nullable: true })
  inspectionId!: string | null;

  @Field()
  legalBasis!: string;

  @Field()
  summary!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the decision limit (行政处罚法§60), as configured when the case opened' })
  decisionDueBy!: string;

  @Field(() => CaseClosure, { nullable: true })
  closure!: CaseClosure | null;

  @Field(() => Int, { description: 'Days from opening to closure, or to today while open' })
  daysOpen!: number;

  @Field({ description: 'Open past its decision due day today, or closed after it' })
  exceedsDecisionLimit!: boolean;
}

export const ViolationCaseConnection = connectionOf(ViolationCase, 'ViolationCase');

export function toViolationCase(ctx: Context, doc: ViolationCaseDoc, today: Day): ViolationCase {
  const closure = doc.closure;
  return {
    caseId: doc.recordId,
    bureauId: doc.bureauId,
    day: doc.day,
    timeline: stepsOf(doc.timeline),
    status: doc.status as ViolationCase['status'],
    unit: mentionsOf(ctx, doc)[0] ?? null,
    originKind: doc.origin.kind,
    leadId: doc.origin.kind === 'LEAD' ? doc.origin.leadId : null,
    inspectionId: doc.origin.kind === 'INSPECTION' ? doc.origin.inspectionId : null,
    legalBasis: doc.legalBasis,
    summary: doc.summary,
    decisionDueBy: doc.decisionDueBy,
    closure,
    daysOpen: daysBetween(doc.day, closure?.day ?? today),
    exceedsDecisionLimit: closure ? !closure.withinDecisionLimit : today > doc.decisionDueBy,
  };
}

@InputType()
export class OpenViolationCaseInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The bureau opening it; defaults to a staff member's own" })
  bureauId?: string | null;

  @Field(() => ID, { description: "A unit in the bureau's own scope on the day" })
  unitId!: string;

  @Field(() => CaseOriginKindEnum)
  originKind!: 'LEAD' | 'INSPECTION';

  @Field(() => ID, { nullable: true, description: 'The lead it comes from (originKind LEAD)' })
  leadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The inspection it comes from (originKind INSPECTION)' })
  inspectionId?: string | null;

  @Field({ description: 'e.g. 档案法§48(8)' })
  legalBasis!: string;

  @Field()
  summary!: string;
}

@InputType()
export class PenaltyInput {
  @Field(() => PenalisedPartyEnum)
  party!: PenalisedParty;

  @Field(() => Float)
  amountYuan!: number;
}

@InputType()
export class CloseViolationCaseInput extends ActInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseOutcomeEnum)
  outcome!: CaseOutcome;

  @Field(() => [PenaltyInput], { defaultValue: [] })
  penalties!: PenaltyInput[];

  @Field(() => String, { nullable: true, description: 'The authority the case went to (TRANSFERRED)' })
  transferredTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Document number of the decision (required for PENALTY and WARNING)' })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class ViolationCaseFilterInput extends SupervisoryFilterInput {
  @Field(() => CaseStatusEnum, { nullable: true })
  status?: 'OPEN' | 'CLOSED' | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases still open past the decision limit today' })
  pastDecisionLimit?: boolean | null;
}

@ObjectType()
export class ViolationCasePayload extends OversightPayload {
  @Field(() => ViolationCase, { nullable: true })
  violationCase!: ViolationCase | null;
}
