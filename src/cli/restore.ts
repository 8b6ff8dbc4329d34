import { BackupError, restoreEmbeddedStore } from '../ops/backup';
import { parseFileCommand, runAsMain, type CliIo } from './cli-io';

const USAGE = `Usage: npm run restore -- <FILE> [--force]

Restores a backup made by npm run backup into the DATA_DIR folder: checks the backup first (its manifest, SQLite's
integrity check, its event count), puts the store in place atomically with the key files it carries, then verifies
the restored log against its sealed audit trail (as npm run verify -- --store does).
Refuses a DATA_DIR whose store is in use by a server, always; and one that holds a store already, unless --force.

  --force  replace the store (and differing key files) in DATA_DIR; a running server's store is never replaced
Exit code: 0 restored and verified, 1 refused or failed, 2 usage error.`;

export async function runRestore(argv: string[], io: CliIo): Promise<number> {
  const command = parseFileCommand(argv, io, 'restore', USAGE, 'force');
  if (typeof command === 'number') return command;
  const { file: source, sqliteFile } = command;
  try {
    const { manifest, verdict, keysRestored } = await restoreEmbeddedStore(source, sqliteFile, { force: command.flag });
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

if (require.main === module) runAsMain('restore', runRestore);
