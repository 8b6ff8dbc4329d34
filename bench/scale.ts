import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ACCOUNTABILITY_PROJECTIONS } from '../projections/accountability';
import { bureausProjection } from '../projections/bureaus/bureaus.projection';
import { inactionFactsProjectionFor } from '../projections/inaction/inaction-facts.projection';
import { inspectionPlansProjection } from '../projections/inspection/inspection-plans.projection';
import { supervisoryActsProjection } from '../projections/oversight/acts.projection';
import type { Projection } from '../projections/projection';
import { regionActivityProjection } from '../projections/region-activity/region-activity.projection';
import { ProjectionRunner } from '../projections/runner';
import { AccountabilityService } from '../src/application/accountability.service';
import { reviewInaction } from '../src/application/inaction-review.service';
import { regionStatistics } from '../src/application/region-statistics.service';
import { REBUILD_BATCH } from '../src/cli/rebuild';
import { appendHistory } from '../src/cli/seed';
import { createProgress } from '../src/cli/progress';
import { DEFAULT_THRESHOLDS } from '../src/domain/accountability/inaction';
import type { Day } from '../src/domain/shared/day';
import { DEFAULT_COUNTING_KINDS } from '../src/domain/supervision/common';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { SqliteReadStore } from '../src/readstore/sqlite/sqlite-read-store';
import { medianTimes } from './measure';
import { seedPlan } from '../src/seed/history';

/**
 * The analytics at a scale the one-process accountability bench cannot reach in a session (1,000,000 units, about 12
 * million events), in stages that can run apart and side by side:
 *
 *   node dist/bench/scale.js log   --units 1000000 --log /data/log.sqlite
 *       lays down the seed generator's history (npm run seed's) as the log only;
 *   node dist/bench/scale.js build --log /data/log.sqlite --group region --out /data/region.sqlite
 *   node dist/bench/scale.js build --log /data/log.sqlite --group facts  --out /data/facts.sqlite
 *       build the analytics read models from the log as npm run rebuild does (batches of 10,000, synchronous=NORMAL,
 *       the read models' indexes built at the end),
 *       `region` (region activity: regionStatistics) and `facts` (the cycle's facts, late records, inaction facts,
 *       plans, acts, bureaus: cycleStatus, lateRecords, inactionReview) into files of their own, so that the two can
 *       run at once on two cores (each reads the log; SQLite lets readers run beside each other); `--follow` keeps up
 *       with a log still being laid down, until it has been quiet for a minute (the rate then includes the waits);
 *   node dist/bench/scale.js query --units 1000000 --region /data/region.sqlite --facts /data/facts.sqlite
 *       times the issue's queries on them (median and p95 of 30 runs after 3 warm-ups; the review: 5 runs); `--as-of
 *       DAY` (default 2026-11-27) for a log laid down only up to DAY (the log stage stopped early: what was known then).
 *
 * Each stage prints its figures and peak memory (RSS). The embedded server keeps every read model in the log's file;
 * splitting them here changes where the pages are, not the work.
 */

const PROVINCE = '330000';
const SEED_UNTIL: Day = '2026-11-27';

const GROUPS: Record<string, () => Projection[]> = {
  region: () => [regionActivityProjection(DEFAULT_COUNTING_KINDS)],
  facts: () => [bureausProjection, ...ACCOUNTABILITY_PROJECTIONS, inactionFactsProjectionFor(DEFAULT_COUNTING_KINDS), inspectionPlansProjection, supervisoryActsProjection],
};

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function log(units: number, file: string): Promise<void> {
  const db = new Database(file);
  let recordingTime = Date.parse('2020-12-01T10:00:00.000Z');
  const eventStore = new SqliteEventStore(db, { clock: () => new Date(recordingTime) });
  const plan = seedPlan({ province: PROVINCE, units, years: 6, until: SEED_UNTIL });
  const progress = createProgress(`scale: generate and append ${fmt(units)} units`, { unit: 'events' });
  const count = await appendHistory(eventStore, plan, (t) => (recordingTime = t), (done) => {
    sample();
    progress.update(done, Math.max(done, units * 12));
  });
  const seconds = progress.finish();
  await eventStore.close();
  db.close();
  out(`log: ${fmt(units)} units, ${fmt(count)} events in ${seconds.toFixed(0)} s (${fmt(count / seconds)} events/s, the log only); ${(statSync(file).size / 1e9).toFixed(1)} GB; peak memory ${mib(peakRss)}`);
}

