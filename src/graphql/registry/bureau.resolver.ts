import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BUREAUS, type BureauDoc } from '../../../projections/bureaus/bureaus.projection';
import type { BureauLevel } from '../../domain/registry/registry.events';
import { ancestorsOf, findRegion } from '../../domain/shared/region';
import type { Context } from '../context';
import { commandMetadata } from '../shared/act';
import { Bureau } from './bureau.type';
import { BureauLevelEnum } from './enums';
import { actFields, BureauPayload } from './payload.type';
import { Region } from './region.type';
import { EstablishBureauInput } from './unit.input';

@Resolver(() => Bureau)
export class BureauResolver {
  @Query(() => Bureau, { nullable: true })
  bureau(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BureauDoc | null> {
    return ctx.loaders.bureau.load(id.trim());
  }

  @Query(() => [Bureau], { description: 'Bureaus ordered by region code, optionally under a region prefix and at one level' })
  async bureaus(
    @Ctx() ctx: Context,
    @Arg('regionPrefix', () => String, { nullable: true }) regionPrefix?: string | null,
    @Arg('level', () => BureauLevelEnum, { nullable: true }) level?: BureauLevel | null,
  ): Promise<BureauDoc[]> {
    const bureaus = await ctx.readStore.find<BureauDoc>(
      BUREAUS,
      {
        ...(regionPrefix != null && { regionCode: { $prefix: regionPrefix } }),
        ...(level != null && { level }),
      },
      { sort: { field: 'regionCode', direction: 1 } },
    );
    for (const bureau of bureaus) ctx.loaders.bureau.prime(bureau.bureauId, bureau);
    return bureaus;
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() bureau: BureauDoc): Region | null {
    return findRegion(bureau.regionCode) ?? null;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'The nearest established bureau above this one' })
  async parent(@Root() bureau: BureauDoc, @Ctx() ctx: Context): Promise<BureauDoc | null> {
    const candidates = await ctx.loaders.bureau.loadMany(ancestorsOf(bureau.regionCode).map((r) => r.code));
    return (candidates.find((c) => c !== null && !(c instanceof Error)) as BureauDoc | undefined) ?? null;
  }

  @Mutation(() => BureauPayload, { description: 'Establish the archival bureau of a region (BureauEstablished)' })
  async establishBureau(@Arg('input') input: EstablishBureauInput, @Ctx() ctx: Context): Promise<BureauPayload> {
    const result = await ctx.registry.establishBureau({ regionCode: input.regionCode.trim(), name: input.name }, commandMetadata(ctx, input));
    const bureauId = input.regionCode.trim();
    return { ...actFields(result), bureau: await ctx.readStore.get<BureauDoc>(BUREAUS, bureauId) };
  }
}
