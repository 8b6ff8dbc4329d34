import { dayOf, type Day } from '../shared/day';
import type { RegionRef, UnitEvent } from '../registry/registry.events';
import { firstRegisteredOn, scopeTimeline, supervisorOn, type DatedUnitEvent, type ScopeInterval } from '../registry/unit.timeline';

/**
 * What an inspection needs to know about its unit, from the unit's own stream (loaded by the service): which
 * bureau supervised it on which day, and where it lay (its region, as it stood: codes and names change).
 */
export interface UnitFacts {
  unitId: string;
  timeline: ScopeInterval[];
  /** Region changes in business-time order: from that day on, the unit lay in `region`. */
  regions: { from: Day; region: RegionRef }[];
}

export function unitFactsFrom(unitId: string, events: readonly DatedUnitEvent[]): UnitFacts | null {
  if (events.length === 0) return null;
  const regions = events
    .map(({ event, occurredAt }, i) => {
      const e = event as UnitEvent;
      const region = e.type === 'UnitRegistered' ? e.data.region : e.type === 'UnitDetailsAmended' ? e.data.changes.region : undefined;
      return region ? { at: occurredAt, i, from: dayOf(occurredAt), region } : null;
    })
    .filter((r): r is NonNullable<typeof r> => r !== null)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.i - b.i))
    .map(({ from, region }) => ({ from, region: { code: region.code, name: region.name } }));
  return { unitId, timeline: scopeTimeline(events), regions };
}

/** The unit's region on `day` (the last change on or before it), or null before it was ever registered. */
export function regionOn(facts: UnitFacts, day: Day): RegionRef | null {
  let found: RegionRef | null = null;
  for (const r of facts.regions) if (r.from <= day) found = r.region;
  return found;
}

export { firstRegisteredOn, supervisorOn };
