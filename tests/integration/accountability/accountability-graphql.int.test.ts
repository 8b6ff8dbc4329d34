import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { readScopeOf } from '../../../src/auth/scope';
import type { Actor } from '../../../src/domain/shared/event';
import { ACCOUNTABILITY_RESOLVERS } from '../../../src/graphql/accountability';
import { authChecker } from '../../../src/graphql/auth-checker';
import { INSPECTION_RESOLVERS } from '../../../src/graphql/inspection';
import { LEDGER_RESOLVERS } from '../../../src/graphql/ledger';
import { formatError } from '../../../src/graphql/format-error';
import { createLoaders } from '../../../src/graphql/loaders';
import { OVERSIGHT_RESOLVERS } from '../../../src/graphql/oversight';
import { RECTIFICATION_RESOLVERS } from '../../../src/graphql/rectification';
import { BureauResolver } from '../../../src/graphql/registry/bureau.resolver';
import { ImportResolver } from '../../../src/graphql/registry/import.resolver';
import { RegionResolver } from '../../../src/graphql/registry/region.resolver';
import { UnitResolver } from '../../../src/graphql/registry/unit.resolver';
import { ADMIN, openAccountabilityStores, staffOf, XIHU, YUHANG, type AccountabilityStores } from './accountability.fixture';

/**
 * The accountability GraphQL layer in process: the app's resolvers plus ours, as src/graphql/schema.ts will list them,
 * over the embedded store; the operations file validated against that schema and run as each role.
 */
let s: AccountabilityStores;
let schema: GraphQLSchema;
const operations: DocumentNode = parse(readFileSync(path.join(__dirname, '../../../schema/operations/accountability.graphql'), 'utf8'));
const units: Record<string, string> = {};

const AUDITOR: Actor = { id: 'auditor-zj', role: 'AUDITOR', regionCode: '330000' };
const ANALYST: Actor = { id: 'analyst-zj', role: 'ANALYST', regionCode: '330000' };
const OTHER_COUNTY: Actor = staffOf(YUHANG);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function run(operationName: string, variables: Record<string, unknown>, actor: Actor = ADMIN): Promise<{ data?: any; errors?: readonly any[] }> {
  const contextValue = {
    actor,
    scope: readScopeOf(actor),
    correlationId: 'test',
    now: () => new Date('2025-06-01T04:00:00Z'),
    readStore: s.readStore,
    loaders: createLoaders(s.readStore),
    accountability: s.accountability,
  };
  const result = await graphql({ schema, source: operations.loc!.source.body, operationName, variableValues: variables, contextValue });
  // Errors as clients see them: through the app's one formatError.
  return { data: result.data, errors: result.errors?.map((e) => formatError(e.toJSON(), e)) };
}

beforeAll(async () => {
  schema = buildSchemaSync({
    resolvers: [
      UnitResolver,
      BureauResolver,
      RegionResolver,
      ImportResolver,
      ...INSPECTION_RESOLVERS,
      ...RECTIFICATION_RESOLVERS,
      ...OVERSIGHT_RESOLVERS,
      ...LEDGER_RESOLVERS,
      ...ACCOUNTABILITY_RESOLVERS,
    ] as [Function, ...Function[]],
    validate: false,
    authChecker,
  });
  s = await openAccountabilityStores();
  units.a = await s.register(XIHU, '2020-01-10', '甲公司');
  units.b = await s.register(XIHU, '2020-03-10', '乙公司');
  units.c = await s.register(XIHU, '2021-05-10', '丙公司');
  units.d = await s.register(XIHU, '2022-01-10', '丁公司');
  await s.inspect(units.d, XIHU, '2024-03-01');
  units.e = await s.register(XIHU, '2024-09-01', '戊公司');
});
afterAll(() => s.close());

describe('the accountability operations', () => {
  it('validate against the schema the app builds with the accountability resolvers', () => {
    expect(validate(schema, operations)).toEqual([]);
    const names = operations.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => d.name?.value);
    expect(names).toEqual(['CycleStatus', 'CycleFigures', 'UnitCycleStatus', 'LateRecords']);
  });
});

