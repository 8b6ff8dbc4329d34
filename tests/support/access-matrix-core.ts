import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Fixture } from './access-matrix-fixture';
import type { Oracle } from './access-matrix-oracle';
import { AssignArchivistDocument, RegisterUnitDocument } from './generated/operations';
import { ADMIN, analystOf, auditorOf, clerkOf, reporterOf, type As, type GraphQLResponse, type TestServer } from './test-server';

/**
 * The access matrix's vocabulary: who asks (roles), what they aim at (targets inside or outside their scope), and
 * how a row's operation is described (a read or a write). The operations themselves live in the
 * access-matrix-<area>.ts files; tests/support/access-matrix.ts gathers them.
 */

export type RoleName = 'ADMIN' | 'CLERK' | 'AUDITOR' | 'ANALYST' | 'REPORTER' | 'NO_TOKEN';
export type Scope = 'in' | 'out';
/**
 * ALLOW: the data, checked; NULL: no error, and the top-level answer is null, an empty list or a zero total;
 * NESTED_NULL: the parent is shown and the scoped nested field is null; NOT_FOUND / FORBIDDEN: that error code
 * and no data; BAD_USER_INPUT: the role may do the act, but nothing in its scope is what the act needs (a county
 * bureau reviewing a bureau below it); UNAUTHENTICATED: HTTP 401; ROWS_REFUSED: an import that reports its row
 * refused and writes nothing.
 */
export type Expectation = 'ALLOW' | 'NULL' | 'NESTED_NULL' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'ROWS_REFUSED';

// ---------------------------------------------------------------------------------------------------------------
// The fixture's places: three units in three places, each with an archivist (a person's name) on duty.

export const UNIT_XIHU = makeCreditCode(61_000_001, { region: '330106' }); // 杭州市西湖区 (county 330106)
export const UNIT_YUHANG = makeCreditCode(61_000_002, { region: '330110' }); // 杭州市余杭区 (county 330110)
export const UNIT_JIYUAN = makeCreditCode(61_000_003, { region: '419001' }); // 河南省济源市 (county-level, under the province)
export const ARCHIVIST = { archivistId: 'A-1', name: '张三' } as const;

/** Bureaus the fixture establishes; 419001 so that an administrator's transfer inside Henan has a target (and Henan a lower bureau). */
export const FIXTURE_BUREAUS: readonly [string, string][] = [
  ['330000', '浙江省档案局'],
  ['330100', '杭州市档案局'],
  ['330106', '杭州市西湖区档案局'],
  ['330110', '杭州市余杭区档案局'],
  ['410000', '河南省档案局'],
  ['419001', '济源市档案局'],
];

/**
 * Where a write row puts the fresh unit it acts on, and a bureau a transfer from there may go to. `bureauId` is the
 * bureau supervising the place's units: the one whose supervisory records (inspections, orders, plans…) a row aims at.
 */
export interface Place {
  bureauId: string;
  regionCode: string;
  transferTo: string;
}
export const XIHU: Place = { bureauId: '330106', regionCode: '330106', transferTo: '330100' };
export const YUHANG: Place = { bureauId: '330110', regionCode: '330110', transferTo: '330100' };
export const JIYUAN: Place = { bureauId: '410000', regionCode: '419001', transferTo: '419001' };

export const FIXTURE_UNITS: readonly [string, Place][] = [
  [UNIT_XIHU, XIHU],
  [UNIT_YUHANG, YUHANG],
  [UNIT_JIYUAN, JIYUAN],
];

/** What a caller may see, stated plainly: everything, a code-prefix subtree, one unit, or nothing. */
export type Visibility = { kind: 'everything' } | { kind: 'prefix'; prefix: string } | { kind: 'unit'; unitId: string } | { kind: 'nothing' };

export const ROLES: Record<RoleName, { as: As | null; sees: Visibility }> = {
  ADMIN: { as: ADMIN, sees: { kind: 'everything' } },
  CLERK: { as: clerkOf('330106'), sees: { kind: 'prefix', prefix: '330106' } }, // a county bureau's staff
  AUDITOR: { as: auditorOf('330100'), sees: { kind: 'prefix', prefix: '3301' } }, // a prefecture's auditor
  ANALYST: { as: analystOf('330000'), sees: { kind: 'prefix', prefix: '33' } }, // a province's analyst
  REPORTER: { as: reporterOf(UNIT_XIHU), sees: { kind: 'unit', unitId: UNIT_XIHU } }, // one unit's reporter
  NO_TOKEN: { as: null, sees: { kind: 'nothing' } },
};

