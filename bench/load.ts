import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mintToken } from '../src/auth/tokens';
import { Histogram, Pools, runMix, type MixOutcome } from './load-mix';
import { body, QUERIES, type OperationKind } from './load-operations';
import { AUDITOR_CLAIMS, logSize, mintTokens, pickTargets, planFor, preparePools, seedDataDir } from './load-prepare';
import { ServerProcess } from './load-server';

/**
 * `npm run bench:load`: the running server under load over HTTP, from this process (autocannon, loopback only,
 * bounded in time). Progress on stderr, figures on stdout.
 *
 *  1. seeds a data folder with the project's seed generator (LOAD_UNITS units of province 33 over LOAD_YEARS years);
 *  2. starts the server as operators do (`node dist/src/main.js`, a process of its own) on it;
 *  3. picks targets over GraphQL (the active units of LOAD_BUREAUS county bureaus) and prepares inspections with
 *     findings and open orders for the writes to act on;
 *  4. the mix (LOAD_SECONDS): 80% reads (unit history 40, units page 20, cycle status 20), 20% writes (inspection 7,
 *     order 7, report 6); every answer checked (a 200 with `errors` is an error too);
 *  5. read-path overhead (LOAD_OVERHEAD_SECONDS each): one unit-history query against the server and the same
 *     bodies against bare graphql-js on node:http (bench/bare-graphql-server.ts, a process of its own, same data),
 *     in alternating rounds; throughputs, their ratio, and the ratio of the two servers' CPU time per request;
 *  6. the soak (LOAD_SOAK_SECONDS, default 600): the mix again, the server's RSS sampled throughout.
 *
 * LOAD_CONNECTIONS (default 16) connections. The server runs with LOG_LEVEL=warn (LOAD_SERVER_LOG_LEVEL=info to pay
 * for a log line a request). LOAD_DATA_DIR: seed into (or reuse) this folder and keep it, instead of a temporary one
 * removed at the end (seeding 20,000 units over 3 years takes minutes: reuse it while developing).
 */

const env = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number >= 0, got "${raw}"`);
  return n;
};

const SETTINGS = {
  units: env('LOAD_UNITS', 20_000),
  years: env('LOAD_YEARS', 3),
  bureaus: env('LOAD_BUREAUS', 4),
  connections: env('LOAD_CONNECTIONS', 16),
  seconds: env('LOAD_SECONDS', 20),
  overheadSeconds: env('LOAD_OVERHEAD_SECONDS', 10),
  soakSeconds: env('LOAD_SOAK_SECONDS', 600),
};

const MIX: Record<OperationKind, number> = {
  unitHistory: 40,
  units: 20,
  cycleStatus: 20,
  recordInspection: 7,
  orderRectification: 7,
  submitRectificationReport: 6,
};

const AIM = { rps: 2_000, p99: 50, overheadRatio: 0.8 };
const OVERHEAD_ROUNDS = 5;

const out = (line = '') => process.stdout.write(`${line}\n`);
const log = (line: string) => process.stderr.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const num = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

/**
 * CPU used by the server and by this process (the load generator) from now until the returned function is called.
 * On a shared machine whose load exceeds its cores, throughput and latency say more about the neighbours than
 * about the server; its CPU time per request does not, and bounds what one event loop can serve.
 */
function cpuMeter(server: ServerProcess): (requests: number) => string {
  const start = { at: performance.now(), server: server.cpuSeconds(), self: process.cpuUsage() };
  return (requests) => {
    const seconds = (performance.now() - start.at) / 1000;
    const serverSeconds = server.cpuSeconds() - start.server;
    const self = process.cpuUsage(start.self);
    const selfCores = (self.user + self.system) / 1e6 / seconds;
    const perRequest = (1000 * serverSeconds) / Math.max(1, requests);
    return (
      `CPU: the server ${(serverSeconds / seconds).toFixed(2)} cores, the load generator ${selfCores.toFixed(2)} cores; ` +
      `machine load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores\n` +
      `server CPU per request ${perRequest.toFixed(2)} ms: one event loop on a core of its own would serve at most ~${num(1000 / perRequest)} requests/s`
    );
  };
}

/** Completed requests per second of a run (checked answers, whatever their outcome). */
function rate(outcome: MixOutcome): number {
  return outcome.result.latency.totalCount / outcome.result.duration;
}

function report(title: string, outcome: MixOutcome, aims: boolean): void {
  const { result } = outcome;
  const rps = rate(outcome);
  const errors = outcome.errorCount + result.errors + result.timeouts;
  out(`\n## ${title}`);
  out(`duration ${num(result.duration, 1)} s, ${num(result.latency.totalCount)} requests, ${num(rps)} requests/s${aims ? ` (aim >= ${num(AIM.rps)}: ${verdict(rps >= AIM.rps)})` : ''}`);
  out(
    `latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms` +
      (aims ? ` (aim p99 < ${AIM.p99} ms: ${verdict(result.latency.p99 < AIM.p99)})` : ''),
  );
  out(`errors ${num(errors)} (GraphQL or HTTP ${num(outcome.errorCount)}, non-2xx ${num(result.non2xx)}, connection ${num(result.errors)}, timeouts ${num(result.timeouts)}) (aim 0: ${verdict(errors === 0)})`);
  if (outcome.substitutions > 0) out(`writes sent as another write (their pool was empty): ${num(outcome.substitutions)}`);
  if (outcome.byKind.size > 1) {
    out('| operation | ok | errors | share | p50 ms | p99 ms |');
    out('| --- | --- | --- | --- | --- | --- |');
    const total = [...outcome.byKind.values()].reduce((sum, s) => sum + s.ok + s.errors, 0);
    for (const [kind, s] of [...outcome.byKind.entries()].sort((a, b) => b[1].ok - a[1].ok)) {
      out(`| ${kind} | ${num(s.ok)} | ${num(s.errors)} | ${num((100 * (s.ok + s.errors)) / total, 1)}% | ${s.latency.percentile(50)} | ${s.latency.percentile(99)} |`);
    }
  }
  for (const [text, count] of [...outcome.errors.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)) out(`  error x${count}: ${text}`);
}

