import { ACCOUNTABILITY_PROJECTIONS } from './accountability';
import { bureauHistoryProjection } from './bureau-history/bureau-history.projection';
import { bureausProjection } from './bureaus/bureaus.projection';
import { inactionFactsProjectionFor } from './inaction/inaction-facts.projection';
import { INSPECTION_PROJECTIONS } from './inspection';
import { OVERSIGHT_PROJECTIONS } from './oversight';
import type { Projection } from './projection';
import { RECTIFICATION_PROJECTIONS } from './rectification';
import { regionActivityProjection } from './region-activity/region-activity.projection';
import { DEFAULT_COUNTING_KINDS, type InspectionKind } from '../src/domain/supervision/common';
import { regionStatsProjection } from './region-stats/region-stats.projection';
import { unitHistoryProjection } from './unit-history/unit-history.projection';
import { unitsProjection } from './units/units.projection';

/**
 * Every read model the API serves, in the order they are applied, for the cycle's counting kinds (CYCLE_COUNTING_KINDS):
 * region activity's coverage figures and the inaction review's overdue stretches depend on them (their shape versions
 * name them, so a change replays those two at start-up).
 */
export function projectionsFor(countingKinds: readonly InspectionKind[] = DEFAULT_COUNTING_KINDS): readonly Projection[] {
  return [
    unitsProjection,
    unitHistoryProjection,
    bureausProjection,
    bureauHistoryProjection,
    regionStatsProjection,
    ...INSPECTION_PROJECTIONS,
    ...RECTIFICATION_PROJECTIONS,
    ...OVERSIGHT_PROJECTIONS,
    ...ACCOUNTABILITY_PROJECTIONS,
    inactionFactsProjectionFor(countingKinds),
    regionActivityProjection(countingKinds),
  ];
}

/** Every read model, with the default counting kinds. */
export const ALL_PROJECTIONS: readonly Projection[] = projectionsFor();
