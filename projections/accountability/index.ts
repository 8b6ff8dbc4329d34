import type { Projection } from '../projection';
import { lateRecordsProjection } from './late-records.projection';
import { accountabilityUnitFactsProjection } from './unit-facts.projection';

/** The read models of the accountability area (the two-year cycle, late records), applied after the registry's. */
export const ACCOUNTABILITY_PROJECTIONS: readonly Projection[] = [accountabilityUnitFactsProjection, lateRecordsProjection];
