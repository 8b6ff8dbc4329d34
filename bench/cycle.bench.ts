import Database from 'better-sqlite3';
import { isDeepStrictEqual } from 'node:util';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNTABILITY_PROJECTIONS } from '../projections/accountability';
import { findCycleDigestsOfBureau, findUnitFactsOfBureau } from '../projections/accountability/accountability.queries';
import { ProjectionRunner } from '../projections/runner';
import { AccountabilityService, judgeBureau, type BureauCycleReport } from '../src/application/accountability.service';
import { createProgress } from '../src/cli/progress';
import { REBUILD_BATCH } from '../src/cli/rebuild';
import type { Day } from '../src/domain/shared/day';
import type { RecordedEvent } from '../src/domain/shared/event';
import { DEFAULT_COUNTING_KINDS } from '../src/domain/supervision/common';
import { SqliteReadStore } from '../src/readstore/sqlite/sqlite-read-store';
import type { Region } from '../src/domain/shared/region';
import { recordedDays, seedPlan, type SeedBureau, type SeedPlan } from '../src/seed/history';

/** The issue's aim for a county bureau's cycleStatus, at 100,000 and at 1,000,000 units (a county of ~10,000 units). */
const COUNTY_CYCLE_MS = 20;
const LAST_DAY: Day = '2026-11-27';
const RUNS = 50;

/**
 * cycleStatus of a large county without the hour the 1,000,000-unit log takes: `npm run seed`'s generator (six years of
 * every kind of act, src/seed/history.ts) with its units in two county bureaus only, one diligent and one lax,
 * `unitsPerCounty` each (10,000: the largest counties of the 1M data set have ~9,350). The events are recorded as
 * the embedded store would (recordedAt the evening of their recording day) and applied straight to the
 * accountability read models (SQLite, batches as npm run rebuild), then each county's cycle is timed, on today and on
 * a past day, as the record stands now and as it stood on a past day: the digest (what cycleStatus reads) against
 * the units' facts documents it replaced, with the answers compared. Median and p95 of the wall time and the CPU time
 * of RUNS runs after warm-ups, so that a busy neighbour on the machine shows as the gap between the two.
 */
