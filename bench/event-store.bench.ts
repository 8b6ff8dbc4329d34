import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '../src/domain/shared/event';
import { uuidv7 } from '../src/domain/shared/uuid';
import { configureConnection, ensureSchema } from '../src/eventstore/sqlite/schema';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { alternate, ROUNDS, timed, type Measurement, type Scenario } from './measure';

/**
 * Event store throughput next to bare better-sqlite3 doing the same durable work on the same row shape
 * (WAL, synchronous=FULL, one transaction per insert), each scenario on its own temp file. A store figure and the
 * bare figure it is compared with are measured in alternating rounds, so that a change in machine load (fsync
 * latency varies a lot on shared disks) hits both sides alike.
 */
export interface EventStoreBenchOptions {
  /** Folder for the temp files (default: the OS temp folder). fsync cost depends on the disk under it. */
  dir?: string;
  /** Seconds of measurement per scenario (default 4). */
  secondsPerScenario?: number;
}

const CONCURRENCY = 64;
const BATCH = 100;
const STREAM_LENGTH = 1_000;

export async function benchEventStore(report: (line: string) => void, options: EventStoreBenchOptions = {}): Promise<void> {
  const dir = options.dir ?? tmpdir();
  const seconds = options.secondsPerScenario ?? 4;
  const files: string[] = [];
  const newFile = (label: string): string => {
    const path = join(dir, `bench-${label}-${process.pid}-${uuidv7()}.sqlite`);
    files.push(path);
    return path;
  };
  const opened: { close(): unknown }[] = [];
  const openStore = async (label: string): Promise<SqliteEventStore> => {
    const store = SqliteEventStore.open(newFile(label));
    opened.push(store);
    // Warm-up: statements, page cache, JIT.
    for (let i = 0; i < 20; i++) await store.appendToStream(`warmup-${uuidv7()}`, [benchEvent(i)]);
    return store;
  };
  report(`event store: temp files in ${dir}, ${seconds} s per scenario, paired scenarios in ${ROUNDS} alternating rounds`);
  try {
    const bareDb = openBare(newFile('bare'));
    opened.push(bareDb);
    const sequentialStore = await openStore('seq');
    const [bare, sequential] = await alternate(seconds, bareInserts(bareDb), sequentialAppends(sequentialStore));
    report(`  bare better-sqlite3 durable inserts (1 row/tx):       ${rate(bare)} rows/s`);
    report(`  store sequential single-event appends:                ${rate(sequential)} appends/s (${ratio(sequential, bare)} bare)`);

    const concurrent = await timed(seconds, concurrentAppends(await openStore('conc')));
    report(
      `  store concurrent single-event appends (${CONCURRENCY} in flight): ${rate(concurrent)} appends/s (${ratio(concurrent, bare)} bare)`,
    );

    const batches = await timed(seconds, batchAppends(await openStore('batch')));
    report(`  store batch appends (${BATCH} events/append):              ${rate(batches)} events/s (${ratio(batches, bare)} bare rows/s)`);

    const readStore = await openStore('read');
    const streamId = `bench-${uuidv7()}`;
    for (let i = 0; i < STREAM_LENGTH; i += BATCH) {
      await readStore.appendToStream(streamId, Array.from({ length: BATCH }, (_, j) => benchEvent(i + j)));
    }
    const [bareReads, storeReads] = await alternate(
      seconds / 2,
      bareStreamReads(readStore.database, streamId),
      storeStreamReads(readStore, streamId),
    );
    report(`  bare SELECT + JSON.parse(data), ${STREAM_LENGTH}-event stream:   ${rate(bareReads)} reads/s`);
    report(`  store readStream of the same stream:                  ${rate(storeReads)} reads/s (${ratio(storeReads, bareReads)} bare)`);
  } finally {
    for (const closable of opened) await closable.close();
    for (const file of files) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

function openBare(path: string): Database.Database {
  const db = new Database(path);
  configureConnection(db, { busyTimeoutMs: 5000 });
  ensureSchema(db);
  return db;
}

/** The baseline: the same row shape, serialised the same way, one autocommit INSERT (one fsync) per row. */
function bareInserts(db: Database.Database): Scenario {
  const insert = db.prepare(
    `INSERT INTO events (id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  const insertOne = (): void => {
    const event = benchEvent(n++);
    const recordedAt = new Date().toISOString();
    const metadata = JSON.stringify({ ...event.metadata, recordedAt });
    insert.run(event.id, `bench-${uuidv7()}`, 0, event.type, event.schemaVersion, JSON.stringify(event.data), metadata, recordedAt);
  };
  for (let i = 0; i < 20; i++) insertOne(); // warm-up, as for the store
  return async (deadline) => {
    let count = 0;
    for (; performance.now() < deadline; count++) insertOne();
    return count;
  };
}

function sequentialAppends(store: SqliteEventStore): Scenario {
  let n = 0;
  return async (deadline) => {
    let count = 0;
    for (; performance.now() < deadline; count++) {
      await store.appendToStream(`bench-${uuidv7()}`, [benchEvent(n++)], { expectedRevision: 'no_stream' });
    }
    return count;
  };
}

function concurrentAppends(store: SqliteEventStore): Scenario {
  return async (deadline) => {
    let count = 0;
    const worker = async (): Promise<void> => {
      while (performance.now() < deadline) {
        await store.appendToStream(`bench-${uuidv7()}`, [benchEvent(count)], { expectedRevision: 'no_stream' });
        count += 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return count;
  };
}

/** Counts events, not appends. */
function batchAppends(store: SqliteEventStore): Scenario {
  return async (deadline) => {
    let count = 0;
    while (performance.now() < deadline) {
      const events = Array.from({ length: BATCH }, () => benchEvent(count++));
      await store.appendToStream(`bench-${uuidv7()}`, events, { expectedRevision: 'no_stream' });
    }
    return count;
  };
}

/** The same rows as readStream selects, with the event data parsed. */
function bareStreamReads(db: Database.Database, streamId: string): Scenario {
  const select = db.prepare<[string], { data: string | object }>(
    `SELECT position, id, stream_id, revision, type, schema_version, data, metadata
     FROM events WHERE stream_id = ? ORDER BY revision`,
  );
  return async (deadline) => {
    let count = 0;
    for (; performance.now() < deadline; count++) {
      const rows = select.all(streamId);
      for (const row of rows) row.data = JSON.parse(row.data as string) as object;
      if (rows.length !== STREAM_LENGTH) throw new Error('bare read: wrong row count');
    }
    return count;
  };
}

function storeStreamReads(store: SqliteEventStore, streamId: string): Scenario {
  return async (deadline) => {
    let count = 0;
    for (; performance.now() < deadline; count++) {
      if ((await store.readStream(streamId)).length !== STREAM_LENGTH) throw new Error('readStream: wrong count');
    }
    return count;
  };
}



function benchEvent(n: number): NewEvent {
  return {
    id: uuidv7(),
    type: 'UnitRegistered',
    schemaVersion: 1,
    data: {
      unitId: `91110000${String(n).padStart(9, '0')}X`,
      name: `第${n}档案室 Grassroots Unit ${n}`,
      category: 'ENTERPRISE',
      region: { code: '110105', name: '朝阳区' },
      bureauId: 'bureau-110105',
      archivist: { name: '张三', phone: '010-12345678' },
    },
    metadata: {
      actor: { id: 'staff-1', role: 'BUREAU_STAFF', bureauId: 'bureau-110105', unitId: null },
      occurredAt: '2024-03-01T08:30:00.000+08:00',
      correlationId: uuidv7(),
      causationId: null,
      idempotencyKey: null,
    },
  };
}

function rate({ count, ms }: Measurement): string {
  return Math.round((count * 1000) / ms).toLocaleString('en-US');
}

function ratio(a: Measurement, b: Measurement): string {
  return `${(a.count / a.ms / (b.count / b.ms)).toFixed(2)}x`;
}
