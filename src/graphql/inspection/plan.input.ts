// Days come in as plain strings checked by the domain (INVALID_DATE, with the field), as in the other areas; they go out as LocalDate.
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { StratumClass } from '../../domain/inspection/draw';
import type { InspectionKind } from '../../domain/supervision/common';
import { ActInput } from '../registry/unit.input';
import { InspectionKindEnum, PlanStatusEnum, StratumClassEnum } from './enums';
import { InspectorInput } from './inspection.input';

// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@InputType()
abstract class NewPlanInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The planning bureau; defaults to a bureau staff member's own" })
  bureauId?: string | null;

  @Field()
  title!: string;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  from!: string;

  @Field({ description: 'Last day (YYYY-MM-DD)' })
  to!: string;

  @Field(() => InspectionKindEnum)
  kind!: InspectionKind;

  @Field(() => ID)
  checklistId!: string;

  @Field(() => Int)
  checklistVersion!: number;
}

@InputType()
export class PlanAssignmentInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => [ID])
  inspectorIds!: string[];
}

@InputType({ description: 'A plan whose targets the bureau lists' })
export class PlanInspectionsInput extends NewPlanInput {
  @Field(() => [ID])
  unitIds!: string[];

  @Field(() => [InspectorInput], { nullable: true })
  roster?: InspectorInput[] | null;

  @Field(() => [PlanAssignmentInput], { nullable: true })
  assignments?: PlanAssignmentInput[] | null;
}

@InputType({ description: 'How many to draw: a count, or a share rounded up' })
export class SampleInput {
  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => Float, { nullable: true, description: 'In (0, 1]' })
  ratio?: number | null;
}

@InputType()
export class StratumInput extends SampleInput {
  @Field(() => StratumClassEnum)
  unitClass!: StratumClass;
}

@InputType({ description: '双随机: targets drawn from the units in the bureau’s scope on the first day, inspectors from the roster' })
export class DrawInspectionPlanInput extends NewPlanInput {
  @Field(() => SampleInput, { nullable: true, description: 'Unstratified: how many of the whole pool' })
  sample?: SampleInput | null;

  @Field(() => [StratumInput], { nullable: true, description: 'Stratified: how many of each supervision class' })
  strata?: StratumInput[] | null;

  @Field(() => [InspectorInput])
  roster!: InspectorInput[];

  @Field(() => Int, { description: 'Inspectors per target (law enforcement: at least 2)' })
  inspectorsPerTarget!: number;

  @Field(() => String, { nullable: true, description: '16-256 printable characters; made by the server when omitted' })
  seed?: string | null;

  @Field(() => String, { nullable: true, description: 'A SHA-256 of the seed published before the draw: the seed must match it' })
  seedCommitment?: string | null;
}

@InputType()
export class RecuseInspectorInput extends ActInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  inspectorId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class CompleteInspectionPlanInput extends ActInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CancelInspectionPlanInput extends ActInput {
  @Field(() => ID)
  planId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class PlanFilterInput {
  @Field(() => ID, { nullable: true })
  bureauId?: string | null;

  @Field(() => PlanStatusEnum, { nullable: true })
  status?: 'PLANNED' | 'COMPLETED' | 'CANCELLED' | null;
}
