import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ACCOUNTABILITY_PROJECTIONS } from '../projections/accountability';
import { INACTION_PROJECTIONS } from '../projections/inaction';
import { inspectionPlansProjection } from '../projections/inspection/inspection-plans.projection';
import { supervisoryActsProjection } from '../projections/oversight/acts.projection';
import { regionActivityProjection } from '../projections/region-activity/region-activity.projection';
import { reviewInaction } from '../src/application/inaction-review.service';
import { regionStatistics } from '../src/application/region-statistics.service';
import { DEFAULT_THRESHOLDS } from '../src/domain/accountability/inaction';
import { bureausProjection } from '../projections/bureaus/bureaus.projection';
import { ProjectionRunner } from '../projections/runner';
import { AccountabilityService } from '../src/application/accountability.service';
import { createProgress } from '../src/cli/progress';
import type { Day } from '../src/domain/shared/day';
import { DEFAULT_COUNTING_KINDS } from '../src/domain/supervision/common';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { SqliteReadStore } from '../src/readstore/sqlite/sqlite-read-store';
import { REBUILD_BATCH } from '../src/cli/rebuild';
import { appendHistory } from '../src/cli/seed';
import { seedPlan } from '../src/seed/history';
import { medianTimes as timed } from './measure';

/** The aims. */
const COUNTY_CYCLE_MS = 20;
const PROVINCE_STATISTICS_MS = 200;
const NATION_STATISTICS_MS = 2_000;
const REBUILD_EVENTS_PER_SECOND = 30_000;
const PROVINCE = '330000';
const LAST_DAY: Day = '2026-11-27';

/**
 * The two-year cycle at scale: `units` units of province 33 with six years of every kind of act (src/seed/history.ts, as npm run seed),
 * appended through the embedded event store in one group commit per recording day, the store's clock set to that day
 * (so that recordedAt is realistic and the late records are the back-filled ones). The log is laid down first, then
 * the analytics read models (and the bureaus') are built from it as `npm run rebuild` does (batches of 10,000,
 * synchronous=NORMAL): that build is the rebuild rate. Then: cycleStatus of a county bureau today and in the past as
 * known then, a page of units' standings, a page of late records, the coverage of the whole province, region
 * statistics, the inaction review. Times are the service's (the read model and the rules); GraphQL adds its own
 * small cost. BENCH_ACCOUNTABILITY_INLINE=1 appends with the read models updated in the appends' transactions instead
 * (as the server does; far slower at scale).
 */
