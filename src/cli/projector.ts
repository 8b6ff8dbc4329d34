import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openStores, StoreUnavailableError } from '../composition/stores';
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger, errorMessage } from '../ops/logger';
import { exitOnSignals } from '../ops/shutdown';
import { Projector } from '../projector/projector';
import { readHeartbeat, type Heartbeat } from '../projector/target';
import { MongoReadStore } from '../readstore/mongodb/mongo-read-store';
import type { ReadModelStore } from '../readstore/port';
import { SqliteReadStore } from '../readstore/sqlite/sqlite-read-store';

const USAGE = `Usage: npm run projector [-- --check]

Applies the event log to the read models, as a process of its own: subscribes to the log from the lowest projection
checkpoint, applies events in batches (PROJECTOR_BATCH_SIZE, at most PROJECTOR_MAX_DELAY_MS late) and stores the
checkpoints with the read models, so that after a crash it resumes where the stored batches end. Runs until SIGTERM
or SIGINT (then stores the batch in hand and exits 0). One projector per read store.

Needs PROJECTIONS=external (the API instances then leave the projections to it), a server event store
(EVENT_STORE=postgres or kurrentdb) and READ_STORE with its URL, as the API instances have; with personal-data
encryption on, the same MASTER_KEY and KEY_STORE too: it decrypts to project, and when it applies a
PersonalDataErased it rebuilds the read models from the log (which then reads the redaction marker).

  --check   exit 0 if the running projector's heartbeat (written every 5 s beside its checkpoints) is at most
            PROJECTOR_HEARTBEAT_MAX_AGE_SECONDS old, 1 otherwise (a container health check)

Exit codes: 0 stopped on a signal / healthy; 1 a store failed or the heartbeat is stale; 2 a configuration error.`;

const HEARTBEAT_SECONDS = 5;

async function check(config: Config): Promise<number> {
  const read = config.stores.readStore;
  let store: ReadModelStore;
  try {
    store = read.kind === 'mongodb' ? await MongoReadStore.connect(read.url, read.database) : SqliteReadStore.open(read.file);
  } catch (error) {
    process.stdout.write(`unhealthy: the read store does not answer (${errorMessage(error)})\n`);
    return 1;
  }
  try {
    let beat: Heartbeat | null = null;
    try {
      beat = await readHeartbeat(store);
    } catch {
      beat = null; // no heartbeat collection yet: the projector never ran here
    }
    if (!beat) {
      process.stdout.write('unhealthy: no projector heartbeat in the read store\n');
      return 1;
    }
    const age = (Date.now() - Date.parse(beat.at)) / 1000;
    const line = `heartbeat ${age.toFixed(1)} s ago, position ${beat.position}, head ${beat.head}, lag ${Math.max(0, beat.head - beat.position)}`;
    if (!(age <= config.stores.projector.heartbeatMaxAgeSeconds)) {
      process.stdout.write(`unhealthy: ${line} (at most ${config.stores.projector.heartbeatMaxAgeSeconds} s allowed)\n`);
      return 1;
    }
    process.stdout.write(`healthy: ${line}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  let args: { check?: boolean; help?: boolean };
  try {
    ({ values: args } = parseArgs({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`configuration error: ${error.message}\n`);
    process.exit(2);
  }
  if (args.check) process.exit(await check(config));

  const logger = createLogger(config.ops.logLevel);
  if (config.stores.projections !== 'external') {
    logger.fatal('PROJECTIONS=inline: the API instances apply the projections themselves; set PROJECTIONS=external for them and for the projector');
    process.exit(2);
  }
  let stores;
  try {
    stores = await openStores(config, logger, 'projector');
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    logger.fatal(error.message);
    process.exit(1);
  }
  const target = stores.target;
  if (!target) throw new Error('The projector opened no writable read store'); // openStores gives the projector one
  logger.info(stores.description, 'stores opened');
  const opened = stores;
  let stopping: Promise<void> | undefined;
  const close = () =>
    (stopping ??= (async () => {
      try {
        await projector.stop();
      } finally {
        await opened.close();
        logger.flush();
      }
    })());
  const projector = new Projector(stores.eventStore, target, {
    batchSize: config.stores.projector.batchSize,
    maxDelayMs: config.stores.projector.maxDelayMs,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    logger,
    // A batch that could not be stored: exit, and let the supervisor start a projector that resumes from the checkpoints.
    onFailure: () => {
      void opened.close().finally(() => process.exit(1));
    },
  });
  exitOnSignals({ close, logger });
  await projector.start();
  logger.info({ position: projector.position }, 'projector running');
  void projector.caughtUp().then(
    () => logger.info({ position: projector.position }, 'projector caught up with the log'),
    () => undefined, // reported by onFailure
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`projector failed: ${errorMessage(error)}\n`);
  process.exit(1);
});
