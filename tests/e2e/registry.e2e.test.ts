import { makeCreditCode } from '../../src/domain/shared/credit-code';
import {
  AmendUnitDetailsDocument,
  AssignArchivistDocument,
  BureauDocument,
  BureauHistoryDocument,
  BureausDocument,
  ClassifyUnitDocument,
  DeregisterUnitDocument,
  EstablishBureauDocument,
  RegionDocument,
  RegisterUnitDocument,
  ReleaseArchivistDocument,
  TransferUnitDocument,
  UnitDocument,
  UnitHistoryDocument,
  UnitsDocument,
} from '../support/generated/operations';
import { ADMIN, clerkOf, TestServer, type As } from '../support/test-server';

let server: TestServer;
let seed = 1000;
const nextCode = () => makeCreditCode(seed++);

beforeAll(async () => {
  server = await TestServer.start();
  for (const [regionCode, name] of [
    ['330000', '浙江省档案局'],
    ['330100', '杭州市档案局'],
    ['330106', '杭州市西湖区档案局'],
    ['330110', '杭州市余杭区档案局'],
    ['410000', '河南省档案局'],
  ] as const) {
    await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
  }
});
afterAll(() => server.stop());

const register = (unitId: string, overrides: Partial<Parameters<typeof baseInput>[0]> = {}, as: As = clerkOf(overrides.bureauId ?? '330106')) =>
  server.request(RegisterUnitDocument, { input: baseInput({ unitId, ...overrides }) }, as);

function baseInput(input: { unitId: string; name?: string; regionCode?: string; bureauId?: string }) {
  return {
    unitId: input.unitId,
    name: input.name ?? '杭州某某科技有限公司',
    category: 'ENTERPRISE' as const,
    regionCode: input.regionCode ?? '330106',
    bureauId: input.bureauId ?? '330106',
    address: '文三路 1 号',
    occurredAt: '2025-03-01T09:00:00.000Z',
  };
}

