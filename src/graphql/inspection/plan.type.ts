import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { InspectionKind } from '../../domain/supervision/common';
import { ActorInfo } from '../registry/history.type';
import { InspectionKindEnum, PlanStatusEnum, SelectionMethodEnum } from './enums';
import { InspectionInspector } from './inspection.type';
import { connectionOf, type Connection } from '../shared/connection';
import { WhoAndWhen } from '../shared/who-and-when';

@ObjectType({ description: 'A unit the plan inspects, and who is assigned to it' })
export class InspectionPlanTarget {
  @Field(() => ID)
  unitId!: string;

  @Field(() => [ID], { description: 'Person ids assigned now (recusals applied)' })
  inspectorIds!: string[];

  @Field(() => [InspectionInspector], { description: 'The people assigned now, from the roster' })
  inspectors!: InspectionInspector[];
}

@ObjectType({ description: 'How many units a stratum (a supervision class) had, and how many were drawn from it' })
export class InspectionPlanStratum {
  @Field()
  unitClass!: string;

  @Field(() => Int)
  poolSize!: number;

  @Field(() => Int)
  drawn!: number;
}

@ObjectType({ description: 'How the targets were chosen; for a draw, everything needed to re-run it' })
export class InspectionPlanSelection {
  @Field(() => SelectionMethodEnum)
  method!: 'LISTED' | 'RANDOM_DRAW';

  @Field(() => String, { nullable: true, description: 'The documented sampling algorithm, e.g. sha256-ctr-fisher-yates-v1' })
  algorithm!: string | null;

  @Field(() => String, { nullable: true })
  seed!: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the seed (hex)' })
  seedCommitment!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day whose scope the pool describes' })
  poolDay!: string | null;

  @Field(() => [ID], { nullable: true, description: 'The units drawn from, sorted by credit code' })
  pool!: string[] | null;

  @Field(() => Int, { nullable: true })
  poolSize!: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the pool, one credit code a line (hex)' })
  poolHash!: string | null;

  @Field(() => Int, { nullable: true })
  sampleSize!: number | null;

  @Field(() => [InspectionPlanStratum], { nullable: true })
  strata!: InspectionPlanStratum[] | null;

  @Field(() => [ID], { nullable: true, description: 'The roster drawn from, sorted' })
  inspectorPool!: string[] | null;

  @Field(() => Int, { nullable: true })
  inspectorsPerTarget!: number | null;
}

@ObjectType({ description: 'An inspector recused from a target (回避), replaced by a logged re-draw' })
export class InspectionPlanRecusal extends WhoAndWhen {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  inspectorId!: string;

  @Field(() => ID)
  replacementId!: string;

  @Field()
  reason!: string;

  @Field({ description: 'The label of the re-draw in the plan’s random stream' })
  redrawLabel!: string;

  @Field(() => [ID], { description: 'Who could replace the inspector, sorted' })
  candidates!: string[];

}

@ObjectType({ description: 'An inspection plan of a bureau for a period' })
export class InspectionPlan {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  bureauId!: string;

  @Field()
  title!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the period' })
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period' })
  to!: string;

  @Field(() => InspectionKindEnum)
  kind!: InspectionKind;

  @Field(() => ID)
  checklistId!: string;

  @Field(() => Int)
  checklistVersion!: number;

  @Field(() => PlanStatusEnum)
  status!: 'PLANNED' | 'COMPLETED' | 'CANCELLED';

  @Field(() => [InspectionInspector], { description: 'The roster inspectors were drawn or listed from' })
  roster!: InspectionInspector[];

  @Field(() => String, { nullable: true })
  completionNote!: string | null;

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  @Field(() => ActorInfo)
  actor!: ActorInfo;

  @Field(() => DateTimeISOResolver, { description: 'Business time of the plan' })
  plannedAt!: string;

  @Field(() => DateTimeISOResolver)
  recordedAt!: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was completed or cancelled' })
  closedAt!: string | null;
}

@ObjectType({ description: 'Whether a recorded draw gives the recorded selection when re-run' })
export class DrawReproduction {
  @Field(() => ID)
  planId!: string;

  @Field({ description: 'Everything below holds' })
  reproduces!: boolean;

  @Field()
  algorithm!: string;

  @Field()
  algorithmKnown!: boolean;

  @Field()
  poolHashMatches!: boolean;

  @Field(() => Boolean, { nullable: true })
  seedCommitmentMatches!: boolean | null;

  @Field()
  targetsMatch!: boolean;

  @Field(() => [ID], { description: 'Recorded targets the re-run did not draw' })
  missing!: string[];

  @Field(() => [ID], { description: 'Units the re-run drew that were not recorded' })
  unexpected!: string[];

  @Field()
  assignmentsMatch!: boolean;

  @Field()
  recusalsMatch!: boolean;
}

export const InspectionPlanConnection = connectionOf(InspectionPlan, 'InspectionPlan', 'Plans matching the filter within your scope, all pages');
export type InspectionPlanConnection = Connection<InspectionPlan>;
