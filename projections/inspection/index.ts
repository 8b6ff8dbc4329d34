import type { Projection } from '../projection';
import { checklistsProjection } from './checklists.projection';
import { inspectionPlansProjection } from './inspection-plans.projection';
import { inspectionsProjection } from './inspections.projection';

/** The read models of the inspection area, applied after the registry's. */
export const INSPECTION_PROJECTIONS: readonly Projection[] = [checklistsProjection, inspectionPlansProjection, inspectionsProjection];
