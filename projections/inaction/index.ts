import type { Projection } from '../projection';
import { inactionFactsProjection } from './inaction-facts.projection';

/** The read model of the inaction review: evidence items and their counts per bureau, and the facts they come from. */
export const INACTION_PROJECTIONS: readonly Projection[] = [inactionFactsProjection];
