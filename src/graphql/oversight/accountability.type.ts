import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ReviewRating } from '../../domain/oversight/accountability.events';
import type { ActKind, ImplementationReportDoc, SupervisionReviewDoc } from '../../../projections/oversight/acts.model';
import { ActInput } from '../registry/unit.input';
import { ReportingPeriod, ReportingPeriodInput, stepsOf, SupervisoryFilterInput, SupervisoryRecord } from './common.type';
import { connectionOf } from '../shared/connection';
import { ReviewRatingEnum, SupervisoryActKindEnum } from './enums';
import { OversightPayload } from './payload';

@ObjectType({ description: "A bureau's report on its implementation to a bureau above it; `bureauId` is the reporting bureau" })
export class ImplementationReport extends SupervisoryRecord {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ID)
  reportingBureauId!: string;

  @Field(() => ID, { description: 'The bureau above that the report is addressed to' })
  toBureauId!: string;

  @Field(() => ReportingPeriod)
  period!: ReportingPeriod;

  @Field()
  summary!: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: "The reporting bureau's own figures, as it states them" })
  figures!: Record<string, unknown> | null;
}

export const ImplementationReportConnection = connectionOf(ImplementationReport, 'ImplementationReport');

export const toImplementationReport = (doc: ImplementationReportDoc): ImplementationReport => ({
  reportId: doc.recordId,
  bureauId: doc.bureauId,
  day: doc.day,
  timeline: stepsOf(doc.timeline),
  reportingBureauId: doc.reportingBureauId,
  toBureauId: doc.toBureauId,
  period: doc.period,
  summary: doc.summary,
  figures: doc.figures,
});

@ObjectType({ description: "A higher bureau's review of a lower bureau's supervision; `bureauId` is the reviewer" })
export class SupervisionReview extends SupervisoryRecord {
  @Field(() => ID)
  reviewId!: string;

  @Field(() => ID)
  reviewedBureauId!: string;

  @Field(() => ReportingPeriod)
  period!: ReportingPeriod;

  @Field(() => ReviewRatingEnum)
  rating!: ReviewRating;

  @Field()
  findings!: string;
}

export const SupervisionReviewConnection = connectionOf(SupervisionReview, 'SupervisionReview');

export const toSupervisionReview = (doc: SupervisionReviewDoc): SupervisionReview => ({
  reviewId: doc.recordId,
  bureauId: doc.bureauId,
  day: doc.day,
  timeline: stepsOf(doc.timeline),
  reviewedBureauId: doc.reviewedBureauId,
  period: doc.period,
  rating: doc.rating,
  findings: doc.findings,
});

@InputType()
export class ReportImplementationInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The reporting bureau; defaults to a staff member's own" })
  reportingBureauId?: string | null;

  @Field(() => ID, { description: 'An established bureau above the reporting one' })
  toBureauId!: string;

  @Field(() => ReportingPeriodInput)
  period!: ReportingPeriodInput;

  @Field()
  summary!: string;

  @Field(() => JSONObjectResolver, { nullable: true })
  figures?: Record<string, unknown> | null;
}

@InputType()
export class ReviewSupervisionInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The reviewing bureau; defaults to a staff member's own" })
  bureauId?: string | null;

  @Field(() => ID, { description: 'An established bureau below the reviewer in its region' })
  reviewedBureauId!: string;

  @Field(() => ReportingPeriodInput)
  period!: ReportingPeriodInput;

  @Field(() => ReviewRatingEnum)
  rating!: ReviewRating;

  @Field()
  findings!: string;
}

@InputType()
export class AccountabilityFilterInput extends SupervisoryFilterInput {}

@ObjectType()
export class ImplementationReportPayload extends OversightPayload {
  @Field(() => ImplementationReport, { nullable: true })
  implementationReport!: ImplementationReport | null;
}

@ObjectType()
export class SupervisionReviewPayload extends OversightPayload {
  @Field(() => SupervisionReview, { nullable: true })
  supervisionReview!: SupervisionReview | null;
}

@ObjectType({ description: 'How many records of a kind a list holds (activity figures: counts only)' })
export class SupervisoryActivity {
  @Field(() => SupervisoryActKindEnum)
  kind!: ActKind;

  @Field(() => Int)
  count!: number;
}
