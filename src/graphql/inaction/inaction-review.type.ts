import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { INACTION_SIGNALS, type InactionSignalKind } from '../../domain/accountability/inaction';
import type { BureauLevel } from '../../domain/registry/registry.events';
import { BureauLevelEnum } from '../registry/enums';

export const InactionSignalKindEnum = Object.fromEntries(INACTION_SIGNALS.map((s) => [s, s])) as { [K in InactionSignalKind]: K };
registerEnumType(InactionSignalKindEnum, {
  name: 'InactionSignalKind',
  description:
    'An inaction signal (行政不作为): OVERDUE_UNITS (units overdue in the two-year cycle), FINDINGS_WITHOUT_ORDER (findings no order named ' +
    'within the days allowed), OVERDUE_ORDERS_UNATTENDED (orders past their deadline with no report, review, extension or follow-up for ' +
    'longer than allowed), REPORTS_UNREVIEWED (reports not reviewed within the days allowed), NO_BULLETIN, NO_TRAINING, NO_PLAN (none in the ' +
    'window before asOf), UNDERSTAFFED_LAW_ENFORCEMENT (law-enforcement inspections with too few inspectors), LATE_RECORDING (acts recorded ' +
    'long after they happened)',
});

@ObjectType({ description: 'One item behind a signal. Which fields are set depends on the signal; days are business days (China time)' })
export class InactionEvidence {
  @Field(() => ID, { nullable: true, description: 'The unit concerned (credit code)' })
  unitId!: string | null;

  @Field(() => ID, { nullable: true })
  inspectionId!: string | null;

  @Field(() => ID, { nullable: true })
  orderId!: string | null;

  @Field(() => ID, { nullable: true, description: 'FINDINGS_WITHOUT_ORDER: the finding of the inspection' })
  findingId!: string | null;

  @Field(() => ID, { nullable: true, description: 'LATE_RECORDING: the event recorded late' })
  eventId!: string | null;

  @Field(() => String, { nullable: true, description: 'LATE_RECORDING: its type' })
  eventType!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day of the act the item is about: the inspection, the order, the report, the act recorded late' })
  occurredOn!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The last day the bureau had to act: the unit fell due, the order or review was due, the deadline in force (OVERDUE_ORDERS_UNATTENDED)',
  })
  dueOn!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When the bureau did act, too late (the order, the review, the recording) or, for OVERDUE_ORDERS_UNATTENDED, the last act on the order; null when none by asOf',
  })
  actedOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days overdue (units), late (orders, recording), waiting for a review (reports), silent since the deadline (orders), since the inspection (understaffed)',
  })
  days!: number | null;

  @Field(() => Int, { nullable: true, description: 'UNDERSTAFFED_LAW_ENFORCEMENT: the inspectors recorded' })
  inspectorCount!: number | null;
}

@ObjectType({ description: 'One signal of one bureau on asOf' })
export class InactionSignal {
  @Field(() => InactionSignalKindEnum)
  kind!: InactionSignalKind;

  @Field({ description: 'Whether the signal is raised under the thresholds' })
  raised!: boolean;

  @Field(() => Int, { description: "Its weight in the bureau's score (counted only when raised)" })
  weight!: number;

  @Field(() => Int, { description: 'Items behind the signal, all of them' })
  evidenceTotal!: number;

  @Field(() => [InactionEvidence], { description: 'A page of the items, the most days first (see evidenceFirst, evidenceOffset)' })
  evidence!: InactionEvidence[];

  @Field(() => LocalDateResolver, { nullable: true, description: 'NO_BULLETIN, NO_TRAINING, NO_PLAN: the last such act on or before asOf (null: none)' })
  lastActOn!: string | null;
}

@ObjectType({ description: 'A bureau in an inaction review' })
export class BureauInactionReport {
  @Field(() => Int, { description: '1 for the most serious' })
  rank!: number;

  @Field(() => ID)
  bureauId!: string;

  @Field()
  name!: string;

  @Field(() => BureauLevelEnum)
  level!: BureauLevel;

  @Field()
  regionCode!: string;

  @Field(() => Int, { description: 'Sum of the weights of the raised signals: the ranking key' })
  score!: number;

  @Field(() => Int)
  raisedCount!: number;

  @Field(() => Int, { description: 'Items behind the raised signals (ranks bureaus of equal score)' })
  evidenceCount!: number;

  @Field(() => [InactionSignal], { description: 'Every signal (or those asked for), raised or not, in a fixed order' })
  signals!: InactionSignal[];
}

@ObjectType({ description: 'The thresholds the review applied (the defaults where none was given)' })
export class InactionThresholdsApplied {
  @Field(() => Int) overdueUnitsMin!: number;
  @Field(() => Int) overdueDaysMin!: number;
  @Field(() => Int) orderWithinDays!: number;
  @Field(() => Int) unattendedOrderDays!: number;
  @Field(() => Int) reviewWithinDays!: number;
  @Field(() => Int) bulletinWithinDays!: number;
  @Field(() => Int) trainingWithinDays!: number;
  @Field(() => Int) planWithinDays!: number;
  @Field(() => Int) minInspectors!: number;
  @Field(() => Int) lateRecordDays!: number;
}

@ObjectType({ description: 'An inaction review (行政不作为): what a higher bureau reads in an accountability review of the bureaus below it' })
export class InactionReview {
  @Field(() => LocalDateResolver)
  asOf!: string;

  @Field(() => ID, { nullable: true, description: 'The bureau reviewed, when one was asked' })
  bureauId!: string | null;

  @Field(() => String, { nullable: true, description: 'The region whose bureaus were reviewed, when one was asked' })
  regionCode!: string | null;

  @Field(() => InactionThresholdsApplied)
  thresholds!: InactionThresholdsApplied;

  @Field(() => Int, { description: 'Bureaus reviewed (established on or before asOf)' })
  bureausReviewed!: number;

  @Field(() => Int, { description: 'Bureaus with at least one raised signal' })
  bureausRaised!: number;

  @Field(() => [BureauInactionReport], { description: 'Most serious first: higher score, then more items, then bureau id' })
  bureaus!: BureauInactionReport[];
}
