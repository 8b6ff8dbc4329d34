import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A count under a label (a category, class, kind or checklist item)' })
export class StatisticsTally {
  @Field({ description: 'The label: an enum value (category, class, kind; NONE for an unclassified unit) or a checklist item code' })
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Active units in the region and below on `asOf` (registered, not deregistered, that day), in their region of that day' })
export class UnitFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => [StatisticsTally], { description: 'By category (ORGAN, ORGANISATION, ENTERPRISE, PUBLIC_INSTITUTION, OTHER), most first' })
  byCategory!: StatisticsTally[];

  @Field(() => [StatisticsTally], { description: 'By supervision class (FIRST, SECOND, THIRD; NONE: not classified) on `asOf`, most first' })
  byClass!: StatisticsTally[];
}

@ObjectType({ description: 'The two-year cycle in the region on a day, by the same rules as `cycleStatus` (any bureau, the unit counted in its region of the day)' })
export class CoverageFigures {
  @Field(() => Int, { description: 'Units registered and supervised on the day' })
  unitsInScope!: number;

  @Field(() => Int, { description: 'Inspected by a counting inspection (not withdrawn) in the 24 months up to the day' })
  covered!: number;

  @Field(() => Int, { description: 'Not covered, entered their bureau’s scope in the 24 months up to the day' })
  notYetDue!: number;

  @Field(() => Int, { description: 'Neither: dead corners (死角)' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'covered / unitsInScope (null when no unit is in scope)' })
  coverageRate!: number | null;
}

@ObjectType({ description: 'Coverage at the end of a month' })
export class MonthlyCoverageFigures extends CoverageFigures {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => LocalDateResolver, { description: 'The month’s last day, on which the figures stand' })
  day!: string;
}

@ObjectType({ description: 'Inspections dated in the period (not withdrawn; corrections applied), in the unit’s region on the inspection day' })
export class InspectionFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => [StatisticsTally], { description: 'By inspection kind, most first' })
  byKind!: StatisticsTally[];
}

@ObjectType({ description: 'Findings of the inspections dated in the period: the most common problems' })
export class FindingFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => [StatisticsTally], { description: 'By checklist item code, most common first' })
  byItem!: StatisticsTally[];
}

@ObjectType({ description: 'Rectification orders (责令限期整改), counted in the unit’s region as recorded when ordered; statuses by the order-status rules' })
export class RectificationFigures {
  @Field(() => Int, { description: 'Orders dated in the period' })
  opened!: number;

  @Field(() => Int, { description: 'Orders closed (report accepted) in the period' })
  closed!: number;

  @Field(() => Int, { description: 'Of those, closed on time (CLOSED_ON_TIME)' })
  closedOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'Median days from the order day to the closing day, of the orders closed in the period (null: none)' })
  medianDaysToClose!: number | null;

  @Field(() => Int, { description: 'Orders not closed on `asOf` (OPEN, REPORTED or OVERDUE)' })
  open!: number;

  @Field(() => Int, { description: 'Orders OVERDUE on `asOf`: past the deadline in force, no report pending, not closed' })
  overdueOpen!: number;
}

@ObjectType({ description: 'Bulletins (通报) dated in the period, not withdrawn, naming at least one unit of the region (each bulletin once)' })
export class BulletinFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => [StatisticsTally], { description: 'By kind, most first' })
  byKind!: StatisticsTally[];
}

@ObjectType({ description: 'Trainings dated in the period' })
export class TrainingFigures {
  @Field(() => Int, { description: 'Trainings with at least one attendee from a unit of the region (each once)' })
  sessions!: number;

  @Field(() => Int, { description: 'Attendances of archivists of units of the region' })
  attendance!: number;
}

@ObjectType({ description: 'Self-reports (自查) by units of the region' })
export class SelfReportFigures {
  @Field(() => Int, { description: 'Submitted in the period' })
  submitted!: number;

  @Field(() => Int, { description: 'Flagged in the period (each report once, on the first day it was flagged)' })
  flagged!: number;

  @Field(() => Float, { nullable: true, description: 'submitted / coverage.unitsInScope on `asOf` (null when no unit is in scope)' })
  rate!: number | null;
}

@ObjectType({ description: 'Leads (线索) concerning units of the region (each lead once)' })
export class LeadFigures {
  @Field(() => Int, { description: 'Received in the period' })
  received!: number;

  @Field(() => Int, { description: 'Closed in the period' })
  closed!: number;
}

@ObjectType({ description: 'Archivists of units of the region' })
export class ArchivistFigures {
  @Field(() => Int, { description: 'Assignments dated in the period' })
  assigned!: number;

  @Field(() => Int, { description: 'Releases dated in the period' })
  released!: number;

  @Field(() => Int, { description: 'Assigned and not released on `asOf`' })
  active!: number;
}

@ObjectType({
  description:
    'Figures of a region and everything below it: stock figures stand on `asOf`, flows count what is dated in [`from`, `to`]; ' +
    'as the record stood at `knownAt` (only what was recorded by then counts, corrections and withdrawals included)',
})
export class RegionStatistics {
  @Field({ description: 'GB/T 2260 code' })
  regionCode!: string;

  @Field()
  regionName!: string;

  @Field({ description: 'NATION, PROVINCE, PREFECTURE or COUNTY' })
  level!: string;

  @Field(() => LocalDateResolver, { description: 'Business day the stock figures stand on' })
  asOf!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the period of the flow figures' })
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period of the flow figures' })
  to!: string;

  @Field(() => DateTimeISOResolver, { description: 'The record as it stood at this instant' })
  knownAt!: string;

  @Field(() => UnitFigures)
  units!: UnitFigures;

  @Field(() => CoverageFigures, { description: 'The two-year cycle on `asOf`' })
  coverage!: CoverageFigures;

  @Field(() => InspectionFigures)
  inspections!: InspectionFigures;

  @Field(() => FindingFigures)
  findings!: FindingFigures;

  @Field(() => RectificationFigures)
  rectification!: RectificationFigures;

  @Field(() => BulletinFigures)
  bulletins!: BulletinFigures;

  @Field(() => TrainingFigures)
  trainings!: TrainingFigures;

  @Field(() => Int, { description: 'Guidance acts (指导) dated in the period naming at least one unit of the region' })
  guidanceActs!: number;

  @Field(() => SelfReportFigures)
  selfReports!: SelfReportFigures;

  @Field(() => LeadFigures)
  leads!: LeadFigures;

  @Field(() => ArchivistFigures, { description: 'Archivist turnover' })
  archivists!: ArchivistFigures;

  /** The knowledge filter used (null: everything), for children and monthlyCoverage; not a field. */
  knownAtFilter!: string | null;
}
