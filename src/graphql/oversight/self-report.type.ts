import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ItemResult } from '../../domain/supervision/common';
import type { SelfReportDoc } from '../../../projections/oversight/acts.model';
import type { DiscrepancyDoc } from '../../../projections/oversight/discrepancies.projection';
import type { Context } from '../context';
import { ActInput } from '../registry/unit.input';
import { mentionsOf, ReportingPeriod, ReportingPeriodInput, stepsOf, SupervisoryFilterInput, SupervisoryRecord, UnitMention } from './common.type';
import { connectionOf } from '../shared/connection';
import { SelfAssessmentResultEnum, SelfReportStatusEnum } from './enums';
import { OversightPayload } from './payload';

@ObjectType()
export class SelfAssessedItem {
  @Field()
  itemCode!: string;

  @Field(() => SelfAssessmentResultEnum)
  result!: ItemResult;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class SelfReportAcknowledgement {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class FlaggedItem {
  @Field()
  itemCode!: string;

  @Field()
  note!: string;

  @Field(() => ID, { nullable: true })
  inspectionId!: string | null;
}

@ObjectType()
export class SelfReportFlag {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field()
  reason!: string;

  @Field(() => [FlaggedItem])
  discrepancies!: FlaggedItem[];
}

@ObjectType({ description: "A unit's self-report on its archival work (自查, 实施条例§45); never counts for the cycle" })
export class SelfReport extends SupervisoryRecord {
  @Field(() => ID)
  reportId!: string;

  @Field(() => UnitMention, { nullable: true, description: 'The reporting unit (null outside your scope)' })
  unit!: UnitMention | null;

  @Field(() => SelfReportStatusEnum)
  status!: 'SUBMITTED' | 'ACKNOWLEDGED' | 'FLAGGED';

  @Field(() => ReportingPeriod)
  period!: ReportingPeriod;

  @Field()
  checklistId!: string;

  @Field(() => Int)
  checklistVersion!: number;

  @Field(() => [SelfAssessedItem])
  results!: SelfAssessedItem[];

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => SelfReportAcknowledgement, { nullable: true })
  acknowledgement!: SelfReportAcknowledgement | null;

  @Field(() => [SelfReportFlag])
  flags!: SelfReportFlag[];
}

export const SelfReportConnection = connectionOf(SelfReport, 'SelfReport');

export function toSelfReport(ctx: Context, doc: SelfReportDoc): SelfReport {
  return {
    reportId: doc.recordId,
    bureauId: doc.bureauId,
    day: doc.day,
    timeline: stepsOf(doc.timeline),
    unit: mentionsOf(ctx, doc)[0] ?? null,
    status: doc.status as SelfReport['status'],
    period: doc.period,
    checklistId: doc.checklist.checklistId,
    checklistVersion: doc.checklist.version,
    results: doc.results,
    summary: doc.summary,
    acknowledgement: doc.acknowledgement,
    flags: doc.flags,
  };
}

@ObjectType({ description: 'A self-assessed COMPLIANT item that a later inspection of the unit found NON_COMPLIANT' })
export class SelfReportDiscrepancy extends UnitMention {
  @Field(() => ID, { description: 'The bureau the self-report was addressed to' })
  bureauId!: string;

  @Field(() => ID)
  reportId!: string;

  @Field(() => LocalDateResolver)
  reportDay!: string;

  @Field(() => ID)
  inspectionId!: string;

  @Field(() => ID)
  inspectionBureauId!: string;

  @Field(() => LocalDateResolver)
  inspectionDay!: string;

  @Field()
  itemCode!: string;

  @Field(() => String, { nullable: true })
  selfAssessedNote!: string | null;

  @Field(() => String, { nullable: true })
  inspectionNote!: string | null;
}

export const SelfReportDiscrepancyConnection = connectionOf(SelfReportDiscrepancy, 'SelfReportDiscrepancy');

export const toDiscrepancy = (doc: DiscrepancyDoc): SelfReportDiscrepancy => ({ ...doc, regionCode: doc.regionCode ?? '' });

@InputType()
export class SelfAssessedItemInput {
  @Field()
  itemCode!: string;

  @Field(() => SelfAssessmentResultEnum)
  result!: ItemResult;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class SubmitSelfReportInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The reporting unit; defaults to a unit reporter's own" })
  unitId?: string | null;

  @Field(() => ReportingPeriodInput, { description: 'The period reported on; it ends by the day of submission' })
  period!: ReportingPeriodInput;

  @Field()
  checklistId!: string;

  @Field(() => Int)
  checklistVersion!: number;

  @Field(() => [SelfAssessedItemInput], { description: 'A result for every item of the checklist version' })
  results!: SelfAssessedItemInput[];

  @Field(() => String, { nullable: true })
  summary?: string | null;
}

@InputType()
export class AcknowledgeSelfReportInput extends ActInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class FlaggedItemInput {
  @Field()
  itemCode!: string;

  @Field()
  note!: string;

  @Field(() => ID, { nullable: true, description: 'The inspection that contradicted the self-assessment' })
  inspectionId?: string | null;
}

@InputType()
export class FlagSelfReportInput extends ActInput {
  @Field(() => ID)
  reportId!: string;

  @Field()
  reason!: string;

  @Field(() => [FlaggedItemInput])
  discrepancies!: FlaggedItemInput[];
}

@InputType()
export class SelfReportFilterInput extends SupervisoryFilterInput {
  @Field(() => SelfReportStatusEnum, { nullable: true })
  status?: 'SUBMITTED' | 'ACKNOWLEDGED' | 'FLAGGED' | null;
}

@InputType({ description: 'Discrepancies by the bureau the self-report was addressed to, the unit, region, and the day of the inspection' })
export class DiscrepancyFilterInput extends SupervisoryFilterInput {}

@ObjectType()
export class SelfReportPayload extends OversightPayload {
  @Field(() => SelfReport, { nullable: true })
  selfReport!: SelfReport | null;
}
