import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../..');

function hasDockerCompose(): boolean {
  try {
    execFileSync('docker-compose', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = hasDockerCompose();
if (!available) {
  // Printed so that a skipped validation is never silent.
  console.warn('SKIPPED docker-compose.yml validation: docker-compose is not installed (apt-get install docker-compose)');
}

/**
 * The API instances refuse to start without a shared token secret and a shared master key (personal-data
 * encryption): the validation gives them, as an operator would.
 */
const SECRETS = { AUTH_JWT_SECRET: 'a-secret-of-at-least-thirty-two-bytes!', MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
const compose = (...args: string[]): string =>
  execFileSync('docker-compose', ['-f', path.join(root, 'docker-compose.yml'), ...args], {
    stdio: 'pipe',
    env: { ...process.env, ...SECRETS },
  }).toString();

/** Each service's block of the rendered file (services are indented by two spaces, their keys by four). */
function servicesOf(text: string): Map<string, string> {
  const services = new Map<string, string>();
  for (const match of `\n${text}`.slice(`\n${text}`.indexOf('\nservices:\n')).matchAll(/^  ([a-z0-9-]+):\n((?: {4}.*\n|\s*-.*\n)*)/gm)) services.set(match[1] as string, match[2] as string);
  return services;
}

/** docker-compose's error output when rendering with these variables emptied. */
function refusalWithout(...names: string[]): string {
  try {
    execFileSync('docker-compose', ['-f', path.join(root, 'docker-compose.yml'), 'config', '-q'], {
      stdio: 'pipe',
      env: { ...process.env, ...SECRETS, ...Object.fromEntries(names.map((name) => [name, ''])) },
    });
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
  return '';
}

(available ? describe : describe.skip)('docker-compose.yml', () => {
  it('is a valid compose file (docker-compose config), in each profile', () => {
    expect(() => compose('config', '-q')).not.toThrow();
    expect(() => compose('--profile', 'postgres', 'config', '-q')).not.toThrow();
    expect(() => compose('--profile', 'embedded', 'config', '-q')).not.toThrow();
  });

  it('runs KurrentDB, MongoDB, two API instances and the projector, each with a health check; PostgreSQL in a profile', () => {
    const services = servicesOf(compose('config'));
    const unprofiled = [...services].filter(([, block]) => !block.includes('profiles:')).map(([name]) => name);
    expect(unprofiled.sort()).toEqual(['api-1', 'api-2', 'kurrentdb', 'mongodb', 'projector']);
    for (const name of unprofiled) expect(`${name}: ${services.get(name)}`).toContain('healthcheck:');
    for (const name of ['postgres', 'api-pg', 'projector-pg']) expect(services.get(name)).toContain('- postgres');
  });

  it('refuses to render without the shared token secret, naming it', () => {
    expect(refusalWithout('AUTH_JWT_SECRET')).toContain('AUTH_JWT_SECRET');
  });

  it('encrypts personal data in the server modes: keys in MongoDB beside KurrentDB, in PostgreSQL beside its log, one MASTER_KEY', () => {
    const services = servicesOf(compose('--profile', 'postgres', 'config'));
    for (const name of ['api-1', 'api-2', 'projector']) {
      const block = services.get(name) as string;
      expect(block).toMatch(/PERSONAL_DATA_ENCRYPTION: ['"]?on['"]?\n/);
      expect(block).toMatch(/KEY_STORE: mongodb\n/);
      expect(block).toContain(`MASTER_KEY: ${SECRETS.MASTER_KEY}`);
    }
    for (const name of ['api-pg', 'projector-pg']) {
      const block = services.get(name) as string;
      expect(block).toMatch(/PERSONAL_DATA_ENCRYPTION: ['"]?on['"]?\n/);
      expect(block).toMatch(/KEY_STORE: postgres\n/);
      expect(block).toContain(`MASTER_KEY: ${SECRETS.MASTER_KEY}`);
    }
    expect(refusalWithout('MASTER_KEY')).toContain('MASTER_KEY');
  });
});