async function build(logFile: string, group: string, outFile: string, follow: boolean): Promise<void> {
  const projections = GROUPS[group]?.();
  if (!projections) throw new Error(`--group is one of ${Object.keys(GROUPS).join(', ')}`);
  const events = new SqliteEventStore(new Database(logFile));
  const db = new Database(outFile);
  db.pragma('journal_mode = WAL');
  const readStore = new SqliteReadStore(db, true);
  const runner = new ProjectionRunner(readStore, projections, (name, event, error) => {
    throw new Error(`${name} failed on ${event.type}@${event.position}: ${String(error)}`);
  });
  const progress = createProgress(`scale: build ${group} (${projections.map((p) => p.name).join(', ')})`, { unit: 'events' });
  db.pragma('synchronous = NORMAL');
  const cpu = process.cpuUsage();
  const onProgress = (done: number, total: number): void => {
    sample();
    progress.update(done, total);
  };
  let replayed = await runner.rebuild(events, onProgress, REBUILD_BATCH, { deferIndexes: true });
  // --follow: the log is still being laid down by the log stage; keep up with it until it has been quiet for a minute.
  for (let quietSince = Date.now(); follow && Date.now() - quietSince < 60_000; ) {
    const more = await runner.catchUp(events, onProgress, REBUILD_BATCH);
    replayed += more;
    if (more > 0) quietSince = Date.now();
    else await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const seconds = progress.finish();
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  await readStore.close();
  await events.close();
  out(
    `build ${group} (${projections.map((p) => p.name).join(', ')}): ${fmt(replayed)} events in ${seconds.toFixed(0)} s = ${fmt(replayed / seconds)} events/s ` +
      `(${fmt(replayed / cpuSeconds)} per CPU-second); ${(statSync(outFile).size / 1e9).toFixed(1)} GB; peak memory ${mib(peakRss)}`,
  );
}

const timed = (work: () => Promise<unknown>, runs = 30): Promise<string> => medianTimes(work, runs, sample);

async function query(units: number, regionFile: string, factsFile: string, lastDay: Day): Promise<void> {
  const LAST_DAY = lastDay;
  const year = Number(lastDay.slice(0, 4));
  const nationDay: Day = `${year - 1}-09-30`;
  const region = SqliteReadStore.open(regionFile);
  region.ensureCollections(GROUPS.region!().flatMap((p) => p.collections));
  const facts = SqliteReadStore.open(factsFile);
  facts.ensureCollections(GROUPS.facts!().flatMap((p) => p.collections));
  // The plan's bureaus (which are diligent) do not depend on the day asked.
  const { bureaus } = seedPlan({ province: PROVINCE, units, years: 6, until: SEED_UNTIL });
  const service = new AccountabilityService(facts, DEFAULT_COUNTING_KINDS);
  const diligent = bureaus.find((b) => b.diligent) as (typeof bureaus)[number];
  const lax = bureaus.find((b) => !b.diligent) as (typeof bureaus)[number];
  out(`queries at ${fmt(units)} units (${bureaus.length} county-level bureaus of ${PROVINCE}) on ${LAST_DAY}:`);
  for (const [label, bureau] of [['diligent', diligent], ['lax', lax]] as const) {
    const today = await service.bureauCycle(bureau.bureauId, LAST_DAY, null);
    out(`  cycleStatus, ${label} county ${bureau.bureauId} (${fmt(today.unitsInScope)} in scope, ${fmt(today.overdue)} overdue): ${await timed(() => service.bureauCycle(bureau.bureauId, LAST_DAY, null))} (aim < 20 ms)`);
  }
  out(`  cycleStatus, lax county on 2023-06-30 as known on 2024-01-01: ${await timed(() => service.bureauCycle(lax.bureauId, '2023-06-30', '2024-01-01T00:00:00.000Z'))}`);
  out(`  lateRecords, first page of 20 (>= 30 days late): ${await timed(() => service.lateRecords(lax.bureauId, 30, 21))}`);
  const statistics = (code: string, asOf: Day, from: Day, to: Day, knownAt: string | null) => () => regionStatistics(region, code, asOf, from, to, knownAt);
  const province = await regionStatistics(region, PROVINCE, LAST_DAY, `${year}-01-01`, LAST_DAY, null);
  out(`  regionStatistics, province (${fmt(province.coverage.unitsInScope)} units in scope), this year: ${await timed(statistics(PROVINCE, LAST_DAY, `${year}-01-01`, LAST_DAY, null))} (aim < 200 ms)`);
  out(`  regionStatistics, province on 2023-06-30 as known on 2024-01-01, 2023 H1: ${await timed(statistics(PROVINCE, '2023-06-30', '2023-01-01', '2023-06-30', '2024-01-01T00:00:00.000Z'))} (aim < 200 ms)`);
  out(`  regionStatistics, the nation on ${nationDay} as known then, ${year - 1}: ${await timed(statistics('000000', nationDay, `${year - 1}-01-01`, nationDay, `${nationDay}T12:00:00.000Z`))} (aim < 2,000 ms)`);
  const review = () => reviewInaction(facts, DEFAULT_COUNTING_KINDS, { subject: { regionCode: PROVINCE }, asOf: LAST_DAY, thresholds: DEFAULT_THRESHOLDS, evidenceLimit: 10, evidenceOffset: 0, signals: null });
  const reviewed = await review();
  out(`  inactionReview, province (${reviewed.bureaus.length} bureaus): ${await timed(review, 5)}`);
  out(`  peak memory while querying: ${mib(peakRss)}`);
  await region.close();
  await facts.close();
}

async function main(argv: string[]): Promise<void> {
  const [stage, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { 'as-of': { type: 'string' }, follow: { type: 'boolean', default: false }, units: { type: 'string', default: '1000000' }, log: { type: 'string' }, group: { type: 'string' }, out: { type: 'string' }, region: { type: 'string' }, facts: { type: 'string' } },
    strict: true,
  });
  const units = Number((values.units as string).replace(/_/g, ''));
  const need = (name: keyof typeof values): string => {
    const value = values[name];
    if (typeof value !== 'string') throw new Error(`${stage} needs --${name}`);
    return value;
  };
  if (stage === 'log') await log(units, need('log'));
  else if (stage === 'build') await build(need('log'), need('group'), need('out'), values.follow === true);
  else if (stage === 'query') await query(units, need('region'), need('facts'), (values['as-of'] as Day | undefined) ?? SEED_UNTIL);
  else throw new Error('usage: scale.js log|build|query (see bench/scale.ts)');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`scale bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
