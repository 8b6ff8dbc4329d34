import { RectificationOrderResolver } from './rectification-order.resolver';
import { RectificationActResolver } from './rectification.resolver';

/** The resolver classes of the rectification area, added to the schema by src/graphql/schema.ts. */
export const RECTIFICATION_RESOLVERS: Function[] = [RectificationActResolver, RectificationOrderResolver];
