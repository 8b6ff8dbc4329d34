import Database from 'better-sqlite3';
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProgress } from '../src/cli/progress';
import type { NewEvent, RecordedEvent } from '../src/domain/shared/event';
import { ALL_PROJECTIONS } from '../projections';
import { ProjectionRunner } from '../projections/runner';
import { uuidv7 } from '../src/domain/shared/uuid';
import { configureConnection } from '../src/eventstore/sqlite/schema';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { Ledger } from '../src/ledger/ledger';
import { publicKeyInfo } from '../src/ledger/checkpoints';
import { leafHash, verifyConsistency, verifyInclusion } from '../src/ledger/merkle';
import { consistencyBetween, inclusionAt } from '../src/ledger/proofs';
import { SqliteLedgerStore } from '../src/ledger/sqlite-ledger-store';
import { SqliteReadStore } from '../src/readstore/sqlite/sqlite-read-store';
import { alternate, ROUNDS, type Measurement, type Scenario } from './measure';

/**
 * The audit trail's costs: (1) appends with and without the sealer in the inline hook — on the bare event store and
 * after the app's projections — measured in alternating rounds on the same workload, with the ratio; (2) sealing alone
 * (canonical bytes, leaf hash, subtree hashes, rows) in leaves/s; (3) a ledger of 1,000,000 leaves built from
 * synthetic leaf hashes, then inclusion and consistency proof generation (and verification) per proof at that size.
 */
export interface LedgerBenchOptions {
  dir?: string;
  /** Leaves of the large ledger (default 1,000,000). */
  leaves?: number;
  secondsPerScenario?: number;
  /** Proofs generated per kind at the large size (default 2,000). */
  proofs?: number;
}

const BATCH = 100;
const CONCURRENCY = 64;

export async function benchLedger(report: (line: string) => void, options: LedgerBenchOptions = {}): Promise<void> {
  const dir = options.dir ?? tmpdir();
  const seconds = options.secondsPerScenario ?? 4;
  const leaves = options.leaves ?? 1_000_000;
  const files: string[] = [];
  const closers: (() => unknown)[] = [];
  const newFile = (label: string): string => {
    const file = join(dir, `bench-ledger-${label}-${process.pid}-${uuidv7()}.sqlite`);
    files.push(file);
    return file;
  };
  const { privateKey } = generateKeyPairSync('ed25519');
  const signingKey = { privateKey, publicKey: publicKeyInfo(privateKey) };
  /** An event store whose inline hook seals or not, after the app's projections or alone. */
  const openStore = async (label: string, seal: boolean, projections = false): Promise<SqliteEventStore> => {
    const db = new Database(newFile(label));
    const store = new SqliteEventStore(db);
    const readStore = projections ? new SqliteReadStore(db) : null;
    const runner = readStore ? new ProjectionRunner(readStore, ALL_PROJECTIONS) : null;
    const ledger = seal ? new Ledger({ store: new SqliteLedgerStore(db), signingKey }) : null;
    if (runner || ledger) {
      store.setInlineHook((events) => {
        runner?.apply(events);
        ledger?.sealInline(events);
      });
    }
    closers.push(async () => {
      await store.close();
      await readStore?.close();
      db.close();
    });
    for (let i = 0; i < 20; i++) await store.appendToStream(`warmup-${uuidv7()}`, [benchEvent(i)]);
    return store;
  };
  report(`ledger: temp files in ${dir}, ${seconds} s per scenario, paired scenarios in ${ROUNDS} alternating rounds`);
  try {
    const [plainBatch, sealedBatch] = await alternate(seconds, batchAppends(await openStore('plain-batch', false)), batchAppends(await openStore('sealed-batch', true)));
    report(`  batch appends (${BATCH} events/append), no sealer:         ${rate(plainBatch)} events/s`);
    report(`  batch appends (${BATCH} events/append), sealed inline:     ${rate(sealedBatch)} events/s (${ratio(sealedBatch, plainBatch)} of unsealed)`);
    const [plainConc, sealedConc] = await alternate(seconds, concurrentAppends(await openStore('plain-conc', false)), concurrentAppends(await openStore('sealed-conc', true)));
    report(`  ${CONCURRENCY} concurrent single-event appends, no sealer:     ${rate(plainConc)} events/s`);
    report(`  ${CONCURRENCY} concurrent single-event appends, sealed inline: ${rate(sealedConc)} events/s (${ratio(sealedConc, plainConc)} of unsealed)`);

    const [appBatch, appSealedBatch] = await alternate(
      seconds,
      batchAppends(await openStore('app-batch', false, true)),
      batchAppends(await openStore('app-sealed-batch', true, true)),
    );
    report(`  the app's hook (projections), batch appends, no sealer:   ${rate(appBatch)} events/s`);
    report(`  the app's hook (projections), batch appends, sealed:      ${rate(appSealedBatch)} events/s (${ratio(appSealedBatch, appBatch)} of unsealed)`);

    const sealing = sealingAlone(newFile('sealing'), signingKey, 200_000);
    closers.push(sealing.close);
    const fastest = Math.max(plainBatch.count / plainBatch.ms, plainConc.count / plainConc.ms);
    report(
      `  sealing alone (canonical bytes, leaf and subtree hashes, rows; 10,000 a transaction): ${rate(sealing.measurement)} leaves/s ` +
        `(${(sealing.measurement.count / sealing.measurement.ms / fastest).toFixed(1)}x the fastest unsealed append rate)`,
    );

    const large = buildLargeLedger(newFile('large'), leaves);
    closers.push(large.close);
    report(`  building a ledger of ${leaves.toLocaleString('en-US')} synthetic leaves: ${rate(large.measurement)} leaves/s, ${(large.bytes / 1024 / 1024).toFixed(0)} MiB`);
    await proofTimes(report, large.store, leaves, options.proofs ?? 2000, signingKey);
  } finally {
    for (const close of closers.reverse()) await close();
    for (const file of files) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

function sealingAlone(file: string, signingKey: ConstructorParameters<typeof Ledger>[0]['signingKey'], count: number) {
  const db = new Database(file);
  configureConnection(db, { busyTimeoutMs: 5000 });
  const ledger = new Ledger({ store: new SqliteLedgerStore(db), signingKey });
  const events: RecordedEvent[] = Array.from({ length: count }, (_, i) => recorded(i + 1));
  // Within the append's transaction the commit is the append's: large transactions keep fsyncs out of the figure.
  const seal = db.transaction((batch: RecordedEvent[]) => ledger.sealInline(batch));
  const progress = createProgress('sealing', { unit: 'leaves' });
  const start = performance.now();
  for (let i = 0; i < count; i += 10_000) {
    seal(events.slice(i, i + 10_000));
    progress.update(Math.min(count, i + 10_000), count);
  }
  const measurement = { count, ms: performance.now() - start };
  progress.finish();
  return { measurement, close: () => db.close() };
}

function buildLargeLedger(file: string, count: number) {
  const db = new Database(file);
  configureConnection(db, { busyTimeoutMs: 5000 });
  const store = new SqliteLedgerStore(db);
  const progress = createProgress('building the large ledger', { unit: 'leaves' });
  const chunk = 10_000;
  const start = performance.now();
  for (let first = 1; first <= count; first += chunk) {
    const n = Math.min(chunk, count - first + 1);
    store.appendLeavesNow(first, Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`synthetic ${first + i}`))));
    progress.update(first + n - 1, count);
  }
  const measurement = { count, ms: performance.now() - start };
  progress.finish();
  const bytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  return { store, measurement, bytes, close: () => db.close() };
}

