import { DateTimeISOResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { PERSONAL_DATA_READERS } from '../roles';
import type { UnitCategory, UnitClass } from '../../domain/registry/registry.events';
import { UnitCategoryEnum, UnitClassEnum, UnitStatusEnum } from './enums';
import { connectionOf, type Connection } from '../shared/connection';

@ObjectType({ description: "An archivist on duty at a unit (档案人员); often part-time (身兼数职)" })
export class Archivist {
  @Field(() => ID)
  archivistId!: string;

  @Authorized(PERSONAL_DATA_READERS)
  @Field({ description: "The archivist's name: personal data, not shown to analysts" })
  name!: string;

  @Field()
  partTime!: boolean;

  @Field(() => String, { nullable: true })
  duties!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'Business time of the assignment' })
  assignedAt!: string;
}

@ObjectType({ description: 'A grassroots unit (基层单位) as it stands now' })
export class Unit {
  @Field(() => ID, { description: 'Unified social credit code (统一社会信用代码), normalised' })
  unitId!: string;

  @Field()
  name!: string;

  @Field(() => UnitCategoryEnum)
  category!: UnitCategory;

  @Field(() => UnitClassEnum, { nullable: true })
  unitClass!: UnitClass | null;

  @Field({ description: 'GB/T 2260 code of the region the unit lies in' })
  regionCode!: string;

  @Field({ description: 'The region name as recorded' })
  regionName!: string;

  @Field(() => ID, { description: 'The supervising bureau' })
  bureauId!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => UnitStatusEnum)
  status!: 'ACTIVE' | 'DEREGISTERED';

  @Field(() => DateTimeISOResolver)
  registeredAt!: string;

  @Field(() => DateTimeISOResolver, { description: "When the unit last entered its bureau's scope (registration or transfer in)" })
  enteredScopeAt!: string;

  @Field(() => DateTimeISOResolver, { nullable: true })
  deregisteredAt!: string | null;

  @Field(() => String, { nullable: true })
  deregistrationReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit it merged into, when deregistered by a merger' })
  mergedInto!: string | null;

  @Field(() => String, { nullable: true, description: 'Why a code failing the GB 32100 check was accepted, if it was' })
  checkOverrideReason?: string | null;

  @Field(() => [Archivist])
  archivists!: Archivist[];

  @Field(() => Int, { description: "Revision of the unit's stream" })
  revision!: number;
}

export const UnitConnection = connectionOf(Unit, 'Unit', 'Units matching the filter within your scope, all pages');
export type UnitConnection = Connection<Unit>;