/** The read-path runs of one server, summed over the rounds. */
class ReadTotals {
  requests = 0;
  seconds = 0;
  cpuSeconds = 0;
  errorCount = 0;
  readonly latency = new Histogram();
  readonly errors = new Map<string, number>();

  constructor(private readonly server: ServerProcess) {}

  /** One round: the server's CPU time is counted over the round. */
  async round(run: () => Promise<MixOutcome>): Promise<void> {
    const before = this.server.cpuSeconds();
    this.add(await run());
    this.cpuSeconds += this.server.cpuSeconds() - before;
  }

  add(outcome: MixOutcome): void {
    this.requests += outcome.result.latency.totalCount;
    this.seconds += outcome.result.duration;
    this.errorCount += outcome.errorCount + outcome.result.errors + outcome.result.timeouts;
    for (const stats of outcome.byKind.values()) this.latency.merge(stats.latency);
    for (const [text, count] of outcome.errors) this.errors.set(text, (this.errors.get(text) ?? 0) + count);
  }

  rate(): number {
    return this.requests / this.seconds;
  }

  /** Server CPU milliseconds per request. */
  cpuPerRequest(): number {
    return (1000 * this.cpuSeconds) / Math.max(1, this.requests);
  }

  line(label: string): string {
    return (
      `${label}: ${num(this.rate())} requests/s, p50 ${this.latency.percentile(50)} ms, p99 ${this.latency.percentile(99)} ms, ` +
      `errors ${this.errorCount}; server CPU ${this.cpuPerRequest().toFixed(2)} ms a request (${(this.cpuSeconds / this.seconds).toFixed(2)} cores)`
    );
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const keep = process.env.LOAD_DATA_DIR?.trim();
  const dataDir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'aol-load-'));
  const servers: ServerProcess[] = [];
  // A temporary folder goes even when the run dies half-way (the servers are killed on exit first).
  if (!keep) process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  out(`# Load benchmark (node ${process.version}, ${new Date().toISOString()}, ${os.cpus().length} cores)`);
  out(`settings: ${JSON.stringify(SETTINGS)}`);
  try {
    // 1. The data folder.
    const plan = planFor(SETTINGS.units, SETTINGS.years);
    const { config, seedSeconds } = await seedDataDir(dataDir, plan);
    const size = logSize(config.sqliteFile);
    out(
      `data: ${num(size.events)} events, ${num(size.registrations)} unit registrations in ${dataDir} ` +
        (seedSeconds === null ? '(reused: LOAD_DATA_DIR)' : `(seeded in ${num(seedSeconds, 1)} s: ${num(plan.units)} units of province 33 over ${SETTINGS.years} years)`),
    );

    // 2. The server, as a process of its own.
    log('starting the server (node dist/src/main.js)');
    const serverEnv = { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.LOAD_SERVER_LOG_LEVEL?.trim() || 'warn' };
    const app = await ServerProcess.start(path.join(__dirname, '../src/main.js'), serverEnv, 'the server');
    servers.push(app);
    log(`server ready at ${app.url} (pid ${app.child.pid})`);

    // 3. Targets and the pools the writes start from.
    const bureauIds = plan.bureaus.filter((b) => b.level === 'COUNTY').slice(0, SETTINGS.bureaus).map((b) => b.bureauId);
    const hours = (SETTINGS.seconds + 2 * SETTINGS.overheadSeconds + SETTINGS.soakSeconds) / 3600 + 1;
    const clerkToken = async (bureauId: string) => `Bearer ${await mintToken(config.auth, { role: 'BUREAU_STAFF', bureauId, subject: `load-clerk-${bureauId}`, expiresIn: 3600 })}`;
    const targets = await pickTargets(app.url, bureauIds, clerkToken);
    if (targets.length === 0) throw new Error(`no active units in bureaus ${bureauIds.join(', ')}`);
    const tokens = await mintTokens(config, bureauIds, targets.map((t) => t.unitId), hours);
    log(`targets: ${targets.length} active units of bureaus ${bureauIds.join(', ')}; preparing inspections and orders`);
    const prepared = await preparePools(app.url, targets, tokens, 200, 2);
    const pools = new Pools(targets, prepared.inspections, prepared.orders);
    out(`targets ${num(targets.length)} units of ${bureauIds.length} county bureaus (${bureauIds.join(', ')}); prepared ${pools.inspections.length} inspections with findings, ${pools.orders.length} open orders`);

    // 4. The mix.
    log(`mix: warm-up 3 s, then ${SETTINGS.seconds} s, ${SETTINGS.connections} connections`);
    await runMix({ origin: app.origin, connections: SETTINGS.connections, seconds: 3, weights: MIX, pools, tokens });
    const rssBefore = app.rss();
    const usage = cpuMeter(app);
    const mix = await runMix({ origin: app.origin, connections: SETTINGS.connections, seconds: SETTINGS.seconds, weights: MIX, pools, tokens });
    const cpu = usage(mix.result.latency.totalCount);
    const rssAfter = app.rss();
    report(`Mixed load, ${SETTINGS.seconds} s, ${SETTINGS.connections} connections (80% reads, 20% writes)`, mix, true);
    out(`server RSS ${mb(rssBefore)} before, ${mb(rssAfter)} after`);
    out(cpu);

    // 5. Read-path overhead: the same bodies, the same actor, against the app and against bare graphql-js, in
    //    alternating rounds so that a noisy neighbour on the machine hurts both alike.
    log('starting the bare graphql-js server');
    const bare = await ServerProcess.start(path.join(__dirname, 'bare-graphql-server.js'), { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', BARE_ACTOR: JSON.stringify(AUDITOR_CLAIMS) }, 'the bare graphql-js server');
    servers.push(bare);
    const bodies = Array.from({ length: 200 }, (_, i) => body(QUERIES.unitHistory, { unitId: (targets[(i * 31) % targets.length] as (typeof targets)[number]).unitId, first: 20 }));
    const fixed = { bodies, authorization: tokens.auditor() };
    const readRun = (origin: string, seconds: number) => runMix({ origin, connections: SETTINGS.connections, seconds, weights: { unitHistory: 1 }, pools, tokens, fixed });
    log(`read path: warm-up 2 s each, then ${OVERHEAD_ROUNDS} alternating rounds of ${num(SETTINGS.overheadSeconds / OVERHEAD_ROUNDS, 1)} s each`);
    await readRun(app.origin, 2);
    await readRun(bare.origin, 2);
    const appRead = new ReadTotals(app);
    const bareRead = new ReadTotals(bare);
    for (let round = 0; round < OVERHEAD_ROUNDS; round++) {
      await appRead.round(() => readRun(app.origin, SETTINGS.overheadSeconds / OVERHEAD_ROUNDS));
      await bareRead.round(() => readRun(bare.origin, SETTINGS.overheadSeconds / OVERHEAD_ROUNDS));
    }
    await bare.stop();
    out(`\n## Read path: unitHistory (first 20, 200 units in turn) as a provincial auditor, ${SETTINGS.overheadSeconds} s each`);
    out(appRead.line('the server (Apollo, token, limits, logs, metrics)'));
    out(bareRead.line('bare graphql-js execute on node:http, same schema'));
    for (const [text, count] of [...appRead.errors, ...bareRead.errors]) out(`  error x${count}: ${text}`);
    const ratio = appRead.rate() / bareRead.rate();
    out(`read-path ratio, throughput: ${ratio.toFixed(2)}x (aim >= ${AIM.overheadRatio}x: ${verdict(ratio >= AIM.overheadRatio)})`);
    // What the ratio would be where each had the CPU to itself: the inverse ratio of their CPU time per request.
    const cpuRatio = bareRead.cpuPerRequest() / appRead.cpuPerRequest();
    out(`read-path ratio, by server CPU per request (bare / server): ${cpuRatio.toFixed(2)}x (aim >= ${AIM.overheadRatio}x: ${verdict(cpuRatio >= AIM.overheadRatio)})`);

    // 6. The soak.
    if (SETTINGS.soakSeconds > 0) {
      const samples: number[] = [app.rss()];
      log(`soak: ${SETTINGS.soakSeconds} s`);
      const sampler = setInterval(() => {
        samples.push(app.rss());
        log(`  soak: RSS ${mb(samples[samples.length - 1] as number)}, ${pools.orders.length} orders awaiting a report`);
      }, 10_000);
      let soak: MixOutcome;
      const soakUsage = cpuMeter(app);
      try {
        soak = await runMix({ origin: app.origin, connections: SETTINGS.connections, seconds: SETTINGS.soakSeconds, weights: MIX, pools, tokens });
      } finally {
        clearInterval(sampler);
      }
      samples.push(app.rss());
      report(`Soak, ${SETTINGS.soakSeconds} s, the same mix`, soak, true);
      out(soakUsage(soak.result.latency.totalCount));
      const first = samples[0] as number;
      const last = samples[samples.length - 1] as number;
      // Growth that levels off (SQLite's page cache filling, V8 settling) is not a leak: compare the last third of
      // the samples with the middle third as well as the end with the start.
      const third = Math.max(1, Math.floor(samples.length / 3));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const middle = mean(samples.slice(third, 2 * third).length > 0 ? samples.slice(third, 2 * third) : samples);
      const end = mean(samples.slice(-third));
      const lateGrowth = (end - middle) / middle;
      out(`server RSS over the soak: ${mb(first)} at the start, ${mb(last)} at the end (${last >= first ? '+' : ''}${mb(last - first)}), min ${mb(Math.min(...samples))}, max ${mb(Math.max(...samples))}`);
      out(`RSS, mean of the last third of the soak vs the middle third: ${lateGrowth >= 0 ? '+' : ''}${(lateGrowth * 100).toFixed(1)}% (aim: no growth, taken as < 5%: ${verdict(lateGrowth < 0.05)})`);
      out(`RSS samples (MiB, every 10 s): ${samples.map((s) => (s / 2 ** 20).toFixed(0)).join(' ')}`);
    } else {
      out('\nsoak skipped (LOAD_SOAK_SECONDS=0)');
    }
    out(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

process.once('SIGINT', () => process.exit(130));
// A reader that went away (`| head`): stop quietly; the exit handlers clean up.
process.stdout.on('error', () => process.exit(0));

main().catch((error: unknown) => {
  process.stderr.write(`load benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
