import type { InspectionPlanDoc } from '../../../projections/inspection/inspection-plans.projection';
import type { InspectionFilter, PlanFilter } from '../../../projections/inspection/inspection.queries';
import type { InspectionDoc } from '../../../projections/inspection/inspections.projection';
import { canReadBureau, canReadUnit, narrowRegionPrefix } from '../../auth/scope';
import { normaliseCreditCode } from '../../domain/shared/credit-code';
import { requireDay } from '../../domain/shared/day';
import type { Context } from '../context';
import type { InspectionFilterInput } from './inspection.input';
import type { PlanFilterInput } from './plan.input';

/**
 * Read scope for the inspection area: an inspection is visible when its unit is (by the unit's region as it stood
 * on the day, which is what the record carries and what lists filter by); a plan when its bureau is.
 */
export function canReadInspection(ctx: Context, doc: InspectionDoc): boolean {
  return canReadUnit(ctx.scope, { unitId: doc.unitId, regionCode: doc.regionCode ?? '' });
}

export function canReadPlan(ctx: Context, doc: Pick<InspectionPlanDoc, 'bureauId'>): boolean {
  // A bureau's id is its region's code.
  return canReadBureau(ctx.scope, { regionCode: doc.bureauId });
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** The caller's filter within the caller's scope; null when the two do not meet (an empty answer). */
export function toInspectionFilter(ctx: Context, input: InspectionFilterInput | null | undefined): InspectionFilter | null {
  const scope = ctx.scope;
  const unitId = input?.unitId ? normaliseCreditCode(input.unitId) : undefined;
  const filter: InspectionFilter = {
    unitId,
    bureauId: orUndefined(input?.bureauId?.trim()),
    kind: orUndefined(input?.kind),
    planId: orUndefined(input?.planId?.trim()),
    from: input?.from ? requireDay(input.from, 'from') : undefined,
    to: input?.to ? requireDay(input.to, 'to') : undefined,
    includeWithdrawn: input?.includeWithdrawn ?? false,
  };
  if (scope.kind === 'unit') {
    if (unitId !== undefined && unitId !== scope.unitId) return null;
    return { ...filter, unitId: scope.unitId, regionPrefix: orUndefined(input?.regionPrefix) };
  }
  const regionPrefix = narrowRegionPrefix(scope, orUndefined(input?.regionPrefix));
  return regionPrefix === null ? null : { ...filter, regionPrefix };
}

export function toPlanFilter(ctx: Context, input: PlanFilterInput | null | undefined): PlanFilter | null {
  const scope = ctx.scope;
  const status = orUndefined(input?.status);
  const bureauId = input?.bureauId?.trim() || undefined;
  if (scope.kind === 'unit') return null;
  if (bureauId !== undefined) return canReadPlan(ctx, { bureauId }) ? { bureauId, status } : null;
  return { bureauPrefix: scope.kind === 'region' ? scope.prefix : undefined, status };
}
