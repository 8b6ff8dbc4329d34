import type { Projection } from '../projection';

/** The read models of the oversight area, applied after the registry's. */
export const OVERSIGHT_PROJECTIONS: readonly Projection[] = [];
