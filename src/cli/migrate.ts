import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import {
  openPostgresEventStore,
  redactUrl,
  type PostgresEventStore,
  type StoredEventText,
} from '../eventstore/postgres/postgres-event-store';
import { createProgress, type ProgressReporter } from './progress';

const USAGE = `Usage: npm run migrate -- --to <postgres URL> [--schema <name>] [--from <ledger.sqlite>] [--batch <n>]

Copies the embedded store's event log into a PostgreSQL event store, keeping every event's id, stream, revision,
global position, data and metadata (recordedAt included) byte for byte, then reads both logs again and compares
them event by event. Stop the server first (events appended during the copy would be missed by it).

  --to <url>       the PostgreSQL server (default: POSTGRES_URL), e.g. postgres://postgres@127.0.0.1:5432/ledger
  --schema <name>  the store's schema there (default aol); created if missing
  --from <file>    the SQLite file (default: DATA_DIR/ledger.sqlite, as the server uses)
  --batch <n>      events per transaction (default 1000)

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
}

export interface MigrateReport {
  /** Events in the source log. */
  events: number;
  /** Events the target already held (and were checked) before this run. */
  alreadyPresent: number;
  copied: number;
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
    return { events: head, alreadyPresent: present, copied: head - present };
  } finally {
    source.close();
    await target?.close();
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
  return { from, to, schema: values.schema, batchSize };
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
    });
    const resumed = report.alreadyPresent > 0 ? ` (${fmt(report.alreadyPresent)} were already there and matched)` : '';
    process.stdout.write(`Copied ${fmt(report.copied)} events${resumed}; all ${fmt(report.events)} verified\n`);
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
