import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mintToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import type { As } from './test-server';

const ROOT = path.join(__dirname, '../..');
/** The build the child processes run: `tsc -p tsconfig.build.json` into a folder of the tests' own (not dist/). */
export const BUILD_DIR = path.join(ROOT, '.tmp/ops-build');
export const BUILT_MAIN = path.join(BUILD_DIR, 'src/main.js');
const STAMP = path.join(BUILD_DIR, '.built');
const LOCK = path.join(ROOT, '.tmp/ops-build.lock');

/** A shared secret, so that the test mints tokens the child accepts without reading its key file. */
export const CHILD_JWT_SECRET = 'ops-child-server-test-secret-0123456789abcdef';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Compiles the server once for the child processes (again only when a source changed since). Test files running in
 * parallel take turns through a lock folder. The compiler's type errors do not stop it from emitting: other work
 * in progress in the checkout must not keep these tests from running what compiles.
 */
export async function buildServerOnce(): Promise<void> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 180_000) throw new Error(`the build lock ${LOCK} is held for too long (remove it if no test runs)`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const sources = Math.max(newestSource(path.join(ROOT, 'src')), newestSource(path.join(ROOT, 'projections')));
    if (existsSync(STAMP) && existsSync(BUILT_MAIN) && statSync(STAMP).mtimeMs >= sources) return;
    const started = Date.now();
    const tsc = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR, '--incremental', '--tsBuildInfoFile', path.join(BUILD_DIR, '.tsbuildinfo')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (!existsSync(BUILT_MAIN)) throw new Error(`the server did not build:\n${tsc.stdout}${tsc.stderr}`);
    writeFileSync(STAMP, '');
    utimesSync(STAMP, new Date(started), new Date(started));
  } finally {
    rmdirSync(LOCK);
  }
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The server as operators run it: `node dist/src/main.js` in a process of its own, on a given data folder. */
export class ChildServer {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<ChildExit>;
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly process: ChildProcess,
    readonly dataDir: string,
    readonly url: string,
    exited: Promise<ChildExit>,
    lines: { out: string[]; err: string[] },
  ) {
    this.exited = exited;
    this.stdout = lines.out;
    this.stderr = lines.err;
  }

  /** The child's env: a free port, the data folder, quiet logs unless asked, no periodic checkpoints. */
  static env(dataDir: string, env: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      PORT: '0',
      DATA_DIR: dataDir,
      AUTH_JWT_SECRET: CHILD_JWT_SECRET,
      LOG_LEVEL: 'warn',
      LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0',
      ...env,
    };
  }

  /** Starts it and waits for its "ready at URL" line; rejects with its output if it exits first. */
  static async start(dataDir: string, env: Record<string, string> = {}, spawnOptions: { uid?: number; gid?: number } = {}): Promise<ChildServer> {
    const child = spawn(process.execPath, [BUILT_MAIN], { env: ChildServer.env(dataDir, env), stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions });
    const lines = { out: [] as string[], err: [] as string[] };
    const exited = new Promise<ChildExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const url = await new Promise<string>((resolve, reject) => {
      let pending = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        pending += chunk;
        const parts = pending.split('\n');
        pending = parts.pop() ?? '';
        for (const line of parts) {
          lines.out.push(line);
          const ready = /ready at (http:\/\/\S+\/graphql)/.exec(line);
          if (ready) resolve(ready[1] as string);
        }
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => lines.err.push(...chunk.split('\n').filter(Boolean)));
      void exited.then((exit) =>
        reject(new Error(`the server exited before it was ready (${JSON.stringify(exit)}):\n${[...lines.out, ...lines.err].join('\n')}`)),
      );
    });
    return new ChildServer(child, dataDir, url, exited, lines);
  }

  /** Runs a child to its end (a start-up that must fail). */
  static async runToExit(dataDir: string, env: Record<string, string> = {}, spawnOptions: { uid?: number; gid?: number } = {}, timeoutMs = 30_000) {
    const child = spawn(process.execPath, [BUILT_MAIN], { env: ChildServer.env(dataDir, env), stdio: ['ignore', 'pipe', 'pipe'], ...spawnOptions });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const exit = await new Promise<ChildExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    clearTimeout(timer);
    return { ...exit, output: out };
  }

  kill(signal: NodeJS.Signals): void {
    this.process.kill(signal);
  }

  async headersFor(as: As): Promise<Record<string, string>> {
    const key = JSON.stringify(as);
    let token = this.tokens.get(key);
    if (!token) {
      const { sub, ...claims } = as;
      const config = loadConfig({ DATA_DIR: this.dataDir, AUTH_JWT_SECRET: CHILD_JWT_SECRET });
      token = await mintToken(config.auth, { ...claims, subject: sub, expiresIn: 3600 });
      this.tokens.set(key, token);
    }
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  }

  /** POSTs a GraphQL request; network failures (a killed server) reject. */
  async graphql(query: string, variables: object, as: As): Promise<{ status: number; body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } }> {
    const response = await fetch(this.url, { method: 'POST', headers: await this.headersFor(as), body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as never };
  }

  /** SIGTERM and the exit that follows. */
  async stop(): Promise<ChildExit> {
    this.kill('SIGTERM');
    return this.exited;
  }
}
