import 'reflect-metadata';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { UNITS, type UnitDoc } from '../projections/units/units.projection';
import { AccountabilityService } from '../src/application/accountability.service';
import { InactionReviewService } from '../src/application/inaction-review.service';
import { InspectionService } from '../src/application/inspection.service';
import { OversightService } from '../src/application/oversight.service';
import { RectificationService } from '../src/application/rectification.service';
import { RegionStatisticsService } from '../src/application/region-statistics.service';
import { RegistryService } from '../src/application/registry.service';
import { UnitImporter } from '../src/application/unit-import';
import { actorFromClaims } from '../src/auth/claims';
import { readScopeOf } from '../src/auth/scope';
import { loadConfig } from '../src/config';
import { uuidv7 } from '../src/domain/shared/uuid';
import { SqliteEventStore } from '../src/eventstore/sqlite/sqlite-event-store';
import { UpcastingEventStore } from '../src/eventstore/upcasting';
import type { Context } from '../src/graphql/context';
import { createLoaders } from '../src/graphql/loaders';
import { buildAppSchema } from '../src/graphql/schema';
import { openSqliteLedger } from '../src/ledger';
import { SqliteReadStore } from '../src/readstore/sqlite/sqlite-read-store';

/**
 * The yardstick of the load benchmark's read-path overhead: the app's own schema and resolvers, executed by bare
 * graphql-js `execute` on bare node:http, over the app's data folder (reading only; the app's server may have it
 * open too: WAL lets both read). No Apollo, no token verification (the actor is fixed by BARE_ACTOR, the claims the
 * benchmark's token carries), no limits, logging or metrics; a context built per request as the app builds it
 * (actor, scope, fresh DataLoaders, the services). A query's parse and validation are cached by its text, as
 * Apollo caches them: what remains is what any GraphQL server must do.
 *
 * Env: DATA_DIR, PORT (0: any free), BARE_ACTOR (JSON claims: {"sub", "role", "regionCode" | "bureauId" | "unitId"}).
 * Prints "bare graphql-js ready at http://host:port/graphql".
 */
async function main(): Promise<void> {
  const config = loadConfig({ DATA_DIR: process.env.DATA_DIR, PORT: process.env.PORT ?? '0' });
  const actor = actorFromClaims(JSON.parse(process.env.BARE_ACTOR ?? '{}') as Record<string, unknown>);
  const db = new Database(config.sqliteFile, { fileMustExist: true });
  const eventStore = new UpcastingEventStore(new SqliteEventStore(db));
  const readStore = new SqliteReadStore(db);
  const ledger = openSqliteLedger(db, { signingKey: config.ledger.signingKey });
  const registry = new RegistryService(eventStore);
  const services = {
    registry,
    inspections: new InspectionService(eventStore),
    rectifications: new RectificationService(eventStore),
    oversight: new OversightService(eventStore),
    importer: new UnitImporter(registry, (ids) => readStore.getMany<UnitDoc>(UNITS, ids)),
    accountability: new AccountabilityService(readStore, config.accountability.countingKinds),
    inaction: new InactionReviewService(readStore, config.accountability.countingKinds),
    statistics: new RegionStatisticsService(readStore),
    ledger,
  };
  const schema = buildAppSchema();
  const documents = new Map<string, DocumentNode>();

  const contextFor = (): Context => ({
    actor,
    scope: readScopeOf(actor),
    correlationId: uuidv7(),
    now: () => new Date(),
    readStore,
    eventStore,
    loaders: createLoaders(readStore),
    ...services,
  });

  const readBody = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const server = createServer((req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    void (async () => {
      const { query, variables, operationName } = JSON.parse(await readBody(req)) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        const errors = validate(schema, document);
        if (errors.length > 0) {
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors }));
          return;
        }
        documents.set(query, document);
      }
      const result = await execute({ schema, document, variableValues: variables ?? null, operationName: operationName ?? null, contextValue: contextFor() });
      const text = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(config.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`bare graphql-js ready at http://127.0.0.1:${port}/graphql\n`);
  const stop = () => {
    server.close(() => db.close());
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bare graphql server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
