import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { SqliteLedgerStore, SqliteLogReader, verifyAuditExport, verifyStore, type ExportVerdict, type StoreVerdict } from '../ledger';
import { parsePublicKey } from '../ledger/checkpoints';
import { createProgress } from './progress';

const USAGE = `Usage: npm run verify -- <export.json> [--public-key <file>] [--json]
       npm run verify -- --store [--public-key <file>] [--json]

Checks an auditor's export (GET /exports/audit.json) offline: the checkpoint's Ed25519 signature, then, for every
event, its canonical bytes, its leaf hash and its Merkle inclusion proof against the signed root. Prints a verdict
per event. Needs no server, no database and no network.

  --public-key <file>  the key you were given (PEM or base64 SPKI); the export's own key must be this one
  --store              verify the embedded store in DATA_DIR instead: every event against its sealed leaf, the
                       stored subtrees and every signed checkpoint (read-only; the server may keep running)
  --json               print the verdict as JSON
Exit code: 0 everything verified, 1 something did not, 2 usage error.`;

class UsageError extends Error {}

export interface VerifyIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Folder relative paths are taken from (npm run starts in the package folder; INIT_CWD is the user's). */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function runVerify(argv: string[], io: VerifyIo): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'public-key': { type: 'string' },
        store: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (values.store ? positionals.length !== 0 : positionals.length !== 1) {
      throw new UsageError(values.store ? '--store takes no file' : 'name one export file');
    }
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const keyText = values['public-key'] === undefined ? undefined : readText(path.resolve(io.cwd, values['public-key']), 'public key');
    if (keyText !== undefined && !parsePublicKey(keyText)) throw new UsageError(`${values['public-key']}: not an Ed25519 public key (PEM or base64 SPKI)`);
    if (values.store) return await verifyEmbeddedStore(io, keyText, values.json === true);
    const file = path.resolve(io.cwd, positionals[0] as string);
    let document: unknown;
    try {
      document = JSON.parse(readText(file, 'export'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${file}: not JSON (${(error as Error).message})`);
    }
    const verdict = verifyAuditExport(document, keyText === undefined ? {} : { trustedPublicKey: keyText });
    io.out(values.json ? `${JSON.stringify(verdict, null, 2)}\n` : describeExport(verdict, file, keyText !== undefined));
    return verdict.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new UsageError(`${file}: no such ${what} file`);
  return readFileSync(file, 'utf8');
}

function describeExport(verdict: ExportVerdict, file: string, pinned: boolean): string {
  const lines = [`${file}`];
  if (verdict.malformed) return `${lines[0]}\nFAILED: ${verdict.malformed}\n`;
  const c = verdict.checkpoint;
  lines.push(
    `checkpoint: ${c.treeSize} events, root ${c.rootHash}, issued ${c.issuedAt}, key ${c.keyId}${pinned ? ' (pinned)' : ' (the export\'s own key)'}: ` +
      (c.ok ? 'signature valid' : `NOT VALID — ${c.reason}`),
  );
  for (const e of verdict.events) {
    const mark = e.status === 'ok' ? 'ok  ' : e.status === 'bad' ? 'BAD ' : 'UNVERIFIED';
    const what = [e.type, e.streamId, e.eventId].filter(Boolean).join('  ');
    lines.push(`  ${mark} #${e.position ?? '?'}  ${what}${e.reason && e.status !== 'ok' ? `  — ${e.reason}` : ''}`);
  }
  const bad = verdict.events.length - verdict.eventsOk;
  lines.push(
    verdict.ok
      ? `VERIFIED: ${verdict.events.length} events, every proof leads to the signed root`
      : `FAILED: ${bad} of ${verdict.events.length} events not verified${verdict.firstBadPosition !== null ? `; first bad position ${verdict.firstBadPosition}` : ''}${c.ok ? '' : '; the checkpoint is not authentic'}`,
  );
  return `${lines.join('\n')}\n`;
}

async function verifyEmbeddedStore(io: VerifyIo, keyText: string | undefined, json: boolean): Promise<number> {
  const config = loadConfig(io.env);
  if (!existsSync(config.sqliteFile)) throw new UsageError(`${config.sqliteFile}: no such store (set DATA_DIR)`);
  const db = new Database(config.sqliteFile, { readonly: true, fileMustExist: true });
  try {
    let ledger: SqliteLedgerStore;
    try {
      ledger = new SqliteLedgerStore(db, { createSchema: false });
    } catch (error) {
      throw new UsageError(`${config.sqliteFile}: this store has no ledger yet (${(error as Error).message})`);
    }
    const progress = createProgress('verifying the store', { unit: 'events' });
    const verdict = await verifyStore(new SqliteLogReader(db), ledger, {
      progress: progress.update,
      ...(keyText !== undefined && { trustedKeys: [parsePublicKey(keyText)!] }),
    });
    progress.finish();
    io.out(json ? `${JSON.stringify(verdict, null, 2)}\n` : describeStore(verdict, config.sqliteFile, keyText !== undefined));
    return verdict.ok ? 0 : 1;
  } finally {
    db.close();
  }
}

function describeStore(verdict: StoreVerdict, file: string, pinned: boolean): string {
  const lines = [
    `${file}: ${verdict.eventsChecked} events in the log (head ${verdict.logHead}), ${verdict.sealedSize} sealed, ` +
      `${verdict.checkpointsChecked} checkpoints checked against ${pinned ? 'the pinned key' : 'the keys stored in the file'}`,
  ];
  for (const p of verdict.problems) lines.push(`  ${p.kind}${p.position !== null ? ` #${p.position}` : ''}: ${p.message}`);
  if (verdict.problemCount > verdict.problems.length) lines.push(`  … and ${verdict.problemCount - verdict.problems.length} more`);
  if (verdict.damage) {
    lines.push(`  damage lies after the checkpoint of ${verdict.damage.afterTreeSize} events, at or before ${verdict.damage.upToTreeSize} (signed ${verdict.damage.issuedAt})`);
  }
  lines.push(verdict.ok ? 'VERIFIED: the log matches its ledger and every signed root' : `FAILED${verdict.firstBadPosition !== null ? `: first bad position ${verdict.firstBadPosition}` : ''}`);
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  runVerify(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    env: process.env,
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
