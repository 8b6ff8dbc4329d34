import { SafeIntResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "A projection's checkpoint: the position of the last event it applied" })
export class ProjectionCheckpointStatus {
  @Field()
  name!: string;

  @Field(() => SafeIntResolver)
  checkpoint!: number;
}

@ObjectType({ description: 'How far the read models trail the event log' })
export class ProjectionStatus {
  @Field(() => SafeIntResolver, { description: 'Position of the last event in the log' })
  headPosition!: number;

  @Field(() => SafeIntResolver, { description: 'The lowest checkpoint: every read model reflects the log up to here' })
  projectedPosition!: number;

  @Field(() => SafeIntResolver, { description: 'headPosition - projectedPosition (never negative)' })
  lag!: number;

  @Field(() => [ProjectionCheckpointStatus])
  projections!: ProjectionCheckpointStatus[];
}
