import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { CommandResult } from '../../application/command-handler';

/**
 * What every mutation answers besides the record it changed: where its events went. Decorated so that each
 * payload inherits the fields; never referenced itself, so not emitted as a type of its own.
 */
@ObjectType()
export abstract class ActPayload {
  @Field(() => SafeIntResolver, {
    description: 'Global position of the last event written (the read models already reflect it in embedded mode)',
  })
  position!: number;

  @Field(() => [ID], { description: 'Ids of the events appended; empty when the act changed nothing' })
  eventIds!: string[];
}

export function actFields(result: CommandResult): ActPayload {
  return { position: result.position, eventIds: result.events.map((e) => e.id) };
}
