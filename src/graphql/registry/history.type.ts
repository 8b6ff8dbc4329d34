import { JSONObjectResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf, type Connection } from '../shared/connection';
import { WhoAndWhen } from '../shared/who-and-when';

// ActorInfo lives with WhoAndWhen (no import cycle); many areas import it from here.
export { ActorInfo } from '../shared/who-and-when';

@ObjectType({ description: 'One event in the history of a unit: the act, who did it, when it happened and when it was recorded' })
export class HistoryEntry extends WhoAndWhen {
  @Field(() => ID)
  eventId!: string;

  @Field({ description: 'Event type, e.g. UnitRegistered' })
  type!: string;

  @Field(() => Int)
  schemaVersion!: number;

  @Field(() => SafeIntResolver, { description: 'Position in the global order of the log' })
  position!: number;

  @Field()
  streamId!: string;

  @Field(() => Int)
  revision!: number;

  @Field(() => JSONObjectResolver, { description: "The event's data, as recorded" })
  data!: object;


  @Field(() => ID)
  correlationId!: string;

  @Field(() => ID, { nullable: true })
  causationId!: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey!: string | null;
}

export const HistoryConnection = connectionOf(HistoryEntry, 'History', 'Entries of the history, all pages');
export type HistoryConnection = Connection<HistoryEntry>;
