import { bureauHistoryProjection } from './bureau-history/bureau-history.projection';
import { bureausProjection } from './bureaus/bureaus.projection';
import type { Projection } from './projection';
import { regionStatsProjection } from './region-stats/region-stats.projection';
import { unitHistoryProjection } from './unit-history/unit-history.projection';
import { unitsProjection } from './units/units.projection';

/** Every read model the API serves, in the order they are applied. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  unitsProjection,
  unitHistoryProjection,
  bureausProjection,
  bureauHistoryProjection,
  regionStatsProjection,
];
