import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { backupEmbeddedStore, BackupError } from '../ops/backup';
import { runAsMain, usageError, type CliIo } from './cli-io';

const USAGE = `Usage: npm run backup -- <FILE> [--without-keys]

Writes a consistent copy of the embedded store of DATA_DIR to FILE (which must not exist), while the server runs:
one snapshot of the log, the read models and the audit trail, plus the key files the embedded mode generated in
DATA_DIR (auth-signing-key.pem, ledger-signing-key.pem), so that a restore gives a working store whose tokens and
checkpoints still verify. The file is written mode 0600: it holds those keys and the records' personal data.

  --without-keys  leave the key files out (keep them some other way; a restore without them makes new keys)
Exit code: 0 written, 1 refused or failed, 2 usage error. Restore with: npm run restore -- <FILE>`;

export type { CliIo };

export async function runBackup(argv: string[], io: CliIo): Promise<number> {
  let values: { help?: boolean; 'without-keys'?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, 'without-keys': { type: 'boolean' } },
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
  const target = path.resolve(io.cwd, positionals[0] as string);
  try {
    const started = Date.now();
    const result = backupEmbeddedStore(sqliteFile, target, { withoutKeys: values['without-keys'] === true });
    io.out(
      `Backed up ${result.events.toLocaleString('en-US')} events (${result.sealed.toLocaleString('en-US')} sealed) from ${sqliteFile} ` +
        `to ${target}: ${result.bytes.toLocaleString('en-US')} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        `${result.keyFiles.length > 0 ? `, with ${result.keyFiles.join(', ')}` : ', without key files'}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`backup: ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const usage = (io: CliIo, message: string): number => usageError(io, 'backup', message);

if (require.main === module) runAsMain('backup', runBackup);
