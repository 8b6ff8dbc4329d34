import { bureausTouchedBy } from '../../../projections/bureau-history/bureau-history.projection';
import { unitsTouchedBy } from '../../../projections/unit-history/unit-history.projection';
import { canReadBureau, canReadUnit, type ReadScope } from '../../auth/scope';
import type { RecordedEvent } from '../../domain/shared/event';
import type { Context } from '../context';

/** Where a unit lies, for scope: from the event's own `unitRegions` when it recorded them, else the register. */
async function regionsOf(ctx: Context, data: Record<string, unknown>, unitIds: string[]): Promise<Map<string, string>> {
  const regions = new Map<string, string>();
  const recorded = data.unitRegions;
  if (Array.isArray(recorded)) {
    for (const entry of recorded as { unitId?: unknown; regionCode?: unknown }[]) {
      if (typeof entry.unitId === 'string' && typeof entry.regionCode === 'string') regions.set(entry.unitId, entry.regionCode);
    }
  }
  const missing = unitIds.filter((id) => !regions.has(id));
  const units = await ctx.loaders.unit.loadMany(missing);
  units.forEach((unit, i) => {
    if (unit && !(unit instanceof Error)) regions.set(missing[i] as string, unit.regionCode);
  });
  return regions;
}

/** Units named in lists: `unitIds`, and any list of objects that carry a `unitId` (units, attendees, people met). */
function unitIdsNamedIn(data: Record<string, unknown>): string[] {
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (key === 'unitIds' && typeof item === 'string') ids.add(item);
      else if (item && typeof item === 'object' && typeof (item as { unitId?: unknown }).unitId === 'string') ids.add((item as { unitId: string }).unitId);
    }
  }
  return [...ids];
}

/**
 * An event's data as the caller may see it: an act that names several units (a bulletin, a training, guidance)
 * keeps only the units — and the people at them — inside the caller's scope. The stored event is untouched; its
 * proof is over the stored bytes (the auditor's export carries the full text, by design).
 */
export async function dataVisibleTo(ctx: Context, data: object): Promise<object> {
  const scope: ReadScope = ctx.scope;
  if (scope.kind === 'everything') return data;
  const record = data as Record<string, unknown>;
  const named = unitIdsNamedIn(record).filter((id) => id !== record.unitId);
  if (named.length === 0) return data;
  const regions = await regionsOf(ctx, record, named);
  const visible = (unitId: string) => unitId === record.unitId || canReadUnit(scope, { unitId, regionCode: regions.get(unitId) ?? '' });
  const filtered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    filtered[key] = !Array.isArray(value)
      ? value
      : value.filter((item) => {
          if (key === 'unitIds' && typeof item === 'string') return visible(item);
          const unitId = item && typeof item === 'object' ? (item as { unitId?: unknown }).unitId : undefined;
          return typeof unitId === 'string' ? visible(unitId) : true;
        });
  }
  return filtered;
}

/** Whether the caller may see an event at all: it names a unit or a bureau inside the caller's scope. */
export async function canReadEvent(ctx: Context, event: RecordedEvent): Promise<boolean> {
  if (ctx.scope.kind === 'everything') return true;
  const units = (await ctx.loaders.unit.loadMany(unitsTouchedBy(event))).filter((u) => u && !(u instanceof Error));
  if (units.some((u) => canReadUnit(ctx.scope, u as { unitId: string; regionCode: string }))) return true;
  const bureaus = (await ctx.loaders.bureau.loadMany(bureausTouchedBy(event))).filter((b) => b && !(b instanceof Error));
  return bureaus.some((b) => canReadBureau(ctx.scope, b as { regionCode: string }));
}
