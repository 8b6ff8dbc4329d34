import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.join(__dirname, '../..');

describe('tests/support/generated/operations.ts', () => {
  it('is what `npm run codegen` generates from the committed schema and operations', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs).toHaveLength(1);
    expect(outputs[0]?.content).toBe(readFileSync(path.join(root, 'tests/support/generated/operations.ts'), 'utf8'));
  }, 60_000);
});
