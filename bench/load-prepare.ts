import { existsSync, mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { mintToken } from '../src/auth/tokens';
import { appendHistory } from '../src/cli/seed';
import { loadConfig, type Config } from '../src/config';
import { addDays, dayOf } from '../src/domain/shared/day';
import { openEmbeddedStores } from '../src/main';
import { seedPlan, type SeedPlan } from '../src/seed/history';
import { type PreparedInspection, type PreparedOrder, type Target, type Tokens } from './load-mix';
import { body, orderRectificationInput, QUERIES, recordInspectionInput } from './load-operations';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The plan of the seeded province (33, Zhejiang); the county bureaus it establishes are where targets come from. */
export function planFor(units: number, years: number): SeedPlan {
  // Until yesterday: nothing seeded is recorded "later today" than the writes of the run.
  const until = addDays(dayOf(new Date().toISOString()), -1);
  return seedPlan({ province: '33', units, years, until, seed: 33 });
}

/** What the data folder's log holds: events, and units registered (0, 0 for a new folder). */
export function logSize(sqliteFile: string): { events: number; registrations: number } {
  if (!existsSync(sqliteFile)) return { events: 0, registrations: 0 };
  const db = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get() === undefined) return { events: 0, registrations: 0 };
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { events: count('SELECT COUNT(*) AS n FROM events'), registrations: count("SELECT COUNT(*) AS n FROM events WHERE type = 'UnitRegistered'") };
  } finally {
    db.close();
  }
}

/**
 * Seeds DATA_DIR in-process with the project's seed generator, exactly as `npm run seed` does (store clock set to
 * each recording day), then closes the stores. A folder that already holds units is used as it is.
 */
export async function seedDataDir(dataDir: string, plan: SeedPlan): Promise<{ config: Config; seedSeconds: number | null }> {
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({ DATA_DIR: dataDir });
  if (logSize(config.sqliteFile).registrations > 0) {
    log(`using the data already in ${config.sqliteFile}`);
    return { config, seedSeconds: null };
  }
  log(`seeding ${plan.units.toLocaleString('en-US')} units of province ${plan.province.code}, ${plan.firstDay} to ${plan.lastDay}, into ${config.sqliteFile}`);
  let recordingTime = Date.parse(`${plan.firstDay}T10:00:00.000Z`);
  const { db, eventStore, readStore } = openEmbeddedStores(config.sqliteFile, config.ledger.signingKey, () => new Date(recordingTime), undefined, { privacy: config.privacy });
  const started = performance.now();
  let lastReport = 0;
  let seconds = 0;
  try {
    const count = await appendHistory(eventStore, plan, (t) => (recordingTime = t), (done, day) => {
      if (performance.now() - lastReport < 5_000) return;
      lastReport = performance.now();
      log(`  seed: ${done.toLocaleString('en-US')} events, recorded up to ${day}`);
    });
    seconds = (performance.now() - started) / 1000;
    log(`seeded ${count.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s`);
  } finally {
    await eventStore.close();
    await readStore.close();
    db.close();
  }
  return { config, seedSeconds: seconds };
}

/** Tokens minted with the data folder's own key (as `npm run token` does), valid for `hours`. */
export async function mintTokens(config: Config, bureauIds: readonly string[], unitIds: readonly string[], hours: number): Promise<Tokens> {
  const expiresIn = Math.ceil(hours * 3600);
  const bearer = async (claims: Parameters<typeof mintToken>[1]) => `Bearer ${await mintToken(config.auth, claims)}`;
  const clerks = new Map<string, string>();
  for (const bureauId of bureauIds) clerks.set(bureauId, await bearer({ role: 'BUREAU_STAFF', bureauId, subject: `load-clerk-${bureauId}`, expiresIn }));
  const reporters = new Map<string, string>();
  for (const unitId of unitIds) reporters.set(unitId, await bearer({ role: 'UNIT_REPORTER', unitId, subject: `load-reporter-${unitId}`, expiresIn }));
  const auditor = await bearer({ role: 'AUDITOR', regionCode: '330000', subject: 'load-auditor-33', expiresIn });
  const get = (map: Map<string, string>, key: string) => {
    const token = map.get(key);
    if (!token) throw new Error(`no token minted for ${key}`);
    return token;
  };
  return { clerk: (bureauId) => get(clerks, bureauId), auditor: () => auditor, reporter: (unitId) => get(reporters, unitId) };
}

