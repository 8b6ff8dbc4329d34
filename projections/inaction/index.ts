import type { Projection } from '../projection';
import { inactionFactsProjection } from './inaction-facts.projection';

/** The read models of the inaction review (slim facts of inspections and orders per bureau). */
export const INACTION_PROJECTIONS: readonly Projection[] = [inactionFactsProjection];
