/** The resolver classes of the oversight area, added to the schema by src/graphql/schema.ts. */
export const OVERSIGHT_RESOLVERS: Function[] = [];