/** The claims of the auditor token, for the bare server's fixed actor. */
export const AUDITOR_CLAIMS = { sub: 'load-auditor-33', role: 'AUDITOR', regionCode: '330000' };

/** A GraphQL client for the preparation: every answer must be free of errors. */
export function client(url: string) {
  return async (query: string, variables: Record<string, unknown>, authorization: string): Promise<any> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: body(query, variables) });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (response.status !== 200 || answer.errors?.length) throw new Error(`preparation request failed (HTTP ${response.status}): ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
    return answer.data;
  };
}

const UNIT_IDS = `query LoadTargets($filter: UnitFilterInput, $first: Int, $after: String) {
  units(filter: $filter, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { unitId bureauId } }
}`;

/** The active units of the bureaus, read page by page over GraphQL by each bureau's clerk. */
export async function pickTargets(url: string, bureauIds: readonly string[], clerkToken: (bureauId: string) => Promise<string>): Promise<Target[]> {
  const send = client(url);
  const targets: Target[] = [];
  for (const bureauId of bureauIds) {
    const authorization = await clerkToken(bureauId);
    let after: string | null = null;
    do {
      const { units } = await send(UNIT_IDS, { filter: { bureauId, status: 'ACTIVE' }, first: 100, after }, authorization);
      targets.push(...(units.nodes as Target[]));
      after = units.pageInfo.hasNextPage ? (units.pageInfo.endCursor as string) : null;
    } while (after !== null);
  }
  return targets;
}

/** Runs `work` over `items` with at most `concurrency` at once. */
async function inParallel<T, R>(items: readonly T[], concurrency: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i] as T, i);
      }
    }),
  );
  return results;
}

/**
 * What the writes of the run start from: inspections with findings (recorded over GraphQL by the units' clerks)
 * and open orders on them, each awaiting its one report. The run adds to both as it writes.
 */
export async function preparePools(url: string, targets: readonly Target[], tokens: Tokens, inspections: number, ordersPerInspection: number) {
  const send = client(url);
  const chosen = Array.from({ length: inspections }, (_, i) => targets[(i * 7919) % targets.length] as Target);
  const recorded = await inParallel(chosen, 8, async (target, i): Promise<PreparedInspection> => {
    const input = recordInspectionInput(target.unitId, 1_000_000 + i, i % 2 === 0 ? ['STOREROOM_AND_EQUIPMENT'] : ['COLLECTION_TO_USE', 'DIGITAL_AND_SECURITY']);
    const { recordInspection } = await send(QUERIES.recordInspection, { input }, tokens.clerk(target.bureauId));
    const inspection = recordInspection.inspection;
    return { inspectionId: inspection.inspectionId, unitId: inspection.unitId, bureauId: inspection.bureauId, findingIds: inspection.findings.map((f: { findingId: string }) => f.findingId) };
  });
  const toOrder = recorded.flatMap((inspection) => Array.from({ length: ordersPerInspection }, () => inspection));
  const orders = await inParallel(toOrder, 8, async (inspection, i): Promise<PreparedOrder> => {
    const { orderRectification } = await send(QUERIES.orderRectification, { input: orderRectificationInput(inspection.inspectionId, inspection.findingIds, 1_000_000 + i) }, tokens.clerk(inspection.bureauId));
    const order = orderRectification.order;
    return { orderId: order.orderId, unitId: order.unitId, bureauId: order.bureauId, findingIds: order.findingIds };
  });
  return { inspections: recorded, orders };
}
