import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { dropSchema, freshSchemaName, POSTGRES_URL, postgresSkipReason } from '../contract/postgres-support';
import { buildServerOnce, ChildServer } from '../support/child-server';
import { describeWithServer } from '../support/require-server';
import { TcpProxy } from '../support/tcp-proxy';
import { ADMIN, clerkOf, type As } from '../support/test-server';

/**
 * Issue 9, "server store outage": the server as operators run it (its own process), on PostgreSQL reached through
 * a TCP proxy of the test's, read models in SQLite applied by its in-process projector (PROJECTIONS=inline). While
 * writes and reads stream in, the proxy drops every connection and refuses new ones for longer than the
 * subscription's read retries last (~21 s), then lets them through again.
 *
 * During the outage: every write answers SERVICE_UNAVAILABLE quickly (never a 500, never a hang); reads of the read
 * models (unit) still answer — they are in the local SQLite file, only their freshness is lost; what needs the log
 * (projectionStatus: the head) answers SERVICE_UNAVAILABLE; /readyz 503 EVENT_STORE_UNAVAILABLE; /healthz 200; the
 * process stays up. After: writes succeed again, /readyz is 200 again, the projector resumes (lag 0), and every
 * acknowledged write is in the table exactly once; retries with the same idempotency key double nothing.
 */
jest.setTimeout(240_000);

/** Longer than AsyncCatchUpSubscription's read retries (10 attempts, 0.1 s doubling to 5 s: ~21 s). */
const OUTAGE_MS = 25_000;
/** The longest any request may take while the store is away ("fail fast"). */
const FAIL_FAST_MS = 6_000;
/** How long the app may take to write again, be ready again, and catch up, once the store is back. */
const RECOVERY_MS = 15_000;
const WRITERS = 4;
const CLERK = clerkOf('330106');

const REGISTER = 'mutation Register($input: RegisterUnitInput!) { registerUnit(input: $input) { position eventIds } }';
const UNIT = 'query Unit($id: ID!) { unit(id: $id) { unitId } }';
const STATUS = '{ projectionStatus { headPosition projectedPosition lag } }';

type Phase = 'before' | 'outage' | 'after';

/** One answer (or its absence) as the client saw it. */
interface Answer {
  kind: 'write' | 'unit' | 'status';
  phase: Phase;
  startedAt: number;
  endedAt: number;
  status: number;
  /** 'OK', a GraphQL error code, or 'NO_ANSWER' (a network failure or our 20 s client timeout). */
  code: string;
  reason?: string;
  data?: any;
}

/** One registration; acknowledged once an answer carried its event ids. */
interface Write {
  unitId: string;
  key: string;
  eventIds: string[] | null;
  position: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `task` for every item, WRITERS at a time. */
async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: WRITERS }, worker));
}

