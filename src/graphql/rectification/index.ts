/** The resolver classes of the rectification area, added to the schema by src/graphql/schema.ts. */
export const RECTIFICATION_RESOLVERS: Function[] = [];
