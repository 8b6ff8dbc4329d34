import type { RectificationOrderDoc } from '../../../projections/rectification/rectification-orders.projection';
import { canReadUnit } from '../../auth/scope';
import { dayOf, type Day } from '../../domain/shared/day';
import type { Context } from '../context';

/** An order as resolvers pass it on: a list hands its `asOf` down, so that `status` answers for that day. */
export type OrderView = RectificationOrderDoc & { listAsOf?: Day };

/** Today, as a business day in China. */
export const today = (ctx: Context): Day => dayOf(ctx.now().toISOString());

/** An order is visible when its unit is (by the unit's current region, or the reporter's own unit). */
export function canReadOrder(ctx: Context, order: Pick<RectificationOrderDoc, 'unitId' | 'regionCode'>): boolean {
  return canReadUnit(ctx.scope, { unitId: order.unitId, regionCode: order.regionCode ?? '' });
}
