import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import {
  openPostgresEventStore,
  redactUrl,
  type PostgresEventStore,
  type StoredEventText,
} from '../eventstore/postgres/postgres-event-store';
import { parseMasterKey } from '../privacy/master-key';
import { findWrappingKey, inspectKeyFile, migrateKeys, type KeyMigrationReport } from '../privacy/migrate-keys';
import { PostgresKeyRecords } from '../privacy/postgres-key-store';
import { createProgress, type ProgressReporter } from './progress';

const USAGE = `Usage: npm run migrate -- --to <postgres URL> [--schema <name>] [--from <ledger.sqlite>] [--batch <n>]
                           [--from-master-key <file>]

Copies the embedded store's event log into a PostgreSQL event store, keeping every event's id, stream, revision,
global position, data and metadata (recordedAt included) byte for byte, then reads both logs again and compares
them event by event. Stop the server first (events appended during the copy would be missed by it).

  --to <url>       the PostgreSQL server (default: POSTGRES_URL), e.g. postgres://postgres@127.0.0.1:5432/ledger
  --schema <name>  the store's schema there (default aol); created if missing
  --from <file>    the SQLite file (default: DATA_DIR/ledger.sqlite, as the server uses)
  --batch <n>      events per transaction (default 1000)
  --from-master-key <file>
                   a file holding the embedded deployment's master key (base64), when it is neither MASTER_KEY
                   nor the master-key file beside --from

Personal data: the log's personal fields are copied as they are stored (envelopes under each subject's key), so
the subjects' keys follow. When keys.sqlite lies beside --from (DATA_DIR/keys.sqlite), its keys are unwrapped with
the embedded master key (MASTER_KEY, or the master-key file beside --from) and wrapped again with MASTER_KEY into
the table <schema>.subject_keys (KEY_STORE=postgres, the default with EVENT_STORE=postgres), and its tombstones are
copied as tombstones: an erased subject stays erased. MASTER_KEY is then required: the one every API instance and
the projector will be given. The two master keys may be the same. Keys already in the table are kept.

Resumable: a target that already holds the beginning of the same log (an interrupted run) is checked and
continued; a target that differs from the source, or holds more, is refused and left untouched.
Only the event log is copied: the read models are rebuilt from it, and the audit trail's ledger re-seals it in
the same order, giving the same leaves (the canonical bytes depend only on what is copied).
Exit code: 0 copied and verified, 1 refused or failed, 2 usage error.`;

class UsageError extends Error {}

/** A refusal with a reason meant for the operator (the target differs, the source is not a log we wrote, ...). */
export class MigrationError extends Error {}

export interface MigrateOptions {
  /** The SQLite file of the embedded store. */
  from: string;
  /** The PostgreSQL URL. */
  to: string;
  schema?: string;
  batchSize?: number;
  /** Progress of the copy and of the verification; default: none. */
  progress?: (phase: 'copy' | 'verify') => ProgressReporter;
  /** The subjects' keys to copy into <schema>.subject_keys once the log is copied and verified; default: none. */
  keys?: KeyMigrationPlan;
}

/** DATA_DIR/keys.sqlite into the PostgreSQL key store: see keyMigrationPlan. */
export interface KeyMigrationPlan {
  file: string;
  /** The master key that wrapped the file's keys (the embedded deployment's). */
  fromMasterKey: Buffer;
  /** Where it came from, for the report: MASTER_KEY, or a file. */
  fromMasterKeyName: string;
  /** MASTER_KEY: the server's. */
  toMasterKey: Buffer;
  /** What the file holds. */
  keys: number;
  tombstones: number;
}

export interface MigrateReport {
  /** Events in the source log. */
  events: number;
  /** Events the target already held (and were checked) before this run. */
  alreadyPresent: number;
  copied: number;
  /** The keys and tombstones copied into <schema>.subject_keys; undefined when there was no key store to copy. */
  keys?: KeyMigrationReport;
}

type SourceRow = [
  position: number,
  id: string,
  streamId: string,
  revision: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  recordedAt: string,
];

