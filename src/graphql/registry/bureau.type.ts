import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { BureauLevel } from '../../domain/registry/registry.events';
import { BureauLevelEnum } from './enums';

@ObjectType({ description: 'An archival bureau (档案局): one per region and level' })
export class Bureau {
  @Field(() => ID, { description: "The bureau's id: the GB/T 2260 code of its region ('000000' for the national administration)" })
  bureauId!: string;

  @Field()
  name!: string;

  @Field(() => BureauLevelEnum)
  level!: BureauLevel;

  @Field()
  regionCode!: string;

  @Field()
  regionName!: string;

  @Field(() => DateTimeISOResolver)
  establishedAt!: string;

  @Field(() => Int, { description: "Active units in the bureau's scope" })
  activeUnitCount!: number;
}
