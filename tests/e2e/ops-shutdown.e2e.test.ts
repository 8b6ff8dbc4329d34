import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { print } from 'graphql';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { EstablishBureauDocument, RegisterUnitDocument } from '../support/generated/operations';
import { buildServerOnce, ChildServer } from '../support/child-server';
import { ADMIN } from '../support/test-server';

jest.setTimeout(180_000);

const REGISTER = print(RegisterUnitDocument);
let seed = 51_000;
const registerVariables = (unitId: string) => ({
  input: { unitId, name: '某某科技有限公司', category: 'ENTERPRISE', regionCode: '330106', bureauId: '330106', occurredAt: '2025-03-01T09:00:00.000Z', idempotencyKey: `reg-${unitId}` },
});

/** A POST whose body the test sends in two halves: the request is in flight for as long as the test wants. */
function slowPost(url: string, headers: Record<string, string>, body: string) {
  const target = new URL(url);
  const half = Math.floor(body.length / 2);
  let sendRest!: () => void;
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, half));
    sendRest = () => req.end(body.slice(half));
  });
  return { answered, sendRest };
}

function storedEventIds(dataDir: string): Set<string> {
  const db = new Database(path.join(dataDir, 'ledger.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return new Set((db.prepare('SELECT id FROM events').pluck().all() as string[]));
  } finally {
    db.close();
  }
}

let dataDir: string;
beforeAll(async () => {
  await buildServerOnce();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-shutdown-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('graceful shutdown of a real server process (SIGTERM)', () => {
  it('stops accepting, finishes the requests in flight, keeps every acknowledged write and exits 0', async () => {
    const server = await ChildServer.start(dataDir, { LOG_LEVEL: 'info' });
    const established = await server.graphql(print(EstablishBureauDocument), { input: { regionCode: '330106', name: '杭州市西湖区档案局' } }, ADMIN);
    expect(established.body.errors).toBeUndefined();
    const headers = await server.headersFor(ADMIN);

    // One request certainly in flight when the signal comes: its body is only half sent.
    const slowUnit = makeCreditCode(seed++);
    const slow = slowPost(server.url, headers, JSON.stringify({ query: REGISTER, variables: registerVariables(slowUnit) }));

    // And a flood of writes around the signal.
    const acknowledged: string[] = [];
    const flood = Array.from({ length: 40 }, async () => {
      const unitId = makeCreditCode(seed++);
      try {
        const { status, body } = await server.graphql(REGISTER, registerVariables(unitId), ADMIN);
        if (status === 200 && !body.errors) acknowledged.push(...(body.data.registerUnit.eventIds as string[]));
        else expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      } catch {
        // Refused at the door (the listener is closed) or cut: not acknowledged, so nothing is promised.
      }
    });
    // Signal once the server is busy with the flood (the slow request, sent first, is being read by then).
    for (let i = 0; i < 500 && acknowledged.length < 5; i++) await new Promise((r) => setTimeout(r, 10));
    expect(acknowledged.length).toBeGreaterThanOrEqual(5);
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));

    // The listener is closed: a new connection is refused, while the slow request is still being read.
    await expect(fetch(server.url.replace('/graphql', '/healthz'), { headers: { connection: 'close' } })).rejects.toThrow();
    slow.sendRest();
    const slowAnswer = await slow.answered;
    expect(slowAnswer.status).toBe(200);
    const slowBody = JSON.parse(slowAnswer.text) as { data: { registerUnit: { eventIds: string[] } } };
    acknowledged.push(...slowBody.data.registerUnit.eventIds);
    await Promise.all(flood);

    expect(await server.exited).toEqual({ code: 0, signal: null });
    const logged = server.stdout.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string });
    expect(logged.map((l) => l.msg)).toEqual(expect.arrayContaining(['stopping: finishing the requests in flight', 'stopped']));

    // Every acknowledged write is in the file, which closed cleanly (no write-ahead log left to replay).
    const stored = storedEventIds(dataDir);
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);

    // And the server starts again on it and answers with them.
    const again = await ChildServer.start(dataDir);
    try {
      const unit = await again.graphql('query ($id: ID!) { unit(id: $id) { unitId } }', { id: slowUnit }, ADMIN);
      expect(unit.body.data?.unit?.unitId).toBe(slowUnit);
    } finally {
      expect(await again.stop()).toEqual({ code: 0, signal: null });
    }
  });
});