describeWithServer('PostgreSQL outage (TCP proxy cut and restored under load, server as a child process)', postgresSkipReason, () => {
  const schema = freshSchemaName();
  let dataDir: string;
  let proxy: TcpProxy;
  let server: ChildServer;
  /** Straight to PostgreSQL, not through the proxy: the test's own look at the table. */
  let direct: Pool;

  beforeAll(async () => {
    await buildServerOnce();
    const target = new URL(POSTGRES_URL);
    proxy = await TcpProxy.start(Number(target.port || 5432), target.hostname.replace(/^\[(.*)\]$/, '$1'));
    const viaProxy = new URL(POSTGRES_URL);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-pg-outage-'));
    server = await ChildServer.start(dataDir, {
      EVENT_STORE: 'postgres',
      POSTGRES_URL: viaProxy.toString(),
      POSTGRES_SCHEMA: schema,
      POSTGRES_POOL_SIZE: '4',
      READ_STORE: 'sqlite',
      PROJECTIONS: 'inline',
      PERSONAL_DATA_ENCRYPTION: 'false',
    });
    direct = new Pool({ connectionString: POSTGRES_URL, max: 1 });
  });

  afterAll(async () => {
    if (server && server.process.exitCode === null && server.process.signalCode === null) await server.stop();
    await proxy?.close();
    await direct?.end();
    await dropSchema(schema);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const alive = () => server.process.exitCode === null && server.process.signalCode === null;

  async function post(kind: Answer['kind'], phase: () => Phase, query: string, variables: object, as: As, headers: Record<string, string> = {}): Promise<Answer> {
    const startedAt = Date.now();
    const at = phase();
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { ...(await server.headersFor(as)), ...headers },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(20_000),
      });
      const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string; reason?: string } }[] };
      const error = body.errors?.[0];
      return {
        kind,
        phase: at,
        startedAt,
        endedAt: Date.now(),
        status: response.status,
        code: error ? (error.extensions?.code ?? 'NO_CODE') : 'OK',
        ...(error?.extensions?.reason !== undefined && { reason: error.extensions.reason }),
        data: body.data,
      };
    } catch {
      return { kind, phase: at, startedAt, endedAt: Date.now(), status: 0, code: 'NO_ANSWER' };
    }
  }

  async function getJson(route: string): Promise<{ status: number; body: any; ms: number }> {
    const started = Date.now();
    const response = await fetch(new URL(route, server.url), { signal: AbortSignal.timeout(20_000) });
    return { status: response.status, body: await response.json(), ms: Date.now() - started };
  }

  const registration = (write: Write) => ({
    input: {
      unitId: write.unitId,
      name: '某某科技有限公司',
      category: 'ENTERPRISE',
      regionCode: '330106',
      bureauId: '330106',
      occurredAt: '2025-03-01T09:00:00.000Z',
      idempotencyKey: write.key,
    },
  });

  it('fails fast with SERVICE_UNAVAILABLE, stays up and not ready, then resumes with nothing lost or doubled', async () => {
    const established = await post('write', () => 'before', 'mutation { establishBureau(input: {regionCode: "330106", name: "杭州市西湖区档案局"}) { position } }', {}, ADMIN);
    expect(established.code).toBe('OK');

    let seed = 70_000 + Math.floor(Math.random() * 1000) * 1000;
    const writes: Write[] = [];
    const answers: Answer[] = [];
    let phase: Phase = 'before';
    let cutAt = 0;
    let restoredAt = 0;
    let running = true;
    const now = () => phase;

    const register = async (write: Write): Promise<Answer> => {
      const answer = await post('write', now, REGISTER, registration(write), CLERK);
      answers.push(answer);
      if (answer.code === 'OK') {
        const eventIds = answer.data.registerUnit.eventIds as string[];
        // A retry answers exactly what the first acknowledged attempt wrote.
        if (write.eventIds !== null) expect(eventIds).toEqual(write.eventIds);
        write.eventIds = eventIds;
        write.position = answer.data.registerUnit.position as number;
      }
      return answer;
    };
    const writer = async () => {
      while (running) {
        const unitId = makeCreditCode(seed++, { region: '330106' });
        const write: Write = { unitId, key: `outage-${unitId}`, eventIds: null, position: null };
        writes.push(write);
        await register(write);
        // Paced during the outage: failures come back at once, and the point is the answers, not their number.
        await sleep(phase === 'outage' ? 100 : 5);
      }
    };
    const reader = async () => {
      while (running) {
        const known = writes.find((w) => w.eventIds !== null);
        if (known) answers.push(await post('unit', now, UNIT, { id: known.unitId }, CLERK));
        answers.push(await post('status', now, STATUS, {}, ADMIN));
        await sleep(50);
      }
    };
    const load = [...Array.from({ length: WRITERS }, writer), reader()];

    // Before: the load runs, and the store answers.
    await sleep(1500);
    expect(writes.some((w) => w.eventIds !== null)).toBe(true);
    expect((await getJson('/readyz')).status).toBe(200);

    // The outage, cut while the writes are in flight.
    phase = 'outage';
    cutAt = Date.now();
    proxy.cut();
    await sleep(2000);
    const readyDuring = await getJson('/readyz');
    const healthDuring = await getJson('/healthz');
    expect({ status: readyDuring.status, reasons: readyDuring.body.reasons.map((r: { code: string }) => r.code) }).toEqual({
      status: 503,
      reasons: ['EVENT_STORE_UNAVAILABLE'],
    });
    expect(readyDuring.ms).toBeLessThan(FAIL_FAST_MS);
    expect(healthDuring).toMatchObject({ status: 200, body: { status: 'ok' } });
    // Past the subscription's retries: the in-process projector must survive an outage of any length.
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - cutAt)));
    const readyLate = await getJson('/readyz');
    expect(readyLate.status).toBe(503);
    expect(alive()).toBe(true);
    phase = 'after';
    restoredAt = Date.now();
    proxy.restore();

    // After: writes succeed again, then the load stops.
    let firstWriteBackAt = 0;
    for (let waited = 0; firstWriteBackAt === 0 && waited < RECOVERY_MS; waited += 100) {
      const back = answers.find((a) => a.kind === 'write' && a.startedAt >= restoredAt && a.code === 'OK');
      if (back) firstWriteBackAt = back.endedAt;
      else await sleep(100);
    }
    expect(firstWriteBackAt).toBeGreaterThan(0);
    await sleep(1000);
    running = false;
    await Promise.all(load);

    // /readyz is 200 again: the store answers, and the projector caught up (within the ready lag bound).
    let readyAgainAt = 0;
    for (let waited = 0; readyAgainAt === 0 && waited < RECOVERY_MS; waited += 200) {
      if ((await getJson('/readyz')).status === 200) readyAgainAt = Date.now();
      else await sleep(200);
    }
    expect(readyAgainAt).toBeGreaterThan(0);

    // Every answer, in every phase: OK or SERVICE_UNAVAILABLE, fast, never a 500 nor a hang.
    const codes = new Set(answers.map((a) => a.code));
    expect([...codes].filter((code) => code !== 'OK' && code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    const slowest = Math.max(...answers.map((a) => a.endedAt - a.startedAt));
    expect(slowest).toBeLessThan(FAIL_FAST_MS);
    expect(answers.filter((a) => a.status >= 500 && a.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    // Wholly inside the outage: writes and projectionStatus refused (reason EVENT_STORE_UNAVAILABLE), unit reads
    // served from the SQLite read models.
    const inside = answers.filter((a) => a.startedAt > cutAt && a.endedAt < restoredAt);
    const insideWrites = inside.filter((a) => a.kind === 'write');
    const insideStatus = inside.filter((a) => a.kind === 'status');
    const insideUnits = inside.filter((a) => a.kind === 'unit');
    expect(insideWrites.length).toBeGreaterThan(WRITERS * 10);
    expect(new Set(insideWrites.map((a) => `${a.code}/${a.reason}`))).toEqual(new Set(['SERVICE_UNAVAILABLE/EVENT_STORE_UNAVAILABLE']));
    expect(insideStatus.length).toBeGreaterThan(10);
    expect(new Set(insideStatus.map((a) => `${a.code}/${a.reason}`))).toEqual(new Set(['SERVICE_UNAVAILABLE/EVENT_STORE_UNAVAILABLE']));
    expect(insideUnits.length).toBeGreaterThan(10);
    expect(new Set(insideUnits.map((a) => a.code))).toEqual(new Set(['OK']));

    // The writes left unanswered are retried with their idempotency keys; a few acknowledged ones too (the same
    // event ids come back, nothing is appended).
    const unanswered = writes.filter((w) => w.eventIds === null);
    expect(unanswered.length).toBeGreaterThan(0);
    const acknowledgedBefore = writes.filter((w) => w.eventIds !== null);
    const retries = [...unanswered, ...acknowledgedBefore.slice(0, 5), ...acknowledgedBefore.slice(-5)];
    await inParallel(retries, async (write) => expect((await register(write)).code).toBe('OK'));

    // The projector resumed: lag 0, and a read that asks for the last acknowledged position gets it.
    const last = Math.max(...writes.map((w) => w.position as number));
    const fresh = await post('unit', now, UNIT, { id: writes.find((w) => w.position === last)?.unitId as string }, CLERK, { 'x-min-position': String(last) });
    expect(fresh).toMatchObject({ code: 'OK', data: { unit: { unitId: expect.any(String) } } });
    let status = await post('status', now, STATUS, {}, ADMIN);
    for (let waited = 0; status.data?.projectionStatus?.lag !== 0 && waited < RECOVERY_MS; waited += 200) {
      await sleep(200);
      status = await post('status', now, STATUS, {}, ADMIN);
    }
    expect(status.data.projectionStatus).toMatchObject({ lag: 0, headPosition: last });

    // Nothing lost or doubled, in the table itself: every acknowledged event id once, one registration per unit.
    const { rows: events } = await direct.query<{ id: string; position: string; type: string; unit_id: string | null }>(
      `SELECT id, position, type, data::jsonb ->> 'unitId' AS unit_id FROM "${schema}".events ORDER BY position`,
    );
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Number(events[events.length - 1]?.position)).toBe(events.length); // dense: nothing half-written
    const present = new Set(ids);
    for (const write of writes) for (const id of write.eventIds as string[]) expect(present.has(id)).toBe(true);
    const registered = events.filter((e) => e.type === 'UnitRegistered').map((e) => e.unit_id as string);
    expect(registered.length).toBe(new Set(registered).size);
    expect(registered.sort()).toEqual(writes.map((w) => w.unitId).sort());
    // Every unit is in the read models.
    await inParallel(writes, async (write) => expect((await post('unit', now, UNIT, { id: write.unitId }, CLERK)).data.unit).toEqual({ unitId: write.unitId }));

    // Reconnecting is paced: about one attempt per request (each fails at once) plus the LISTEN connection's and
    // the subscription's retries, never a busy loop.
    const duringOutage = answers.filter((a) => a.phase === 'outage').length;
    expect(proxy.refused).toBeLessThan(2 * duringOutage + 200);

    // The process stayed up all along, its projector never gave up, and it stops cleanly.
    expect(alive()).toBe(true);
    const output = [...server.stdout, ...server.stderr].join('\n');
    expect(output).not.toMatch(/projector stopped|Event subscription stopped/);
    expect(await server.stop()).toEqual({ code: 0, signal: null });

    const byPhase = (p: Phase) => answers.filter((a) => a.phase === p);
    const ms = (list: Answer[]) => list.map((a) => a.endedAt - a.startedAt).sort((a, b) => a - b);
    const p = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
    const during = ms(byPhase('outage'));
    console.log(
      [
        `pg-outage: ${writes.length} registrations (${unanswered.length} unanswered, retried), outage ${restoredAt - cutAt} ms, ` +
          `${proxy.refused} connections refused while cut`,
        `  answers during the outage: ${during.length}, p50 ${p(during, 0.5)} ms, p99 ${p(during, 0.99)} ms, max ${during[during.length - 1]} ms` +
          ` (/readyz ${readyDuring.ms} ms); slowest answer overall ${slowest} ms`,
        `  in-flight at the cut: ${answers.filter((a) => a.phase === 'before' && a.endedAt > cutAt).map((a) => `${a.kind}:${a.code}`).join(', ') || 'none'}`,
        `  first write back ${firstWriteBackAt - restoredAt} ms after the restore; /readyz 200 again after ${readyAgainAt - restoredAt} ms`,
      ].join('\n'),
    );
  });
});
