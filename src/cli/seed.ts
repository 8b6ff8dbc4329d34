import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config';
import { dayOf, isDay, type Day } from '../domain/shared/day';
import type { EventStore } from '../eventstore/port';
import { openEmbeddedStores } from '../main';
import { passesFor, recordedDays, seedPlan, toNewEvent, type PlannedEvent, type SeedOptions, type SeedPlan } from '../seed/history';
import { createProgress } from './progress';
import { processIo, runAsMain, usageError as reportUsageError } from './cli-io';

const USAGE = `Usage: npm run seed -- [--province 33] [--units 100000] [--years 6] [--until YYYY-MM-DD] [--seed 33]
Lays down a realistic, deterministic history of one province in the embedded store at DATA_DIR: its bureaus on real
GB/T 2260 codes, the units spread over its county-level regions, and --years years of every kind of act (see
src/seed/history.ts), recorded day by day with the store's clock set to each recording day, so that recordedAt,
late records and "as known at" answers are realistic. Two county bureaus in three are diligent, the others lax.
Every read model and the ledger are written as the events are appended. The store must hold no units yet.
Stop the server first. --until defaults to today (China time).`;

/** Appends the planned history a recording day at a time (one group commit per day's batch of streams). */
export async function appendHistory(
  eventStore: EventStore,
  plan: SeedPlan,
  setClock: (time: number) => void,
  onProgress: (done: number, day: Day) => void,
): Promise<number> {
  let done = 0;
  // A large history is first generated into a temporary file: its own progress line, by units.
  const generating = passesFor(plan) > 1 ? createProgress('seed: generate', { unit: 'units' }) : null;
  let generated = false;
  for (const { day, events } of recordedDays(plan, passesFor(plan), (units) => generating?.update(units, plan.units))) {
    if (!generated) {
      generating?.finish();
      generated = true;
    }
    setClock(Date.parse(`${day}T10:00:00.000Z`)); // 18:00 in China, the day they are recorded
    const streams = new Map<string, PlannedEvent[]>();
    for (const e of events) {
      const list = streams.get(e.streamId);
      if (list) list.push(e);
      else streams.set(e.streamId, [e]);
    }
    // Appends in slices, so that a day of a bulk back-fill does not hold every promise at once.
    const entries = [...streams.entries()];
    for (let k = 0; k < entries.length; k += 2_000) {
      await Promise.all(entries.slice(k, k + 2_000).map(([streamId, planned]) => eventStore.appendToStream(streamId, planned.map(toNewEvent))));
    }
    done += events.length;
    onProgress(done, day);
  }
  return done;
}

export function parseSeedArgs(argv: readonly string[], today: Day): SeedOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      province: { type: 'string', default: '33' },
      units: { type: 'string', default: '100000' },
      years: { type: 'string', default: '6' },
      until: { type: 'string' },
      seed: { type: 'string', default: '33' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0] as string}`);
  const whole = (name: string, text: string): number => {
    const n = Number(text.replace(/_/g, ''));
    if (!Number.isSafeInteger(n)) throw new Error(`--${name} must be a whole number, got ${text}`);
    return n;
  };
  const until = values.until ?? today;
  if (!isDay(until)) throw new Error(`--until must be a day (YYYY-MM-DD), got ${until}`);
  return { province: values.province as string, units: whole('units', values.units as string), years: whole('years', values.years as string), until, seed: whole('seed', values.seed as string) };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let config: Config;
  let plan: SeedPlan;
  try {
    config = loadConfig();
    plan = seedPlan(parseSeedArgs(argv, dayOf(new Date().toISOString())));
  } catch (error) {
    if (error instanceof ConfigError || error instanceof TypeError || error instanceof Error) return usageError(error.message);
    throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  let recordingTime = Date.parse(`${plan.firstDay}T10:00:00.000Z`);
  const { db, eventStore, readStore } = openEmbeddedStores(config.sqliteFile, config.ledger.signingKey, () => new Date(recordingTime), undefined, { privacy: config.privacy, countingKinds: config.accountability.countingKinds });
  try {
    const units = await eventStore.readAll({ maxCount: 1, filter: { eventTypes: ['UnitRegistered'] } });
    if (units.length > 0) return usageError(`${config.sqliteFile} already holds units: seed an empty DATA_DIR`);
    process.stderr.write(
      `Seeding ${plan.units.toLocaleString('en-US')} units in ${plan.counties.length} county-level regions of ${plan.province.code} ${plan.province.name}, ` +
        `${plan.firstDay} to ${plan.lastDay}, into ${config.sqliteFile} (${passesFor(plan) > 1 ? 'generated once into a temporary file, then appended in recording order' : 'generated in memory'})\n`,
    );
    const progress = createProgress('seed', { unit: 'events' });
    const estimate = Math.round(plan.units * 2.6 * ((Date.parse(plan.lastDay) - Date.parse(plan.firstDay)) / 3.15576e10));
    const count = await appendHistory(eventStore, plan, (t) => (recordingTime = t), (done) => progress.update(done, Math.max(done, estimate)));
    const seconds = progress.finish();
    process.stdout.write(`Seeded ${count.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString('en-US')} events/s)\n`);
    return 0;
  } finally {
    await eventStore.close();
    await readStore.close();
    db.close();
  }
}

const usageError = (message: string): number => reportUsageError(processIo(), 'seed', message);

if (require.main === module) runAsMain('seed', (argv) => main(argv));
