/** The resolver classes of the inspection area, added to the schema by src/graphql/schema.ts. */
export const INSPECTION_RESOLVERS: Function[] = [];