/** Copies the log of `from` into the PostgreSQL store at `to`, then verifies counts and content. */
export async function migrateSqliteToPostgres(options: MigrateOptions): Promise<MigrateReport> {
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? 1000));
  if (!existsSync(options.from)) throw new MigrationError(`no SQLite file at ${options.from}`);
  const source = new Database(options.from, { readonly: true, fileMustExist: true });
  let target: PostgresEventStore | undefined;
  try {
    const hasTable = source.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'`).get();
    if (!hasTable) throw new MigrationError(`${options.from} holds no event log (no events table)`);
    const readSource = source
      .prepare<[number, number], SourceRow>(
        `SELECT position, id, stream_id, revision, type, schema_version, data, metadata, recorded_at
           FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw(true);
    const { head, count } = source.prepare('SELECT coalesce(max(position), 0) AS head, count(*) AS count FROM events').get() as {
      head: number;
      count: number;
    };
    if (head !== count) throw new MigrationError(`the source log is not dense: ${count} events up to position ${head}`);

    target = await openPostgresEventStore(options.to, { schema: options.schema ?? 'aol', poolSize: 2 });
    const present = await target.headPosition();
    if (present > head) {
      throw new MigrationError(`the target already holds ${present} events, more than the source's ${head}: not this log`);
    }
    // Resuming: what is there must be the beginning of this very log.
    if (present > 0) await compare(readSource, target, present, batchSize, options.progress?.('verify'));

    const copyProgress = options.progress?.('copy');
    for (let after = present; after < head; ) {
      const rows = readSource.all(after, batchSize);
      await target.importStored(rows.map(toStoredText));
      after = (rows[rows.length - 1] as SourceRow)[0];
      copyProgress?.update(after - present, head - present);
    }
    copyProgress?.finish();

    await compare(readSource, target, head, batchSize, options.progress?.('verify'));
    const targetHead = await target.headPosition();
    if (targetHead !== head) throw new MigrationError(`after the copy the target ends at ${targetHead}, the source at ${head}`);
    // The keys last: into a target whose log was refused above, nothing is written. Idempotent, so a run
    // interrupted here is finished by running it again (the log is then only verified).
    const keys = options.keys ? await copyKeys(options.keys, options.to, options.schema ?? 'aol') : undefined;
    return { events: head, alreadyPresent: present, copied: head - present, ...(keys ? { keys } : {}) };
  } finally {
    source.close();
    await target?.close();
  }
}

async function copyKeys(plan: KeyMigrationPlan, to: string, schema: string): Promise<KeyMigrationReport> {
  const records = await PostgresKeyRecords.open(to, schema, { poolSize: 1 });
  try {
    return await migrateKeys(plan.file, plan.fromMasterKey, records, plan.toMasterKey);
  } finally {
    await records.close();
  }
}

/**
 * The keys to copy with the log at `from`: keys.sqlite beside it (DATA_DIR/keys.sqlite), null when there is none
 * (encryption was off). Its keys were wrapped with the embedded deployment's master key: `--from-master-key`'s file,
 * or else MASTER_KEY or the master-key file beside `from`, whichever unwraps them; they are wrapped again with
 * MASTER_KEY, which is required when there are keys. Reads only: nothing is written before the plan is whole.
 */
export function keyMigrationPlan(from: string, env: NodeJS.ProcessEnv, fromMasterKeyFile?: string): KeyMigrationPlan | null {
  const dir = path.dirname(path.resolve(from));
  const file = path.join(dir, 'keys.sqlite');
  if (!existsSync(file)) return null;
  let contents;
  try {
    contents = inspectKeyFile(file);
  } catch (error) {
    throw new UsageError(`the key store beside the log: ${(error as Error).message}`);
  }
  const plan = { file, keys: contents.keys, tombstones: contents.tombstones };
  // Tombstones alone need no master key (they hold none): nothing is wrapped or unwrapped.
  if (!contents.sample) {
    const unused = randomBytes(32);
    return { ...plan, fromMasterKey: unused, fromMasterKeyName: 'none (no keys)', toMasterKey: unused };
  }
  const inline = env.MASTER_KEY?.trim();
  if (!inline) {
    throw new UsageError(
      `${file} holds ${contents.keys} subject keys: set MASTER_KEY, the master key the server's instances will share ` +
        `(base64 of 32 bytes, e.g. \`openssl rand -base64 32\`; it may be the embedded one), to wrap them again in ` +
        `the PostgreSQL key store`,
    );
  }
  const toMasterKey = readKey(() => parseMasterKey(inline, 'MASTER_KEY'));
  const candidates: { key: Buffer; name: string }[] = [];
  if (fromMasterKeyFile !== undefined) {
    if (!existsSync(fromMasterKeyFile)) throw new UsageError(`--from-master-key: no file at ${fromMasterKeyFile}`);
    candidates.push({ key: readKey(() => parseMasterKey(readFileSync(fromMasterKeyFile, 'utf8'), fromMasterKeyFile)), name: fromMasterKeyFile });
  } else {
    candidates.push({ key: toMasterKey, name: 'MASTER_KEY' });
    const generated = path.join(dir, 'master-key');
    if (existsSync(generated)) candidates.push({ key: readKey(() => parseMasterKey(readFileSync(generated, 'utf8'), generated)), name: generated });
  }
  const found = findWrappingKey(contents.sample, candidates);
  if (!found) {
    throw new UsageError(
      `the keys in ${file} do not unwrap with ${candidates.map((c) => c.name).join(' nor with ')}: give the embedded ` +
        `deployment's master key with --from-master-key <file>`,
    );
  }
  return { ...plan, fromMasterKey: found.key, fromMasterKeyName: found.name, toMasterKey };
}

