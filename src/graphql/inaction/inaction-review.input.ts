import { Field, InputType, Int } from 'type-graphql';
import { DEFAULT_THRESHOLDS as D } from '../../domain/accountability/inaction';

// No GraphQL defaults here: a missing or null field takes the domain's default (DEFAULT_THRESHOLDS), and the domain
// checks each value (BAD_USER_INPUT, INVALID_THRESHOLD, field `thresholds.<name>`).
@InputType({ description: 'Thresholds of the inaction signals; each omitted one takes its default' })
export class InactionThresholdsInput {
  @Field(() => Int, { nullable: true, description: `OVERDUE_UNITS is raised from this many overdue units (default ${D.overdueUnitsMin}, at least 1)` })
  overdueUnitsMin?: number | null;

  @Field(() => Int, { nullable: true, description: `…counting units overdue by at least this many days (default ${D.overdueDaysMin}, at least 1)` })
  overdueDaysMin?: number | null;

  @Field(() => Int, { nullable: true, description: `FINDINGS_WITHOUT_ORDER: days after the inspection an order may take (default ${D.orderWithinDays})` })
  orderWithinDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `OVERDUE_ORDERS_UNATTENDED: days an overdue order may stay without report, review, extension or follow-up (default ${D.unattendedOrderDays})`,
  })
  unattendedOrderDays?: number | null;

  @Field(() => Int, { nullable: true, description: `REPORTS_UNREVIEWED: days a review may take (default ${D.reviewWithinDays})` })
  reviewWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: `NO_BULLETIN: the window before asOf, in days (default ${D.bulletinWithinDays})` })
  bulletinWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: `NO_TRAINING: the window before asOf, in days (default ${D.trainingWithinDays})` })
  trainingWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: `NO_PLAN: the window before asOf, in days (default ${D.planWithinDays})` })
  planWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: `UNDERSTAFFED_LAW_ENFORCEMENT: inspectors a law-enforcement inspection needs (default ${D.minInspectors})` })
  minInspectors?: number | null;

  @Field(() => Int, { nullable: true, description: `LATE_RECORDING: acts recorded more than this many days after they happened (default ${D.lateRecordDays})` })
  lateRecordDays?: number | null;
}
