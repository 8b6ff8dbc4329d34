import { backupEmbeddedStore, BackupError } from '../ops/backup';
import { parseFileCommand, runAsMain, type CliIo } from './cli-io';

const USAGE = `Usage: npm run backup -- <FILE> [--without-keys]

Writes a consistent copy of the embedded store of DATA_DIR to FILE (which must not exist), while the server runs:
one snapshot of the log, the read models and the audit trail, plus the key files the embedded mode generated in
DATA_DIR (auth-signing-key.pem, ledger-signing-key.pem), so that a restore gives a working store whose tokens and
checkpoints still verify. The file is written mode 0600: it holds those keys and the records' personal data.

  --without-keys  leave the key files out (keep them some other way; a restore without them makes new keys)
Exit code: 0 written, 1 refused or failed, 2 usage error. Restore with: npm run restore -- <FILE>`;

export type { CliIo };

export async function runBackup(argv: string[], io: CliIo): Promise<number> {
  const command = parseFileCommand(argv, io, 'backup', USAGE, 'without-keys');
  if (typeof command === 'number') return command;
  const { file: target, sqliteFile } = command;
  try {
    const started = Date.now();
    const result = backupEmbeddedStore(sqliteFile, target, { withoutKeys: command.flag });
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

if (require.main === module) runAsMain('backup', runBackup);
