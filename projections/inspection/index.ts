import type { Projection } from '../projection';

/** The read models of the inspection area, applied after the registry's. */
export const INSPECTION_PROJECTIONS: readonly Projection[] = [];
