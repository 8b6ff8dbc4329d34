import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStores } from '../../src/composition/embedded';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { openPostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { dropSchema, freshSchemaName, POSTGRES_URL } from '../contract/postgres-support';
import { BUILD_DIR, buildServerOnce, ChildServer, type ChildExit } from './child-server';
import { MONGODB_URL, MongoTestDatabases } from './mongo-server';
import type { As } from './test-server';

/**
 * The scale-out deployment of issue 7 as processes on this machine: two API instances and one projector
 * (`node …/src/main.js`, `node …/src/cli/projector.js`, built by buildServerOnce) on one PostgreSQL schema and one
 * MongoDB database (FerretDB in CI), both fresh, sharing one JWT secret. Also the embedded mode fed the very same
 * log, as the oracle the scale-out answers are compared with.
 */

const PROJECTOR = path.join(BUILD_DIR, 'src/cli/projector.js');

export interface GraphQLAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** An API process spoken to over HTTP, with extra headers when asked (x-min-position). */
export class Api {
  constructor(readonly name: string, readonly server: ChildServer) {}

  async request(query: string, variables: object, as: As, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
    const response = await fetch(this.server.url, {
      method: 'POST',
      headers: { ...(await this.server.headersFor(as)), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer, 'status'>) };
  }

  /** The data of a request that must succeed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async ok(query: string, variables: object, as: As, headers: Record<string, string> = {}): Promise<any> {
    const answer = await this.request(query, variables, as, headers);
    if (answer.errors?.length || answer.status !== 200) {
      const logs = [...this.server.stdout, ...this.server.stderr].slice(-10).join('\n');
      throw new Error(`${this.name}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}\n${logs}`);
    }
    return answer.data;
  }
}

/**
 * The projector as a supervisor (compose's `restart: unless-stopped`) runs it: started again whenever it exits
 * while the cluster is up. It exits with code 1 on a batch it could not store (FerretDB 1.24 sometimes drops a
 * connection mid-batch); the next one resumes from the checkpoints stored with the documents.
 */
class SupervisedProjector {
  private child: ChildProcess | null = null;
  private exited: Promise<ChildExit> = Promise.resolve({ code: 0, signal: null });
  private stopping = false;
  readonly output: string[] = [];
  restarts = 0;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  start(): void {
    const child = spawn(process.execPath, [PROJECTOR], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.output.push(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.output.push(chunk));
    this.exited = new Promise<ChildExit>((resolve) =>
      child.once('exit', (code, signal) => {
        resolve({ code, signal });
        if (!this.stopping) {
          this.restarts++;
          if (this.restarts > 20) return; // something else is wrong: the waits report it with the output
          setTimeout(() => !this.stopping && this.start(), 200);
        }
      }),
    );
  }

  async stop(): Promise<ChildExit> {
    this.stopping = true;
    this.child?.kill('SIGTERM');
    return this.exited;
  }
}

export interface ScaleOutCluster {
  a: Api;
  b: Api;
  schema: string;
  database: string;
  projector: SupervisedProjector;
  /** Every event of the PostgreSQL log, in position order, as stored (read by a store of the test's own). */
  readLog(): Promise<RecordedEvent[]>;
  /** Waits until projectionStatus (asked of `api`) shows the read models at `position` at least. */
  waitForProjection(api: Api, position: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const STATUS = '{ projectionStatus { headPosition projectedPosition lag } }';

/** Starts the two API instances and the projector (concurrently: the schema's DDL is serialised by PostgreSQL). */
export async function startScaleOutCluster(admin: As): Promise<ScaleOutCluster> {
  if (!MONGODB_URL) throw new Error('MONGODB_URL is not set');
  await buildServerOnce();
  const schema = freshSchemaName();
  const databases = new MongoTestDatabases('sco');
  const database = databases.nextName();
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aol-scale-out-'));
    dirs.push(dir);
    return dir;
  };
  const shared: Record<string, string> = {
    EVENT_STORE: 'postgres',
    POSTGRES_URL,
    POSTGRES_SCHEMA: schema,
    POSTGRES_POOL_SIZE: '4',
    READ_STORE: 'mongodb',
    MONGODB_URL,
    MONGODB_DATABASE: database,
    PROJECTIONS: 'external',
    PERSONAL_DATA_ENCRYPTION: 'false',
    // A loaded machine (CI runs several suites at once): generous, and still bounded.
    READ_YOUR_WRITES_TIMEOUT_MS: '20000',
  };
  const projector = new SupervisedProjector(
    ChildServer.env(dataDir(), { ...shared, LOG_LEVEL: 'warn', PROJECTOR_BATCH_SIZE: '100', PROJECTOR_MAX_DELAY_MS: '10' }),
  );
  const servers: ChildServer[] = [];
  const stop = async () => {
    await Promise.all([projector.stop(), ...servers.map((server) => server.stop())]);
    await databases.close().catch(() => undefined);
    await dropSchema(schema).catch(() => undefined);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The API instances first, the projector after: they open the read models before it has created any
    // collection (a regression guard: such a reader used to refuse every query on them as undeclared).
    const started = await Promise.allSettled([ChildServer.start(dataDir(), shared), ChildServer.start(dataDir(), shared)]);
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    projector.start();
  } catch (error) {
    await stop();
    throw error;
  }
  const [a, b] = servers.map((server, i) => new Api(i === 0 ? 'instance A' : 'instance B', server)) as [Api, Api];

  return {
    a,
    b,
    schema,
    database,
    projector,
    async readLog() {
      const store = await openPostgresEventStore(POSTGRES_URL, { schema, poolSize: 1 });
      try {
        const events: RecordedEvent[] = [];
        for (;;) {
          const page = await store.readAll({ after: events.length ? (events[events.length - 1] as RecordedEvent).position : 0, maxCount: 1000 });
          if (page.length === 0) return events;
          events.push(...page);
        }
      } finally {
        await store.close();
      }
    },
    async waitForProjection(api, position, timeoutMs = 60_000) {
      const started = Date.now();
      for (;;) {
        const { projectionStatus } = await api.ok(STATUS, {}, admin);
        if (projectionStatus.projectedPosition >= position) return;
        if (Date.now() - started > timeoutMs) {
          throw new Error(`the projector did not reach ${position} (${JSON.stringify(projectionStatus)}):\n${projector.output.join('').slice(-4000)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop,
  };
}

/**
 * The embedded mode fed the same log: each event appended, in order, to a fresh SQLite store with the inline hook
 * (projections and the ledger's seal in the append's transaction), with its own id, stream, type, version, data and
 * metadata, and its recordedAt (the store's clock answers the copied event's). Positions come out equal because
 * the PostgreSQL log is dense and appended to one event at a time. Then the embedded API on that folder.
 */
export async function embeddedCopy(log: readonly RecordedEvent[]): Promise<{ api: Api; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aol-scale-out-embedded-'));
  let recordedAt = new Date(0);
  const stores = openEmbeddedStores(path.join(dir, 'ledger.sqlite'), { kind: 'generated', dataDir: dir }, () => recordedAt, undefined, {
    privacy: { encryption: false, masterKey: { kind: 'generated', dataDir: dir }, erasureBlockers: [] },
  });
  try {
    for (const event of log) {
      recordedAt = new Date(event.metadata.recordedAt);
      const { recordedAt: _stored, ...metadata } = event.metadata;
      const appended = await stores.rawEventStore.appendToStream(
        event.streamId,
        [{ id: event.id, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata }],
        { expectedRevision: event.revision === 0 ? 'no_stream' : event.revision - 1 },
      );
      if (appended.lastPosition !== event.position) throw new Error(`copied event ${event.id} landed at ${appended.lastPosition}, not ${event.position}`);
    }
  } finally {
    await stores.rawEventStore.close();
    stores.db.close();
  }
  const server = await ChildServer.start(dir, { PERSONAL_DATA_ENCRYPTION: 'false' });
  return {
    api: new Api('embedded', server),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
