import { registerEnumType } from 'type-graphql';
import {
  BUREAU_LEVELS,
  DEREGISTRATION_REASONS,
  UNIT_CATEGORIES,
  UNIT_CLASSES,
  type BureauLevel,
  type DeregistrationReason,
  type UnitCategory,
  type UnitClass,
} from '../../domain/registry/registry.events';
import type { ActorRole } from '../../domain/shared/event';

/** GraphQL enums mirror the domain's string unions, value for value. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const UnitCategoryEnum = enumOf<UnitCategory>(UNIT_CATEGORIES);
export const UnitClassEnum = enumOf<UnitClass>(UNIT_CLASSES);
export const BureauLevelEnum = enumOf<BureauLevel>(BUREAU_LEVELS);
export const DeregistrationReasonEnum = enumOf<DeregistrationReason>(DEREGISTRATION_REASONS);
export const UnitStatusEnum = enumOf<'ACTIVE' | 'DEREGISTERED'>(['ACTIVE', 'DEREGISTERED']);
export const ActorRoleEnum = enumOf<ActorRole>(['NATIONAL_ADMIN', 'BUREAU_STAFF', 'AUDITOR', 'ANALYST', 'UNIT_REPORTER', 'SYSTEM']);

registerEnumType(UnitCategoryEnum, {
  name: 'UnitCategory',
  description: 'Kind of grassroots unit: 机关 organ, 团体 organisation, 企业 enterprise, 事业单位 public institution, 其他组织 other',
});
registerEnumType(UnitClassEnum, { name: 'UnitClass', description: "The bureau's supervision class of a unit (分门别类): 一类, 二类, 三类" });
registerEnumType(BureauLevelEnum, { name: 'BureauLevel' });
registerEnumType(DeregistrationReasonEnum, { name: 'DeregistrationReason' });
registerEnumType(UnitStatusEnum, { name: 'UnitStatus' });
registerEnumType(ActorRoleEnum, { name: 'ActorRole' });
