import { ProjectionStatusResolver } from './projection-status.resolver';

/** The resolver classes of operations (projection status), added to the schema by src/graphql/schema.ts. */
export const OPS_RESOLVERS: Function[] = [ProjectionStatusResolver];