export async function benchAccountability(report: (line: string) => void, units = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aol-bench-accountability-'));
  const file = join(dir, 'ledger.sqlite');
  const db = new Database(file);
  let recordingTime = Date.parse('2020-12-01T10:00:00.000Z');
  const eventStore = new SqliteEventStore(db, { clock: () => new Date(recordingTime) });
  const readStore = new SqliteReadStore(db);
  // The read models the analytics read: the cycle's facts and late records, region activity, the inaction review's
  // facts, and what that review also reads (plans, bulletins and trainings, bureaus).
  const analytics = [bureausProjection, ...ACCOUNTABILITY_PROJECTIONS, regionActivityProjection(DEFAULT_COUNTING_KINDS), ...INACTION_PROJECTIONS, inspectionPlansProjection, supervisoryActsProjection];
  const runner = new ProjectionRunner(readStore, analytics, (name, event, error) => {
    throw new Error(`${name} failed on ${event.type}@${event.position}: ${String(error)}`);
  });
  const inline = process.env.BENCH_ACCOUNTABILITY_INLINE === '1';
  if (inline) eventStore.setInlineHook((events) => runner.apply(events));
  let peakRss = 0;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const sampler = setInterval(sample, 100);
  try {
    const { bureaus, count, appendSeconds } = await load(eventStore, units, report, (time) => (recordingTime = time), sample);
    report(`  append (one group commit per recording day, ${inline ? 'read models inline' : 'the log only'}): ${fmt(count / appendSeconds)} events/s; store ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    report(`  peak memory while generating and appending (a large history is generated into a temporary file first): ${mib(peakRss)}`);
    peakRss = 0;
    collectGarbage(); // the generator's garbage
    if (!inline) {
      const progress = createProgress(`accountability: build the read models from the log (batches of ${fmt(REBUILD_BATCH)}, as npm run rebuild)`, { unit: 'events' });
      db.pragma('synchronous = NORMAL');
      const replayed = await runner.rebuild(eventStore, (done, total) => {
        sample();
        progress.update(done, total);
      }, REBUILD_BATCH);
      db.pragma('synchronous = FULL');
      db.pragma('wal_checkpoint(TRUNCATE)');
      const took = progress.finish();
      report(
        `  rebuild of the analytics read models (cycle facts, late records, region activity, inaction facts, plans, acts, bureaus) as npm run rebuild: ` +
          `${fmt(replayed / took)} events/s (${fmt(replayed)} events, ${took.toFixed(1)} s; aim >= ${fmt(REBUILD_EVENTS_PER_SECOND)}/s); store ${(statSync(file).size / 1e6).toFixed(0)} MB`,
      );
      report(`  peak memory while rebuilding: ${mib(peakRss)}`);
      peakRss = 0;
      collectGarbage();
    }

    const service = new AccountabilityService(readStore, DEFAULT_COUNTING_KINDS);
    const diligent = bureaus.find((b) => b.diligent) as (typeof bureaus)[number];
    const lax = bureaus.find((b) => !b.diligent) as (typeof bureaus)[number];
    for (const [label, bureau] of [['diligent', diligent], ['lax', lax]] as const) {
      const today = await service.bureauCycle(bureau.bureauId, LAST_DAY, null);
      const t = await timed(() => service.bureauCycle(bureau.bureauId, LAST_DAY, null));
      report(
        `  cycleStatus, ${label} county ${bureau.bureauId} (${fmt(today.unitsInScope)} in scope, ${fmt(today.overdue)} overdue) on ${LAST_DAY}: ${t} (aim < ${COUNTY_CYCLE_MS} ms)`,
      );
    }
    const past = await timed(() => service.bureauCycle(lax.bureauId, '2023-06-30', '2024-01-01T00:00:00.000Z'));
    report(`  cycleStatus, lax county on 2023-06-30 as known on 2024-01-01: ${past}`);
    const ids = (await service.bureauCycle(lax.bureauId, LAST_DAY, null)).overdueUnits.slice(0, 100).map((u) => u.unitId);
    report(`  Unit.cycleStatus for a page of ${ids.length} units (one batched read): ${await timed(() => service.unitStandings(ids, LAST_DAY, null))}`);
    report(`  lateRecords, first page of 20 (>= 30 days late): ${await timed(() => service.lateRecords(lax.bureauId, 30, 21))}`);
    const provinceStarted = performance.now();
    let inScope = 0;
    for (const bureau of bureaus) inScope += (await service.bureauCycle(bureau.bureauId, LAST_DAY, null)).unitsInScope;
    report(`  coverage of every county bureau of the province (the CSV export's work, ${fmt(inScope)} units): ${seconds(provinceStarted)} s`);

    const statistics = (region: string, asOf: Day, from: Day, to: Day, knownAt: string | null) => () => regionStatistics(readStore, region, asOf, from, to, knownAt);
    const province = await regionStatistics(readStore, PROVINCE, LAST_DAY, '2026-01-01', LAST_DAY, null);
    report(`  regionStatistics, province ${PROVINCE} (${fmt(province.coverage.unitsInScope)} units in scope) on ${LAST_DAY}, period this year: ${await timed(statistics(PROVINCE, LAST_DAY, '2026-01-01', LAST_DAY, null))} (aim < ${PROVINCE_STATISTICS_MS} ms)`);
    report(`  regionStatistics, province on 2023-06-30 as known on 2024-01-01, period 2023 H1: ${await timed(statistics(PROVINCE, '2023-06-30', '2023-01-01', '2023-06-30', '2024-01-01T00:00:00.000Z'))} (aim < ${PROVINCE_STATISTICS_MS} ms)`);
    report(`  regionStatistics, the nation (000000) on 2024-09-30 as known then, period 2024: ${await timed(statistics('000000', '2024-09-30', '2024-01-01', '2024-09-30', '2024-09-30T12:00:00.000Z'))} (aim < ${fmt(NATION_STATISTICS_MS)} ms)`);
    report(`  regionStatistics, a county on ${LAST_DAY}: ${await timed(statistics(diligent.bureauId, LAST_DAY, '2026-01-01', LAST_DAY, null))}`);
    const review = () => reviewInaction(readStore, DEFAULT_COUNTING_KINDS, { subject: { regionCode: PROVINCE }, asOf: LAST_DAY, thresholds: DEFAULT_THRESHOLDS, evidenceLimit: 10, evidenceOffset: 0, signals: null });
    const reviewed = await review();
    report(`  inactionReview, province ${PROVINCE} (${reviewed.bureaus.length} bureaus) on ${LAST_DAY}: ${await timed(review, 5)}`);

    if (inline) {
      const progress = createProgress(`accountability: rebuild (batches of ${fmt(REBUILD_BATCH)})`, { unit: 'events' });
      const replayed = await new ProjectionRunner(readStore, analytics).rebuild(eventStore, progress.update, REBUILD_BATCH);
      const took = progress.finish();
      report(`  rebuild of the analytics read models, batches of ${fmt(REBUILD_BATCH)}: ${fmt(replayed / took)} events/s (${fmt(replayed)} events, ${took.toFixed(1)} s; aim >= ${fmt(REBUILD_EVENTS_PER_SECOND)}/s)`);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    report(`  peak memory while querying${inline ? ' and rebuilding' : ''}: ${mib(peakRss)}`);
  } finally {
    clearInterval(sampler);
    await eventStore.close();
    await readStore.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Generates the history (`npm run seed`'s generator) and appends it, a recording day at a time. */
async function load(eventStore: SqliteEventStore, units: number, report: (line: string) => void, setClock: (time: number) => void, sample: () => void) {
  const plan = seedPlan({ province: PROVINCE, units, years: 6, until: LAST_DAY });
  report(`accountability: ${fmt(units)} units over ${plan.bureaus.length} county-level bureaus of ${PROVINCE}, six years of every kind of act (npm run seed's generator)`);
  const progress = createProgress('accountability: generate and append', { unit: 'events' });
  const estimate = units * 16;
  const count = await appendHistory(eventStore, plan, setClock, (done) => {
    sample();
    progress.update(done, Math.max(done, estimate));
  });
  return { bureaus: plan.bureaus, count, appendSeconds: progress.finish() };
}


/** A full collection now (bench only: exposes V8's gc for this process). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1);