describe('the unit registry over HTTP', () => {
  it('answers the health check', async () => {
    const response = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('establishes bureaus with their level and place in the hierarchy', async () => {
    const { bureau } = await server.ok(BureauDocument, { id: '330106' });
    expect(bureau).toMatchObject({ bureauId: '330106', level: 'COUNTY', regionName: '西湖区', parent: { bureauId: '330100' } });
    const { bureaus } = await server.ok(BureausDocument, { regionPrefix: '33', level: 'PROVINCE' });
    expect(bureaus.map((b) => b.bureauId)).toEqual(['330000']);
  });

  it('registers a unit and shows it at once, with who did it and when', async () => {
    const unitId = nextCode();
    const result = await register(`${unitId.slice(0, 6)} ${unitId.slice(6)}`.toLowerCase());
    expect(result.errors).toBeUndefined();
    const payload = result.data!.registerUnit;
    expect(payload.eventIds).toHaveLength(1);
    expect(payload.unit).toMatchObject({ unitId, status: 'ACTIVE', bureauId: '330106', regionName: '西湖区', revision: 0 });

    const { unit } = await server.ok(UnitDocument, { id: unitId });
    expect(unit?.bureau?.name).toBe('杭州市西湖区档案局');
    expect(unit?.region).toEqual({ code: '330106', name: '西湖区', level: 'COUNTY' });

    const { unitHistory } = await server.ok(UnitHistoryDocument, { unitId });
    expect(unitHistory.totalCount).toBe(1);
    expect(unitHistory.nodes[0]).toMatchObject({
      type: 'UnitRegistered',
      position: payload.position,
      actor: { id: 'clerk-330106', role: 'BUREAU_STAFF', bureauId: '330106' },
      occurredAt: '2025-03-01T09:00:00.000Z',
    });
    expect(Date.parse(unitHistory.nodes[0]!.recordedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('carries a unit through its whole life, every act in its history in order', async () => {
    const unitId = nextCode();
    await register(unitId);
    const clerk = clerkOf('330106');
    await server.ok(AmendUnitDetailsDocument, { input: { unitId, name: '杭州某某数字科技有限公司', reason: '更名' } }, clerk);
    await server.ok(ClassifyUnitDocument, { input: { unitId, unitClass: 'FIRST' } }, clerk);
    await server.ok(AssignArchivistDocument, { input: { unitId, archivistId: 'P-001', name: '张三', partTime: true, duties: '兼办公室主任' } }, clerk);
    await server.ok(AssignArchivistDocument, { input: { unitId, archivistId: 'P-002', name: '李四' } }, clerk);
    await server.ok(ReleaseArchivistDocument, { input: { unitId, archivistId: 'P-001', reason: '调岗' } }, clerk);
    const transferred = await server.ok(TransferUnitDocument, { input: { unitId, toBureauId: '330100', reason: '升格为市管单位' } }, clerk);
    expect(transferred.transferUnit.unit).toMatchObject({
      name: '杭州某某数字科技有限公司',
      unitClass: 'FIRST',
      bureauId: '330100',
      archivists: [{ archivistId: 'P-002', name: '李四', partTime: false }],
    });
    // Now the city bureau's unit: the district's staff no longer reach it, the city's do.
    const stale = await server.request(DeregisterUnitDocument, { input: { unitId, reason: 'DISSOLVED' } }, clerk);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
    const gone = await server.ok(DeregisterUnitDocument, { input: { unitId, reason: 'DISSOLVED', note: '注销' } }, clerkOf('330100'));
    expect(gone.deregisterUnit.unit).toMatchObject({ status: 'DEREGISTERED', deregistrationReason: 'DISSOLVED', archivists: [] });

    const page1 = await server.ok(UnitHistoryDocument, { unitId, first: 5 });
    const page2 = await server.ok(UnitHistoryDocument, { unitId, first: 5, after: page1.unitHistory.pageInfo.endCursor });
    expect(page1.unitHistory.pageInfo.hasNextPage).toBe(true);
    expect(page2.unitHistory.pageInfo.hasNextPage).toBe(false);
    const types = [...page1.unitHistory.nodes, ...page2.unitHistory.nodes].map((n) => n.type);
    expect(types).toEqual([
      'UnitRegistered',
      'UnitDetailsAmended',
      'UnitClassified',
      'ArchivistAssigned',
      'ArchivistAssigned',
      'ArchivistReleased',
      'UnitTransferred',
      'UnitDeregistered',
    ]);
    const positions = [...page1.unitHistory.nodes, ...page2.unitHistory.nodes].map((n) => n.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // The transfer is in both bureaus' histories; the later dissolution only in the city bureau's.
    const transfer = page2.unitHistory.nodes.find((n) => n.type === 'UnitTransferred')!;
    const district = await server.ok(BureauHistoryDocument, { bureauId: '330106', first: 100 });
    const city = await server.ok(BureauHistoryDocument, { bureauId: '330100', first: 100 });
    expect(district.bureauHistory.nodes.map((n) => n.position)).toContain(transfer.position);
    expect(city.bureauHistory.nodes.map((n) => n.position)).toContain(transfer.position);
    expect(city.bureauHistory.nodes.at(-1)).toMatchObject({ type: 'UnitDeregistered', data: { unitId } });
  });

  it('refuses bad input with a stable code and the offending field, and writes nothing', async () => {
    const before = await server.headPosition();
    const cases: [Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, Record<string, unknown>][] = [
      [register('91110108551385082A'), { code: 'BAD_USER_INPUT', reason: 'INVALID_CREDIT_CODE', field: 'unitId' }],
      [register(nextCode(), { regionCode: '330110' }), { code: 'BAD_USER_INPUT', reason: 'REGION_OUTSIDE_BUREAU', field: 'regionCode' }],
      [register(nextCode(), { regionCode: '999999' }), { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REGION', field: 'regionCode' }],
      [register(nextCode(), { bureauId: '330102' }, ADMIN), { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU', field: 'bureauId' }],
      [register(nextCode(), { bureauId: '330110', regionCode: '330110' }, clerkOf('330106')), { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' }],
      [register(nextCode(), { name: '   ' }), { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'name' }],
      // A variable that does not coerce is the client's error, not a 500 (it once failed in the complexity check).
      [
        server.request(RegisterUnitDocument, { input: { ...baseInput({ unitId: nextCode() }), occurredAt: 'garbage' } }, clerkOf('330106')),
        { code: 'BAD_USER_INPUT' },
      ],
      [
        server.request(TransferUnitDocument, { input: { unitId: nextCode(), toBureauId: '330100', reason: 'x' } }, ADMIN),
        { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' },
      ],
    ];
    for (const [request, expected] of cases) {
      const result = await request;
      expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    }
    expect(await server.headPosition()).toBe(before);
  });

  it('refuses a second active unit with the same credit code as a CONFLICT', async () => {
    const unitId = nextCode();
    await register(unitId);
    const before = await server.headPosition();
    const again = await register(unitId);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_CREDIT_CODE' });
    expect(await server.headPosition()).toBe(before);
  });

  it('answers nothing without a valid bearer token but the health check', async () => {
    const before = await server.headPosition();
    const anonymous = await server.request(RegisterUnitDocument, { input: baseInput({ unitId: nextCode() }) }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
    for (const authorization of ['Bearer not.a.token', 'Basic abc', `Bearer ${'x'.repeat(20)}.${'y'.repeat(20)}.${'z'.repeat(20)}`]) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ bureaus { bureauId } }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await server.headPosition()).toBe(before);
  });

  it('returns the first result for a retried idempotency key and appends nothing', async () => {
    const unitId = nextCode();
    await register(unitId);
    const input = { unitId, archivistId: 'P-9', name: '王五', idempotencyKey: `assign-${unitId}` };
    const first = await server.ok(AssignArchivistDocument, { input }, clerkOf('330106'));
    const head = await server.headPosition();
    const retry = await server.ok(AssignArchivistDocument, { input }, clerkOf('330106'));
    expect(retry.assignArchivist.eventIds).toEqual(first.assignArchivist.eventIds);
    expect(retry.assignArchivist.position).toBe(first.assignArchivist.position);
    expect(await server.headPosition()).toBe(head);
  });

  it('refuses an idempotency key reused for a different request, and changes nothing', async () => {
    const unitId = nextCode();
    await register(unitId);
    const input = { unitId, archivistId: 'P-10', name: '赵六', idempotencyKey: `assign-${unitId}` };
    await server.ok(AssignArchivistDocument, { input }, clerkOf('330106'));
    const head = await server.headPosition();
    const other = await server.request(AssignArchivistDocument, { input: { ...input, archivistId: 'P-11', name: '钱七' } }, clerkOf('330106'));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await server.headPosition()).toBe(head);
  });

  it('pages through units with a filter, each exactly once', async () => {
    const ids = Array.from({ length: 7 }, () => nextCode());
    for (const unitId of ids) await register(unitId, { regionCode: '419001', bureauId: '410000' });
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { units } = await server.ok(UnitsDocument, { filter: { regionPrefix: '41', status: 'ACTIVE' }, first: 3, after });
      expect(units.totalCount).toBe(7);
      seen.push(...units.edges.map((e) => e.node.unitId));
      if (!units.pageInfo.hasNextPage) break;
      after = units.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].sort());
    const tooMany = await server.request(UnitsDocument, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
  });

  it('rolls unit counts up the region tree, including county-level units directly under a province', async () => {
    const { region } = await server.ok(RegionDocument, { code: '410000' });
    expect(region?.bureau?.bureauId).toBe('410000');
    expect(region?.unitCount).toBe(7);
    const jiyuan = region?.children.find((c) => c.code === '419001');
    expect(jiyuan).toMatchObject({ name: '济源市', level: 'COUNTY', unitCount: 7 });
    const { region: nation } = await server.ok(RegionDocument, { code: '000000' });
    expect(nation?.children.length).toBeGreaterThanOrEqual(31);
    expect(nation?.unitCount).toBeGreaterThanOrEqual(7);
  });

  it('answers unknown things with NOT_FOUND or null', async () => {
    expect((await server.ok(UnitDocument, { id: nextCode() })).unit).toBeNull();
    const history = await server.request(UnitHistoryDocument, { unitId: nextCode() });
    expect(history.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const response = await fetch(server.url.replace('/graphql', '/nowhere'), { headers: await server.headersFor(ADMIN) });
    expect(response.status).toBe(404);
  });
});
