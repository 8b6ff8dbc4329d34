import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Actor, RecordedEvent } from '../../../src/domain/shared/event';
import type { ReadAllOptions } from '../../../src/eventstore/port';
import { COVERAGE_EXPORT_PATH, csvField, EVENTS_EXPORT_PATH, handleCoverageExport, handleEventsExport, type ExportsRouteDeps } from '../../../src/http/exports.route';
import { ADMIN, CITY, meta, openAccountabilityStores, staffOf, XIHU, YUHANG, type AccountabilityStores } from './accountability.fixture';

/**
 * The export routes on a bare node:http server over the embedded store. The actor comes from a test header here;
 * the app's router passes the one its bearer token names.
 */
let s: AccountabilityStores;
let server: Server;
let base: string;
const readAllCalls: ReadAllOptions[] = [];

const AUDITOR_NATION: Actor = { id: 'auditor-cn', role: 'AUDITOR', regionCode: '000000' };
const AUDITOR_ZJ: Actor = { id: 'auditor-zj', role: 'AUDITOR', regionCode: '330000' };
const ANALYST_ZJ: Actor = { id: 'analyst-zj', role: 'ANALYST', regionCode: '330000' };

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  trailers: NodeJS.Dict<string>;
  body: Buffer;
}

function request(path: string, actor: Actor = ADMIN, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = get(`${base}${path}`, { method, headers: { 'x-test-actor': JSON.stringify(actor) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, trailers: res.trailers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const lines = (a: Answer): RecordedEvent[] => a.body.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as RecordedEvent);
const errorCode = (a: Answer): string => (JSON.parse(a.body.toString('utf8')) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

beforeAll(async () => {
  s = await openAccountabilityStores();
  await s.registry.establishBureau({ regionCode: '330102', name: '上城区档案局, "老城"' }, meta(ADMIN, '2019-01-01'));
  const a = await s.register(XIHU, '2020-01-10');
  await s.register(XIHU, '2024-09-01');
  await s.inspect(a, XIHU, '2024-03-01');
  await s.register(YUHANG, '2019-01-10');
  const log = {
    readAll: (options?: ReadAllOptions) => {
      readAllCalls.push(options ?? {});
      return s.eventStore.readAll(options);
    },
    headPosition: () => s.eventStore.headPosition(),
  };
  server = createServer((req, res) => {
    const actor = JSON.parse(String(req.headers['x-test-actor'])) as Actor;
    const deps: ExportsRouteDeps = { log, readStore: s.readStore, accountability: s.accountability, actor, now: () => new Date('2025-06-01T04:00:00Z'), batchSize: 4 };
    const path = (req.url ?? '').split('?')[0];
    const handler = path === COVERAGE_EXPORT_PATH ? handleCoverageExport : path === EVENTS_EXPORT_PATH ? handleEventsExport : null;
    if (!handler) return void res.writeHead(404).end();
    handler(req, res, deps).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await s.close();
});

describe('GET /exports/coverage.csv', () => {
  it('has one row per bureau of the region and below, UTF-8 with a BOM, CRLF, RFC 4180 quoting', async () => {
    const answer = await request(`${COVERAGE_EXPORT_PATH}?region=330100&asOf=2025-06-01`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect([...answer.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = answer.body.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').slice(0, -1)).toEqual([
      'bureau_id,bureau_name,region_code,region_name,as_of,known_at,units_in_scope,covered,not_yet_due,overdue,cycle_met',
      `${CITY},${CITY}档案局,${CITY},杭州市,2025-06-01,2025-06-01T04:00:00.000Z,0,0,0,0,true`,
      '330102,"上城区档案局, ""老城""",330102,上城区,2025-06-01,2025-06-01T04:00:00.000Z,0,0,0,0,true',
      `${XIHU},${XIHU}档案局,${XIHU},西湖区,2025-06-01,2025-06-01T04:00:00.000Z,2,1,1,0,true`,
      `${YUHANG},${YUHANG}档案局,${YUHANG},余杭区,2025-06-01,2025-06-01T04:00:00.000Z,1,0,0,1,false`,
    ]);
  });

  it('answers as the record stood at knownAt', async () => {
    const answer = await request(`${COVERAGE_EXPORT_PATH}?region=${XIHU}&asOf=2025-06-01&knownAt=2020-01-01T08:00:00%2B08:00`);
    expect(answer.body.toString('utf8').split('\r\n')[1]).toBe(`${XIHU},${XIHU}档案局,${XIHU},西湖区,2025-06-01,2020-01-01T00:00:00.000Z,0,0,0,0,true`);
  });

  it('applies the scope: a region outside it is not found; analysts may export figures', async () => {
    expect((await request(`${COVERAGE_EXPORT_PATH}?region=${XIHU}`, staffOf(YUHANG))).status).toBe(404);
    expect(errorCode(await request(`${COVERAGE_EXPORT_PATH}?region=330000`, staffOf(XIHU)))).toBe('NOT_FOUND');
    expect((await request(`${COVERAGE_EXPORT_PATH}?region=330000`, staffOf(CITY))).status).toBe(404); // the city's staff do not read the province
    const analyst = await request(`${COVERAGE_EXPORT_PATH}?region=330000&asOf=2025-06-01`, ANALYST_ZJ);
    expect(analyst.body.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(1 + 5);
    expect((await request(`${COVERAGE_EXPORT_PATH}?region=${CITY}`, staffOf('330000'))).status).toBe(200);
  });

  it('refuses bad input with 400 and other methods with 405', async () => {
    for (const query of ['', '?region=99', '?region=330106&asOf=2025-02-30', '?region=330106&knownAt=yesterday']) {
      const answer = await request(`${COVERAGE_EXPORT_PATH}${query}`);
      expect([query, answer.status, errorCode(answer)]).toEqual([query, 400, 'BAD_USER_INPUT']);
    }
    expect((await request(`${COVERAGE_EXPORT_PATH}?region=330106`, ADMIN, 'POST')).status).toBe(405);
  });

  it('keeps spreadsheet formulas out of text cells', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe(`'-1`);
    expect(csvField(-1)).toBe('-1');
    expect(csvField('多行\n文本')).toBe('"多行\n文本"');
  });
});

describe('GET /exports/events.ndjson', () => {
  it('streams the whole log in order, read in batches, with the resume position in a header and a trailer', async () => {
    readAllCalls.length = 0;
    const head = await s.eventStore.headPosition();
    const answer = await request(EVENTS_EXPORT_PATH);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ 'content-type': 'application/x-ndjson; charset=utf-8', 'x-log-head': String(head), 'x-next-after': String(head) });
    expect(answer.trailers).toEqual({ 'x-next-after': String(head) });
    const events = lines(answer);
    expect(events.map((e) => e.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(events).toEqual(await s.eventStore.readAll());
    expect(readAllCalls.every((o) => (o.maxCount ?? Infinity) <= 4)).toBe(true);
    expect(readAllCalls.length).toBeGreaterThanOrEqual(Math.ceil(head / 4));
  });

  it('resumes after a position, a page of `limit` at a time, the trailer naming where the next begins', async () => {
    const all = await s.eventStore.readAll();
    const seen: RecordedEvent[] = [];
    let after = 0;
    for (;;) {
      const page = await request(`${EVENTS_EXPORT_PATH}?after=${after}&limit=7`);
      expect(page.headers['x-next-after']).toBeUndefined();
      const next = Number(page.trailers['x-next-after']);
      const got = lines(page);
      if (got.length === 0) {
        expect(next).toBe(after);
        break;
      }
      expect(got.length).toBeLessThanOrEqual(7);
      expect(next).toBe(got[got.length - 1]!.position);
      seen.push(...got);
      after = next;
    }
    expect(seen).toEqual(all);
  });

  it('is for administrators and national auditors only', async () => {
    expect((await request(EVENTS_EXPORT_PATH, AUDITOR_NATION)).status).toBe(200);
    for (const actor of [AUDITOR_ZJ, ANALYST_ZJ, staffOf(XIHU), { id: 'r', role: 'UNIT_REPORTER', unitId: 'x' } as Actor]) {
      const answer = await request(EVENTS_EXPORT_PATH, actor);
      expect([actor.role, answer.status, errorCode(answer)]).toEqual([actor.role, 403, 'FORBIDDEN']);
    }
  });

  it('refuses a bad position or limit, and answers HEAD with the headers alone', async () => {
    for (const query of ['?after=-1', '?after=x', '?limit=0', '?limit=1.5']) expect((await request(`${EVENTS_EXPORT_PATH}${query}`)).status).toBe(400);
    const head = await request(EVENTS_EXPORT_PATH, ADMIN, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['x-next-after']).toBe(String(await s.eventStore.headPosition()));
  });
});
