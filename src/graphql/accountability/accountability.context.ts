import type { AccountabilityService } from '../../application/accountability.service';
import { knowledgeTime } from '../../domain/accountability/known-facts';
import { dayOf, requireDay, type Day } from '../../domain/shared/day';
import type { Context } from '../context';

/**
 * What the accountability resolvers use of the request context: the app's Context carries `accountability` once
 * src/graphql/context.ts declares it; until then (and in tests) this names exactly what they need.
 */
export type AccountabilityContext = Pick<Context, 'actor' | 'scope' | 'now' | 'loaders'> & { accountability: AccountabilityService };

/** The asked day, or today in China. */
export function asOfDay(ctx: Pick<Context, 'now'>, asOf: string | null | undefined): Day {
  return asOf == null ? dayOf(ctx.now().toISOString()) : requireDay(asOf.trim(), 'asOf');
}

/** The knowledge time to filter by (null: everything recorded) and the one to report (the asked time, or now). */
export function knowledge(ctx: Pick<Context, 'now'>, knownAt: Date | null | undefined): { filter: string | null; reported: string } {
  const filter = knowledgeTime(knownAt);
  return { filter, reported: filter ?? ctx.now().toISOString() };
}
