import { dayOf, type Day } from '../shared/day';
import type { ArchivistOnDuty } from '../registry/unit.state';
import type { UnitEvent } from '../registry/registry.events';
import { firstRegisteredOn, scopeTimeline, supervisorOn, type DatedUnitEvent } from '../registry/unit.timeline';

/**
 * What an oversight act needs to know about a unit it names, as the unit stood on the act's day: whether it
 * existed, which bureau supervised it, its region and the archivists on duty. Built from the unit's registry
 * stream by the application and handed to the deciders, which stay pure.
 */
export interface UnitOnDay {
  unitId: string;
  /** The first day the unit was registered; null when it never was (or the actor may not see it). */
  firstRegisteredOn: Day | null;
  /** The bureau that supervised it on the day; null before registration and after deregistration. */
  supervisorBureauId: string | null;
  /** Its region on the day (the registration's, or the latest amendment's up to that day). */
  regionCode: string | null;
  /** Archivists on duty at the unit on the day. */
  archivists: ArchivistOnDuty[];
}

/** A unit named by an event with its region as it stood on the act's day (read models index records by it). */
export interface UnitRegion {
  unitId: string;
  regionCode: string;
}

/** Units named by a command, by id, as the actor may see them (an absent id reads as not found). */
export type UnitView = Readonly<Record<string, UnitOnDay>>;

export const unknownUnit = (unitId: string): UnitOnDay => ({
  unitId,
  firstRegisteredOn: null,
  supervisorBureauId: null,
  regionCode: null,
  archivists: [],
});

/** The unit on `day`, from its registry events with their business times (any order). */
export function unitOnDay(unitId: string, events: readonly DatedUnitEvent[], day: Day): UnitOnDay {
  const timeline = scopeTimeline(events);
  const dated = events
    .map((e, i) => ({ ...e, i, day: dayOf(e.occurredAt) }))
    .filter((e) => e.day <= day)
    .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.i - b.i));
  let regionCode: string | null = null;
  let archivists: ArchivistOnDuty[] = [];
  for (const { event } of dated) {
    const e = event as UnitEvent;
    switch (e.type) {
      case 'UnitRegistered':
        regionCode = e.data.region.code;
        archivists = [];
        break;
      case 'UnitDetailsAmended':
        if (e.data.changes.region) regionCode = e.data.changes.region.code;
        break;
      case 'UnitDeregistered':
        archivists = [];
        break;
      case 'ArchivistAssigned':
        archivists = [...archivists.filter((a) => a.archivistId !== e.data.archivistId), { archivistId: e.data.archivistId, name: e.data.name }];
        break;
      case 'ArchivistReleased':
        archivists = archivists.filter((a) => a.archivistId !== e.data.archivistId);
        break;
      default:
        break;
    }
  }
  return {
    unitId,
    firstRegisteredOn: firstRegisteredOn(timeline),
    supervisorBureauId: supervisorOn(timeline, day),
    regionCode,
    archivists,
  };
}

/** The unit's region as it stands now (for deciding whether an actor may see it at all). */
export function currentRegionOf(events: readonly DatedUnitEvent[]): string | null {
  let regionCode: string | null = null;
  for (const { event } of events) {
    const e = event as UnitEvent;
    if (e.type === 'UnitRegistered') regionCode = e.data.region.code;
    if (e.type === 'UnitDetailsAmended' && e.data.changes.region) regionCode = e.data.changes.region.code;
  }
  return regionCode;
}
