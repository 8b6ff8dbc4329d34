import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UNITS, type UnitDoc } from '../../projections/units/units.projection';
import { RegistryService } from '../application/registry.service';
import { UnitImporter, type ImportReport } from '../application/unit-import';
import type { ImportFormat } from '../application/unit-import.parse';
import { ConfigError, loadConfig, type Config } from '../config';
import { AppError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';
import { requireId } from '../domain/shared/text';
import { uuidv7 } from '../domain/shared/uuid';
import type { SigningKeySource } from '../ledger';
import { openEmbeddedStores } from '../main';
import { createPhasedProgress } from './progress';

const USAGE = `Usage: npm run import -- <file.csv|file.xlsx> [--bureau <bureauId>] [--valid-rows] [--actor <id>] [--dry-run]

Registers the units of a bureau's list (CSV in UTF-8, a BOM is fine, or XLSX; the first row names the columns,
in English or Chinese). Every row is checked first; a file with bad rows writes nothing unless --valid-rows.
Re-importing the same file is harmless: rows already registered with the same details count as unchanged.

  --bureau <id>   bureau for rows without a bureau column (a bureau's id is its region code, e.g. 330000)
  --valid-rows    register the valid rows even when other rows are bad
  --actor <id>    who is recorded on the events (default cli-import), with the role SYSTEM
  --dry-run       check every row as the import would (bureau, region, duplicates included) and write nothing
Uses DATA_DIR like the server (the server may keep running). Exit code: 0 all rows fine, 1 rows or the file
rejected, 2 usage error.`;

class UsageError extends Error {}

interface ImportArgs {
  file: string;
  format: ImportFormat;
  bureauId: string | null;
  importValidRows: boolean;
  dryRun: boolean;
  actorId: string;
}

const FORMATS: Readonly<Record<string, ImportFormat>> = { '.csv': 'CSV', '.xlsx': 'XLSX' };

function parseImportArgs(argv: string[]): ImportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        bureau: { type: 'string' },
        'valid-rows': { type: 'boolean', default: false },
        actor: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name the file to import' : 'one file at a time');
  // `npm run` starts us in the package folder; a relative path means the folder the user typed it in.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] as string);
  const format = FORMATS[path.extname(file).toLowerCase()];
  if (!format) throw new UsageError(`${file}: the file name must end in .csv or .xlsx`);
  if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
  return {
    file,
    format,
    bureauId: values.bureau?.trim() || null,
    importValidRows: values['valid-rows'] === true,
    dryRun: values['dry-run'] === true,
    actorId: checked(() => requireId(values.actor ?? 'cli-import', '--actor')),
  };
}

function checked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw error instanceof AppError ? new UsageError(error.message) : error;
  }
}

/**
 * Who the events record. The CLI runs on the server with direct access to the data file, past the API's
 * authentication seam, so it cannot vouch that the person is a bureau's staff: it records the role SYSTEM and the
 * operator's `--actor` id (default cli-import). The correlation id, one per run, ties a file's events together.
 */
function cliActor(id: string): Actor {
  return { id, role: 'SYSTEM' };
}

export function formatReport(report: ImportReport, dryRun: boolean): string[] {
  const counts = dryRun
    ? `rows ${report.rows}, would register ${report.rows - report.unchanged - report.rejected}, unchanged ${report.unchanged}, rejected ${report.rejected}`
    : `rows ${report.rows}, imported ${report.imported}, unchanged ${report.unchanged}, rejected ${report.rejected}`;
  const lines = [counts, ...report.errors.map((e) => `line ${e.line}, field ${e.field}: ${e.reason} — ${e.message}`)];
  if (dryRun) {
    lines.push('Dry run: nothing was written.');
  } else if (!report.applied) {
    lines.push(`Nothing was written: ${report.rejected} row(s) have errors. Fix them, or pass --valid-rows to register the valid rows.`);
  }
  return lines;
}

async function main(argv: string[]): Promise<number> {
  let args: ImportArgs | 'help';
  let sqliteFile: string;
  let signingKey: SigningKeySource;
  let privacy: Config['privacy'];
  let countingKinds: Config['accountability']['countingKinds'];
  try {
    args = parseImportArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const config = loadConfig();
    sqliteFile = config.sqliteFile;
    signingKey = config.ledger.signingKey;
    privacy = config.privacy;
    countingKinds = config.accountability.countingKinds;
    if (!existsSync(sqliteFile)) throw new UsageError(`no data file at ${sqliteFile}: set DATA_DIR to the server's data folder`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`import: ${error.message}\n(npm run import -- --help for usage)\n`);
      return 2;
    }
    throw error;
  }

  const { db, eventStore, rawEventStore, readStore, ledger } = openEmbeddedStores(sqliteFile, signingKey, undefined, undefined, { privacy, countingKinds });
  try {
    await ledger.catchUp(rawEventStore); // (as stored: the ledger hashes stored bytes) a file written before the ledger existed: seal it before appending
    const registry = new RegistryService(eventStore);
    if (args.bureauId !== null && (await registry.loadBureau(args.bureauId)).status !== 'established') {
      process.stderr.write(`import: bureau ${args.bureauId} does not exist (a bureau's id is its region code)\n`);
      return 2;
    }
    const importer = new UnitImporter(registry, (ids) => readStore.getMany<UnitDoc>(UNITS, ids));
    const correlationId = uuidv7();
    const mode = args.dryRun ? 'Checking (dry run)' : 'Importing';
    process.stderr.write(`${mode} ${args.file} (${args.format}) against ${sqliteFile}, correlation id ${correlationId}\n`);
    const progress = createPhasedProgress('import', { unit: 'rows' });
    let report: ImportReport;
    try {
      report = await importer.import({
        format: args.format,
        content: readFileSync(args.file),
        defaultBureauId: args.bureauId,
        importValidRows: args.importValidRows,
        dryRun: args.dryRun,
        metadata: { actor: cliActor(args.actorId), occurredAt: new Date().toISOString(), correlationId, causationId: null, idempotencyKey: null },
        progress: progress.update,
      });
    } catch (error) {
      progress.finish();
      // The file as a whole is refused (missing columns, unreadable): a rejection, not a usage error.
      if (!(error instanceof AppError)) throw error;
      process.stdout.write(`The file was rejected: ${error.reason} — ${error.message}\n`);
      return 1;
    }
    // Progress counts rows checked, then rows registered; rows found unchanged reach neither.
    progress.finish(`${report.rows.toLocaleString('en-US')} rows read`);
    process.stdout.write(`${formatReport(report, args.dryRun).join('\n')}\n`);
    return report.rejected > 0 ? 1 : 0;
  } finally {
    await eventStore.close();
    await readStore.close();
    db.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
