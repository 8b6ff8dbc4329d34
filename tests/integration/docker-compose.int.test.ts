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

(available ? describe : describe.skip)('docker-compose.yml', () => {
  it('is a valid compose file (docker-compose config)', () => {
    expect(() => execFileSync('docker-compose', ['-f', path.join(root, 'docker-compose.yml'), 'config', '-q'], { stdio: 'pipe' })).not.toThrow();
  });
});
