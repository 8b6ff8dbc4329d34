import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import {
  FIXTURE_BUREAUS,
  FIXTURE_UNITS,
  OPERATIONS,
  YUHANG,
  freshCode,
  Oracle,
  ROLES,
  TARGETS,
  registerWithArchivist,
  type Expectation,
  type OperationName,
  type ReadOperation,
  type RoleName,
  type RowContext,
  type Scope,
  type WriteOperation,
} from '../support/access-matrix';
import {
  AssignArchivistDocument,
  ClassifyUnitDocument,
  EstablishBureauDocument,
  ImportUnitsDocument,
  RegisterUnitDocument,
} from '../support/generated/operations';
import type { GraphQLResponse, TestServer as TestServerType } from '../support/test-server';
import { clerkOf, TestServer } from '../support/test-server';

/**
 * Issue 6: every query, nested field and mutation under every role, aimed inside and outside the caller's scope.
 * Roles (tests/support/access-matrix.ts): ADMIN national; CLERK staff of county bureau 330106; AUDITOR of prefecture
 * 330100; ANALYST of province 330000; REPORTER of one unit in 330106; NO_TOKEN. Targets: "in" lies in the caller's
 * scope, "out" outside it (for ADMIN, what the others cannot see). Allowed writes act on a fresh unit each; refused
 * writes aim at the shared fixture and must leave the event log's head where it was.
 */