describe('cycleStatus', () => {
  it('answers the figures and pages through the overdue units, the longest overdue first', async () => {
    const first = await run('CycleStatus', { bureauId: XIHU, asOf: '2025-06-01', first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.cycleStatus).toMatchObject({
      bureauId: XIHU,
      asOf: '2025-06-01',
      knownAt: '2025-06-01T04:00:00.000Z',
      countingKinds: ['LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL'],
      met: false,
      unitsInScope: 5,
      covered: 1,
      notYetDue: 1,
      overdue: 3,
    });
    const page1 = first.data.cycleStatus.overdueUnits;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: { node: { name: string; dueOn: string; daysOverdue: number } }) => [e.node.name, e.node.dueOn, e.node.daysOverdue])).toEqual([
      ['甲公司', '2022-01-10', 1238],
      ['乙公司', '2022-03-10', 1179],
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await run('CycleStatus', { bureauId: XIHU, asOf: '2025-06-01', first: 2, after: page1.pageInfo.endCursor });
    const page2 = second.data.cycleStatus.overdueUnits;
    expect(page2.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['丙公司']);
    expect(page2.pageInfo).toEqual({ hasNextPage: false, endCursor: page2.edges[0].cursor });
  });

  it('defaults to today and to the record as it stands, and reads the past as it was known', async () => {
    const today = await run('CycleFigures', { bureauId: XIHU });
    expect(today.data.cycleStatus).toMatchObject({ asOf: '2025-06-01', unitsInScope: 5, overdue: 3 });
    const before = await run('CycleFigures', { bureauId: XIHU, asOf: '2025-06-01', knownAt: '2020-01-01T00:00:00Z' });
    expect(before.data.cycleStatus).toMatchObject({ knownAt: '2020-01-01T00:00:00.000Z', unitsInScope: 0, met: true });
  });

  it('gives analysts the figures but not the overdue units', async () => {
    expect((await run('CycleFigures', { bureauId: XIHU }, ANALYST)).data.cycleStatus.overdue).toBe(3);
    const listed = await run('CycleStatus', { bureauId: XIHU }, ANALYST);
    expect(listed.data.cycleStatus).toMatchObject({ overdue: 3, overdueUnits: null });
    expect(listed.errors).toMatchObject([{ path: ['cycleStatus', 'overdueUnits'], extensions: { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' } }]);
  });

  it('answers NOT_FOUND for a bureau outside the scope, as for an unknown one', async () => {
    for (const [actor, bureauId] of [[OTHER_COUNTY, XIHU], [ADMIN, '330199']] as const) {
      const result = await run('CycleFigures', { bureauId }, actor);
      expect(result.data).toBeNull();
      expect(result.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND', reason: 'BUREAU_NOT_FOUND' } }]);
    }
    expect((await run('CycleFigures', { bureauId: XIHU }, AUDITOR)).data.cycleStatus.unitsInScope).toBe(5);
  });

  it('refuses a bad day, page size or cursor', async () => {
    expect((await run('CycleFigures', { bureauId: XIHU, asOf: '2025-02-30' })).errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
    expect((await run('CycleStatus', { bureauId: XIHU, first: 101 })).errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
    expect((await run('CycleStatus', { bureauId: XIHU, after: 'bm9wZQ' })).errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
  });
});

describe('Unit.cycleStatus', () => {
  it("answers the unit's place in the cycle on a day, as known at a time", async () => {
    const result = await run('UnitCycleStatus', { unitId: units.d, asOf: '2025-06-01' });
    expect(result.data.unit.cycleStatus).toEqual({
      asOf: '2025-06-01',
      knownAt: '2025-06-01T04:00:00.000Z',
      inScope: true,
      bureauId: XIHU,
      state: 'COVERED',
      enteredScopeOn: '2022-01-10',
      dueOn: '2026-03-01',
      daysOverdue: 0,
      lastCountingInspectionOn: '2024-03-01',
    });
    const before = await run('UnitCycleStatus', { unitId: units.d, asOf: '2019-06-01' });
    expect(before.data.unit.cycleStatus).toMatchObject({ inScope: false, bureauId: null, state: null, daysOverdue: 0 });
  });
});

describe('lateRecords', () => {
  it("lists the bureau's acts recorded long after they happened, for record readers only", async () => {
    const result = await run('LateRecords', { bureauId: XIHU, minDelayDays: 365, first: 3 });
    expect(result.errors).toBeUndefined();
    const page = result.data.lateRecords;
    expect(page.totalCount).toBeGreaterThanOrEqual(6); // the bureau and five back-dated registrations, an inspection
    expect(page.nodes).toHaveLength(3);
    expect(page.nodes[0]).toMatchObject({ type: 'BureauEstablished', bureauId: XIHU, actor: { id: 'admin-1', role: 'NATIONAL_ADMIN' } });
    const next = await run('LateRecords', { bureauId: XIHU, minDelayDays: 365, first: 100, after: page.pageInfo.endCursor });
    expect(next.data.lateRecords.nodes).toHaveLength(page.totalCount - 3);
    expect((await run('LateRecords', { bureauId: XIHU }, ANALYST)).errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    expect((await run('LateRecords', { bureauId: XIHU, minDelayDays: 0 })).errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
    expect((await run('LateRecords', { bureauId: XIHU }, OTHER_COUNTY)).errors).toMatchObject([{ extensions: { code: 'NOT_FOUND', reason: 'BUREAU_NOT_FOUND' } }]);
  });
});
