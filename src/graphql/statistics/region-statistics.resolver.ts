import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RegionStatisticsReport, RegionStatisticsService } from '../../application/region-statistics.service';
import { canReadRegion } from '../../auth/scope';
import { addMonths, requireDay, type Day } from '../../domain/shared/day';
import { NotFoundError, ValidationError } from '../../domain/shared/errors';
import { childrenOf, requireRegion, type Region } from '../../domain/shared/region';
import { asOfDay, knowledge } from '../accountability/accountability.context';
import type { Context } from '../context';
import { MonthlyCoverageFigures, RegionStatistics } from './region-statistics.type';

/**
 * What the statistics resolvers use of the request context: the app's Context carries `statistics` once
 * src/graphql/context.ts declares it; this names exactly what they need (tests build it by hand).
 */
export type StatisticsContext = Pick<Context, 'actor' | 'scope' | 'now'> & { statistics: RegionStatisticsService };

/** The longest monthly series answered. */
export const MAX_MONTHS = 120;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function requireMonth(value: string, field: string): string {
  const v = value.trim();
  if (!MONTH.test(v)) throw new ValidationError(`${field} must be a month YYYY-MM`, field, 'INVALID_MONTH');
  return v;
}

function toView(report: RegionStatisticsReport, region: Region, knownAtReported: string): RegionStatistics {
  return {
    ...report,
    regionName: region.name,
    level: region.level,
    knownAt: knownAtReported,
    knownAtFilter: report.knownAt,
  };
}

/** The period of the flow figures: [from, to], `to` defaulting to asOf and `from` to the first day of to's year. */
export function period(asOf: Day, from: string | null | undefined, to: string | null | undefined): { from: Day; to: Day } {
  const end = to == null ? asOf : requireDay(to.trim(), 'to');
  const start = from == null ? `${end.slice(0, 4)}-01-01` : requireDay(from.trim(), 'from');
  if (start > end) throw new ValidationError('from must be on or before to', 'from', 'INVALID_PERIOD', { from: start, to: end });
  return { from: start, to: end };
}

@Resolver(() => RegionStatistics)
export class RegionStatisticsResolver {
  @Authorized()
  @Query(() => RegionStatistics, {
    description:
      "Figures of a region and everything below it ('000000': the nation), rolled up county → prefecture → province → nation: stock " +
      'figures on `asOf` (default today, China time), flows over [`from`, `to`] (default: from the first day of the year of `to`; `to` ' +
      'defaults to `asOf`), as the record stood at `knownAt` (default now). Analysts may read it. NOT_FOUND outside your scope',
  })
  async regionStatistics(
    @Arg('regionCode') regionCode: string,
    @Ctx() ctx: StatisticsContext,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD (business day, China time)' }) asOf?: string | null,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD, first day of the period' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'YYYY-MM-DD, last day of the period' }) to?: string | null,
    @Arg('knownAt', () => DateTimeISOResolver, { nullable: true }) knownAt?: Date | null,
  ): Promise<RegionStatistics> {
    const region = requireRegion(regionCode.trim(), 'regionCode');
    const day = asOfDay(ctx, asOf);
    const span = period(day, from, to);
    const time = knowledge(ctx, knownAt);
    if (!canReadRegion(ctx.scope, region)) throw new NotFoundError(`Region ${region.code} is outside your scope`, 'REGION_NOT_FOUND');
    const report = await ctx.statistics.statistics(region.code, day, span.from, span.to, time.filter);
    return toView(report, region, time.reported);
  }

  @FieldResolver(() => [RegionStatistics], { description: 'The same figures for each child region within your scope (drill-down), by code' })
  async children(@Root() parent: RegionStatistics, @Ctx() ctx: StatisticsContext): Promise<RegionStatistics[]> {
    const readable = childrenOf(parent.regionCode).filter((child) => canReadRegion(ctx.scope, child));
    const reports = await Promise.all(readable.map((child) => ctx.statistics.statistics(child.code, parent.asOf, parent.from, parent.to, parent.knownAtFilter)));
    return reports.map((report, i) => toView(report, readable[i] as Region, parent.knownAt));
  }

  @FieldResolver(() => [MonthlyCoverageFigures], { description: `Coverage at each month's end from \`from\` to \`to\` (YYYY-MM; default the 12 months up to asOf's), at most ${MAX_MONTHS} months, as known at the same knownAt` })
  async monthlyCoverage(
    @Root() parent: RegionStatistics,
    @Ctx() ctx: StatisticsContext,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'YYYY-MM' }) to?: string | null,
  ): Promise<MonthlyCoverageFigures[]> {
    const last = to == null ? parent.asOf.slice(0, 7) : requireMonth(to, 'to');
    const first = from == null ? addMonths(`${last}-01`, -11).slice(0, 7) : requireMonth(from, 'from');
    if (first > last) throw new ValidationError('from must be on or before to', 'from', 'INVALID_PERIOD', { from: first, to: last });
    if (first < addMonths(`${last}-01`, -(MAX_MONTHS - 1)).slice(0, 7)) {
      throw new ValidationError(`at most ${MAX_MONTHS} months`, 'from', 'RANGE_TOO_LONG', { max: MAX_MONTHS });
    }
    return ctx.statistics.monthlyCoverage(parent.regionCode, first, last, parent.knownAtFilter);
  }
}