const MATRIX: [OperationName, RoleName, Scope, Expectation][] = [
  // operation          role         scope  expectation
  ['units',             'ADMIN',     'in',  'ALLOW'],
  ['units',             'ADMIN',     'out', 'ALLOW'],
  ['units',             'CLERK',     'in',  'ALLOW'],
  ['units',             'CLERK',     'out', 'NULL'],
  ['units',             'AUDITOR',   'in',  'ALLOW'],
  ['units',             'AUDITOR',   'out', 'NULL'],
  ['units',             'ANALYST',   'in',  'FORBIDDEN'],
  ['units',             'ANALYST',   'out', 'FORBIDDEN'],
  ['units',             'REPORTER',  'in',  'ALLOW'],
  ['units',             'REPORTER',  'out', 'NULL'],
  ['units',             'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['units',             'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['unit',              'ADMIN',     'in',  'ALLOW'],
  ['unit',              'ADMIN',     'out', 'ALLOW'],
  ['unit',              'CLERK',     'in',  'ALLOW'],
  ['unit',              'CLERK',     'out', 'NULL'],
  ['unit',              'AUDITOR',   'in',  'ALLOW'],
  ['unit',              'AUDITOR',   'out', 'NULL'],
  ['unit',              'ANALYST',   'in',  'FORBIDDEN'],
  ['unit',              'ANALYST',   'out', 'FORBIDDEN'],
  ['unit',              'REPORTER',  'in',  'ALLOW'],
  ['unit',              'REPORTER',  'out', 'NULL'],
  ['unit',              'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['unit',              'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['unitHistory',       'ADMIN',     'in',  'ALLOW'],
  ['unitHistory',       'ADMIN',     'out', 'ALLOW'],
  ['unitHistory',       'CLERK',     'in',  'ALLOW'],
  ['unitHistory',       'CLERK',     'out', 'NOT_FOUND'],
  ['unitHistory',       'AUDITOR',   'in',  'ALLOW'],
  ['unitHistory',       'AUDITOR',   'out', 'NOT_FOUND'],
  ['unitHistory',       'ANALYST',   'in',  'FORBIDDEN'],
  ['unitHistory',       'ANALYST',   'out', 'FORBIDDEN'],
  ['unitHistory',       'REPORTER',  'in',  'ALLOW'],
  ['unitHistory',       'REPORTER',  'out', 'NOT_FOUND'],
  ['unitHistory',       'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['unitHistory',       'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Unit.history',      'ADMIN',     'in',  'ALLOW'],
  ['Unit.history',      'ADMIN',     'out', 'ALLOW'],
  ['Unit.history',      'CLERK',     'in',  'ALLOW'],
  ['Unit.history',      'CLERK',     'out', 'NULL'],
  ['Unit.history',      'AUDITOR',   'in',  'ALLOW'],
  ['Unit.history',      'AUDITOR',   'out', 'NULL'],
  ['Unit.history',      'ANALYST',   'in',  'FORBIDDEN'],
  ['Unit.history',      'ANALYST',   'out', 'FORBIDDEN'],
  ['Unit.history',      'REPORTER',  'in',  'ALLOW'],
  ['Unit.history',      'REPORTER',  'out', 'NULL'],
  ['Unit.history',      'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Unit.history',      'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Unit.bureau',       'ADMIN',     'in',  'ALLOW'],
  ['Unit.bureau',       'ADMIN',     'out', 'ALLOW'],
  ['Unit.bureau',       'CLERK',     'in',  'ALLOW'],
  ['Unit.bureau',       'CLERK',     'out', 'NULL'],
  ['Unit.bureau',       'AUDITOR',   'in',  'ALLOW'],
  ['Unit.bureau',       'AUDITOR',   'out', 'NULL'],
  ['Unit.bureau',       'ANALYST',   'in',  'FORBIDDEN'],
  ['Unit.bureau',       'ANALYST',   'out', 'FORBIDDEN'],
  ['Unit.bureau',       'REPORTER',  'in',  'NESTED_NULL'], // its own unit, but no bureau is in a unit's scope
  ['Unit.bureau',       'REPORTER',  'out', 'NULL'],
  ['Unit.bureau',       'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Unit.bureau',       'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Unit.region',       'ADMIN',     'in',  'ALLOW'],
  ['Unit.region',       'ADMIN',     'out', 'ALLOW'],
  ['Unit.region',       'CLERK',     'in',  'ALLOW'],
  ['Unit.region',       'CLERK',     'out', 'NULL'],
  ['Unit.region',       'AUDITOR',   'in',  'ALLOW'],
  ['Unit.region',       'AUDITOR',   'out', 'NULL'],
  ['Unit.region',       'ANALYST',   'in',  'FORBIDDEN'],
  ['Unit.region',       'ANALYST',   'out', 'FORBIDDEN'],
  ['Unit.region',       'REPORTER',  'in',  'NESTED_NULL'], // nor a region (its counts would reach other units)
  ['Unit.region',       'REPORTER',  'out', 'NULL'],
  ['Unit.region',       'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Unit.region',       'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Archivist.name',    'ADMIN',     'in',  'ALLOW'],
  ['Archivist.name',    'ADMIN',     'out', 'ALLOW'],
  ['Archivist.name',    'CLERK',     'in',  'ALLOW'],
  ['Archivist.name',    'CLERK',     'out', 'NULL'],
  ['Archivist.name',    'AUDITOR',   'in',  'ALLOW'],
  ['Archivist.name',    'AUDITOR',   'out', 'NULL'],
  ['Archivist.name',    'ANALYST',   'in',  'FORBIDDEN'], // no personal names for analysts
  ['Archivist.name',    'ANALYST',   'out', 'FORBIDDEN'],
  ['Archivist.name',    'REPORTER',  'in',  'ALLOW'],
  ['Archivist.name',    'REPORTER',  'out', 'NULL'],
  ['Archivist.name',    'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Archivist.name',    'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['bureau',            'ADMIN',     'in',  'ALLOW'],
  ['bureau',            'ADMIN',     'out', 'ALLOW'],
  ['bureau',            'CLERK',     'in',  'ALLOW'],
  ['bureau',            'CLERK',     'out', 'NULL'],
  ['bureau',            'AUDITOR',   'in',  'ALLOW'],
  ['bureau',            'AUDITOR',   'out', 'NULL'],
  ['bureau',            'ANALYST',   'in',  'ALLOW'],
  ['bureau',            'ANALYST',   'out', 'NULL'],
  ['bureau',            'REPORTER',  'in',  'NULL'],
  ['bureau',            'REPORTER',  'out', 'NULL'],
  ['bureau',            'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['bureau',            'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['bureauHistory',     'ADMIN',     'in',  'ALLOW'],
  ['bureauHistory',     'ADMIN',     'out', 'ALLOW'],
  ['bureauHistory',     'CLERK',     'in',  'ALLOW'],
  ['bureauHistory',     'CLERK',     'out', 'NOT_FOUND'],
  ['bureauHistory',     'AUDITOR',   'in',  'ALLOW'],
  ['bureauHistory',     'AUDITOR',   'out', 'NOT_FOUND'],
  ['bureauHistory',     'ANALYST',   'in',  'FORBIDDEN'],
  ['bureauHistory',     'ANALYST',   'out', 'FORBIDDEN'],
  ['bureauHistory',     'REPORTER',  'in',  'NOT_FOUND'],
  ['bureauHistory',     'REPORTER',  'out', 'NOT_FOUND'],
  ['bureauHistory',     'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['bureauHistory',     'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['bureaus',           'ADMIN',     'in',  'ALLOW'],
  ['bureaus',           'ADMIN',     'out', 'ALLOW'],
  ['bureaus',           'CLERK',     'in',  'ALLOW'],
  ['bureaus',           'CLERK',     'out', 'NULL'],
  ['bureaus',           'AUDITOR',   'in',  'ALLOW'],
  ['bureaus',           'AUDITOR',   'out', 'NULL'],
  ['bureaus',           'ANALYST',   'in',  'ALLOW'],
  ['bureaus',           'ANALYST',   'out', 'NULL'],
  ['bureaus',           'REPORTER',  'in',  'NULL'],
  ['bureaus',           'REPORTER',  'out', 'NULL'],
  ['bureaus',           'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['bureaus',           'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Bureau.parent',     'ADMIN',     'in',  'ALLOW'],
  ['Bureau.parent',     'ADMIN',     'out', 'ALLOW'],
  ['Bureau.parent',     'CLERK',     'in',  'NESTED_NULL'], // 330106's parent 330100 lies above the county
  ['Bureau.parent',     'CLERK',     'out', 'NULL'],
  ['Bureau.parent',     'AUDITOR',   'in',  'ALLOW'],
  ['Bureau.parent',     'AUDITOR',   'out', 'NULL'],
  ['Bureau.parent',     'ANALYST',   'in',  'ALLOW'],
  ['Bureau.parent',     'ANALYST',   'out', 'NULL'],
  ['Bureau.parent',     'REPORTER',  'in',  'NULL'],
  ['Bureau.parent',     'REPORTER',  'out', 'NULL'],
  ['Bureau.parent',     'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Bureau.parent',     'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Bureau.region',     'ADMIN',     'in',  'ALLOW'],
  ['Bureau.region',     'ADMIN',     'out', 'ALLOW'],
  ['Bureau.region',     'CLERK',     'in',  'ALLOW'],
  ['Bureau.region',     'CLERK',     'out', 'NULL'],
  ['Bureau.region',     'AUDITOR',   'in',  'ALLOW'],
  ['Bureau.region',     'AUDITOR',   'out', 'NULL'],
  ['Bureau.region',     'ANALYST',   'in',  'ALLOW'],
  ['Bureau.region',     'ANALYST',   'out', 'NULL'],
  ['Bureau.region',     'REPORTER',  'in',  'NULL'],
  ['Bureau.region',     'REPORTER',  'out', 'NULL'],
  ['Bureau.region',     'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Bureau.region',     'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['region',            'ADMIN',     'in',  'ALLOW'],
  ['region',            'ADMIN',     'out', 'ALLOW'],
  ['region',            'CLERK',     'in',  'ALLOW'],
  ['region',            'CLERK',     'out', 'NOT_FOUND'],
  ['region',            'AUDITOR',   'in',  'ALLOW'],
  ['region',            'AUDITOR',   'out', 'NOT_FOUND'],
  ['region',            'ANALYST',   'in',  'ALLOW'],
  ['region',            'ANALYST',   'out', 'NOT_FOUND'],
  ['region',            'REPORTER',  'in',  'NOT_FOUND'],
  ['region',            'REPORTER',  'out', 'NOT_FOUND'],
  ['region',            'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['region',            'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Region.children',   'ADMIN',     'in',  'ALLOW'],
  ['Region.children',   'ADMIN',     'out', 'ALLOW'],
  ['Region.children',   'CLERK',     'in',  'ALLOW'],
  ['Region.children',   'CLERK',     'out', 'NOT_FOUND'],
  ['Region.children',   'AUDITOR',   'in',  'ALLOW'],
  ['Region.children',   'AUDITOR',   'out', 'NOT_FOUND'],
  ['Region.children',   'ANALYST',   'in',  'ALLOW'],
  ['Region.children',   'ANALYST',   'out', 'NOT_FOUND'],
  ['Region.children',   'REPORTER',  'in',  'NOT_FOUND'],
  ['Region.children',   'REPORTER',  'out', 'NOT_FOUND'],
  ['Region.children',   'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Region.children',   'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Region.parent',     'ADMIN',     'in',  'ALLOW'],
  ['Region.parent',     'ADMIN',     'out', 'ALLOW'], // 410000's parent is the nation
  ['Region.parent',     'CLERK',     'in',  'NESTED_NULL'],
  ['Region.parent',     'CLERK',     'out', 'NOT_FOUND'],
  ['Region.parent',     'AUDITOR',   'in',  'NESTED_NULL'],
  ['Region.parent',     'AUDITOR',   'out', 'NOT_FOUND'],
  ['Region.parent',     'ANALYST',   'in',  'NESTED_NULL'],
  ['Region.parent',     'ANALYST',   'out', 'NOT_FOUND'],
  ['Region.parent',     'REPORTER',  'in',  'NOT_FOUND'],
  ['Region.parent',     'REPORTER',  'out', 'NOT_FOUND'],
  ['Region.parent',     'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Region.parent',     'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Region.bureau',     'ADMIN',     'in',  'ALLOW'],
  ['Region.bureau',     'ADMIN',     'out', 'ALLOW'],
  ['Region.bureau',     'CLERK',     'in',  'ALLOW'],
  ['Region.bureau',     'CLERK',     'out', 'NOT_FOUND'],
  ['Region.bureau',     'AUDITOR',   'in',  'ALLOW'],
  ['Region.bureau',     'AUDITOR',   'out', 'NOT_FOUND'],
  ['Region.bureau',     'ANALYST',   'in',  'ALLOW'],
  ['Region.bureau',     'ANALYST',   'out', 'NOT_FOUND'],
  ['Region.bureau',     'REPORTER',  'in',  'NOT_FOUND'],
  ['Region.bureau',     'REPORTER',  'out', 'NOT_FOUND'],
  ['Region.bureau',     'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Region.bureau',     'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['Region.unitCount',  'ADMIN',     'in',  'ALLOW'],
  ['Region.unitCount',  'ADMIN',     'out', 'ALLOW'],
  ['Region.unitCount',  'CLERK',     'in',  'ALLOW'],
  ['Region.unitCount',  'CLERK',     'out', 'NOT_FOUND'],
  ['Region.unitCount',  'AUDITOR',   'in',  'ALLOW'],
  ['Region.unitCount',  'AUDITOR',   'out', 'NOT_FOUND'],
  ['Region.unitCount',  'ANALYST',   'in',  'ALLOW'],
  ['Region.unitCount',  'ANALYST',   'out', 'NOT_FOUND'],
  ['Region.unitCount',  'REPORTER',  'in',  'NOT_FOUND'],
  ['Region.unitCount',  'REPORTER',  'out', 'NOT_FOUND'],
  ['Region.unitCount',  'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['Region.unitCount',  'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['establishBureau',   'ADMIN',     'in',  'ALLOW'],
  ['establishBureau',   'ADMIN',     'out', 'ALLOW'],
  ['establishBureau',   'CLERK',     'in',  'FORBIDDEN'], // only strictly below its own region, and a county has nothing below
  ['establishBureau',   'CLERK',     'out', 'FORBIDDEN'],
  ['establishBureau',   'AUDITOR',   'in',  'FORBIDDEN'],
  ['establishBureau',   'AUDITOR',   'out', 'FORBIDDEN'],
  ['establishBureau',   'ANALYST',   'in',  'FORBIDDEN'],
  ['establishBureau',   'ANALYST',   'out', 'FORBIDDEN'],
  ['establishBureau',   'REPORTER',  'in',  'FORBIDDEN'],
  ['establishBureau',   'REPORTER',  'out', 'FORBIDDEN'],
  ['establishBureau',   'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['establishBureau',   'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['registerUnit',      'ADMIN',     'in',  'ALLOW'],
  ['registerUnit',      'ADMIN',     'out', 'ALLOW'],
  ['registerUnit',      'CLERK',     'in',  'ALLOW'],
  ['registerUnit',      'CLERK',     'out', 'FORBIDDEN'], // names another bureau (OUT_OF_SCOPE): no unit's existence at stake
  ['registerUnit',      'AUDITOR',   'in',  'FORBIDDEN'],
  ['registerUnit',      'AUDITOR',   'out', 'FORBIDDEN'],
  ['registerUnit',      'ANALYST',   'in',  'FORBIDDEN'],
  ['registerUnit',      'ANALYST',   'out', 'FORBIDDEN'],
  ['registerUnit',      'REPORTER',  'in',  'FORBIDDEN'],
  ['registerUnit',      'REPORTER',  'out', 'FORBIDDEN'],
  ['registerUnit',      'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['registerUnit',      'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['amendUnitDetails',  'ADMIN',     'in',  'ALLOW'],
  ['amendUnitDetails',  'ADMIN',     'out', 'ALLOW'],
  ['amendUnitDetails',  'CLERK',     'in',  'ALLOW'],
  ['amendUnitDetails',  'CLERK',     'out', 'NOT_FOUND'],
  ['amendUnitDetails',  'AUDITOR',   'in',  'FORBIDDEN'],
  ['amendUnitDetails',  'AUDITOR',   'out', 'FORBIDDEN'],
  ['amendUnitDetails',  'ANALYST',   'in',  'FORBIDDEN'],
  ['amendUnitDetails',  'ANALYST',   'out', 'FORBIDDEN'],
  ['amendUnitDetails',  'REPORTER',  'in',  'FORBIDDEN'],
  ['amendUnitDetails',  'REPORTER',  'out', 'FORBIDDEN'],
  ['amendUnitDetails',  'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['amendUnitDetails',  'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['classifyUnit',      'ADMIN',     'in',  'ALLOW'],
  ['classifyUnit',      'ADMIN',     'out', 'ALLOW'],
  ['classifyUnit',      'CLERK',     'in',  'ALLOW'],
  ['classifyUnit',      'CLERK',     'out', 'NOT_FOUND'],
  ['classifyUnit',      'AUDITOR',   'in',  'FORBIDDEN'],
  ['classifyUnit',      'AUDITOR',   'out', 'FORBIDDEN'],
  ['classifyUnit',      'ANALYST',   'in',  'FORBIDDEN'],
  ['classifyUnit',      'ANALYST',   'out', 'FORBIDDEN'],
  ['classifyUnit',      'REPORTER',  'in',  'FORBIDDEN'],
  ['classifyUnit',      'REPORTER',  'out', 'FORBIDDEN'],
  ['classifyUnit',      'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['classifyUnit',      'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['transferUnit',      'ADMIN',     'in',  'ALLOW'],
  ['transferUnit',      'ADMIN',     'out', 'ALLOW'],
  ['transferUnit',      'CLERK',     'in',  'ALLOW'],
  ['transferUnit',      'CLERK',     'out', 'NOT_FOUND'],
  ['transferUnit',      'AUDITOR',   'in',  'FORBIDDEN'],
  ['transferUnit',      'AUDITOR',   'out', 'FORBIDDEN'],
  ['transferUnit',      'ANALYST',   'in',  'FORBIDDEN'],
  ['transferUnit',      'ANALYST',   'out', 'FORBIDDEN'],
  ['transferUnit',      'REPORTER',  'in',  'FORBIDDEN'],
  ['transferUnit',      'REPORTER',  'out', 'FORBIDDEN'],
  ['transferUnit',      'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['transferUnit',      'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['deregisterUnit',    'ADMIN',     'in',  'ALLOW'],
  ['deregisterUnit',    'ADMIN',     'out', 'ALLOW'],
  ['deregisterUnit',    'CLERK',     'in',  'ALLOW'],
  ['deregisterUnit',    'CLERK',     'out', 'NOT_FOUND'],
  ['deregisterUnit',    'AUDITOR',   'in',  'FORBIDDEN'],
  ['deregisterUnit',    'AUDITOR',   'out', 'FORBIDDEN'],
  ['deregisterUnit',    'ANALYST',   'in',  'FORBIDDEN'],
  ['deregisterUnit',    'ANALYST',   'out', 'FORBIDDEN'],
  ['deregisterUnit',    'REPORTER',  'in',  'FORBIDDEN'],
  ['deregisterUnit',    'REPORTER',  'out', 'FORBIDDEN'],
  ['deregisterUnit',    'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['deregisterUnit',    'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['assignArchivist',   'ADMIN',     'in',  'ALLOW'],
  ['assignArchivist',   'ADMIN',     'out', 'ALLOW'],
  ['assignArchivist',   'CLERK',     'in',  'ALLOW'],
  ['assignArchivist',   'CLERK',     'out', 'NOT_FOUND'],
  ['assignArchivist',   'AUDITOR',   'in',  'FORBIDDEN'],
  ['assignArchivist',   'AUDITOR',   'out', 'FORBIDDEN'],
  ['assignArchivist',   'ANALYST',   'in',  'FORBIDDEN'],
  ['assignArchivist',   'ANALYST',   'out', 'FORBIDDEN'],
  ['assignArchivist',   'REPORTER',  'in',  'FORBIDDEN'],
  ['assignArchivist',   'REPORTER',  'out', 'FORBIDDEN'],
  ['assignArchivist',   'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['assignArchivist',   'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['releaseArchivist',  'ADMIN',     'in',  'ALLOW'],
  ['releaseArchivist',  'ADMIN',     'out', 'ALLOW'],
  ['releaseArchivist',  'CLERK',     'in',  'ALLOW'],
  ['releaseArchivist',  'CLERK',     'out', 'NOT_FOUND'],
  ['releaseArchivist',  'AUDITOR',   'in',  'FORBIDDEN'],
  ['releaseArchivist',  'AUDITOR',   'out', 'FORBIDDEN'],
  ['releaseArchivist',  'ANALYST',   'in',  'FORBIDDEN'],
  ['releaseArchivist',  'ANALYST',   'out', 'FORBIDDEN'],
  ['releaseArchivist',  'REPORTER',  'in',  'FORBIDDEN'],
  ['releaseArchivist',  'REPORTER',  'out', 'FORBIDDEN'],
  ['releaseArchivist',  'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['releaseArchivist',  'NO_TOKEN',  'out', 'UNAUTHENTICATED'],

  ['importUnits',       'ADMIN',     'in',  'ALLOW'],
  ['importUnits',       'ADMIN',     'out', 'ALLOW'],
  ['importUnits',       'CLERK',     'in',  'ALLOW'],
  ['importUnits',       'CLERK',     'out', 'ROWS_REFUSED'], // the row names bureau 330110: OUT_OF_SCOPE, nothing written
  ['importUnits',       'AUDITOR',   'in',  'FORBIDDEN'],
  ['importUnits',       'AUDITOR',   'out', 'FORBIDDEN'],
  ['importUnits',       'ANALYST',   'in',  'FORBIDDEN'],
  ['importUnits',       'ANALYST',   'out', 'FORBIDDEN'],
  ['importUnits',       'REPORTER',  'in',  'FORBIDDEN'],
  ['importUnits',       'REPORTER',  'out', 'FORBIDDEN'],
  ['importUnits',       'NO_TOKEN',  'in',  'UNAUTHENTICATED'],
  ['importUnits',       'NO_TOKEN',  'out', 'UNAUTHENTICATED'],
];

let server: TestServerType;
let oracle: Oracle;

beforeAll(async () => {
  server = await TestServer.start();
  oracle = new Oracle(server);
  for (const [regionCode, name] of FIXTURE_BUREAUS) await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
  for (const [unitId, place] of FIXTURE_UNITS) await registerWithArchivist(server, unitId, place);
});
afterAll(() => server.stop());

const codesOf = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((e) => e.extensions?.code);

/** A refused answer carries no data: every top-level field is null (or data itself is). */
function expectNoData(response: GraphQLResponse<unknown>): void {
  const data = (response.data ?? {}) as Record<string, unknown>;
  expect(Object.values(data).filter((value) => value !== null)).toEqual([]);
}

function expectRefused(response: GraphQLResponse<unknown>, expected: Expectation): void {
  if (expected === 'UNAUTHENTICATED') {
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
  } else {
    expect(codesOf(response)).toEqual([expected]);
  }
  expectNoData(response);
}

async function checkRead(operation: ReadOperation, ctx: RowContext, expected: Expectation): Promise<void> {
  const response = await operation.request(ctx);
  switch (expected) {
    case 'ALLOW':
    case 'NULL':
    case 'NESTED_NULL':
      expect(response.errors).toBeUndefined();
      if (expected === 'ALLOW') await operation.allowed(response.data, ctx);
      else if (expected === 'NULL') operation.empty(response.data);
      else if (operation.nestedNull) operation.nestedNull(response.data);
      else throw new Error('NESTED_NULL for an operation without a scoped nested field');
      return;
    default:
      expectRefused(response, expected);
  }
}

async function checkWrite(operation: WriteOperation, ctx: RowContext, expected: Expectation): Promise<void> {
  const variables = await operation.prepare(ctx, expected === 'ALLOW');
  const before = await server.headPosition();
  const response = await operation.request(ctx, variables);
  const grown = (await server.headPosition()) - before;
  if (expected === 'ALLOW') {
    expect(response.errors).toBeUndefined();
    const appended = operation.appended(response.data);
    expect(appended).toBeGreaterThan(0);
    expect(grown).toBe(appended);
    operation.allowed(response.data, variables, ctx);
    return;
  }
  expect(grown).toBe(0);
  if (expected === 'ROWS_REFUSED') {
    expect(response.errors).toBeUndefined();
    const report = (response.data as { importUnits: { imported: number; applied: boolean; errors: { reason: string }[] } }).importUnits;
    expect(report).toMatchObject({ imported: 0, applied: false });
    expect(report.errors.map((e) => e.reason)).toEqual(['OUT_OF_SCOPE']);
  } else {
    expectRefused(response, expected);
  }
}

describe('access matrix: every operation × every role × in/out of scope', () => {
  it.each(MATRIX)('%s as %s, %s-scope target → %s', async (name, role, scope, expected) => {
    const operation = OPERATIONS[name];
    const ctx: RowContext = { server, oracle, role, as: ROLES[role].as, sees: ROLES[role].sees, target: TARGETS[role][scope] };
    if (operation.kind === 'read') await checkRead(operation, ctx, expected);
    else await checkWrite(operation, ctx, expected);
  });
});

describe('the matrix itself', () => {
  const rootFields = (typeName: string) => {
    const document = parse(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
    const type = document.definitions.find(
      (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === typeName,
    );
    return (type?.fields ?? []).map((f) => f.name.value);
  };

  it('covers every query and mutation of the committed schema, each under every role, in and out of scope', () => {
    const covered = new Set(MATRIX.map(([name]) => name as string));
    expect([...rootFields('Query'), ...rootFields('Mutation')].filter((field) => !covered.has(field))).toEqual([]);
    const cells = new Set(MATRIX.map(([name, role, scope]) => `${name}|${role}|${scope}`));
    expect(cells.size).toBe(MATRIX.length);
    expect(MATRIX.length).toBe(Object.keys(OPERATIONS).length * Object.keys(ROLES).length * 2);
  });
});

/**
 * Holes the matrix's rows cannot show, because they need a second request that reuses what the first one left
 * behind. Each names the bug it proves; they fail until it is fixed.
 */
describe('scope holes', () => {
  const clerk = clerkOf('330106');

  it('checks scope before answering a replayed idempotency key (once let a county clerk act on and read a unit outside its scope)', async () => {
    // The administrator assigns an archivist at a unit of 余杭区 (330110) with an idempotency key.
    const unitId = freshCode(YUHANG);
    await registerWithArchivist(server, unitId, YUHANG);
    const idempotencyKey = `assign-${unitId}`;
    await server.ok(AssignArchivistDocument, { input: { unitId, archivistId: 'A-9', name: '王五', idempotencyKey } });
    const before = await server.headPosition();

    // The clerk of 西湖区 (330106) sends any unit act on that unit with the same key.
    const replay = await server.request(ClassifyUnitDocument, { input: { unitId, unitClass: 'FIRST', idempotencyKey } }, clerk);

    // Without the key the same act is NOT_FOUND (the matrix's classifyUnit/CLERK/out row). With it, the command
    // handler's idempotency shortcut (decideOn/commitDecision) answers before loadContext runs authorizeUnitAct,
    // and the resolver returns the unit read straight from the read model: names of archivists included.
    expect(await server.headPosition()).toBe(before);
    expect(replay.data?.classifyUnit?.unit ?? null).toBeNull();
    expect(replay.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses an import row for a unit outside the scope instead of counting it unchanged (once confirmed its existence and details)', async () => {
    const unitId = freshCode(YUHANG);
    const name = '余杭某某有限公司';
    await server.ok(RegisterUnitDocument, { input: { unitId, name, category: 'ENTERPRISE', regionCode: '330110', bureauId: '330110' } });
    const row = [unitId, name, '企业', '330110', '330110'].join(',');
    const content = `统一社会信用代码,单位名称,单位类别,行政区划代码,主管档案局\n${row}\n`;
    const before = await server.headPosition();

    const { importUnits } = await server.ok(ImportUnitsDocument, { input: { format: 'CSV', content } }, clerk);

    // A row naming bureau 330110 is OUT_OF_SCOPE for the clerk of 330106 (the matrix's importUnits/CLERK/out row)
    // whether or not the unit exists; UnitImporter counts "unchanged" rows before the registry policy runs.
    expect(await server.headPosition()).toBe(before);
    expect(importUnits).toMatchObject({ unchanged: 0, rejected: 1, applied: false });
    expect(importUnits.errors.map((e) => e.reason)).toEqual(['OUT_OF_SCOPE']);
  });
});
