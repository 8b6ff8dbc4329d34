import { Field, Int, ObjectType } from 'type-graphql';
import type { RegionLevel } from '../../domain/shared/region';
import type { UnitCategory } from '../../domain/registry/registry.events';
import { BureauLevelEnum, UnitCategoryEnum } from './enums';

@ObjectType({ description: 'A GB/T 2260 division from the shipped table, with live counts rolled up from the registry' })
export class Region {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => BureauLevelEnum)
  level!: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;
}

@ObjectType()
export class CategoryCount {
  @Field(() => UnitCategoryEnum)
  category!: UnitCategory;

  @Field(() => Int)
  count!: number;
}
