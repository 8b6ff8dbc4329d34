import type { Filter, FindOptions, ReadStore } from '../../src/readstore/port';
import type { UnitCategory, UnitClass } from '../../src/domain/registry/registry.events';
import { UNITS, type UnitDoc } from './units.projection';

export interface UnitFilter {
  /** GB/T 2260 prefix: '33' a province, '3301' a prefecture, a full code a county. */
  regionPrefix?: string;
  category?: UnitCategory;
  unitClass?: UnitClass;
  bureauId?: string;
  status?: UnitDoc['status'];
  /** One unit only (a unit reporter's scope). */
  unitId?: string;
}

export function toStoreFilter(filter: UnitFilter): Filter {
  return {
    ...(filter.regionPrefix !== undefined && { regionCode: { $prefix: filter.regionPrefix } }),
    ...(filter.category !== undefined && { category: filter.category }),
    ...(filter.unitClass !== undefined && { unitClass: filter.unitClass }),
    ...(filter.bureauId !== undefined && { bureauId: filter.bureauId }),
    ...(filter.status !== undefined && { status: filter.status }),
    ...(filter.unitId !== undefined && { _id: filter.unitId }),
  };
}

/** A page of units ordered by credit code, strictly after `afterId`. */
export function findUnits(store: ReadStore, filter: UnitFilter, limit: number, afterId?: string): Promise<UnitDoc[]> {
  const options: FindOptions = { limit, ...(afterId !== undefined && { after: { value: afterId, id: afterId } }) };
  return store.find<UnitDoc>(UNITS, toStoreFilter(filter), options);
}

export function countUnits(store: ReadStore, filter: UnitFilter): Promise<number> {
  return store.count(UNITS, toStoreFilter(filter));
}
