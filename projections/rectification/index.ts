import type { Projection } from '../projection';
import { rectificationOrdersProjection } from './rectification-orders.projection';

/** The read models of the rectification area, applied after the registry's. */
export const RECTIFICATION_PROJECTIONS: readonly Projection[] = [rectificationOrdersProjection];
