import { RegionStatisticsResolver } from './region-statistics.resolver';

/** The resolver classes of the statistics area, added to the schema by src/graphql/schema.ts. */
export const STATISTICS_RESOLVERS: Function[] = [RegionStatisticsResolver];
