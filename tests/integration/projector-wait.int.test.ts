import { ALL_PROJECTIONS } from '../../projections';
import { openStores, type Stores } from '../../src/composition/stores';
import { buildAppSchema } from '../../src/graphql/schema';
import { ProjectionStatusResolver } from '../../src/graphql/ops/projection-status.resolver';
import { createLogger } from '../../src/ops/logger';
import { Projector } from '../../src/projector/projector';
import type { ProjectionTarget } from '../../src/projector/target';
import { createPositionWaiter, ProjectionLagError } from '../../src/projector/wait';
import { dropSchema, freshSchemaName, POSTGRES_URL, postgresSkipReason } from '../contract/postgres-support';
import { describeWithServer } from '../support/require-server';
import { ADMIN, analystOf, auditorOf, TestServer, type As } from '../support/test-server';

/**
 * Read-your-writes across instances, and the projections' status. Given an API instance on PostgreSQL whose
 * projections are left to a projector (PROJECTIONS=external), when a query asks with `x-min-position` for a
 * position the read models have not reached, then it waits at most READ_YOUR_WRITES_TIMEOUT_MS and answers 503
 * SERVICE_UNAVAILABLE / PROJECTION_LAG with the position reached; once a projector has applied it, the same query
 * answers at once. In the embedded mode the wait returns at once.
 */
jest.setTimeout(120_000);
const silent = createLogger('silent');

async function post(server: TestServer, query: string, as: As, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.headersFor(as)), ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

const BUREAU = 'query { bureau(id: "330106") { bureauId name } }';
const ESTABLISH = 'mutation { establishBureau(input: {regionCode: "330106", name: "杭州市西湖区档案局"}) { position } }';
const STATUS = 'query { projectionStatus { headPosition projectedPosition lag projections { name checkpoint } } }';
const statusWired = buildAppSchema().getQueryType()?.getFields()['projectionStatus'] !== undefined;

describe('waiting for a position (unit)', () => {
  it('fast path: returns at once when the position was reached, or in the embedded mode whatever is asked', async () => {
    let asked = 0;
    const progress = { position: async () => (asked++, 7) };
    expect(await createPositionWaiter(progress, { inline: false, timeoutMs: 1000 }).waitFor(7)).toBe(7);
    expect(await createPositionWaiter(progress, { inline: true, timeoutMs: 0 }).waitFor(1_000_000)).toBe(1_000_000);
    expect(asked).toBe(1); // the embedded mode does not even ask
  });

  it('times out with PROJECTION_LAG and the position reached; concurrent waiters share the questions', async () => {
    let asked = 0;
    const progress = { position: async () => (asked++, 3) };
    const waiter = createPositionWaiter(progress, { inline: false, timeoutMs: 150, pollMs: 25 });
    const started = Date.now();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => waiter.waitFor(4)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as ProjectionLagError;
      expect(error).toBeInstanceOf(ProjectionLagError);
      expect([error.code, error.reason, error.details]).toEqual(['SERVICE_UNAVAILABLE', 'PROJECTION_LAG', { position: 3, minPosition: 4 }]);
    }
    expect(asked).toBeLessThan(20); // one question per poll for all twenty, not one per waiter
  });

  it('resolves as soon as the projections get there', async () => {
    let position = 0;
    const waiter = createPositionWaiter({ position: async () => position }, { inline: false, timeoutMs: 5000, pollMs: 10 });
    setTimeout(() => (position = 12), 50);
    expect(await waiter.waitFor(10)).toBe(12);
  });
});

