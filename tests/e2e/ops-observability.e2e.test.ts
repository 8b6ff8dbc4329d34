import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { print } from 'graphql';
import { mintToken } from '../../src/auth/tokens';
import { loadConfig, type Config } from '../../src/config';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { startApp, type RunningApp } from '../../src/main';
import { EstablishBureauDocument, RegisterUnitDocument } from '../support/generated/operations';

/** An app in this process whose JSON log lines the test reads. */
interface Observed {
  app: RunningApp;
  config: Config;
  lines: Record<string, unknown>[];
  raw: string[];
  dataDir: string;
  adminToken: string;
}

async function startObserved(env: Record<string, string> = {}): Promise<Observed> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-ops-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'debug', LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0', ...env });
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const app = await startApp(config, { logDestination });
  const adminToken = await mintToken(config.auth, { role: 'NATIONAL_ADMIN', subject: 'ops-admin-1', expiresIn: 600 });
  return { app, config, lines, raw, dataDir, adminToken };
}

async function stopObserved(o: Observed): Promise<void> {
  await o.app.close();
  rmSync(o.dataDir, { recursive: true, force: true });
}

const base = (o: Observed) => o.app.url.replace(/\/graphql$/, '');

async function graphql(o: Observed, query: string, variables: object, headers: Record<string, string> = {}) {
  const response = await fetch(o.app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${o.adminToken}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] } };
}

const UNIT_NAME = '杭州某某保密科技有限公司';
const registerInput = (unitId: string, name = UNIT_NAME) => ({
  input: { unitId, name, category: 'ENTERPRISE', regionCode: '330106', bureauId: '330106', occurredAt: '2025-03-01T09:00:00.000Z' },
});

/** Lines are written when the response closes, a moment after the client has the body. */
async function requestLine(o: Observed, requestId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const line = o.lines.find((l) => l.msg === 'request' && l.requestId === requestId);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no log line for request ${requestId}`);
}

function metricValue(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  if (!line) throw new Error(`metric ${name}${labels} not found`);
  return Number(line.slice(line.lastIndexOf(' ') + 1));
}

let o: Observed;
let seed = 7100;

beforeAll(async () => {
  o = await startObserved();
  const established = await graphql(o, print(EstablishBureauDocument), { input: { regionCode: '330106', name: '杭州市西湖区档案局' } });
  expect(established.body.errors).toBeUndefined();
});
afterAll(() => stopObserved(o));

describe('health and readiness', () => {
  it('GET /healthz answers 200 {status: ok} without a token', async () => {
    const response = await fetch(`${base(o)}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 when the stores answer and the projections are at the head', async () => {
    const response = await fetch(`${base(o)}/readyz`);
    const body = (await response.json()) as { status: string; head: number; projectionPosition: number; reasons: unknown[] };
    expect(response.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.head).toBeGreaterThan(0);
    expect(body.projectionPosition).toBe(body.head);
    expect(body.reasons).toEqual([]);
  });

  it('refuses other methods on the probes', async () => {
    expect((await fetch(`${base(o)}/readyz`, { method: 'POST' })).status).toBe(405);
  });
});

