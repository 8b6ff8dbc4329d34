import { DateTimeISOResolver, JSONObjectResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ActorRole } from '../../domain/shared/event';
import { ActorRoleEnum } from './enums';
import { connectionOf, type Connection } from '../shared/connection';

@ObjectType({ description: 'Who did an act, in which role, for which bureau or unit' })
export class ActorInfo {
  @Field(() => ID)
  id!: string;

  @Field(() => ActorRoleEnum)
  role!: ActorRole;

  @Field(() => ID, { nullable: true })
  bureauId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}

@ObjectType({ description: 'One event in the history of a unit: the act, who did it, when it happened and when it was recorded' })
export class HistoryEntry {
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

  @Field(() => ActorInfo)
  actor!: ActorInfo;

  @Field(() => DateTimeISOResolver, { description: 'Business time: when the act happened, as the caller stated' })
  occurredAt!: string;

  @Field(() => DateTimeISOResolver, { description: 'Server time: when the act was recorded' })
  recordedAt!: string;

  @Field(() => ID)
  correlationId!: string;

  @Field(() => ID, { nullable: true })
  causationId!: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey!: string | null;
}

export const HistoryConnection = connectionOf(HistoryEntry, 'History', 'Entries of the history, all pages');
export type HistoryConnection = Connection<HistoryEntry>;
