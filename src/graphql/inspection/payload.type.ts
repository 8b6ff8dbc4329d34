import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Inspection } from './inspection.type';
import { InspectionPlan } from './plan.type';

// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@ObjectType()
abstract class InspectionActPayload {
  @Field(() => SafeIntResolver, {
    description: 'Global position of the last event written (the read models already reflect it in embedded mode)',
  })
  position!: number;

  @Field(() => [ID], { description: 'Ids of the events appended; empty when the act changed nothing' })
  eventIds!: string[];
}

@ObjectType()
export class InspectionPayload extends InspectionActPayload {
  @Field(() => Inspection, { nullable: true })
  inspection!: Inspection | null;
}

@ObjectType()
export class InspectionPlanPayload extends InspectionActPayload {
  @Field(() => InspectionPlan, { nullable: true })
  plan!: InspectionPlan | null;
}
