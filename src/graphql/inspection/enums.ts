import { registerEnumType } from 'type-graphql';
import { STRATUM_ORDER, type StratumClass } from '../../domain/inspection/draw';
import { INSPECTION_KINDS, ITEM_RESULTS, SEVERITIES, type EvidenceRef, type InspectionKind, type ItemResult, type Severity } from '../../domain/supervision/common';

/** GraphQL enums mirror the domain's string unions, value for value (exported for other areas to reuse). */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const InspectionKindEnum = enumOf<InspectionKind>(INSPECTION_KINDS);
export const ItemResultEnum = enumOf<ItemResult>(ITEM_RESULTS);
export const SeverityEnum = enumOf<Severity>(SEVERITIES);
export const EvidenceKindEnum = enumOf<EvidenceRef['kind']>(['DOCUMENT_NUMBER', 'SHA256']);
export const PlanStatusEnum = enumOf<'PLANNED' | 'COMPLETED' | 'CANCELLED'>(['PLANNED', 'COMPLETED', 'CANCELLED']);
export const SelectionMethodEnum = enumOf<'LISTED' | 'RANDOM_DRAW'>(['LISTED', 'RANDOM_DRAW']);
export const StratumClassEnum = enumOf<StratumClass>(STRATUM_ORDER);

registerEnumType(InspectionKindEnum, {
  name: 'InspectionKind',
  description: '档案行政执法检查 law enforcement, 专项档案业务检查 special business, 年度检查 annual, 考核/认证/认定 assessment',
});
registerEnumType(ItemResultEnum, { name: 'InspectionItemResult' });
registerEnumType(SeverityEnum, { name: 'FindingSeverity' });
registerEnumType(EvidenceKindEnum, { name: 'InspectionEvidenceKind', description: 'A document number (文号) or a SHA-256 of the content' });
registerEnumType(PlanStatusEnum, { name: 'InspectionPlanStatus' });
registerEnumType(SelectionMethodEnum, { name: 'TargetSelectionMethod', description: 'Targets listed by the bureau, or drawn at random (双随机)' });
registerEnumType(StratumClassEnum, { name: 'DrawStratumClass', description: 'A supervision class to draw from; UNCLASSIFIED: units without one' });