describe('x-min-position in the embedded mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => server?.stop());

  it('answers at once (the projections moved with the append), and refuses a header that is not a position', async () => {
    const started = Date.now();
    const answer = await post(server, BUREAU, ADMIN, { 'x-min-position': '999999' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
    const bad = await post(server, BUREAU, ADMIN, { 'x-min-position': '-1' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_MIN_POSITION', field: 'x-min-position' });
  });
});

describeWithServer('read-your-writes on PostgreSQL with an external projector', postgresSkipReason, () => {
  const schema = freshSchemaName();
  let api: TestServer;
  let projectorStores: Stores | null = null;
  let projector: Projector | null = null;

  beforeAll(async () => {
    api = await TestServer.start({
      EVENT_STORE: 'postgres',
      POSTGRES_URL,
      POSTGRES_SCHEMA: schema,
      POSTGRES_POOL_SIZE: '3',
      READ_STORE: 'sqlite',
      PROJECTIONS: 'external',
      READ_YOUR_WRITES_TIMEOUT_MS: '300',
      PERSONAL_DATA_ENCRYPTION: 'false',
      LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0',
    });
  });
  afterAll(async () => {
    await projector?.stop();
    await projectorStores?.close();
    await api?.stop();
    await dropSchema(schema);
  });

  it('waits, then answers PROJECTION_LAG; once the projector applied the write, answers it at once', async () => {
    const written = await post(api, ESTABLISH, ADMIN);
    expect(written.body.errors).toBeUndefined();
    const position = (written.body.data?.['establishBureau'] as { position: number }).position;
    expect(position).toBeGreaterThan(0);

    const started = Date.now();
    const lagging = await post(api, BUREAU, ADMIN, { 'x-min-position': String(position) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(lagging.status).toBe(503);
    expect(lagging.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'PROJECTION_LAG', position: 0, minPosition: position });

    // The projector, as `npm run projector` runs it (its own handles on the same stores).
    projectorStores = await openStores(api.config, silent, 'projector');
    projector = new Projector(projectorStores.eventStore, projectorStores.target as ProjectionTarget, { batchSize: 100, maxDelayMs: 5, heartbeatSeconds: 0 });
    await projector.start();
    const answered = await post(api, BUREAU, ADMIN, { 'x-min-position': String(position) });
    expect(answered.status).toBe(200);
    expect(answered.body.data?.['bureau']).toEqual({ bureauId: '330106', name: '杭州市西湖区档案局' });
  });

  it('projectionStatus: the head, every checkpoint and the lag (resolver)', async () => {
    await projector?.caughtUp();
    const head = await api.app.stores.eventStore.headPosition();
    const status = await new ProjectionStatusResolver().projectionStatus({
      projections: { progress: api.app.stores.progress, headPosition: () => api.app.stores.eventStore.headPosition(), waiter: { waitFor: async (p) => p } },
    });
    expect(status).toEqual({
      headPosition: head,
      projectedPosition: head,
      lag: 0,
      projections: ALL_PROJECTIONS.map((p) => ({ name: p.name, checkpoint: head })),
    });
  });

  (statusWired ? it : it.skip)('projectionStatus over HTTP: administrators and auditors read it, analysts are refused', async () => {
    const admin = await post(api, STATUS, ADMIN);
    expect(admin.body.errors).toBeUndefined();
    expect(admin.body.data?.['projectionStatus']).toMatchObject({ lag: 0 });
    expect((await post(api, STATUS, auditorOf('330000'))).body.errors).toBeUndefined();
    const analyst = await post(api, STATUS, analystOf('330000'));
    expect(analyst.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('the audit trail answers LEDGER_EMBEDDED_ONLY beside a server event store', async () => {
    const answer = await post(api, 'query { ledgerCheckpoint { treeSize } }', ADMIN);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'LEDGER_EMBEDDED_ONLY' });
  });
});

describeWithServer('PROJECTIONS=inline on PostgreSQL: the API instance runs its own projector loop', postgresSkipReason, () => {
  const schema = freshSchemaName();
  let api: TestServer;
  beforeAll(async () => {
    api = await TestServer.start({
      EVENT_STORE: 'postgres',
      POSTGRES_URL,
      POSTGRES_SCHEMA: schema,
      POSTGRES_POOL_SIZE: '3',
      READ_STORE: 'sqlite',
      PROJECTIONS: 'inline',
      PROJECTOR_MAX_DELAY_MS: '5',
      PERSONAL_DATA_ENCRYPTION: 'false',
      LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0',
    });
  });
  afterAll(async () => {
    await api?.stop();
    await dropSchema(schema);
  });

  it('a query with the mutation\'s position reads its write', async () => {
    expect(api.app.projector).not.toBeNull();
    const written = await post(api, ESTABLISH, ADMIN);
    expect(written.body.errors).toBeUndefined();
    const position = (written.body.data?.['establishBureau'] as { position: number }).position;
    const answered = await post(api, BUREAU, ADMIN, { 'x-min-position': String(position) });
    expect(answered.status).toBe(200);
    expect(answered.body.data?.['bureau']).toEqual({ bureauId: '330106', name: '杭州市西湖区档案局' });
  });
});
