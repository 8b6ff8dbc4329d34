import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TrainingTopic } from '../../domain/oversight/training.events';
import type { TrainingDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { ActInput } from '../registry/unit.input';
import { ArchivistMention, mentionsOf, stepsOf, SupervisoryFilterInput, SupervisoryRecord, UnitMention, visibleArchivists } from './common.type';
import { connectionOf } from '../shared/connection';
import { TrainingTopicEnum } from './enums';
import { OversightPayload } from './payload';

@ObjectType({ description: "A training held by a bureau for units' archivists" })
export class Training extends SupervisoryRecord {
  @Field(() => ID)
  trainingId!: string;

  @Field()
  title!: string;

  @Field(() => [TrainingTopicEnum])
  topics!: TrainingTopic[];

  @Field(() => Float)
  hours!: number;

  @Field(() => [ArchivistMention], { description: 'Attendees from units in your scope (names: personal data)' })
  attendees!: ArchivistMention[];

  @Field(() => Int, { description: 'Attendees from units in your scope (totals count only what you may see)' })
  attendeeCount!: number;

  @Field(() => [UnitMention], { description: "The attendees' units that lie in your scope" })
  units!: UnitMention[];
}

export const TrainingConnection = connectionOf(Training, 'Training');

export function toTraining(ctx: Context, doc: TrainingDoc): Training {
  const attendees = visibleArchivists(ctx, doc, doc.attendees);
  return {
    trainingId: doc.recordId,
    bureauId: doc.bureauId,
    day: doc.day,
    timeline: stepsOf(doc.timeline),
    title: doc.title,
    topics: doc.topics,
    hours: doc.hours,
    attendees,
    attendeeCount: attendees.length,
    units: mentionsOf(ctx, doc),
  };
}

@InputType({ description: 'An archivist on duty at a unit on the day (the name is taken from the register)' })
export class ArchivistRefInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  archivistId!: string;
}

@InputType()
export class HoldTrainingInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The bureau holding it; defaults to a staff member's own" })
  bureauId?: string | null;

  @Field()
  title!: string;

  @Field(() => [TrainingTopicEnum])
  topics!: TrainingTopic[];

  @Field(() => Float, { description: 'Teaching hours (half hours at least)' })
  hours!: number;

  @Field(() => [ArchivistRefInput], { description: 'Archivists of units supervised by the bureau or a bureau below it' })
  attendees!: ArchivistRefInput[];
}

@InputType()
export class TrainingFilterInput extends SupervisoryFilterInput {}

@ObjectType()
export class TrainingPayload extends OversightPayload {
  @Field(() => Training, { nullable: true })
  training!: Training | null;
}
