import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Client, Pool } from 'pg';
import { createProgress } from '../src/cli/progress';
import type { NewEvent } from '../src/domain/shared/event';
import { uuidv7 } from '../src/domain/shared/uuid';
import { openPostgresEventStore, type PostgresEventStore } from '../src/eventstore/postgres/postgres-event-store';

/**
 * The PostgreSQL event store next to bare `pg` inserts of the same rows and next to Emmett's PostgreSQL event store
 * (`@event-driven-io/emmett-postgresql`) appending the same events, in one run, against the same server, in a
 * database of its own (`aol_bench`, dropped and created again each run). Each contender appends the same
 * events: one at a time (each append acknowledged before the next), then 64 at a time, then reads them back.
 */
const SEQUENTIAL = 1_000;
const CONCURRENT = 8_000;
const IN_FLIGHT = 64;
const DATABASE = 'aol_bench';

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

function sample(i: number): NewEvent {
  return {
    id: uuidv7(),
    type: 'InspectionConducted',
    schemaVersion: 2,
    data: { inspectionId: `bench-${i}`, bureauId: '330106', unitId: `91330106MA2${String(i).padStart(7, '0')}`, kind: 'ANNUAL', day: '2025-03-10', inspectors: [{ personId: 'p-1', name: '王检查', credentialNumber: '浙档执 001' }], results: [], findings: [], conclusion: '档案工作符合要求', evidence: [] },
    metadata: { actor: { id: 'bench', role: 'SYSTEM' }, occurredAt: '2025-03-10T02:00:00.000Z', correlationId: uuidv7() },
  };
}

/** Runs `count` tasks with at most `inFlight` at once; resolves with the rate per second. */
async function rate(count: number, inFlight: number, task: (i: number) => Promise<unknown>, label: string): Promise<number> {
  const progress = createProgress(label, { unit: 'events' });
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await task(i);
      if (++done % 200 === 0) progress.update(done, count);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return count / progress.finish();
}

