import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSchemaWithDirectives } from '../../src/cli/print-schema';

describe('schema/schema.graphql', () => {
  it('is what the code emits (run `npm run schema:emit` and review the diff if this fails)', () => {
    const committed = readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printSchemaWithDirectives()).toBe(committed);
  });
});
