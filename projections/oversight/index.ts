import type { Projection } from '../projection';
import { supervisoryActsProjection } from './acts.projection';
import { selfReportDiscrepanciesProjection } from './discrepancies.projection';

/** The read models of the oversight area, applied after the registry's. */
export const OVERSIGHT_PROJECTIONS: readonly Projection[] = [supervisoryActsProjection, selfReportDiscrepanciesProjection];
