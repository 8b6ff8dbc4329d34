import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import Database from 'better-sqlite3';
import { ALL_PROJECTIONS } from '../projections';
import { ProjectionRunner } from '../projections/runner';
import { UNITS, type UnitDoc } from '../projections/units/units.projection';
import { AccountabilityService } from './application/accountability.service';
import { InspectionService } from './application/inspection.service';
import { OversightService } from './application/oversight.service';
import { RectificationService } from './application/rectification.service';
import { RegistryService } from './application/registry.service';
import { UnitImporter } from './application/unit-import';
import { ConfigError, loadConfig, type Config } from './config';
import { uuidv7 } from './domain/shared/uuid';
import { SqliteEventStore } from './eventstore/sqlite/sqlite-event-store';
import { bearerToken } from './graphql/actor';
import { createTokenVerifier } from './auth/tokens';
import { readScopeOf } from './auth/scope';
import type { Actor } from './domain/shared/event';
import type { Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { requestLimitsPlugin } from './graphql/limits';
import { createLoaders } from './graphql/loaders';
import { buildAppSchema } from './graphql/schema';
import { createHttpServer } from './http/server';
import { openSqliteLedger, type Ledger, type SigningKeySource } from './ledger';
import { SqliteReadStore } from './readstore/sqlite/sqlite-read-store';

export interface RunningApp {
  url: string;
  server: Server;
  eventStore: SqliteEventStore;
  readStore: SqliteReadStore;
  runner: ProjectionRunner;
  ledger: Ledger;
  close(): Promise<void>;
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function log(level: 'info' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

/**
 * The embedded composition: one SQLite file holds the log, the read models and the ledger, updated in one
 * transaction. The signing key defaults to one generated in the file's folder (the data folder).
 */
export function openEmbeddedStores(sqliteFile: string, signingKey: SigningKeySource = { kind: 'generated', dataDir: path.dirname(sqliteFile) }) {
  const db = new Database(sqliteFile);
  const eventStore = new SqliteEventStore(db);
  const readStore = new SqliteReadStore(db);
  const runner = new ProjectionRunner(readStore, ALL_PROJECTIONS, (projection, event, error) =>
    log('error', 'projection failed on an event', { projection, position: event.position, type: event.type, error: String(error) }),
  );
  const ledger = openSqliteLedger(db, { signingKey });
  // Projections, then the seal, in the append's transaction: an append the ledger refuses (a gap) is rolled back.
  eventStore.setInlineHook((events) => {
    runner.apply(events);
    ledger.sealInline(events);
  });
  return { db, eventStore, readStore, runner, ledger };
}

/** Composition root: config → stores → projections → services → GraphQL → HTTP. */
export async function startApp(config: Config): Promise<RunningApp> {
  mkdirSync(config.dataDir, { recursive: true });
  const { eventStore, readStore, runner, ledger } = openEmbeddedStores(config.sqliteFile, config.ledger.signingKey);
  // Read models added since the file was written, or a crash between versions: catch up before serving.
  await runner.catchUp(eventStore);
  // A log written before the ledger existed: seal it before anything appends (the seal refuses a gap).
  await ledger.catchUp(eventStore);
  const registry = new RegistryService(eventStore);
  const inspections = new InspectionService(eventStore);
  const rectifications = new RectificationService(eventStore);
  const oversight = new OversightService(eventStore);
  await inspections.seedReferenceData();
  const accountability = new AccountabilityService(readStore, config.accountability.countingKinds);
  const importer = new UnitImporter(registry, (ids) => readStore.getMany<UnitDoc>(UNITS, ids));

  const apollo = new ApolloServer<Context>({
    schema: buildAppSchema(),
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // No automatic persisted queries: nothing here uses them, and a client's hash is one more input to refuse.
    persistedQueries: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), requestLimitsPlugin(config.limits)],
  });
  await apollo.start();

  const verifyToken = createTokenVerifier(config.auth);
  const contextFor = async (req: IncomingMessage, actor: Actor): Promise<Context> => {
    const given = req.headers['x-correlation-id'];
    const correlationId = typeof given === 'string' && CORRELATION_ID.test(given) ? given : uuidv7();
    return {
      actor,
      scope: readScopeOf(actor),
      correlationId,
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
    };
  };
  const server = createHttpServer({
    apollo,
    authenticate: (req) => verifyToken(bearerToken(req.headers)),
    contextFor,
    maxBodyBytes: config.maxBodyBytes,
    auditExport: { ledger, log: eventStore, readStore },
    exports: { log: eventStore, readStore, accountability },
    onError: (error) => log('error', 'request failed', { error: String(error) }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  // Signed checkpoints: now if the log grew since the last one, then at the interval.
  ledger.startPublishing(config.ledger.checkpointIntervalSeconds, (error) =>
    log('error', 'checkpoint publication failed', { error: String(error) }),
  );
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}/graphql`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await ledger.stopPublishing();
      await eventStore.close();
      await readStore.close();
    })());
  return { url, server, eventStore, readStore, runner, ledger, close };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      log('error', `configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const app = await startApp(config);
  log('info', 'ready', { url: app.url, dataDir: config.dataDir });
  process.stdout.write(`Archival Oversight Ledger is ready at ${app.url} (data in ${config.sqliteFile})\n`);
  const stop = (signal: string) => {
    log('info', 'stopping', { signal });
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log('error', 'stop failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    log('error', 'start-up failed', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
}