async function ensureDatabase(adminUrl: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // A fresh database each run: Emmett records its schema migrations there, and a half-dropped schema confuses it.
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

export async function benchPostgres(report: (line: string) => void, adminUrl = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'): Promise<void> {
  let url: string;
  try {
    url = await ensureDatabase(adminUrl);
  } catch (error) {
    report(`  skipped: no PostgreSQL at ${adminUrl.replace(/\/\/[^@]*@/, '//')} (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  const pool = new Pool({ connectionString: url, max: 10 });
  await pool.query(`CREATE TABLE bare_events (position bigserial PRIMARY KEY, id uuid NOT NULL UNIQUE, stream_id text NOT NULL, revision integer NOT NULL,
    type text NOT NULL, schema_version integer NOT NULL, data text NOT NULL, metadata text NOT NULL, UNIQUE (stream_id, revision))`);
  const ours: PostgresEventStore = await openPostgresEventStore(url, { schema: 'bench_aol', poolSize: 10 });
  const emmett = getPostgreSQLEventStore(url, { connectionOptions: { pooled: true } as never });
  const events = Array.from({ length: SEQUENTIAL + CONCURRENT }, (_, i) => sample(i));
  try {
    const bareInsert = (stream: string) => (i: number) => {
      const e = events[i] as NewEvent;
      const metadata = { ...e.metadata, recordedAt: new Date().toISOString() };
      return pool.query('INSERT INTO bare_events (id, stream_id, revision, type, schema_version, data, metadata) VALUES ($1, $2, 0, $3, $4, $5, $6)', [e.id, `${stream}-${i}`, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(metadata)]);
    };
    const oursAppend = (stream: string) => (i: number) => ours.appendToStream(`${stream}-${i}`, [events[i] as NewEvent], { expectedRevision: 'no_stream' });
    const emmettAppend = (stream: string) => (i: number) => {
      const e = events[i] as NewEvent;
      return emmett.appendToStream(`${stream}-${i}`, [{ type: e.type, data: e.data as Record<string, unknown>, metadata: e.metadata as unknown as Record<string, unknown> }]);
    };
    report(`  ${fmt(SEQUENTIAL)} single-event appends one at a time, then ${fmt(CONCURRENT)} with ${IN_FLIGHT} in flight (new streams, expected revision checked):`);
    const bareSeq = await rate(SEQUENTIAL, 1, bareInsert('seq'), 'postgres: bare inserts, one at a time');
    const oursSeq = await rate(SEQUENTIAL, 1, oursAppend('seq'), 'postgres: our appends, one at a time');
    const emmettSeq = await rate(SEQUENTIAL, 1, emmettAppend('seq'), 'postgres: emmett appends, one at a time');
    const bareCon = await rate(CONCURRENT, IN_FLIGHT, (i) => bareInsert('con')(SEQUENTIAL + i), 'postgres: bare inserts, 64 in flight');
    const oursCon = await rate(CONCURRENT, IN_FLIGHT, (i) => oursAppend('con')(SEQUENTIAL + i), 'postgres: our appends, 64 in flight');
    const emmettCon = await rate(CONCURRENT, IN_FLIGHT, (i) => emmettAppend('con')(SEQUENTIAL + i), 'postgres: emmett appends, 64 in flight');
    report(`  one at a time: bare pg ${fmt(bareSeq)}/s; ours ${fmt(oursSeq)}/s (${ratio(oursSeq, bareSeq)} bare); emmett ${fmt(emmettSeq)}/s (${ratio(emmettSeq, bareSeq)} bare); ours/emmett ${ratio(oursSeq, emmettSeq)}`);
    report(`  ${IN_FLIGHT} in flight: bare pg ${fmt(bareCon)}/s; ours ${fmt(oursCon)}/s (${ratio(oursCon, bareCon)} bare); emmett ${fmt(emmettCon)}/s (${ratio(emmettCon, bareCon)} bare); ours/emmett ${ratio(oursCon, emmettCon)}`);

    // Reading the whole log back in global order, 1,000 at a time.
    const total = SEQUENTIAL + CONCURRENT;
    let started = performance.now();
    for (let after = 0; ; ) {
      const rows = await pool.query<{ position: string }>('SELECT position, id, stream_id, revision, type, schema_version, data, metadata FROM bare_events WHERE position > $1 ORDER BY position LIMIT 1000', [after]);
      if (rows.rows.length === 0) break;
      for (const row of rows.rows as unknown as { data: string; metadata: string }[]) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
      }
      after = Number(rows.rows[rows.rows.length - 1]?.position);
    }
    const bareRead = total / ((performance.now() - started) / 1000);
    started = performance.now();
    let read = 0;
    for (let after = 0; ; ) {
      const batch = await ours.readAll({ after, maxCount: 1000 });
      if (batch.length === 0) break;
      read += batch.length;
      after = batch[batch.length - 1]?.position as number;
    }
    const oursRead = read / ((performance.now() - started) / 1000);
    report(`  reading the log in global order, 1,000 at a time: bare pg ${fmt(bareRead)} events/s; ours ${fmt(oursRead)} events/s (${ratio(oursRead, bareRead)} bare)`);
    // One stream of 1,000 events, read whole, 20 times.
    await ours.appendToStream('bench-long', events.slice(0, 1000).map((e) => ({ ...e, id: uuidv7() })));
    await emmett.appendToStream('bench-long', events.slice(0, 1000).map((e) => ({ type: e.type, data: e.data as Record<string, unknown> })));
    const reads = 20;
    started = performance.now();
    for (let k = 0; k < reads; k++) await ours.readStream('bench-long');
    const oursStream = (reads * 1000) / ((performance.now() - started) / 1000);
    started = performance.now();
    for (let k = 0; k < reads; k++) await emmett.readStream('bench-long');
    const emmettStream = (reads * 1000) / ((performance.now() - started) / 1000);
    report(`  reading a 1,000-event stream: ours ${fmt(oursStream)} events/s; emmett ${fmt(emmettStream)} events/s (ours/emmett ${ratio(oursStream, emmettStream)})`);
  } finally {
    await ours.close();
    await emmett.close();
    await pool.end();
  }
}
