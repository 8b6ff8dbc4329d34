import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { canReadBureau, canReadRegion } from '../../auth/scope';
import { NotFoundError } from '../../domain/shared/errors';
import type { BureauDoc } from '../../../projections/bureaus/bureaus.projection';
import { childrenOf, findRegion, regionPrefix, requireRegion, type Region as RegionData } from '../../domain/shared/region';
import type { UnitCategory } from '../../domain/registry/registry.events';
import type { Context } from '../context';
import { Bureau } from './bureau.type';
import { CategoryCount, Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => Region, {
    nullable: true,
    description: "A GB/T 2260 division within your scope; '000000' is the nation, whose children are the provinces",
  })
  region(@Arg('code') code: string, @Ctx() ctx: Context): RegionData {
    const region = requireRegion(code.trim(), 'code');
    if (!canReadRegion(ctx.scope, region)) throw new NotFoundError(`Region ${region.code} is outside your scope`, 'REGION_NOT_FOUND');
    return region;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region above (null when outside your scope)' })
  parent(@Root() region: RegionData, @Ctx() ctx: Context): RegionData | null {
    const parent = region.parentCode === null ? undefined : findRegion(region.parentCode);
    return parent && canReadRegion(ctx.scope, parent) ? parent : null;
  }

  @FieldResolver(() => [Region])
  children(@Root() region: RegionData, @Ctx() ctx: Context): readonly RegionData[] {
    return childrenOf(region.code).filter((child) => canReadRegion(ctx.scope, child));
  }

  @FieldResolver(() => Bureau, { nullable: true, description: "The region's archival bureau, if established" })
  async bureau(@Root() region: RegionData, @Ctx() ctx: Context): Promise<BureauDoc | null> {
    const bureau = await ctx.loaders.bureau.load(region.code);
    return bureau && canReadBureau(ctx.scope, bureau) ? bureau : null;
  }

  @FieldResolver(() => Int, { description: 'Active units registered in this region and everything below it' })
  async unitCount(@Root() region: RegionData, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.unitCountsUnder.load(regionPrefix(region))).activeUnits;
  }

  @FieldResolver(() => [CategoryCount])
  async unitCountByCategory(@Root() region: RegionData, @Ctx() ctx: Context): Promise<CategoryCount[]> {
    const counts = await ctx.loaders.unitCountsUnder.load(regionPrefix(region));
    return (Object.entries(counts.byCategory) as [UnitCategory, number][])
      .filter(([, count]) => count > 0)
      .map(([category, count]) => ({ category, count }));
  }
}
