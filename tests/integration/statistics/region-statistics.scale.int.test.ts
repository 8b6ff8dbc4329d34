import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bureausProjection } from '../../../projections/bureaus/bureaus.projection';
import { REGION_ACTIVITY_MONTHS, type MonthDoc } from '../../../projections/region-activity/region-activity.model';
import { regionActivity } from '../../../projections/region-activity/region-activity.projection';
import { ProjectionRunner } from '../../../projections/runner';
import { regionStatistics } from '../../../src/application/region-statistics.service';
import { appendHistory } from '../../../src/cli/seed';
import { SqliteEventStore } from '../../../src/eventstore/sqlite/sqlite-event-store';
import { SqliteReadStore } from '../../../src/readstore/sqlite/sqlite-read-store';
import { seedPlan } from '../../../src/seed/history';

/**
 * A measurement, not a timed test: runs only with STATISTICS_SCALE_UNITS set (e.g. 20000), on `npm run seed`'s
 * generator (province 33, six years of every kind of act, recorded day by day). Prints the append rate with the
 * region-activity projection inline, the size of the month documents, and regionStatistics for a county, the
 * province and the nation at a past asOf, with and without knownAt. The lead's bench can call `regionStatistics`
 * (src/application/region-statistics.service.ts) the same way.
 */
const UNITS = Number(process.env.STATISTICS_SCALE_UNITS ?? 0);
const maybe = UNITS > 0 ? it : it.skip;

async function timed(work: () => Promise<unknown>, runs = 15): Promise<string> {
  for (let i = 0; i < 2; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `median ${(times[Math.floor(runs / 2)] as number).toFixed(1)} ms, p95 ${(times[Math.floor(runs * 0.95)] as number).toFixed(1)} ms`;
}

describe('region statistics at scale (a measurement)', () => {
  maybe(
    'appends a seeded history and times the queries',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'aol-statistics-scale-'));
      const db = new Database(join(dir, 'ledger.sqlite'));
      let clock = Date.parse('2020-12-01T10:00:00.000Z');
      const events = new SqliteEventStore(db, { clock: () => new Date(clock) });
      const store = new SqliteReadStore(db);
      // STATISTICS_SCALE_BASELINE=1: without the projection, to see what it costs the append
      const runner = new ProjectionRunner(store, process.env.STATISTICS_SCALE_BASELINE ? [bureausProjection] : [bureausProjection, regionActivity], (name, event, error) => {
        throw new Error(`${name} failed on ${event.type}@${event.position}: ${String(error)}`);
      });
      events.setInlineHook((batch) => runner.apply(batch));
      const lines: string[] = [];
      try {
        const plan = seedPlan({ province: '33', units: UNITS, years: 6, until: '2026-11-27' });
        const started = performance.now();
        const count = await appendHistory(events, plan, (t) => (clock = t), () => undefined);
        const secs = (performance.now() - started) / 1000;
        lines.push(`${UNITS} units, ${count} events appended with region-activity inline: ${Math.round(count / secs)} events/s; file ${(statSync(join(dir, 'ledger.sqlite')).size / 1e6).toFixed(0)} MB`);
        if (process.env.STATISTICS_SCALE_BASELINE) return;
        const nationMonths = await store.find<MonthDoc>(REGION_ACTIVITY_MONTHS, { code: '000000' });
        const cells = nationMonths.reduce((n, m) => n + Object.keys(m.cells).length, 0);
        const counters = nationMonths.reduce((n, m) => n + Object.values(m.cells).reduce((k, c) => k + Object.keys(c).length, 0), 0);
        lines.push(`nation: ${nationMonths.length} month docs, ${cells} cells, ${counters} counters, ${(JSON.stringify(nationMonths).length / 1e6).toFixed(1)} MB of JSON`);
        const county = plan.bureaus[0]?.bureauId as string;
        for (const [label, code] of [['county', county], ['province', '330000'], ['nation', '000000']] as const) {
          lines.push(`${label} ${code}, asOf 2024-06-30, period 2024: ${await timed(() => regionStatistics(store, code, '2024-06-30', '2024-01-01', '2024-12-31', null))}`);
          lines.push(`${label} ${code}, same as known on 2025-01-01T02:00Z: ${await timed(() => regionStatistics(store, code, '2024-06-30', '2024-01-01', '2024-12-31', '2025-01-01T02:00:00.000Z'))}`);
        }
        const s = await regionStatistics(store, '330000', '2024-06-30', '2024-01-01', '2024-12-31', null);
        lines.push(`province figures: ${JSON.stringify({ units: s.units.total, coverage: s.coverage, inspections: s.inspections.total, orders: s.rectification })}`);
      } finally {
        console.log(lines.join('\n'));
        await events.close();
        await store.close();
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    3_600_000,
  );
});