function readKey(read: () => Buffer): Buffer {
  try {
    return read();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Compares positions 1..upTo of both logs, field by field, text by text; throws at the first difference. */
async function compare(
  readSource: Database.Statement<[number, number], SourceRow>,
  target: PostgresEventStore,
  upTo: number,
  batchSize: number,
  progress: ProgressReporter | undefined,
): Promise<void> {
  for (let after = 0; after < upTo; ) {
    const limit = Math.min(batchSize, upTo - after);
    const expected = readSource.all(after, limit).map(toStoredText);
    const actual = await target.readStoredText(after, limit);
    for (let i = 0; i < expected.length; i++) {
      const want = expected[i] as StoredEventText;
      const got = actual[i];
      if (!got) throw new MigrationError(`the target has no event at position ${want.position}`);
      const field = (Object.keys(want) as (keyof StoredEventText)[]).find((key) => want[key] !== got[key]);
      if (field) {
        throw new MigrationError(
          `the target differs from the source at position ${want.position} (${field}: ${JSON.stringify(got[field]).slice(0, 80)} ` +
            `where the source has ${JSON.stringify(want[field]).slice(0, 80)})`,
        );
      }
    }
    if (expected.length === 0) break;
    after = (expected[expected.length - 1] as StoredEventText).position;
    progress?.update(after, upTo);
  }
  progress?.finish();
}

function toStoredText(row: SourceRow): StoredEventText {
  return {
    position: row[0],
    id: row[1],
    streamId: row[2],
    revision: row[3],
    type: row[4],
    schemaVersion: row[5],
    data: row[6],
    metadata: row[7],
    recordedAt: row[8],
  };
}

interface MigrateArgs {
  from: string;
  to: string;
  schema: string;
  batchSize: number;
  keys: KeyMigrationPlan | null;
}

function parseMigrateArgs(argv: string[], env: NodeJS.ProcessEnv): MigrateArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        to: { type: 'string' },
        schema: { type: 'string', default: 'aol' },
        from: { type: 'string' },
        batch: { type: 'string', default: '1000' },
        'from-master-key': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const to = values.to ?? env.POSTGRES_URL;
  if (!to) throw new UsageError('name the PostgreSQL server: --to <url> (or set POSTGRES_URL)');
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new UsageError('--batch is a whole number from 1 to 100000');
  }
  let from = values.from;
  if (from === undefined) {
    try {
      from = loadConfig(env).sqliteFile;
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(`configuration: ${error.message}`);
      throw error;
    }
  }
  return { from, to, schema: values.schema, batchSize, keys: keyMigrationPlan(from, env, values['from-master-key']) };
}

/** `npm run migrate`: exit 0 when copied and verified, 1 when refused or failed, 2 on a usage error. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: MigrateArgs | 'help';
  try {
    args = parseMigrateArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`migrate: ${error.message}\n(npm run migrate -- --help for usage)\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.stderr.write(`Copying ${args.from} into ${redactUrl(args.to)}, schema ${args.schema}\n`);
  try {
    const report = await migrateSqliteToPostgres({
      from: args.from,
      to: args.to,
      schema: args.schema,
      batchSize: args.batchSize,
      progress: (phase) => createProgress(phase, { unit: 'events' }),
      ...(args.keys ? { keys: args.keys } : {}),
    });
    const resumed = report.alreadyPresent > 0 ? ` (${fmt(report.alreadyPresent)} were already there and matched)` : '';
    process.stdout.write(`Copied ${fmt(report.copied)} events${resumed}; all ${fmt(report.events)} verified\n`);
    if (args.keys && report.keys) {
      const wrapped = report.keys.keys > 0 ? `, wrapped again with MASTER_KEY (they were wrapped with ${args.keys.fromMasterKeyName}); keys already there were kept` : '';
      process.stdout.write(
        `Copied ${fmt(report.keys.keys)} subject keys and ${fmt(report.keys.tombstones)} tombstones from ${args.keys.file} into ${args.schema}.subject_keys${wrapped}\n`,
      );
    } else {
      process.stdout.write(`No key store beside the log (${path.join(path.dirname(path.resolve(args.from)), 'keys.sqlite')}): no subject keys copied\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`migrate: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
