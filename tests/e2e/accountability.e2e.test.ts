import { request as httpRequest } from 'node:http';
import { ADMIN, analystOf, auditorOf, clerkOf, TestServer, type As, type Loose } from '../support/test-server';
import { supervisionActs } from '../support/supervision-fixture';

/**
 * The accountability area over HTTP, on the wired app: the two-year cycle of a county bureau as of a day and as known
 * at a time, a unit's place in it, acts recorded late, and the exports (coverage CSV, the log as NDJSON), each as the
 * roles that may and may not use them. Plain query strings (the typed operations follow the schema's re-emission).
 */
let server: TestServer;
const XIHU = '330106';
const YUHANG = '330110';
const units: Record<string, string> = {};
const gql = (query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) => server.gql(query, variables, as);
const ok = (query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) => server.gqlOk(query, variables, as);
const acts = supervisionActs(() => server, 8_800_000);
const register = (name: string, occurredAt: string) => acts.register(XIHU, occurredAt, name);
const inspect = (unitId: string, day: string, kind?: string) => acts.inspect(XIHU, unitId, day, kind);

/** A GET of an export with the bearer token of `as`, read whole (trailers included). */
function download(path: string, as: As | null): Promise<{ status: number; headers: Record<string, unknown>; trailers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    server.headersFor(as).then((headers) => {
      const req = httpRequest(new URL(path, server.url), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, trailers: res.trailers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    }, reject);
  });
}

const CYCLE = `query ($bureauId: ID!, $asOf: String, $knownAt: DateTimeISO, $first: Int, $after: String) {
  cycleStatus(bureauId: $bureauId, asOf: $asOf, knownAt: $knownAt, first: $first, after: $after) {
    bureauId asOf knownAt countingKinds met unitsInScope covered notYetDue overdue
    overdueUnits { totalCount pageInfo { hasNextPage endCursor } nodes { unitId name dueOn daysOverdue lastCountingInspectionOn } }
  }
}`;
const FIGURES = 'query ($bureauId: ID!, $asOf: String) { cycleStatus(bureauId: $bureauId, asOf: $asOf) { unitsInScope covered notYetDue overdue met } }';
let beforeWithdrawal: string;

beforeAll(async () => {
  server = await TestServer.start();
  for (const regionCode of ['330000', '330100', XIHU, YUHANG]) {
    await ok('mutation ($input: EstablishBureauInput!) { establishBureau(input: $input) { position } }', { input: { regionCode, name: `${regionCode}档案局` } });
  }
  units.covered = await register('甲公司', '2022-01-10T02:00:00.000Z');
  await inspect(units.covered, '2024-03-01');
  units.overdue = await register('乙公司', '2021-01-10T02:00:00.000Z');
  units.recent = await register('丙公司', '2024-09-01T02:00:00.000Z');
  units.withdrawn = await register('丁公司', '2020-01-01T02:00:00.000Z');
  const doubtful = await inspect(units.withdrawn, '2024-01-02', 'ANNUAL');
  await new Promise((resolve) => setTimeout(resolve, 10));
  beforeWithdrawal = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 10));
  await ok('mutation ($input: WithdrawInspectionInput!) { withdrawInspection(input: $input) { position } }', { input: { inspectionId: doubtful, reason: '记录不实' } }, clerkOf(XIHU));
}, 60_000);
afterAll(() => server.stop());