async function proofTimes(
  report: (line: string) => void,
  store: SqliteLedgerStore,
  size: number,
  proofs: number,
  signingKey: ConstructorParameters<typeof Ledger>[0]['signingKey'],
): Promise<void> {
  let seed = 12345;
  const random = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  const positions = Array.from({ length: proofs }, () => 1 + random(size));
  const ledger = new Ledger({ store, signingKey });
  await ledger.publishCheckpoint();

  let start = performance.now();
  const inclusions = [];
  for (const position of positions) inclusions.push(await inclusionAt(store, position, size));
  const inclusionUs = ((performance.now() - start) * 1000) / proofs;
  start = performance.now();
  for (const position of positions) await ledger.inclusionProof(position);
  const facadeUs = ((performance.now() - start) * 1000) / proofs;
  start = performance.now();
  for (const p of inclusions) if (!verifyInclusion(p.leafIndex, p.treeSize, p.leafHash, p.auditPath, p.rootHash)) throw new Error('inclusion proof failed');
  const verifyUs = ((performance.now() - start) * 1000) / proofs;
  report(`  inclusion proof at ${size.toLocaleString('en-US')} leaves: ${inclusionUs.toFixed(0)} µs to generate (${facadeUs.toFixed(0)} µs through the Ledger, with the checkpoint), ${verifyUs.toFixed(0)} µs to verify, ${inclusions[0]?.auditPath.length} hashes`);

  start = performance.now();
  const consistencies = [];
  for (const position of positions) consistencies.push(await consistencyBetween(store, position, size));
  const consistencyUs = ((performance.now() - start) * 1000) / proofs;
  start = performance.now();
  for (const c of consistencies) if (!verifyConsistency(c.fromSize, c.toSize, c.fromRoot, c.toRoot, c.proof)) throw new Error('consistency proof failed');
  const verifyConsistencyUs = ((performance.now() - start) * 1000) / proofs;
  report(`  consistency proof (random size → ${size.toLocaleString('en-US')}): ${consistencyUs.toFixed(0)} µs to generate, ${verifyConsistencyUs.toFixed(0)} µs to verify`);
}

function batchAppends(store: SqliteEventStore): Scenario {
  let n = 0;
  return async (deadline) => {
    let count = 0;
    while (performance.now() < deadline) {
      const events = Array.from({ length: BATCH }, () => benchEvent(n++));
      await store.appendToStream(`bench-${uuidv7()}`, events, { expectedRevision: 'no_stream' });
      count += BATCH;
    }
    return count;
  };
}

function concurrentAppends(store: SqliteEventStore): Scenario {
  let n = 0;
  return async (deadline) => {
    let count = 0;
    const worker = async (): Promise<void> => {
      while (performance.now() < deadline) {
        await store.appendToStream(`bench-${uuidv7()}`, [benchEvent(n++)], { expectedRevision: 'no_stream' });
        count += 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
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
      bureauId: '110105',
    },
    metadata: {
      actor: { id: 'staff-1', role: 'BUREAU_STAFF', bureauId: '110105', unitId: null },
      occurredAt: '2024-03-01T08:30:00.000+08:00',
      correlationId: uuidv7(),
      causationId: null,
      idempotencyKey: null,
    },
  };
}

function recorded(position: number): RecordedEvent {
  const event = benchEvent(position);
  return {
    ...event,
    streamId: `unit-${position}`,
    revision: 0,
    position,
    metadata: { ...event.metadata, recordedAt: '2024-03-01T00:30:00.123Z' },
  };
}

function rate({ count, ms }: Measurement): string {
  return Math.round((count * 1000) / ms).toLocaleString('en-US');
}

function ratio(a: Measurement, b: Measurement): string {
  return `${(a.count / a.ms / (b.count / b.ms)).toFixed(2)}x`;
}
