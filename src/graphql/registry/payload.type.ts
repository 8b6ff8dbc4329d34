import { Field, ObjectType } from 'type-graphql';
import { ActPayload } from '../shared/act-payload';
import { Bureau } from './bureau.type';
import { Unit } from './unit.type';

@ObjectType()
export class UnitPayload extends ActPayload {
  @Field(() => Unit, { nullable: true })
  unit!: Unit | null;
}

@ObjectType()
export class BureauPayload extends ActPayload {
  @Field(() => Bureau, { nullable: true })
  bureau!: Bureau | null;
}


export { actFields } from '../shared/act-payload';
