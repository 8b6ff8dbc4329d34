import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { ActPayload } from '../shared/act-payload';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { OrderStatus } from '../../domain/rectification/rectification.events';
import { RectificationActTypeEnum, RectificationEvidenceKindEnum, RectificationStatusEnum, ReviewOutcomeEnum, type EvidenceKind, type ReviewOutcome } from './enums';
import { connectionOf, type Connection } from '../shared/connection';
import { WhoAndWhen } from '../shared/who-and-when';

// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@ObjectType()
abstract class RectificationActFields extends WhoAndWhen {
  @Field(() => ID)
  eventId!: string;

  @Field(() => SafeIntResolver, { description: 'Position in the global order of the log' })
  position!: number;

  @Field(() => LocalDateResolver, { description: 'Business day of the act (its occurredAt in China time)' })
  day!: string;

}

@ObjectType({ description: 'Any act on an order, in the order of its stream' })
export class RectificationAct extends RectificationActFields {
  @Field(() => RectificationActTypeEnum)
  type!: string;
}

@ObjectType({ description: 'A deadline extension, with its reason' })
export class RectificationExtension extends RectificationActFields {
  @Field(() => LocalDateResolver)
  previousDeadline!: string;

  @Field(() => LocalDateResolver)
  deadline!: string;

  @Field()
  reason!: string;
}

@ObjectType()
export class RectificationEvidence {
  @Field(() => RectificationEvidenceKindEnum)
  kind!: EvidenceKind;

  @Field()
  value!: string;
}

@ObjectType({ description: 'What the unit did about one finding' })
export class RectificationReportItem {
  @Field(() => ID)
  findingId!: string;

  @Field()
  action!: string;

  @Field(() => [RectificationEvidence])
  evidence!: RectificationEvidence[];
}

@ObjectType({ description: "The unit's report: every finding of the order answered" })
export class RectificationReport extends RectificationActFields {
  @Field(() => [RectificationReportItem])
  items!: RectificationReportItem[];
}

@ObjectType({ description: "The bureau's review of a report" })
export class RectificationReview extends RectificationActFields {
  @Field(() => ReviewOutcomeEnum)
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true })
  reasons!: string | null;
}

@ObjectType({ description: 'A follow-up visit (跟踪)' })
export class RectificationFollowUp extends RectificationActFields {
  @Field()
  note!: string;
}

@ObjectType({ description: "An order's standing on a day" })
export class RectificationStanding {
  @Field(() => LocalDateResolver)
  asOf!: string;

  @Field(() => RectificationStatusEnum)
  status!: OrderStatus;

  @Field(() => LocalDateResolver, { description: 'The deadline in force on that day' })
  deadline!: string;

  @Field(() => Int, { description: 'Days past the deadline in force (OVERDUE only; the day after the deadline is 1)' })
  overdueDays!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Submission day of the report pending (REPORTED) or accepted (closed)' })
  reportedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  closedOn!: string | null;
}

@ObjectType({ description: 'Consecutive days with one status; `to` is inclusive, null while the span lasts' })
export class RectificationStatusSpan {
  @Field(() => RectificationStatusEnum)
  status!: OrderStatus;

  @Field(() => LocalDateResolver)
  from!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  to!: string | null;
}

@ObjectType({ description: 'A rectification order (责令限期整改) for findings of an inspection' })
export class RectificationOrder {
  @Field(() => ID)
  orderId!: string;

  @Field(() => ID)
  inspectionId!: string;

  @Field(() => ID, { description: 'The bureau that issued the order' })
  bureauId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the unit's current region" })
  regionCode!: string | null;

  @Field(() => [ID])
  findingIds!: string[];

  @Field(() => LocalDateResolver)
  orderedOn!: string;

  @Field(() => LocalDateResolver, { description: 'The deadline the order first set' })
  initialDeadline!: string;

  @Field(() => LocalDateResolver, { description: 'The deadline in force now (after extensions)' })
  deadline!: string;

  @Field({ description: 'e.g. 档案法§45' })
  legalBasis!: string;

  @Field(() => String, { nullable: true, description: '文号 of the order' })
  documentNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day a report was accepted' })
  closedOn!: string | null;
}

export const RectificationOrderConnection = connectionOf(RectificationOrder, 'RectificationOrder', 'Orders matching the filter within your scope, all pages');
export type RectificationOrderConnection = Connection<RectificationOrder>;

@ObjectType()
export class RectificationOrderPayload extends ActPayload {
  @Field(() => RectificationOrder, { nullable: true })
  order!: RectificationOrder | null;
}
