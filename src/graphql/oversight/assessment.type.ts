import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Day } from '../../domain/shared/day';
import type { AssessmentKind } from '../../domain/oversight/assessment.events';
import type { AssessmentDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { ActInput } from '../registry/unit.input';
import { mentionsOf, stepsOf, SupervisoryFilterInput, SupervisoryRecord, UnitMention } from './common.type';
import { connectionOf } from '../shared/connection';
import { AssessmentKindEnum } from './enums';
import { OversightPayload } from './payload';

@ObjectType({ description: "An assessment, certification or recognition of a unit's archival work (考核、认证、认定)" })
export class Assessment extends SupervisoryRecord {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => AssessmentKindEnum)
  kind!: AssessmentKind;

  @Field(() => UnitMention, { nullable: true, description: 'The unit (null outside your scope)' })
  unit!: UnitMention | null;

  @Field()
  scheme!: string;

  @Field()
  grade!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  validUntil!: string | null;

  @Field({ description: 'Whether it is still valid today' })
  validToday!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

export const AssessmentConnection = connectionOf(Assessment, 'Assessment');

export function toAssessment(ctx: Context, doc: AssessmentDoc, today: Day): Assessment {
  return {
    assessmentId: doc.recordId,
    bureauId: doc.bureauId,
    day: doc.day,
    timeline: stepsOf(doc.timeline),
    kind: doc.assessmentKind,
    unit: mentionsOf(ctx, doc)[0] ?? null,
    scheme: doc.scheme,
    grade: doc.grade,
    validUntil: doc.validUntil,
    validToday: doc.validUntil === null || today <= doc.validUntil,
    note: doc.note,
  };
}

@InputType()
export class RecordAssessmentInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The bureau recording it; defaults to a staff member's own" })
  bureauId?: string | null;

  @Field(() => ID, { description: 'A unit supervised by the bureau or a bureau below it' })
  unitId!: string;

  @Field(() => AssessmentKindEnum)
  kind!: AssessmentKind;

  @Field()
  scheme!: string;

  @Field()
  grade!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of validity, after the day of the assessment' })
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AssessmentFilterInput extends SupervisoryFilterInput {
  @Field(() => AssessmentKindEnum, { nullable: true })
  kind?: AssessmentKind | null;
}

@ObjectType()
export class AssessmentPayload extends OversightPayload {
  @Field(() => Assessment, { nullable: true })
  assessment!: Assessment | null;
}