/**
 * What a row aims at: existing things (reads, refused writes) and where allowed writes act. The supervisory records
 * a row aims at (inspection, order, plan, bulletin, lead…) are the fixture's records of `unitId` and of its
 * supervising bureau `place.bureauId` (see access-matrix-fixture.ts).
 */
export interface Target {
  unitId: string;
  bureauId: string;
  regionCode: string;
  /** regionPrefix of the list queries; '3' is wider than every scope in Zhejiang, so the scope must narrow it. */
  prefix: string;
  place: Place;
  /** establishBureau's region (not yet established, except the county clerk's own: a county has no region below). */
  newBureauRegion: string;
}

export const TARGETS: Record<RoleName, Record<Scope, Target>> = {
  ADMIN: {
    in: { unitId: UNIT_XIHU, bureauId: '330106', regionCode: '330100', prefix: '3', place: XIHU, newBureauRegion: '330102' },
    // Nothing is out of an administrator's scope: "out" is what the others below cannot see.
    out: { unitId: UNIT_JIYUAN, bureauId: '419001', regionCode: '410000', prefix: '41', place: JIYUAN, newBureauRegion: '410100' },
  },
  CLERK: {
    in: { unitId: UNIT_XIHU, bureauId: '330106', regionCode: '330106', prefix: '3', place: XIHU, newBureauRegion: '330106' },
    out: { unitId: UNIT_YUHANG, bureauId: '330110', regionCode: '330110', prefix: '330110', place: YUHANG, newBureauRegion: '330108' },
  },
  AUDITOR: {
    in: { unitId: UNIT_YUHANG, bureauId: '330110', regionCode: '330100', prefix: '3', place: YUHANG, newBureauRegion: '330105' },
    out: { unitId: UNIT_JIYUAN, bureauId: '410000', regionCode: '410000', prefix: '41', place: JIYUAN, newBureauRegion: '410200' },
  },
  ANALYST: {
    in: { unitId: UNIT_XIHU, bureauId: '330100', regionCode: '330000', prefix: '3', place: XIHU, newBureauRegion: '330200' },
    out: { unitId: UNIT_JIYUAN, bureauId: '410000', regionCode: '410000', prefix: '41', place: JIYUAN, newBureauRegion: '410300' },
  },
  REPORTER: {
    in: { unitId: UNIT_XIHU, bureauId: '330106', regionCode: '330106', prefix: '3', place: XIHU, newBureauRegion: '330109' },
    out: { unitId: UNIT_YUHANG, bureauId: '330110', regionCode: '330110', prefix: '330110', place: YUHANG, newBureauRegion: '330111' },
  },
  NO_TOKEN: {
    in: { unitId: UNIT_XIHU, bureauId: '330106', regionCode: '330106', prefix: '3', place: XIHU, newBureauRegion: '330112' },
    out: { unitId: UNIT_JIYUAN, bureauId: '410000', regionCode: '410000', prefix: '41', place: JIYUAN, newBureauRegion: '410400' },
  },
};

/** The supervisory lists take whole GB/T 2260 prefixes (two, four or six digits): '3' becomes the province '33'. */
export const areaPrefix = (target: Target): string => (target.prefix === '3' ? '33' : target.prefix);

// ---------------------------------------------------------------------------------------------------------------
// Visibility, written here independently of src/auth/scope.ts.

export function seesUnit(sees: Visibility, unit: { unitId: string; regionCode: string }): boolean {
  switch (sees.kind) {
    case 'everything':
      return true;
    case 'prefix':
      return unit.regionCode.startsWith(sees.prefix);
    case 'unit':
      return unit.unitId === sees.unitId;
    case 'nothing':
      return false;
  }
}

/** Regions and bureaus (a bureau's id is its region's code): a unit's reporter sees none; the nation only the administrator. */
export function seesRegion(sees: Visibility, code: string): boolean {
  if (sees.kind === 'everything') return true;
  return sees.kind === 'prefix' && code !== '000000' && code.startsWith(sees.prefix);
}

// ---------------------------------------------------------------------------------------------------------------
// Rows: what each sends, and what ALLOW / NULL / NESTED_NULL mean for its answer.

export interface RowContext {
  server: TestServer;
  oracle: Oracle;
  fixture: Fixture;
  role: RoleName;
  as: As | null;
  sees: Visibility;
  target: Target;
}

export interface ReadOperation {
  kind: 'read';
  request(ctx: RowContext): Promise<GraphQLResponse<unknown>>;
  allowed(data: unknown, ctx: RowContext): Promise<void>;
  empty(data: unknown): void;
  nestedNull?(data: unknown): void;
}

