import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { BureauDoc } from '../../../projections/bureaus/bureaus.projection';
import { childrenOf, findRegion, requireRegion, type Region as RegionData } from '../../domain/shared/region';
import type { UnitCategory } from '../../domain/registry/registry.events';
import type { Context } from '../context';
import { Bureau } from './bureau.type';
import { CategoryCount, Region } from './region.type';

/**
 * The code prefix that selects everything in a region: '' the nation, 'PP' a province, 'PPCC' a prefecture,
 * the full code for a county-level division (including PP90xx units directly under a province).
 */
export function regionPrefix(region: Pick<RegionData, 'code' | 'level'>): string {
  switch (region.level) {
    case 'NATION':
      return '';
    case 'PROVINCE':
      return region.code.slice(0, 2);
    case 'PREFECTURE':
      return region.code.slice(0, 4);
    default:
      return region.code;
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: "A GB/T 2260 division; '000000' is the nation, whose children are the provinces" })
  region(@Arg('code') code: string): RegionData {
    return requireRegion(code.trim(), 'code');
  }

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: RegionData): RegionData | null {
    return region.parentCode === null ? null : findRegion(region.parentCode) ?? null;
  }

  @FieldResolver(() => [Region])
  children(@Root() region: RegionData): readonly RegionData[] {
    return childrenOf(region.code);
  }

  @FieldResolver(() => Bureau, { nullable: true, description: "The region's archival bureau, if established" })
  bureau(@Root() region: RegionData, @Ctx() ctx: Context): Promise<BureauDoc | null> {
    return ctx.loaders.bureau.load(region.code);
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
