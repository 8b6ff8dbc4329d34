import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { BackupError, restoreEmbeddedStore } from '../ops/backup';
import { runAsMain, usageError, type CliIo } from './cli-io';

const USAGE = `Usage: npm run restore -- <FILE> [--force]

Restores a backup made by npm run backup into the DATA_DIR folder: checks the backup first (its manifest, SQLite's
integrity check, its event count), puts the store in place atomically with the key files it carries, then verifies
the restored log against its sealed audit trail (as npm run verify -- --store does).
Refuses a DATA_DIR whose store is in use by a server, always; and one that holds a store already, unless --force.

  --force  replace the store (and differing key files) in DATA_DIR; a running server's store is never replaced
Exit code: 0 restored and verified, 1 refused or failed, 2 usage error.`;

export async function runRestore(argv: string[], io: CliIo): Promise<number> {
  let values: { help?: boolean; force?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' } },
    }));
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) return usage(io, 'name one backup FILE');
  let sqliteFile: string;
  try {
    sqliteFile = loadConfig(io.env).sqliteFile;
  } catch (error) {
    if (error instanceof ConfigError) return usage(io, `configuration: ${error.message}`);
    throw error;
  }
  const source = path.resolve(io.cwd, positionals[0] as string);
  try {
    const { manifest, verdict, keysRestored } = await restoreEmbeddedStore(source, sqliteFile, { force: values.force === true });
    io.out(
      `Restored ${manifest.events.toLocaleString('en-US')} events (backup of ${manifest.createdAt}) into ${sqliteFile}` +
        `${keysRestored.length > 0 ? ` with ${keysRestored.join(', ')}` : ''}; ` +
        `VERIFIED: ${verdict.eventsChecked.toLocaleString('en-US')} events against ${verdict.sealedSize.toLocaleString('en-US')} sealed leaves and ${verdict.checkpointsChecked} checkpoints\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`restore: ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const usage = (io: CliIo, message: string): number => usageError(io, 'restore', message);

if (require.main === module) runAsMain('restore', runRestore);
