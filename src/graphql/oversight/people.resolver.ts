import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CommandResult } from '../../application/command-handler';
import type { GuidanceDoc, TrainingDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { listFor, pageOf } from './act-list';
import type { Connection } from '../shared/connection';
import { Guidance, GuidanceConnection, GuidanceFilterInput, GuidancePayload, ProvideGuidanceInput, toGuidance } from './guidance.type';
import { actingBureau, payloadFields, recordDoc } from './payload';
import { HoldTrainingInput, Training, TrainingConnection, TrainingFilterInput, TrainingPayload, toTraining } from './training.type';

/** Guidance and trainings: the bureau's work with units' archivists. */
@Resolver()
export class PeopleResolver {
  @Authorized(RECORD_READERS)
  @Query(() => TrainingConnection, { description: 'Trainings, newest first, within your scope' })
  async trainings(
    @Ctx() ctx: Context,
    @Arg('filter', () => TrainingFilterInput, { nullable: true }) filter?: TrainingFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Training>> {
    return pageOf<TrainingDoc, Training>(ctx, await listFor(ctx, 'TRAINING', filter), first, after, (doc) => toTraining(ctx, doc));
  }

  @Authorized(RECORD_READERS)
  @Query(() => GuidanceConnection, { description: 'Guidance given, newest first, within your scope' })
  async guidance(
    @Ctx() ctx: Context,
    @Arg('filter', () => GuidanceFilterInput, { nullable: true }) filter?: GuidanceFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Guidance>> {
    const list = await listFor(ctx, 'GUIDANCE', filter);
    return pageOf<GuidanceDoc, Guidance>(ctx, list && { ...list, ...(filter?.form && { variant: filter.form }) }, first, after, (doc) => toGuidance(ctx, doc));
  }

  @Authorized(WRITERS)
  @Mutation(() => TrainingPayload, { description: "Record a training held for units' archivists (TrainingHeld)" })
  async holdTraining(@Arg('input') input: HoldTrainingInput, @Ctx() ctx: Context): Promise<TrainingPayload> {
    const result = await ctx.oversight.holdTraining(
      {
        bureauId: actingBureau(ctx, input.bureauId),
        title: input.title,
        topics: input.topics,
        hours: input.hours,
        attendees: input.attendees.map((a) => ({ unitId: a.unitId, archivistId: a.archivistId })),
      },
      commandMetadata(ctx, input),
    );
    const doc = await recordDoc<TrainingDoc>(ctx, 'TRAINING', result.recordId);
    return { ...payloadFields(result), training: doc && toTraining(ctx, doc) };
  }

  @Authorized(WRITERS)
  @Mutation(() => GuidancePayload, { description: 'Record guidance given to units: a visit, a consultation, on-site help (GuidanceProvided)' })
  async provideGuidance(@Arg('input') input: ProvideGuidanceInput, @Ctx() ctx: Context): Promise<GuidancePayload> {
    const result: CommandResult & { recordId: string } = await ctx.oversight.provideGuidance(
      {
        bureauId: actingBureau(ctx, input.bureauId),
        form: input.form,
        unitIds: input.unitIds,
        topics: input.topics,
        archivistsMet: input.archivistsMet.map((a) => ({ unitId: a.unitId, archivistId: a.archivistId })),
        difficulties: input.difficulties.map((d) => ({ unitId: d.unitId, archivistId: d.archivistId ?? null, description: d.description })),
        note: input.note ?? null,
      },
      commandMetadata(ctx, input),
    );
    const doc = await recordDoc<GuidanceDoc>(ctx, 'GUIDANCE', result.recordId);
    return { ...payloadFields(result), guidance: doc && toGuidance(ctx, doc) };
  }
}
