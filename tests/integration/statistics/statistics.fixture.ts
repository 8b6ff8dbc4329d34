import { openAccountabilityStores } from '../accountability/accountability.fixture';

/**
 * The embedded store exactly as src/main.ts opens it (the region-activity projection is in ALL_PROJECTIONS, applied
 * in the append's transaction), with the services that record acts on business days: the accountability specs'
 * fixture, whose acts the statistics specs record too.
 */
export { ADMIN, CITY, instantBetween, meta, XIHU, YUHANG } from '../accountability/accountability.fixture';

export const openStatisticsStores = () => openAccountabilityStores();

export type StatisticsStores = Awaited<ReturnType<typeof openStatisticsStores>>;