describe('cycleStatus over HTTP', () => {
  it("answers the county bureau's cycle on a day, with the overdue units, for its staff and its auditors", async () => {
    for (const as of [clerkOf(XIHU), auditorOf('330000')]) {
      const { cycleStatus } = await ok(CYCLE, { bureauId: XIHU, asOf: '2025-06-01' }, as);
      expect(cycleStatus).toMatchObject({ bureauId: XIHU, asOf: '2025-06-01', met: false, unitsInScope: 4, covered: 1, notYetDue: 1, overdue: 2 });
      expect(cycleStatus.overdueUnits.nodes).toEqual([
        { unitId: units.withdrawn, name: '丁公司', dueOn: '2022-01-01', daysOverdue: 1247, lastCountingInspectionOn: null },
        { unitId: units.overdue, name: '乙公司', dueOn: '2023-01-10', daysOverdue: 873, lastCountingInspectionOn: null },
      ]);
    }
  });

  it('shows the record as it stood before the withdrawal was entered', async () => {
    const { cycleStatus } = await ok(CYCLE, { bureauId: XIHU, asOf: '2025-06-01', knownAt: beforeWithdrawal });
    expect(cycleStatus).toMatchObject({ knownAt: beforeWithdrawal, covered: 2, overdue: 1 });
  });

  it('gives analysts the figures only, and answers NOT_FOUND outside the scope', async () => {
    expect((await ok(FIGURES, { bureauId: XIHU, asOf: '2025-06-01' }, analystOf('330000'))).cycleStatus).toEqual({ unitsInScope: 4, covered: 1, notYetDue: 1, overdue: 2, met: false });
    const listed = await gql(CYCLE, { bureauId: XIHU }, analystOf('330000'));
    expect(listed.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const outside = await gql(FIGURES, { bureauId: XIHU }, clerkOf(YUHANG));
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("gives a unit's own place in the cycle", async () => {
    const { unit } = await ok('query ($id: ID!) { unit(id: $id) { cycleStatus(asOf: "2025-06-01") { bureauId state dueOn daysOverdue } } }', { id: units.covered }, clerkOf(XIHU));
    expect(unit.cycleStatus).toEqual({ bureauId: XIHU, state: 'COVERED', dueOn: '2026-03-01', daysOverdue: 0 });
  });

  it('lists the acts recorded long after they happened', async () => {
    const { lateRecords } = await ok('query ($b: ID!) { lateRecords(bureauId: $b, minDelayDays: 365) { totalCount nodes { type delayDays } } }', { b: XIHU }, auditorOf('330000'));
    expect(lateRecords.totalCount).toBeGreaterThanOrEqual(5);
    expect(lateRecords.nodes.map((n: Loose) => n.type)).toEqual(expect.arrayContaining(['UnitRegistered', 'InspectionConducted']));
  });
});

describe('the exports over HTTP', () => {
  it('serves the coverage CSV of a region, with a BOM, within the scope', async () => {
    const csv = await download('/exports/coverage.csv?region=330100&asOf=2025-06-01', analystOf('330000'));
    expect(csv.status).toBe(200);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.body.toString('utf8').slice(1).split('\r\n');
    expect(rows[0]).toBe('bureau_id,bureau_name,region_code,region_name,as_of,known_at,units_in_scope,covered,not_yet_due,overdue,cycle_met');
    expect(rows.find((r) => r.startsWith(`${XIHU},`))).toMatch(/,4,1,1,2,false$/);
    expect((await download('/exports/coverage.csv?region=330100', clerkOf(YUHANG))).status).toBe(404);
    expect((await download('/exports/coverage.csv?region=330100', null)).status).toBe(401);
  });

  it('streams the log as NDJSON for administrators, resumable, and refuses other roles', async () => {
    const head = await server.headPosition();
    const all = await download('/exports/events.ndjson', ADMIN);
    expect(all.status).toBe(200);
    const events = all.body.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.position)).toEqual(Array.from({ length: head }, (_, i) => i + 1));
    expect(all.trailers['x-next-after']).toBe(String(head));
    const rest = await download(`/exports/events.ndjson?after=${head - 3}&limit=2`, ADMIN);
    expect(rest.body.toString('utf8').trim().split('\n').map((l) => JSON.parse(l).position)).toEqual([head - 2, head - 1]);
    expect(rest.trailers['x-next-after']).toBe(String(head - 1));
    for (const as of [clerkOf(XIHU), auditorOf('330000'), analystOf('330000')]) expect((await download('/exports/events.ndjson', as)).status).toBe(403);
    expect((await download('/exports/events.ndjson', auditorOf('000000'))).status).toBe(200);
  });
});
