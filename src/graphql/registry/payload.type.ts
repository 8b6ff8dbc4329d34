import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { CommandResult } from '../../application/command-handler';
import { Bureau } from './bureau.type';
import { Unit } from './unit.type';

// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@ObjectType()
abstract class ActPayload {
  @Field(() => SafeIntResolver, {
    description: 'Global position of the last event written (the read models already reflect it in embedded mode)',
  })
  position!: number;

  @Field(() => [ID], { description: 'Ids of the events appended; empty when the act changed nothing' })
  eventIds!: string[];
}

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

export function actFields(result: CommandResult): ActPayload {
  return { position: result.position, eventIds: result.events.map((e) => e.id) };
}
