import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../graphql/schema';

const HEADER = '# Generated from the code by `npm run schema:emit`. Do not edit: a test fails when this file drifts.\n\n';

/** Sorted, so that the committed file changes only when the schema does. */
export function printSchemaWithDirectives(): string {
  return HEADER + printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
