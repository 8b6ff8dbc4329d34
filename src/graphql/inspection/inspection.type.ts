import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import type { EvidenceRef, InspectionKind, ItemResult, Severity } from '../../domain/supervision/common';
import { ActorInfo } from '../registry/history.type';
import { PERSONAL_DATA_READERS } from '../roles';
import { EvidenceKindEnum, InspectionKindEnum, ItemResultEnum, SeverityEnum } from './enums';
import { connectionOf, type Connection } from '../shared/connection';
import { WhoAndWhen } from '../shared/who-and-when';

@ObjectType({ description: 'A person acting for the bureau: an inspector, with the enforcement credential shown (执法证)' })
export class InspectionInspector {
  @Field(() => ID)
  personId!: string;

  @Authorized(PERSONAL_DATA_READERS)
  @Field({ description: "The inspector's name: personal data, not shown to analysts" })
  name!: string;

  @Field(() => String, { nullable: true, description: '执法证号; every law-enforcement inspector has one' })
  credentialNumber!: string | null;
}

@ObjectType({ description: 'The result for one checklist item' })
export class InspectionItemOutcome {
  @Field()
  itemCode!: string;

  @Field(() => ItemResultEnum)
  result!: ItemResult;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [String], { description: 'The findings recorded against this item (their findingId), in the order of the findings' })
  findingIds!: string[];
}

@ObjectType({ description: 'A finding, tied to an item found NON_COMPLIANT' })
export class InspectionFinding {
  @Field(() => ID, { description: 'Stable across corrections; rectification orders name it' })
  findingId!: string;

  @Field()
  itemCode!: string;

  @Field(() => SeverityEnum)
  severity!: Severity;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;
}

@ObjectType({ description: 'Evidence referenced, never stored' })
export class InspectionEvidence {
  @Field(() => EvidenceKindEnum)
  kind!: EvidenceRef['kind'];

  @Field()
  value!: string;
}

// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@ObjectType()
abstract class InspectionRecordAct extends WhoAndWhen {
  @Field()
  reason!: string;

}

@ObjectType({ description: 'The withdrawal of the record, with who did it, when it happened and when it was recorded' })
export class InspectionWithdrawal extends InspectionRecordAct {}

@ObjectType({ description: 'A correction of the record (the original stays in the history)' })
export class InspectionCorrection extends InspectionRecordAct {
  @Field(() => [String], { description: 'The fields it changed' })
  fields!: string[];
}

@ObjectType({ description: 'An inspection as its record now stands (corrections applied)' })
export class Inspection {
  @Field(() => ID)
  inspectionId!: string;

  @Field(() => ID)
  bureauId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true, description: "The unit's region as it stood on the day" })
  regionCode!: string | null;

  @Field(() => String, { nullable: true })
  regionName!: string | null;

  @Field(() => ID, { nullable: true })
  planId!: string | null;

  @Field(() => InspectionKindEnum)
  kind!: InspectionKind;

  @Field(() => LocalDateResolver, { description: 'The day it happened (China time)' })
  day!: string;

  @Field(() => [InspectionInspector])
  inspectors!: InspectionInspector[];

  @Field(() => ID)
  checklistId!: string;

  @Field(() => Int)
  checklistVersion!: number;

  @Field(() => [InspectionItemOutcome])
  results!: InspectionItemOutcome[];

  @Field(() => [InspectionFinding])
  findings!: InspectionFinding[];

  @Field()
  conclusion!: string;

  @Field(() => [InspectionEvidence])
  evidence!: InspectionEvidence[];

  @Field({ description: 'Withdrawn: it counts for nothing, and stays in the history' })
  withdrawn!: boolean;

  @Field(() => InspectionWithdrawal, { nullable: true })
  withdrawal!: InspectionWithdrawal | null;

  @Field(() => [InspectionCorrection])
  corrections!: InspectionCorrection[];

  @Field(() => ActorInfo, { description: 'Who recorded it' })
  actor!: ActorInfo;

  @Field(() => DateTimeISOResolver, { description: 'Business time of the record' })
  occurredAt!: string;

  @Field(() => DateTimeISOResolver, { description: 'When the server recorded it' })
  recordedAt!: string;
}

export const InspectionConnection = connectionOf(Inspection, 'Inspection', 'Inspections matching the filter within your scope, all pages');
export type InspectionConnection = Connection<Inspection>;