export interface WriteOperation {
  kind: 'write';
  /** Runs as the administrator before the head position is read: fresh objects for a write that must succeed. */
  prepare(ctx: RowContext, mustSucceed: boolean): Promise<Record<string, unknown>>;
  request(ctx: RowContext, variables: Record<string, unknown>): Promise<GraphQLResponse<unknown>>;
  /** Events the answer says it appended (eventIds, or the units imported). */
  appended(data: unknown): number;
  allowed(data: unknown, variables: Record<string, unknown>, ctx: RowContext): Promise<void>;
  /** False for an act that writes no event (signing a checkpoint): an allowed row then appends nothing. */
  logged: boolean;
  /** Besides the log, what a refused act must leave as it was (read before and after the request). */
  probe?(ctx: RowContext): Promise<unknown>;
}

export const gql = <TData, TVars = Record<string, never>>(source: string) => parse(source) as TypedDocumentNode<TData, TVars>;

export function read<TData, TVars>(definition: {
  doc: TypedDocumentNode<TData, TVars>;
  variables: (target: Target, ctx: RowContext) => TVars;
  allowed: (data: TData, ctx: RowContext) => Promise<void> | void;
  empty: (data: TData) => void;
  nestedNull?: (data: TData) => void;
}): ReadOperation {
  const nestedNull = definition.nestedNull;
  return {
    kind: 'read',
    request: (ctx) => ctx.server.request(definition.doc, definition.variables(ctx.target, ctx), ctx.as),
    allowed: async (data, ctx) => definition.allowed(data as TData, ctx),
    empty: (data) => definition.empty(data as TData),
    ...(nestedNull && { nestedNull: (data: unknown) => nestedNull(data as TData) }),
  };
}

export function write<TData, TVars>(definition: {
  doc: TypedDocumentNode<TData, TVars>;
  prepare: (ctx: RowContext, mustSucceed: boolean) => Promise<TVars>;
  appended: (data: TData) => number;
  allowed: (data: TData, variables: TVars, ctx: RowContext) => Promise<void> | void;
  logged?: false;
  probe?: (ctx: RowContext) => Promise<unknown>;
}): WriteOperation {
  return {
    kind: 'write',
    prepare: async (ctx, mustSucceed) => (await definition.prepare(ctx, mustSucceed)) as Record<string, unknown>,
    request: (ctx, variables) => ctx.server.request(definition.doc, variables as TVars, ctx.as),
    appended: (data) => definition.appended(data as TData),
    allowed: async (data, variables, ctx) => definition.allowed(data as TData, variables as TVars, ctx),
    logged: definition.logged ?? true,
    ...(definition.probe && { probe: definition.probe }),
  };
}

/** A connection's answer when the scope leaves nothing: no node and a zero total. */
export const emptyList = (connection: { totalCount: number; nodes: unknown[] }) => expect(connection).toMatchObject({ totalCount: 0, nodes: [] });

// ---------------------------------------------------------------------------------------------------------------
// Fresh units.

let seed = 62_000_000;
/** A credit code no other row uses. */
export const freshCode = (place: Place) => makeCreditCode(seed++, { region: place.regionCode });

export const registration = (unitId: string, place: Place) => ({
  unitId,
  name: `矩阵测试单位 ${unitId}`,
  category: 'ENTERPRISE' as const,
  regionCode: place.regionCode,
  bureauId: place.bureauId,
  occurredAt: '2025-03-01T09:00:00.000Z',
});

/** Registers (as the administrator) a unit at the place, with an archivist on duty. */
export async function registerWithArchivist(server: TestServer, unitId: string, place: Place, archivist: { archivistId: string; name: string } = ARCHIVIST): Promise<void> {
  await server.ok(RegisterUnitDocument, { input: registration(unitId, place) });
  await server.ok(AssignArchivistDocument, { input: { unitId, ...archivist, occurredAt: '2025-03-02T09:00:00.000Z' } });
}

/** A fresh unit with its archivist at the target's place. */
export async function freshUnit(ctx: RowContext): Promise<string> {
  const unitId = freshCode(ctx.target.place);
  await registerWithArchivist(ctx.server, unitId, ctx.target.place);
  return unitId;
}

/**
 * The bureau a new supervisory record is made for: the administrator names the target's bureau; staff leave it out
 * and act for their own (so that an "out" row names an out-of-scope unit, not another bureau).
 */
export const acting = (ctx: RowContext): string | null => (ctx.role === 'ADMIN' ? ctx.target.place.bureauId : null);

/** The ids of a list's nodes, sorted (lists are compared as sets: their order is the resolvers' business). */
export const sortedIds = <N>(nodes: readonly N[], id: (node: N) => string): string[] => nodes.map(id).sort();
