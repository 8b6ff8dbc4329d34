import 'reflect-metadata';
import type { DestinationStream } from 'pino';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import Database from 'better-sqlite3';
import { ProjectionRunner } from '../projections/runner';
import { UNITS, type UnitDoc } from '../projections/units/units.projection';
import { AccountabilityService } from './application/accountability.service';
import { InactionReviewService } from './application/inaction-review.service';
import { RegionStatisticsService } from './application/region-statistics.service';
import { InspectionService } from './application/inspection.service';
import { OversightService } from './application/oversight.service';
import { RectificationService } from './application/rectification.service';
import { RegistryService } from './application/registry.service';
import { UnitImporter } from './application/unit-import';
import { ConfigError, loadConfig, type Config } from './config';
import { SqliteEventStore } from './eventstore/sqlite/sqlite-event-store';
import { upcast, UpcastingEventStore } from './eventstore/upcasting';
import { bearerToken } from './graphql/actor';
import { createTokenVerifier } from './auth/tokens';
import { readScopeOf } from './auth/scope';
import type { Actor } from './domain/shared/event';
import type { Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { requestLimitsPlugin } from './graphql/limits';
import { createLoaders } from './graphql/loaders';
import { buildAppSchema } from './graphql/schema';
import { jitGateway } from './http/jit-executor';
import { createHttpServer } from './http/server';
import { openSqliteLedger, type Ledger, type SigningKeySource } from './ledger';
import { SqliteReadStore } from './readstore/sqlite/sqlite-read-store';
import { assertDataDirWritable, DataDirError, EXIT_DATA_DIR_NOT_WRITABLE } from './ops/data-dir';
import { checkReadiness } from './ops/health';
import { createLogger, errorMessage, type Logger } from './ops/logger';
import { createMetrics, type AppMetrics } from './ops/metrics';
import { requestRecordPlugin, type RequestRecord } from './ops/request-record';
import { drainHttp, exitOnSignals, RequestTracker } from './ops/shutdown';
import { withStorageErrors } from './ops/storage-errors';
import { openStores, StoreUnavailableError, type Stores } from './composition/stores';
import { unavailableLedger } from './composition/unavailable-ledger';
import type { EventStore } from './eventstore/port';
import { PostgresEventStore } from './eventstore/postgres/postgres-event-store';
import type { OpsContext, ProjectionsAccess } from './graphql/ops/ops.context';
import { Projector } from './projector/projector';
import { createPositionWaiter } from './projector/wait';
import type { AsyncReadModelStore } from './readstore/port';

export interface RunningApp {
  url: string;
  server: Server;
  /** The log as stored (not upcast): what the ledger seals. */
  eventStore: EventStore;
  readStore: AsyncReadModelStore;
  /** The SQLite read models' runner; null on MongoDB. */
  runner: ProjectionRunner | null;
  /** The audit trail; in server modes a stand-in that answers LEDGER_EMBEDDED_ONLY (src/composition/unavailable-ledger.ts). */
  ledger: Ledger;
  /** Every store opened (src/composition/stores.ts), and this process's projector loop if it runs one. */
  stores: Stores;
  projector: Projector | null;
  logger: Logger;
  metrics: AppMetrics;
  /** Graceful: refuses new requests, finishes those in flight, commits queued appends, closes the stores. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where the JSON log lines go (tests capture them). Default: stdout. */
  logDestination?: DestinationStream;
}

/** Before the configuration is read, and for the command-line tools that open the stores. */
const defaultLogger = createLogger('info');

/** The embedded composition moved beside the others (src/composition); the command-line tools import it from here. */
export { openEmbeddedStores } from './composition/embedded';

/** Composition root: config → stores → projections → services → GraphQL → HTTP. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = createLogger(config.ops.logLevel, options.logDestination);
  // A read-only or unwritable folder: one clear error now rather than an obscure one from SQLite later.
  assertDataDirWritable(config.dataDir, [config.sqliteFile, `${config.sqliteFile}-wal`, `${config.sqliteFile}-shm`]);
  const stores = await openStores(config, logger);
  const { eventStore, rawEventStore, readStore, runner, progress } = stores;
  const ledger = stores.ledger ?? unavailableLedger();
  const metrics = createMetrics({
    headPosition: () => eventStore.headPosition(),
    projectionPosition: () => progress.position(),
    ...(stores.sqliteFile !== null && { sqliteFile: stores.sqliteFile }),
  });
  if (rawEventStore instanceof SqliteEventStore || rawEventStore instanceof PostgresEventStore) {
    rawEventStore.setGroupCommitObserver(metrics.groupCommitObserver);
  }
  // Read models added since the file was written, or a crash between versions: catch up before serving.
  if (stores.inlineInTransaction && runner) {
    let logged = Date.now();
    const replayed = await runner.catchUp(eventStore, (done, total) => {
      if (Date.now() - logged < 5_000) return;
      logged = Date.now();
      logger.info({ done, total }, 'read models catching up with the log');
    });
    if (replayed > 0) logger.info({ events: replayed }, 'read models caught up with the log');
  }
  // A log written before the ledger existed: seal it before anything appends (the seal refuses a gap).
  if (stores.ledger) await stores.ledger.catchUp(rawEventStore); // the stored bytes, never upcast
  // Read models on another store, applied by this process: its projector loop (catching up runs in the background;
  // /readyz says when the lag is small enough).
  let projectorStopped = false;
  const projector = stores.target
    ? new Projector(eventStore, stores.target, {
        batchSize: config.stores.projector.batchSize,
        maxDelayMs: config.stores.projector.maxDelayMs,
        heartbeatSeconds: 0,
        logger,
        onFailure: () => {
          projectorStopped = true;
          logger.error('the in-process projector stopped; restart this instance to resume projecting');
        },
      })
    : null;
  await projector?.start();
  const projections: ProjectionsAccess = {
    progress,
    headPosition: () => eventStore.headPosition(),
    waiter: createPositionWaiter(progress, { inline: stores.inlineInTransaction, timeoutMs: config.stores.readYourWritesTimeoutMs }),
  };
  logger.info(stores.description, 'stores opened');
  const registry = new RegistryService(eventStore);
  const inspections = new InspectionService(eventStore);
  const rectifications = new RectificationService(eventStore);
  const oversight = new OversightService(eventStore);
  await inspections.seedReferenceData();
  const accountability = new AccountabilityService(readStore, config.accountability.countingKinds);
  const inaction = new InactionReviewService(readStore, config.accountability.countingKinds);
  const statistics = new RegionStatisticsService(readStore);
  const importer = new UnitImporter(registry, (ids) => readStore.getMany<UnitDoc>(UNITS, ids));

  const apollo = new ApolloServer<Context>({
    // Compiled execution (graphql-jit) through Apollo's gateway interface, or graphql-js's (GRAPHQL_EXECUTOR).
    ...(config.executor === 'jit' ? { gateway: jitGateway(buildAppSchema()) } : { schema: buildAppSchema() }),
    formatError: withStorageErrors(formatError, (failure, sqliteCode) => logger.error({ failure, sqliteCode }, 'the store refused a write')),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // No automatic persisted queries: nothing here uses them, and a client's hash is one more input to refuse.
    persistedQueries: false,
    // Our own signal handling stops the server gracefully; Apollo's would stop it and re-raise the signal mid-way.
    stopOnTerminationSignals: false,
    // No cache hints are used: without the cache-control plugin Apollo stops wrapping every field's resolver (~5%).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestLimitsPlugin(config.limits), requestRecordPlugin()],
  });
  await apollo.start();

  const verifyToken = createTokenVerifier(config.auth);
  const tracker = new RequestTracker();
  const contextFor = async (_req: IncomingMessage, actor: Actor, record: RequestRecord): Promise<Context> => {
    const context: Context = {
      actor,
      scope: readScopeOf(actor),
      // The HTTP layer's: the client's x-correlation-id, or the request id (so a log line finds its events).
      correlationId: record.correlationId,
      now: () => new Date(),
      readStore,
      eventStore,
      loaders: createLoaders(readStore),
      registry,
      inspections,
      rectifications,
      oversight,
      importer,
      ledger,
      accountability,
      inaction,
      statistics,
      // erasePersonalData (null when encryption is off): see Stores.privacy.
      privacy: stores.privacy,
    };
    // The ops resolvers' and the HTTP handler's part (x-min-position): not in Context, which the other areas share.
    const ops: OpsContext = { projections };
    return Object.assign(context, ops);
  };
  const server = createHttpServer({
    apollo,
    authenticate: (req) => verifyToken(bearerToken(req.headers)),
    contextFor,
    maxBodyBytes: config.maxBodyBytes,
    // The exports carry events as stored (with their schema versions): the audit proofs are over those bytes.
    auditExport: { ledger, log: rawEventStore, readStore },
    exports: { log: rawEventStore, readStore, accountability },
    logger,
    metrics,
    readiness: () =>
      checkReadiness({
        headPosition: () => eventStore.headPosition(),
        projectionPosition: () => progress.position(),
        maxProjectionLag: config.ops.readyMaxProjectionLag,
        isShuttingDown: () => tracker.shuttingDown,
        projectorStopped: () => projectorStopped,
      }),
    tracker,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  // Signed checkpoints: now if the log grew since the last one, then at the interval.
  stores.ledger?.startPublishing(config.ledger.checkpointIntervalSeconds, (error) =>
    logger.error({ error: errorMessage(error) }, 'checkpoint publication failed'),
  );
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}/graphql`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await drainHttp(server, tracker, config.ops.shutdownTimeoutSeconds * 1000, logger);
      await apollo.stop();
      await stores.ledger?.stopPublishing();
      // The batch in hand is stored before the read store closes.
      await projector?.stop().catch((error: unknown) => logger.error({ error: errorMessage(error) }, 'the projector failed while stopping'));
      // Commits whatever appends are still queued (group commit), then closes the read store and the log (the
      // embedded file's handle last: closing it checkpoints the WAL into the file).
      await stores.close();
      logger.flush();
    })());
  return { url, server, eventStore: rawEventStore, readStore, runner, ledger, stores, projector, logger, metrics, close };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      defaultLogger.fatal(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  let app: RunningApp;
  try {
    app = await startApp(config);
  } catch (error) {
    if (error instanceof DataDirError) {
      defaultLogger.fatal({ code: error.code, dataDir: error.dataDir }, error.message);
      process.exit(EXIT_DATA_DIR_NOT_WRITABLE);
    }
    if (error instanceof StoreUnavailableError) {
      // Names the store and its URL (password masked): an unreachable server or a wrong setting, not a bug.
      defaultLogger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Before the ready line: whoever reads it may signal at once, and a signal with no handler kills outright.
  exitOnSignals({ close: app.close, logger: app.logger });
  app.logger.info({ url: app.url, dataDir: config.dataDir }, 'ready');
  process.stdout.write(`Archival Oversight Ledger is ready at ${app.url} (data in ${app.stores.description.eventStoreAt})\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    defaultLogger.fatal({ error: errorMessage(error) }, 'start-up failed');
    process.exit(1);
  });
}
