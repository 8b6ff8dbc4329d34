import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { InspectionKind } from '../../domain/supervision/common';
import { InspectionKindEnum } from './enums';

@ObjectType({ description: 'An item of a checklist version, with a stable code' })
export class ChecklistItem {
  @Field({ description: 'Stable code, e.g. STORAGE_SAFETY or RESPONSIBILITY_AND_RULES' })
  code!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'e.g. 档案法§42(2)' })
  legalBasis!: string | null;

  @Field(() => [InspectionKindEnum], { description: 'The kinds of inspection that use the item' })
  kinds!: InspectionKind[];

  @Field({ description: 'A key item (重点项): failing it fails a comprehensive inspection' })
  key!: boolean;
}

@ObjectType({ description: 'A published checklist version (reference data, never changed)' })
export class Checklist {
  @Field(() => ID)
  checklistId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field({ description: 'The rules it follows, e.g. 档办〔2007〕59号' })
  basis!: string;

  @Field(() => LocalDateResolver)
  effectiveFrom!: string;

  @Field(() => [ChecklistItem])
  items!: ChecklistItem[];
}