export async function benchCycle(report: (line: string) => void, unitsPerCounty = 10_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aol-bench-cycle-'));
  const file = join(dir, 'read.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const store = new SqliteReadStore(db);
  try {
    const plan = twoCounties(unitsPerCounty);
    const events = generate(plan);
    report(`cycle: ${fmt(plan.units)} units in two county bureaus (${plan.bureaus.map((b) => `${b.bureauId} ${b.diligent ? 'diligent' : 'lax'}`).join(', ')}), six years: ${fmt(events.length)} events`);

    const runner = new ProjectionRunner(store, ACCOUNTABILITY_PROJECTIONS, (name, event, error) => {
      throw new Error(`${name} failed on ${event.type}@${event.position}: ${String(error)}`);
    });
    const progress = createProgress(`cycle: build the accountability read models (batches of ${fmt(REBUILD_BATCH)})`, { unit: 'events' });
    const cpu = process.cpuUsage();
    for (let at = 0; at < events.length; at += REBUILD_BATCH) {
      runner.apply(events.slice(at, at + REBUILD_BATCH));
      progress.update(Math.min(at + REBUILD_BATCH, events.length), events.length);
    }
    const took = progress.finish();
    const cpuSeconds = cpuOf(cpu) / 1000;
    db.pragma('wal_checkpoint(TRUNCATE)');
    report(`  build: ${fmt(events.length / took)} events/s wall, ${fmt(events.length / cpuSeconds)} per CPU-second; store ${(statSync(file).size / 1e6).toFixed(0)} MB`);

    const service = new AccountabilityService(store, DEFAULT_COUNTING_KINDS);
    const digests = await findCycleDigestsOfBureau(store, (plan.bureaus[0] as { bureauId: string }).bureauId);
    const chars = digests.reduce((n, d) => n + JSON.stringify(d).length, 0);
    report(`  digest of a county: ${digests.length} chunks, ${(chars / 1024).toFixed(0)} KiB as JSON`);
    const questions: [string, Day, string | null][] = [
      [`on ${LAST_DAY}, now`, LAST_DAY, null],
      ['on 2023-06-30, now', '2023-06-30', null],
      ['on 2023-06-30 as known on 2024-01-01', '2023-06-30', '2024-01-01T00:00:00.000Z'],
      [`on ${LAST_DAY} as known on 2025-06-01`, LAST_DAY, '2025-06-01T00:00:00.000Z'],
    ];
    for (const bureau of plan.bureaus) {
      for (const [label, asOf, knownAt] of questions) {
        const digest = () => service.bureauCycle(bureau.bureauId, asOf, knownAt);
        const facts = async () => judgeBureau(await findUnitFactsOfBureau(store, bureau.bureauId), bureau.bureauId, asOf, knownAt, DEFAULT_COUNTING_KINDS);
        const answer = await digest();
        const same = isDeepStrictEqual(answer, await facts());
        report(
          `  ${bureau.diligent ? 'diligent' : 'lax'} county ${bureau.bureauId} ${label}: ${fmt(answer.unitsInScope)} in scope, ${fmt(answer.overdue)} overdue${same ? '' : ' — DIFFERS from the facts path'}`,
        );
        report(`    digest (cycleStatus): ${await measure(digest)} (aim < ${COUNTY_CYCLE_MS} ms)`);
        report(`    units' facts (before): ${await measure(facts, 10)}`);
      }
    }
  } finally {
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The seed's plan with its units in two county bureaus: the first county of the province (diligent) and a lax one. */
function twoCounties(unitsPerCounty: number): SeedPlan {
  const plan = seedPlan({ province: '33', units: unitsPerCounty * 2, years: 6, until: LAST_DAY });
  const lax = plan.bureaus.findIndex((b) => !b.diligent);
  const picked = [0, lax];
  return { ...plan, counties: picked.map((i) => plan.counties[i] as Region), bureaus: picked.map((i) => plan.bureaus[i] as SeedBureau) };
}

/** The plan's events as the embedded store records them: in recording order, recorded at 18:00 in China that day. */
function generate(plan: SeedPlan): RecordedEvent[] {
  const progress = createProgress('cycle: generate the history', { unit: 'days' });
  const events: RecordedEvent[] = [];
  const revisions = new Map<string, number>();
  const days = [...recordedDays(plan)];
  for (const [n, { day, events: planned }] of days.entries()) {
    const recordedAt = `${day}T10:00:00.000Z`;
    for (const e of planned) {
      const revision = (revisions.get(e.streamId) ?? -1) + 1;
      revisions.set(e.streamId, revision);
      const position = events.length + 1;
      events.push({
        ...e.event,
        id: `e${position}`,
        schemaVersion: 1,
        streamId: e.streamId,
        revision,
        position,
        metadata: { actor: { id: 'seed', role: 'SYSTEM' }, occurredAt: e.occurredAt, recordedAt, correlationId: `c${position}` },
      } as RecordedEvent);
    }
    progress.update(n + 1, days.length);
  }
  progress.finish();
  return events;
}

/** CPU milliseconds (user + system) since `since`. */
const cpuOf = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Median and p95 of wall and CPU milliseconds over `runs` runs, after three warm-ups. */
async function measure(work: () => Promise<BureauCycleReport>, runs = RUNS): Promise<string> {
  for (let i = 0; i < 3; i++) await work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const since = process.cpuUsage();
    const started = performance.now();
    await work();
    wall.push(performance.now() - started);
    cpu.push(cpuOf(since));
  }
  const at = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number).toFixed(1);
  };
  return `wall median ${at(wall, 0.5)} ms, p95 ${at(wall, 0.95)} ms; CPU median ${at(cpu, 0.5)} ms, p95 ${at(cpu, 0.95)} ms (${runs} runs)`;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
