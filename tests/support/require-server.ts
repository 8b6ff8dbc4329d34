import { spawnSync } from 'node:child_process';

/**
 * Integration suites against server engines (PostgreSQL, KurrentDB, MongoDB) run only where the server is there,
 * and say so when it is not: jest decides what to skip while it collects the tests, synchronously, so the probe is
 * a short-lived child process that tries a TCP connection.
 *
 * Usage:
 *   const url = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
 *   const skip = serverUnreachable(url, 5432);
 *   describeWithServer('PostgresEventStore', skip, () => { ... });
 */

/** Why the server of `url` cannot be reached (a sentence), or null when a TCP connection to it succeeds. */
export function serverUnreachable(url: string, defaultPort: number, timeoutMs = 5000): string | null {
  let host: string;
  let port: number;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
    port = parsed.port ? Number(parsed.port) : defaultPort;
  } catch {
    return `the URL ${JSON.stringify(url)} cannot be parsed`;
  }
  const probe = `
    const socket = require('node:net').connect({ host: ${JSON.stringify(host)}, port: ${port} });
    socket.setTimeout(${timeoutMs}, () => { console.log('timed out after ${timeoutMs} ms'); process.exit(1); });
    socket.on('connect', () => { socket.end(); process.exit(0); });
    socket.on('error', (e) => { console.log(e.code || e.message || String(e)); process.exit(1); });`;
  // Generous: on a loaded machine starting the probe itself can take seconds, and a skipped suite tests nothing.
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', timeout: timeoutMs + 25_000 });
  if (result.status === 0) return null;
  const detail = (result.stdout || result.stderr || String(result.error ?? 'no answer')).trim();
  return `nothing answers at ${host}:${port} (${detail})`;
}

/**
 * `describe` when `skipReason` is null; otherwise `describe.skip` and a warning printed during collection, so that
 * a run without the server says what it did not test and why.
 */
export function describeWithServer(name: string, skipReason: string | null, body: () => void): void {
  if (skipReason === null) {
    describe(name, body);
    return;
  }
  console.warn(`${name}: SKIPPED — ${skipReason}`);
  describe.skip(name, body);
}
