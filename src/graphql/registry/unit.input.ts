import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import type { DeregistrationReason, UnitCategory, UnitClass } from '../../domain/registry/registry.events';
import { DeregistrationReasonEnum, UnitCategoryEnum, UnitClassEnum, UnitStatusEnum } from './enums';

/** What every act carries besides its own data. */
// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@InputType()
export abstract class ActInput {
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Business time of the act; defaults to now' })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the first result and appends nothing' })
  idempotencyKey?: string | null;
}

@InputType()
export class EstablishBureauInput extends ActInput {
  @Field({ description: "GB/T 2260 code of the bureau's region; '000000' for the national administration" })
  regionCode!: string;

  @Field()
  name!: string;
}

@InputType()
export class RegisterUnitInput extends ActInput {
  @Field(() => ID, { description: 'Unified social credit code; spaces and hyphens are ignored' })
  unitId!: string;

  @Field()
  name!: string;

  @Field(() => UnitCategoryEnum)
  category!: UnitCategory;

  @Field(() => UnitClassEnum, { nullable: true })
  unitClass?: UnitClass | null;

  @Field()
  regionCode!: string;

  @Field(() => ID)
  bureauId!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Accept a code that fails the GB 32100 check character (early pilot codes): the written reason is recorded',
  })
  checkOverrideReason?: string | null;
}

@InputType()
export class AmendUnitDetailsInput extends ActInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears the address' })
  address?: string | null;

  @Field(() => UnitCategoryEnum, { nullable: true })
  category?: UnitCategory | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class ClassifyUnitInput extends ActInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => UnitClassEnum)
  unitClass!: UnitClass;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class TransferUnitInput extends ActInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  toBureauId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class DeregisterUnitInput extends ActInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => DeregistrationReasonEnum)
  reason!: DeregistrationReason;

  @Field(() => ID, { nullable: true, description: 'Credit code of the unit merged into (required for MERGED)' })
  mergedInto?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AssignArchivistInput extends ActInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  archivistId!: string;

  @Field()
  name!: string;

  @Field({ defaultValue: false })
  partTime!: boolean;

  @Field(() => String, { nullable: true })
  duties?: string | null;
}

@InputType()
export class ReleaseArchivistInput extends ActInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  archivistId!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class UnitFilterInput {
  @Field(() => String, { nullable: true, description: "GB/T 2260 code prefix: '33' Zhejiang, '3301' Hangzhou, '330106' a county" })
  regionPrefix?: string | null;

  @Field(() => UnitCategoryEnum, { nullable: true })
  category?: UnitCategory | null;

  @Field(() => UnitClassEnum, { nullable: true })
  unitClass?: UnitClass | null;

  @Field(() => ID, { nullable: true })
  bureauId?: string | null;

  @Field(() => UnitStatusEnum, { nullable: true })
  status?: 'ACTIVE' | 'DEREGISTERED' | null;
}
