import type { UnitCategory } from '../../src/domain/registry/registry.events';
import type { ReadStore } from '../../src/readstore/port';
import { REGION_STATS, type RegionStatsDoc } from './region-stats.projection';

export interface RegionUnitCounts {
  activeUnits: number;
  byCategory: Partial<Record<UnitCategory, number>>;
}

/** Sums the per-code counters under a code prefix ('' for the nation). */
export async function unitCountsUnder(store: ReadStore, prefix: string): Promise<RegionUnitCounts> {
  const docs = await store.find<RegionStatsDoc>(REGION_STATS, { regionCode: { $prefix: prefix } });
  return sumCounts(docs);
}

export function sumCounts(docs: readonly RegionStatsDoc[]): RegionUnitCounts {
  const total: RegionUnitCounts = { activeUnits: 0, byCategory: {} };
  for (const doc of docs) {
    total.activeUnits += doc.activeUnits;
    for (const [category, n] of Object.entries(doc.byCategory) as [UnitCategory, number][]) {
      total.byCategory[category] = (total.byCategory[category] ?? 0) + n;
    }
  }
  return total;
}
