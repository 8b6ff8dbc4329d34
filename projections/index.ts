import { ACCOUNTABILITY_PROJECTIONS } from './accountability';
import { bureauHistoryProjection } from './bureau-history/bureau-history.projection';
import { bureausProjection } from './bureaus/bureaus.projection';
import { INACTION_PROJECTIONS } from './inaction';
import { INSPECTION_PROJECTIONS } from './inspection';
import { OVERSIGHT_PROJECTIONS } from './oversight';
import type { Projection } from './projection';
import { RECTIFICATION_PROJECTIONS } from './rectification';
import { regionActivity } from './region-activity/region-activity.projection';
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
  ...INSPECTION_PROJECTIONS,
  ...RECTIFICATION_PROJECTIONS,
  ...OVERSIGHT_PROJECTIONS,
  ...ACCOUNTABILITY_PROJECTIONS,
  ...INACTION_PROJECTIONS,
  regionActivity,
];
