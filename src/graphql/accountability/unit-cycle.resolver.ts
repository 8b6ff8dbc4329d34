import DataLoader from 'dataloader';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CycleStanding } from '../../domain/accountability/cycle';
import type { Day } from '../../domain/shared/day';
import { Unit } from '../registry/unit.type';
import { asOfDay, knowledge, type AccountabilityContext } from './accountability.context';
import { UnitCycleStatus } from './cycle-status.type';

type StandingLoader = DataLoader<string, CycleStanding | null>;

/**
 * One loader per request and (asOf, knownAt): a page of units asking for their cycle reads the read model once.
 * Kept beside the request's context (a WeakMap), so that it dies with the request.
 */
const loadersPerRequest = new WeakMap<object, Map<string, StandingLoader>>();

function standingLoader(ctx: AccountabilityContext, asOf: Day, knownAt: string | null): StandingLoader {
  let loaders = loadersPerRequest.get(ctx);
  if (!loaders) loadersPerRequest.set(ctx, (loaders = new Map()));
  const key = `${asOf}|${knownAt ?? ''}`;
  let loader = loaders.get(key);
  if (!loader) loaders.set(key, (loader = new DataLoader((unitIds) => ctx.accountability.unitStandings(unitIds, asOf, knownAt))));
  return loader;
}

/** Adds `cycleStatus` to Unit: type-graphql merges it into the registry's Unit type. */
@Resolver(() => Unit)
export class UnitCycleResolver {
  @FieldResolver(() => UnitCycleStatus, {
    description: "The unit's place in the two-year cycle on `asOf` (default today), as the record stood at `knownAt` (default now)",
  })
  async cycleStatus(
    @Root() unit: { unitId: string },
    @Ctx() ctx: AccountabilityContext,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD (business day, China time)' }) asOf?: string | null,
    @Arg('knownAt', () => DateTimeISOResolver, { nullable: true }) knownAt?: Date | null,
  ): Promise<UnitCycleStatus> {
    const day = asOfDay(ctx, asOf);
    const time = knowledge(ctx, knownAt);
    const standing = await standingLoader(ctx, day, time.filter).load(unit.unitId);
    return {
      asOf: day,
      knownAt: time.reported,
      inScope: standing !== null,
      bureauId: standing?.bureauId ?? null,
      state: standing?.state ?? null,
      enteredScopeOn: standing?.enteredScopeOn ?? null,
      dueOn: standing?.dueOn ?? null,
      daysOverdue: standing?.daysOverdue ?? 0,
      lastCountingInspectionOn: standing?.lastCountingInspectionOn ?? null,
    };
  }
}
