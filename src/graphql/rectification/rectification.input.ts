// Days come in as plain strings checked by the domain (INVALID_DATE, with the field): a scalar's own refusal of a
// variable does not reach the client with a stable code. Days go out as LocalDate.
import { Field, ID, InputType } from 'type-graphql';
import type { OrderStatus } from '../../domain/rectification/rectification.events';
import { ActInput } from '../registry/unit.input';
import { RectificationEvidenceKindEnum, RectificationStatusEnum, ReviewOutcomeEnum, type EvidenceKind, type ReviewOutcome } from './enums';

@InputType()
export class OrderRectificationInput extends ActInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the caller, or derived from the idempotency key, or made by the server' })
  orderId?: string | null;

  @Field(() => ID)
  inspectionId!: string;

  @Field(() => [ID], { description: 'Findings of the inspection the order is for' })
  findingIds!: string[];

  @Field({ description: 'The last day to rectify (YYYY-MM-DD); after the order day' })
  deadline!: string;

  @Field({ description: 'e.g. 档案法§45' })
  legalBasis!: string;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;
}

@InputType()
export class ExtendRectificationDeadlineInput extends ActInput {
  @Field(() => ID)
  orderId!: string;

  @Field({ description: 'The new last day (YYYY-MM-DD); after the one in force and after today' })
  deadline!: string;

  @Field()
  reason!: string;
}

@InputType()
export class RectificationEvidenceInput {
  @Field(() => RectificationEvidenceKindEnum)
  kind!: EvidenceKind;

  @Field()
  value!: string;
}

@InputType()
export class RectificationReportItemInput {
  @Field(() => ID)
  findingId!: string;

  @Field()
  action!: string;

  @Field(() => [RectificationEvidenceInput])
  evidence!: RectificationEvidenceInput[];
}

@InputType()
export class SubmitRectificationReportInput extends ActInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => [RectificationReportItemInput], { description: 'One item for every finding of the order' })
  items!: RectificationReportItemInput[];
}

@InputType()
export class ReviewRectificationInput extends ActInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => ReviewOutcomeEnum)
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true, description: 'Required for a rejection' })
  reasons?: string | null;
}

@InputType()
export class RecordRectificationFollowUpInput extends ActInput {
  @Field(() => ID)
  orderId!: string;

  @Field()
  note!: string;
}

@InputType()
export class RectificationOrderFilterInput {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The issuing bureau' })
  bureauId?: string | null;

  @Field(() => ID, { nullable: true })
  inspectionId?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 prefix of the unit's region" })
  regionPrefix?: string | null;

  @Field(() => RectificationStatusEnum, { nullable: true, description: 'Status on `asOf`' })
  status?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: 'The day statuses are judged on, YYYY-MM-DD (default: today in China); orders issued later are not listed' })
  asOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only orders OVERDUE on `asOf`; false: all others' })
  overdue?: boolean | null;
}
