import DataLoader from 'dataloader';
import { BUREAUS, type BureauDoc } from '../../projections/bureaus/bureaus.projection';
import { REGION_STATS, type RegionStatsDoc } from '../../projections/region-stats/region-stats.projection';
import { sumCounts, type RegionUnitCounts } from '../../projections/region-stats/region-stats.queries';
import { UNITS, type UnitDoc } from '../../projections/units/units.projection';
import type { ReadStore } from '../readstore/port';

/** Longest prefix shared by every key: one read serves a whole batch of region roll-ups. */
function commonPrefix(keys: readonly string[]): string {
  let prefix = keys[0] ?? '';
  for (const key of keys) while (!key.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** One set per request, so a request never sees another's cache and fields that read batch together. */
export function createLoaders(store: ReadStore) {
  return {
    unit: new DataLoader<string, UnitDoc | null>((ids) => store.getMany<UnitDoc>(UNITS, ids)),
    bureau: new DataLoader<string, BureauDoc | null>((ids) => store.getMany<BureauDoc>(BUREAUS, ids)),
    /** Keyed by region-code prefix ('' is the nation). */
    unitCountsUnder: new DataLoader<string, RegionUnitCounts>(async (prefixes) => {
      const docs = await store.find<RegionStatsDoc>(REGION_STATS, { regionCode: { $prefix: commonPrefix(prefixes) } });
      return prefixes.map((prefix) => sumCounts(docs.filter((d) => d.regionCode.startsWith(prefix))));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
