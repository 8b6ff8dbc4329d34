import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { canReadUnit } from '../../auth/scope';
import type { GuidanceForm } from '../../domain/oversight/guidance.events';
import type { GuidanceDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { ActInput } from '../registry/unit.input';
import { ArchivistMention, mentionsOf, stepsOf, SupervisoryFilterInput, SupervisoryRecord, UnitMention, visibleArchivists } from './common.type';
import { connectionOf } from '../shared/connection';
import { GuidanceFormEnum } from './enums';
import { OversightPayload } from './payload';
import { ArchivistRefInput } from './training.type';

@ObjectType({ description: 'A difficulty an archivist raised during guidance (the notice asks bureaus to listen)' })
export class GuidanceDifficulty {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The archivist who raised it, when one of those met' })
  archivistId!: string | null;

  @Field()
  description!: string;
}

@ObjectType({ description: '业务指导: guidance given to units; never counts as an inspection for the cycle' })
export class Guidance extends SupervisoryRecord {
  @Field(() => ID)
  guidanceId!: string;

  @Field(() => GuidanceFormEnum)
  form!: GuidanceForm;

  @Field(() => [String])
  topics!: string[];

  @Field(() => [UnitMention], { description: 'The units guided that lie in your scope' })
  units!: UnitMention[];

  @Field(() => [ArchivistMention], { description: 'Archivists met (names: personal data)' })
  archivistsMet!: ArchivistMention[];

  @Field(() => [GuidanceDifficulty])
  difficulties!: GuidanceDifficulty[];

  @Field(() => String, { nullable: true })
  note!: string | null;
}

export const GuidanceConnection = connectionOf(Guidance, 'Guidance');

export function toGuidance(ctx: Context, doc: GuidanceDoc): Guidance {
  return {
    guidanceId: doc.recordId,
    bureauId: doc.bureauId,
    day: doc.day,
    timeline: stepsOf(doc.timeline),
    form: doc.form,
    topics: doc.topics,
    units: mentionsOf(ctx, doc),
    archivistsMet: visibleArchivists(ctx, doc, doc.archivistsMet),
    difficulties: doc.difficulties.filter((d) => canReadUnit(ctx.scope, { unitId: d.unitId, regionCode: doc.unitRegions[d.unitId] ?? '' })),
    note: doc.note,
  };
}

@InputType()
export class GuidanceDifficultyInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true })
  archivistId?: string | null;

  @Field()
  description!: string;
}

@InputType()
export class ProvideGuidanceInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The bureau giving it; defaults to a staff member's own" })
  bureauId?: string | null;

  @Field(() => GuidanceFormEnum)
  form!: GuidanceForm;

  @Field(() => [ID], { description: "Units in the bureau's own scope on the day" })
  unitIds!: string[];

  @Field(() => [String])
  topics!: string[];

  @Field(() => [ArchivistRefInput], { defaultValue: [] })
  archivistsMet!: ArchivistRefInput[];

  @Field(() => [GuidanceDifficultyInput], { defaultValue: [] })
  difficulties!: GuidanceDifficultyInput[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class GuidanceFilterInput extends SupervisoryFilterInput {
  @Field(() => GuidanceFormEnum, { nullable: true })
  form?: GuidanceForm | null;
}

@ObjectType()
export class GuidancePayload extends OversightPayload {
  @Field(() => Guidance, { nullable: true })
  guidance!: Guidance | null;
}
