import { JSONObjectResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../shared/page';
import { WhoAndWhen } from '../shared/who-and-when';

@ObjectType({ description: "An act in a bureau's history recorded at least a day after it happened" })
export class LateRecord extends WhoAndWhen {
  @Field(() => ID)
  eventId!: string;

  @Field(() => SafeIntResolver, { description: 'Position in the global order of the log' })
  position!: number;

  @Field({ description: 'Event type, e.g. InspectionConducted' })
  type!: string;

  @Field()
  streamId!: string;

  @Field(() => ID, { description: 'The bureau whose history holds the act' })
  bureauId!: string;


  @Field(() => Int, { description: 'Business days (China time) from the day it happened to the day it was recorded' })
  delayDays!: number;

  @Field(() => JSONObjectResolver, { description: "The event's data, as recorded" })
  data!: object;
}

@ObjectType()
export class LateRecordEdge {
  @Field()
  cursor!: string;

  @Field(() => LateRecord)
  node!: LateRecord;
}

@ObjectType({ description: 'Acts recorded late, the longest delay first, then the latest in the log first' })
export class LateRecordConnection {
  @Field(() => [LateRecordEdge])
  edges!: LateRecordEdge[];

  @Field(() => [LateRecord])
  nodes!: LateRecord[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Acts matching, all pages' })
  totalCount!: number;
}
