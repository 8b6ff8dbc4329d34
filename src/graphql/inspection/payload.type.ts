import { Field, ObjectType } from 'type-graphql';
import { ActPayload } from '../shared/act-payload';
import { Inspection } from './inspection.type';
import { InspectionPlan } from './plan.type';

@ObjectType()
export class InspectionPayload extends ActPayload {
  @Field(() => Inspection, { nullable: true })
  inspection!: Inspection | null;
}

@ObjectType()
export class InspectionPlanPayload extends ActPayload {
  @Field(() => InspectionPlan, { nullable: true })
  plan!: InspectionPlan | null;
}
