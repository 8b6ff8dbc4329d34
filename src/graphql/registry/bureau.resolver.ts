import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { countBureauHistory, findBureauHistory } from '../../../projections/bureau-history/bureau-history.queries';
import { NotFoundError } from '../../domain/shared/errors';
import { historyPage } from '../shared/history-page';
import { HistoryConnection } from './history.type';
import { canReadBureau, canReadRegion, narrowRegionPrefix } from '../../auth/scope';
import { RECORD_READERS, WRITERS } from '../roles';
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
  @Authorized()
  @Query(() => Bureau, { nullable: true, description: 'A bureau (null when unknown or outside your scope)' })
  async bureau(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BureauDoc | null> {
    const bureau = await ctx.loaders.bureau.load(id.trim());
    return bureau && canReadBureau(ctx.scope, bureau) ? bureau : null;
  }

  @Authorized()
  @Query(() => [Bureau], { description: 'Bureaus ordered by region code, optionally under a region prefix and at one level, within your scope' })
  async bureaus(
    @Ctx() ctx: Context,
    @Arg('regionPrefix', () => String, { nullable: true }) regionPrefix?: string | null,
    @Arg('level', () => BureauLevelEnum, { nullable: true }) level?: BureauLevel | null,
  ): Promise<BureauDoc[]> {
    const prefix = narrowRegionPrefix(ctx.scope, regionPrefix ?? undefined);
    if (prefix === null) return [];
    const bureaus = await ctx.readStore.find<BureauDoc>(
      BUREAUS,
      {
        ...(prefix !== undefined && { regionCode: { $prefix: prefix } }),
        ...(level != null && { level }),
      },
      { sort: { field: 'regionCode', direction: 1 } },
    );
    // The scope's own rule has the last word over the store's prefix match.
    const visible = bureaus.filter((b) => canReadBureau(ctx.scope, b));
    for (const bureau of visible) ctx.loaders.bureau.prime(bureau.bureauId, bureau);
    return visible;
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() bureau: BureauDoc, @Ctx() ctx: Context): Region | null {
    const region = findRegion(bureau.regionCode);
    return region && canReadRegion(ctx.scope, region) ? region : null;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'The nearest established bureau above this one' })
  async parent(@Root() bureau: BureauDoc, @Ctx() ctx: Context): Promise<BureauDoc | null> {
    const candidates = await ctx.loaders.bureau.loadMany(ancestorsOf(bureau.regionCode).map((r) => r.code));
    const parent = candidates.find((c) => c !== null && !(c instanceof Error)) as BureauDoc | undefined;
    return parent && canReadBureau(ctx.scope, parent) ? parent : null;
  }

  @Authorized(RECORD_READERS)
  @Query(() => HistoryConnection, {
    description: 'Every act of the bureau and every act done to it (units transferred in or out, reviews), in log order',
  })
  async bureauHistory(
    @Arg('bureauId', () => ID) bureauId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<HistoryConnection> {
    const id = bureauId.trim();
    const bureau = await ctx.loaders.bureau.load(id);
    if (!bureau || !canReadBureau(ctx.scope, bureau)) throw new NotFoundError(`Bureau ${id} is not established`, 'BUREAU_NOT_FOUND');
    return historyPage(
      {
        find: (limit, afterPosition) => findBureauHistory(ctx.readStore, id, limit, afterPosition),
        count: () => countBureauHistory(ctx.readStore, id),
      },
      first,
      after,
    );
  }

  @Authorized(WRITERS)
  @Mutation(() => BureauPayload, { description: 'Establish the archival bureau of a region (BureauEstablished)' })
  async establishBureau(@Arg('input') input: EstablishBureauInput, @Ctx() ctx: Context): Promise<BureauPayload> {
    const result = await ctx.registry.establishBureau({ regionCode: input.regionCode.trim(), name: input.name }, commandMetadata(ctx, input));
    const bureauId = input.regionCode.trim();
    return { ...actFields(result), bureau: await ctx.readStore.get<BureauDoc>(BUREAUS, bureauId) };
  }
}