describe('one JSON log line per request', () => {
  it('carries the request id, the correlation id that goes into the events, the operation, status and duration; no personal data', async () => {
    const unitId = makeCreditCode(seed++);
    const requestId = `req-${uuidv7()}`;
    const query = print(RegisterUnitDocument);
    const { response, body } = await graphql(o, query, registerInput(unitId), { 'x-request-id': requestId });
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const line = await requestLine(o, requestId);
    expect(line).toMatchObject({
      level: 'info',
      requestId,
      correlationId: requestId,
      method: 'POST',
      route: '/graphql',
      operation: 'mutation registerUnit',
      operationName: 'RegisterUnit',
      role: 'NATIONAL_ADMIN',
      status: 200,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(line.errorCodes).toBeUndefined();

    const [event] = await o.app.eventStore.readAll({ after: (body.data?.registerUnit.position as number) - 1, maxCount: 1 });
    expect(event?.metadata.correlationId).toBe(requestId);

    // Neither the variables (the unit's id and name), nor the token, nor the actor's subject.
    const text = o.raw.find((l) => l.includes(requestId)) as string;
    for (const secret of [unitId, UNIT_NAME, o.adminToken, 'ops-admin-1', 'Bearer']) expect(text).not.toContain(secret);
  });

  it('makes a request id when none is given, and takes the client correlation id when one is', async () => {
    const correlationId = `corr-${uuidv7()}`;
    const { response } = await graphql(o, print(RegisterUnitDocument), registerInput(makeCreditCode(seed++)), { 'x-correlation-id': correlationId });
    const requestId = response.headers.get('x-request-id') as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = await requestLine(o, requestId);
    expect(line.correlationId).toBe(correlationId);
    const head = await o.app.eventStore.headPosition();
    const [event] = await o.app.eventStore.readAll({ after: head - 1 });
    expect(event?.metadata.correlationId).toBe(correlationId);
  });

  it('replaces a client request id that could smuggle text into the logs', async () => {
    const { response } = await graphql(o, '{ __typename }', {}, { 'x-request-id': 'a b"}{\'level\':\'fatal\'' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists the error codes of a refused request', async () => {
    const requestId = `req-${uuidv7()}`;
    const { body } = await graphql(o, print(RegisterUnitDocument), registerInput('NOT-A-CODE'), { 'x-request-id': requestId });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const line = await requestLine(o, requestId);
    expect(line.errorCodes).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(line)).not.toContain('NOT-A-CODE');
  });

  it('logs an unauthenticated request with its code and without the token it carried', async () => {
    const requestId = `req-${uuidv7()}`;
    const response = await fetch(o.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token', 'x-request-id': requestId },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
    const line = await requestLine(o, requestId);
    expect(line).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
    expect(o.raw.find((l) => l.includes(requestId))).not.toContain('not.a.token');
  });
});

describe('Prometheus metrics at /metrics', () => {
  it('counts requests by operation, errors by code, appends, group commits, lag and store size', async () => {
    await Promise.all(Array.from({ length: 8 }, () => graphql(o, print(RegisterUnitDocument), registerInput(makeCreditCode(seed++)))));
    await graphql(o, print(RegisterUnitDocument), registerInput('NOT-A-CODE'));
    await fetch(o.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    const response = await fetch(`${base(o)}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const head = await o.app.eventStore.headPosition();

    expect(metricValue(text, 'aol_http_requests_total', '{operation="mutation registerUnit",status="200"}')).toBeGreaterThanOrEqual(8);
    expect(metricValue(text, 'aol_http_request_duration_seconds_count', '{operation="mutation registerUnit"}')).toBeGreaterThanOrEqual(9);
    expect(metricValue(text, 'aol_request_errors_total', '{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'aol_request_errors_total', '{code="UNAUTHENTICATED"}')).toBeGreaterThanOrEqual(1);
    // Reference data seeded at start-up is appended through the same store: every event counts.
    expect(metricValue(text, 'aol_events_appended_total')).toBe(head);
    expect(metricValue(text, 'aol_group_commit_appends_count')).toBeGreaterThan(0);
    expect(metricValue(text, 'aol_projection_lag_events')).toBe(0);
    expect(metricValue(text, 'aol_event_store_events')).toBe(head);
    expect(metricValue(text, 'aol_event_store_file_bytes')).toBeGreaterThan(4096);
    // The operation label comes from the schema, never from the client's operation name.
    expect(text).not.toContain('operation="RegisterUnit"');
  });

  it('observes each group commit: eight appends queued in one turn are one group of eight', async () => {
    const scrape = async () => (await fetch(`${base(o)}/metrics`)).text();
    const before = await scrape();
    await Promise.all(Array.from({ length: 8 }, (_, i) => o.app.eventStore.appendToStream(`ops-probe-${uuidv7()}`, [probeEvent(i)])));
    const after = await scrape();
    const delta = (name: string) => metricValue(after, name) - metricValue(before, name);
    expect(delta('aol_group_commit_appends_count')).toBe(1);
    expect(delta('aol_group_commit_appends_sum')).toBe(8);
    expect(delta('aol_events_appended_total')).toBe(8);
    expect(delta('aol_event_store_events')).toBe(8);
  });
});

function probeEvent(i: number) {
  return {
    id: uuidv7(),
    type: 'OpsProbeRecorded',
    schemaVersion: 1,
    data: { i },
    metadata: { actor: { id: 'ops-test', role: 'SYSTEM' } as never, occurredAt: new Date().toISOString(), correlationId: uuidv7() },
  };
}

describe('a second server in the same process', () => {
  let second: Observed;
  beforeAll(async () => {
    second = await startObserved({ READY_MAX_PROJECTION_LAG: '2' });
  });
  afterAll(() => stopObserved(second));

  it('has metrics of its own (no clash on a global registry)', async () => {
    const text = await (await fetch(`${base(second)}/metrics`)).text();
    expect(text).not.toContain('operation="mutation registerUnit"');
  });

  it('/readyz answers 503 PROJECTIONS_BEHIND once the projections trail the head by more than the bound, 200 after catching up', async () => {
    const { ledger } = second.app;
    // The raw store's hook (the events as stored; these probe events name no one, so nothing needs decrypting).
    const eventStore = second.app.stores.embedded!.rawEventStore;
    const runner = second.app.runner!;
    // Appends that only the ledger sees: the projections fall behind, as after a failure of an asynchronous projector.
    eventStore.setInlineHook((events) => ledger.sealInline(events));
    for (let i = 0; i < 3; i++) {
      await eventStore.appendToStream(`ops-probe-${uuidv7()}`, [probeEvent(i)]);
    }
    const behind = await fetch(`${base(second)}/readyz`);
    expect(behind.status).toBe(503);
    const body = (await behind.json()) as { status: string; reasons: { code: string }[] };
    expect(body.status).toBe('not ready');
    expect(body.reasons.map((r) => r.code)).toEqual(['PROJECTIONS_BEHIND']);
    expect(metricValue(await (await fetch(`${base(second)}/metrics`)).text(), 'aol_projection_lag_events')).toBe(3);

    eventStore.setInlineHook((events) => {
      runner.apply(events);
      ledger.sealInline(events);
    });
    await runner.catchUp(eventStore);
    expect((await fetch(`${base(second)}/readyz`)).status).toBe(200);
  });

  it('/readyz answers 503 EVENT_STORE_UNAVAILABLE when the event store does not answer', async () => {
    await second.app.eventStore.close();
    const response = await fetch(`${base(second)}/readyz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { reasons: { code: string; message: string }[] };
    expect(body.reasons.map((r) => r.code)).toEqual(['EVENT_STORE_UNAVAILABLE']);
    expect(body.reasons[0]?.message).not.toMatch(/\//);
    // The process is alive all the same.
    expect((await fetch(`${base(second)}/healthz`)).status).toBe(200);
  });
});
