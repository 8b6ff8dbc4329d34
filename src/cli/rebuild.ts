import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config';
import { openEmbeddedStores } from '../main';
import { createProgress } from './progress';
import { processIo, runAsMain, usageError as reportUsageError } from './cli-io';

/** Events per transaction: documents touched by many events of a batch (region months, bureaus) are written once per batch. */
export const REBUILD_BATCH = 10_000;

const USAGE = `Usage: npm run rebuild
Replays the whole event log into fresh read models (every projection: units and their histories, bureaus, inspections,
rectification, oversight acts, the cycle's facts, inaction facts, region activity...), in batches of
${REBUILD_BATCH.toLocaleString('en-US')} events, keeping the documents in memory between batches (written, with the checkpoints, at most
every 200,000 events); the read models' indexes are dropped meanwhile and built once at the end.
Uses DATA_DIR like the server. Stop the server first: the rebuild empties the read models before replaying,
so a running server would answer from half-built models (SQLite would serialise the writes, not hide that).
While it runs, commits are not synced to disk one by one (synchronous=NORMAL: a power cut loses at most the last
batches, which the next start or rebuild replays); the file is checkpointed and synced at the end.`;

/** `npm run rebuild`: drop every read model and replay the log into it, with a progress bar. Exit 0, 1 on failure, 2 on usage. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.length > 0) return usageError(`unexpected argument ${argv[0] as string}`);
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return usageError(`configuration: ${error.message}`);
    throw error;
  }
  // Opening a missing file would create an empty store and "rebuild" nothing: most likely a wrong DATA_DIR.
  if (!existsSync(config.sqliteFile)) {
    return usageError(`no data file at ${config.sqliteFile}: set DATA_DIR to the folder the server uses`);
  }

  const { db, eventStore, readStore, runner } = openEmbeddedStores(config.sqliteFile, config.ledger.signingKey, undefined, undefined, { privacy: config.privacy, countingKinds: config.accountability.countingKinds });
  try {
    const head = await eventStore.headPosition();
    process.stderr.write(`Rebuilding read models from ${head.toLocaleString('en-US')} events in ${config.sqliteFile}\n`);
    process.stderr.write('(the server must not be running: the read models are emptied first)\n');
    const progress = createProgress('rebuild', { unit: 'events' });
    // A rebuild can be run again from the start: no fsync per batch, one sync at the end.
    db.pragma('synchronous = NORMAL');
    // Nothing reads meanwhile (the server is stopped): the read models' indexes are built once, at the end.
    const replayed = await runner.rebuild(eventStore, progress.update, REBUILD_BATCH, { deferIndexes: true });
    db.pragma('synchronous = FULL');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const seconds = progress.finish();
    const names = runner.projections.map((p) => p.name).join(', ');
    process.stdout.write(`Rebuilt ${names} from ${replayed.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s\n`);
    return 0;
  } finally {
    await eventStore.close();
    await readStore.close();
    db.close();
  }
}

const usageError = (message: string): number => reportUsageError(processIo(), 'rebuild', message);

if (require.main === module) runAsMain('rebuild', (argv) => main(argv));
