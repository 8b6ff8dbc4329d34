// Days come in as plain strings checked by the domain (INVALID_DATE, with the field), as in the other areas; they go out as LocalDate.
import { Field, ID, InputType, Int } from 'type-graphql';
import type { EvidenceRef, InspectionKind, ItemResult, Severity } from '../../domain/supervision/common';
import { ActInput } from '../registry/unit.input';
import { EvidenceKindEnum, InspectionKindEnum, ItemResultEnum, SeverityEnum } from './enums';

@InputType()
export class InspectorInput {
  @Field(() => ID)
  personId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: '执法证号; required for law enforcement' })
  credentialNumber?: string | null;
}

@InputType()
export class ItemOutcomeInput {
  @Field()
  itemCode!: string;

  @Field(() => ItemResultEnum)
  result!: ItemResult;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class FindingInput {
  @Field(() => ID, { nullable: true, description: 'Omit for a new finding; give it to keep a finding in a correction' })
  findingId?: string | null;

  @Field()
  itemCode!: string;

  @Field(() => SeverityEnum)
  severity!: Severity;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the item's legal basis" })
  legalBasis?: string | null;
}

@InputType()
export class EvidenceRefInput {
  @Field(() => EvidenceKindEnum)
  kind!: EvidenceRef['kind'];

  @Field({ description: 'A document number (≤ 100 characters) or 64 hexadecimal digits' })
  value!: string;
}

@InputType()
export class RecordInspectionInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The bureau that inspected; defaults to a bureau staff member's own" })
  bureauId?: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The plan it carries out, if any' })
  planId?: string | null;

  @Field(() => InspectionKindEnum)
  kind!: InspectionKind;

  @Field({ description: 'The day it happened (YYYY-MM-DD, China time); occurredAt, when given, must fall on it' })
  day!: string;

  @Field(() => [InspectorInput])
  inspectors!: InspectorInput[];

  @Field(() => ID)
  checklistId!: string;

  @Field(() => Int)
  checklistVersion!: number;

  @Field(() => [ItemOutcomeInput], { description: 'One for every item of the checklist version that the kind uses' })
  results!: ItemOutcomeInput[];

  @Field(() => [FindingInput], { nullable: true, description: 'At least one for every NON_COMPLIANT item' })
  findings?: FindingInput[] | null;

  @Field()
  conclusion!: string;

  @Field(() => [EvidenceRefInput], { nullable: true })
  evidence?: EvidenceRefInput[] | null;
}

@InputType({ description: 'Only the fields given change; the corrected record is judged by the same rules as a new one' })
export class CorrectInspectionRecordInput extends ActInput {
  @Field(() => ID)
  inspectionId!: string;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  day?: string | null;

  @Field(() => [InspectorInput], { nullable: true })
  inspectors?: InspectorInput[] | null;

  @Field(() => [ItemOutcomeInput], { nullable: true })
  results?: ItemOutcomeInput[] | null;

  @Field(() => [FindingInput], { nullable: true })
  findings?: FindingInput[] | null;

  @Field(() => String, { nullable: true })
  conclusion?: string | null;

  @Field(() => [EvidenceRefInput], { nullable: true })
  evidence?: EvidenceRefInput[] | null;
}

@InputType()
export class WithdrawInspectionInput extends ActInput {
  @Field(() => ID)
  inspectionId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class InspectionFilterInput {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  bureauId?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 prefix of the unit's region as it stood on the day" })
  regionPrefix?: string | null;

  @Field(() => InspectionKindEnum, { nullable: true })
  kind?: InspectionKind | null;

  @Field(() => ID, { nullable: true })
  planId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD), inclusive' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), inclusive' })
  to?: string | null;

  @Field({ defaultValue: false, description: 'Withdrawn records are left out unless asked for' })
  includeWithdrawn!: boolean;
}
