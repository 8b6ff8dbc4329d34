import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ActorRole } from '../../domain/shared/event';
import { ActorRoleEnum } from '../registry/enums';

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


/**
 * Who did an act and both its times, as every record of an act shows them. Decorated so that each act type
 * inherits the fields; never referenced itself, so not emitted as a type of its own.
 */
@ObjectType()
export abstract class WhoAndWhen {
  @Field(() => ActorInfo)
  actor!: ActorInfo;

  @Field(() => DateTimeISOResolver, { description: 'Business time: when the act happened, as the caller stated' })
  occurredAt!: string;

  @Field(() => DateTimeISOResolver, { description: 'Server time: when the act was recorded' })
  recordedAt!: string;
}
