import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { ancestorsOf, childrenOf, findRegion } from '../../src/domain/shared/region';
import {
  AmendUnitDetailsDocument,
  AssignArchivistDocument,
  ClassifyUnitDocument,
  DeregisterUnitDocument,
  EstablishBureauDocument,
  ImportUnitsDocument,
  RegisterUnitDocument,
  ReleaseArchivistDocument,
  TransferUnitDocument,
} from './generated/operations';
import { ADMIN, analystOf, auditorOf, clerkOf, reporterOf, type As, type GraphQLResponse, type TestServer } from './test-server';

/**
 * The access matrix's vocabulary: who asks (roles), what they aim at (targets inside or outside their scope),
 * what every query, nested field and mutation sends (operations), and what the caller may see (an oracle read
 * as the national administrator and cut by each role's scope, written here independently of src/auth/scope.ts).
 */

export type RoleName = 'ADMIN' | 'CLERK' | 'AUDITOR' | 'ANALYST' | 'REPORTER' | 'NO_TOKEN';
export type Scope = 'in' | 'out';
/**
 * ALLOW: the data, checked; NULL: no error, and the top-level answer is null, an empty list or a zero total;
 * NESTED_NULL: the parent is shown and the scoped nested field is null; NOT_FOUND / FORBIDDEN: that error code
 * and no data; UNAUTHENTICATED: HTTP 401; ROWS_REFUSED: an import that reports its row refused and writes nothing.
 */
export type Expectation = 'ALLOW' | 'NULL' | 'NESTED_NULL' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'ROWS_REFUSED';

// ---------------------------------------------------------------------------------------------------------------
// The fixture: three units in three places, each with an archivist (a person's name) on duty.

export const UNIT_XIHU = makeCreditCode(61_000_001, { region: '330106' }); // 杭州市西湖区 (county 330106)
export const UNIT_YUHANG = makeCreditCode(61_000_002, { region: '330110' }); // 杭州市余杭区 (county 330110)
export const UNIT_JIYUAN = makeCreditCode(61_000_003, { region: '419001' }); // 河南省济源市 (county-level, under the province)
export const ARCHIVIST = { archivistId: 'A-1', name: '张三' } as const;

/** Bureaus the fixture establishes; 419001 only so that an administrator's transfer inside Henan has a target. */
export const FIXTURE_BUREAUS: readonly [string, string][] = [
  ['330000', '浙江省档案局'],
  ['330100', '杭州市档案局'],
  ['330106', '杭州市西湖区档案局'],
  ['330110', '杭州市余杭区档案局'],
  ['410000', '河南省档案局'],
  ['419001', '济源市档案局'],
];

/** Where a write row puts the fresh unit it acts on, and a bureau a transfer from there may go to. */
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

/** What a row aims at: existing things (reads, refused writes) and where allowed writes act. */
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

// ---------------------------------------------------------------------------------------------------------------
// The oracle: everything as the administrator sees it, cut by a Visibility.

export interface UnitRow {
  unitId: string;
  regionCode: string;
  bureauId: string;
  status: 'ACTIVE' | 'DEREGISTERED';
}
export interface BureauRow {
  bureauId: string;
  regionCode: string;
}

export const gql = <TData, TVars = Record<string, never>>(source: string) => parse(source) as TypedDocumentNode<TData, TVars>;

const AllUnits = gql<
  { units: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: UnitRow[] } },
  { after?: string | null }
>('query AllUnits($after: String) { units(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { unitId regionCode bureauId status } } }');
const AllBureaus = gql<{ bureaus: BureauRow[] }>('query AllBureaus { bureaus { bureauId regionCode } }');
const HistoryCount = gql<{ unitHistory: { totalCount: number } }, { unitId: string }>(
  'query HistoryCount($unitId: ID!) { unitHistory(unitId: $unitId, first: 1) { totalCount } }',
);

export class Oracle {
  constructor(private readonly server: TestServer) {}

  async units(): Promise<UnitRow[]> {
    const all: UnitRow[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { units } = await this.server.ok(AllUnits, { after });
      all.push(...units.nodes);
      if (!units.pageInfo.hasNextPage) return all;
      after = units.pageInfo.endCursor;
    }
  }

  async bureaus(): Promise<BureauRow[]> {
    return (await this.server.ok(AllBureaus, {})).bureaus;
  }

  async historyCount(unitId: string): Promise<number> {
    return (await this.server.ok(HistoryCount, { unitId })).unitHistory.totalCount;
  }
}

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

/** Regions and bureaus: a unit's reporter sees none; the nation only the administrator. */
export function seesRegion(sees: Visibility, code: string): boolean {
  if (sees.kind === 'everything') return true;
  return sees.kind === 'prefix' && code !== '000000' && code.startsWith(sees.prefix);
}

/** '330000' → '33', '330100' → '3301', '330106' → '330106', '000000' → '' (the fixture has no PP90xx regions but 419001, a county). */
export function codePrefix(code: string): string {
  return code.replace(/(00)+$/, '');
}

export const activeUnder = (units: UnitRow[], code: string) =>
  units.filter((u) => u.status === 'ACTIVE' && u.regionCode.startsWith(codePrefix(code))).length;
export const activeSupervisedBy = (units: UnitRow[], bureauId: string) =>
  units.filter((u) => u.status === 'ACTIVE' && u.bureauId === bureauId).length;

/** The nearest established bureau above a bureau's region (Bureau.parent for the administrator). */
export function nearestBureauAbove(bureaus: BureauRow[], bureauId: string): string | null {
  const established = new Set(bureaus.map((b) => b.bureauId));
  return ancestorsOf(bureauId).find((r) => established.has(r.code))?.code ?? null;
}

export const childCodes = (code: string) => childrenOf(code).map((r) => r.code);
export const parentCode = (code: string) => findRegion(code)?.parentCode ?? null;

// ---------------------------------------------------------------------------------------------------------------
// Operations: what each row sends, and what ALLOW / NULL / NESTED_NULL mean for its answer.

export interface RowContext {
  server: TestServer;
  oracle: Oracle;
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
  /** Runs as the administrator before the head position is read: a fresh unit for a write that must succeed. */
  prepare(ctx: RowContext, mustSucceed: boolean): Promise<Record<string, unknown>>;
  request(ctx: RowContext, variables: Record<string, unknown>): Promise<GraphQLResponse<unknown>>;
  /** Events the answer says it appended (eventIds, or the units imported). */
  appended(data: unknown): number;
  allowed(data: unknown, variables: Record<string, unknown>, ctx: RowContext): void;
}

function read<TData, TVars>(definition: {
  doc: TypedDocumentNode<TData, TVars>;
  variables: (target: Target) => TVars;
  allowed: (data: TData, ctx: RowContext) => Promise<void> | void;
  empty: (data: TData) => void;
  nestedNull?: (data: TData) => void;
}): ReadOperation {
  const nestedNull = definition.nestedNull;
  return {
    kind: 'read',
    request: (ctx) => ctx.server.request(definition.doc, definition.variables(ctx.target), ctx.as),
    allowed: async (data, ctx) => definition.allowed(data as TData, ctx),
    empty: (data) => definition.empty(data as TData),
    ...(nestedNull && { nestedNull: (data: unknown) => nestedNull(data as TData) }),
  };
}

function write<TData, TVars>(definition: {
  doc: TypedDocumentNode<TData, TVars>;
  prepare: (ctx: RowContext, mustSucceed: boolean) => Promise<TVars>;
  appended: (data: TData) => number;
  allowed: (data: TData, variables: TVars, ctx: RowContext) => void;
}): WriteOperation {
  return {
    kind: 'write',
    prepare: async (ctx, mustSucceed) => (await definition.prepare(ctx, mustSucceed)) as Record<string, unknown>,
    request: (ctx, variables) => ctx.server.request(definition.doc, variables as TVars, ctx.as),
    appended: (data) => definition.appended(data as TData),
    allowed: (data, variables, ctx) => definition.allowed(data as TData, variables as TVars, ctx),
  };
}

let seed = 62_000_000;
/** A credit code no other row uses. */
export const freshCode = (place: Place) => makeCreditCode(seed++, { region: place.regionCode });

const registration = (unitId: string, place: Place) => ({
  unitId,
  name: `矩阵测试单位 ${unitId}`,
  category: 'ENTERPRISE' as const,
  regionCode: place.regionCode,
  bureauId: place.bureauId,
  occurredAt: '2025-03-01T09:00:00.000Z',
});

/** Registers (as the administrator) a unit at the place, with an archivist on duty. */
export async function registerWithArchivist(server: TestServer, unitId: string, place: Place, archivist = ARCHIVIST): Promise<void> {
  await server.ok(RegisterUnitDocument, { input: registration(unitId, place) });
  await server.ok(AssignArchivistDocument, { input: { unitId, ...archivist, occurredAt: '2025-03-02T09:00:00.000Z' } });
}

/** The unit a unit act works on: a fresh one when it must succeed, else the target's fixture unit (left unchanged). */
async function actOn(ctx: RowContext, mustSucceed: boolean): Promise<string> {
  if (!mustSucceed) return ctx.target.unitId;
  const unitId = freshCode(ctx.target.place);
  await registerWithArchivist(ctx.server, unitId, ctx.target.place);
  return unitId;
}

interface UnitPayloadData {
  eventIds: string[];
  unit?: { unitId: string; name: string; unitClass?: string | null; bureauId: string; status: string; archivists: { archivistId: string }[] } | null;
}
const unitAct = <K extends string, TVars>(
  doc: TypedDocumentNode<Record<K, UnitPayloadData>, TVars>,
  key: K,
  prepare: (unitId: string, ctx: RowContext) => TVars,
  allowed: (unit: NonNullable<UnitPayloadData['unit']>, ctx: RowContext) => void,
) =>
  write({
    doc,
    prepare: async (ctx, mustSucceed) => prepare(await actOn(ctx, mustSucceed), ctx),
    appended: (data) => data[key].eventIds.length,
    allowed: (data, variables, ctx) => {
      const unit = data[key].unit;
      expect(unit?.unitId).toBe((variables as { input: { unitId: string } }).input.unitId);
      allowed(unit as NonNullable<UnitPayloadData['unit']>, ctx);
    },
  });

type UnitView = { unitId: string } | null;
const unitIsNull = (data: { unit: UnitView }) => expect(data.unit).toBeNull();
const byUnitId = (target: Target) => ({ id: target.unitId });
const byBureauId = (target: Target) => ({ id: target.bureauId });
const byRegionCode = (target: Target) => ({ code: target.regionCode });

export const OPERATIONS = {
  // -- queries --------------------------------------------------------------------------------------------------
  units: read({
    doc: gql<{ units: { totalCount: number; nodes: { unitId: string }[] } }, { prefix: string }>(
      'query M_units($prefix: String) { units(filter: { regionPrefix: $prefix }, first: 100) { totalCount nodes { unitId } } }',
    ),
    variables: (target) => ({ prefix: target.prefix }),
    allowed: async (data, ctx) => {
      const expected = (await ctx.oracle.units())
        .filter((u) => u.regionCode.startsWith(ctx.target.prefix) && seesUnit(ctx.sees, u))
        .map((u) => u.unitId)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(data.units.totalCount).toBe(expected.length);
      expect(data.units.nodes.map((n) => n.unitId)).toEqual(expected.slice(0, 100));
    },
    empty: (data) => expect(data.units).toEqual({ totalCount: 0, nodes: [] }),
  }),
  unit: read({
    doc: gql<{ unit: { unitId: string; regionCode: string } | null }, { id: string }>('query M_unit($id: ID!) { unit(id: $id) { unitId regionCode } }'),
    variables: byUnitId,
    allowed: (data, ctx) => expect(data.unit?.unitId).toBe(ctx.target.unitId),
    empty: unitIsNull,
  }),
  unitHistory: read({
    doc: gql<{ unitHistory: { totalCount: number; nodes: { type: string }[] } }, { unitId: string }>(
      'query M_unitHistory($unitId: ID!) { unitHistory(unitId: $unitId) { totalCount nodes { type } } }',
    ),
    variables: (target) => ({ unitId: target.unitId }),
    allowed: async (data, ctx) => {
      expect(data.unitHistory.totalCount).toBe(await ctx.oracle.historyCount(ctx.target.unitId));
      expect(data.unitHistory.nodes[0]?.type).toBe('UnitRegistered');
    },
    empty: () => {
      throw new Error('unitHistory refuses with NOT_FOUND; it has no empty answer');
    },
  }),
  'Unit.history': read({
    doc: gql<{ unit: { unitId: string; history: { totalCount: number; nodes: { type: string }[] } } | null }, { id: string }>(
      'query M_unit_history($id: ID!) { unit(id: $id) { unitId history(first: 5) { totalCount nodes { type } } } }',
    ),
    variables: byUnitId,
    allowed: async (data, ctx) => {
      expect(data.unit?.history.totalCount).toBe(await ctx.oracle.historyCount(ctx.target.unitId));
      expect(data.unit?.history.nodes.map((n) => n.type).slice(0, 2)).toEqual(['UnitRegistered', 'ArchivistAssigned']);
    },
    empty: unitIsNull,
  }),
  'Unit.bureau': read({
    doc: gql<{ unit: { unitId: string; bureau: { bureauId: string; activeUnitCount: number } | null } | null }, { id: string }>(
      'query M_unit_bureau($id: ID!) { unit(id: $id) { unitId bureau { bureauId activeUnitCount } } }',
    ),
    variables: byUnitId,
    allowed: async (data, ctx) => {
      const units = await ctx.oracle.units();
      const bureauId = units.find((u) => u.unitId === ctx.target.unitId)?.bureauId as string;
      expect(data.unit?.bureau).toEqual({ bureauId, activeUnitCount: activeSupervisedBy(units, bureauId) });
    },
    empty: unitIsNull,
    nestedNull: (data) => {
      expect(data.unit?.unitId).toBeDefined();
      expect(data.unit?.bureau).toBeNull();
    },
  }),
  'Unit.region': read({
    doc: gql<{ unit: { unitId: string; region: { code: string; unitCount: number } | null } | null }, { id: string }>(
      'query M_unit_region($id: ID!) { unit(id: $id) { unitId region { code unitCount } } }',
    ),
    variables: byUnitId,
    allowed: async (data, ctx) => {
      const units = await ctx.oracle.units();
      const code = units.find((u) => u.unitId === ctx.target.unitId)?.regionCode as string;
      expect(data.unit?.region).toEqual({ code, unitCount: activeUnder(units, code) });
    },
    empty: unitIsNull,
    nestedNull: (data) => {
      expect(data.unit?.unitId).toBeDefined();
      expect(data.unit?.region).toBeNull();
    },
  }),
  'Archivist.name': read({
    doc: gql<{ unit: { unitId: string; archivists: { archivistId: string; name: string }[] } | null }, { id: string }>(
      'query M_archivist_name($id: ID!) { unit(id: $id) { unitId archivists { archivistId name } } }',
    ),
    variables: byUnitId,
    allowed: (data) => expect(data.unit?.archivists).toContainEqual(ARCHIVIST),
    empty: unitIsNull,
  }),
  bureau: read({
    doc: gql<{ bureau: { bureauId: string; activeUnitCount: number } | null }, { id: string }>(
      'query M_bureau($id: ID!) { bureau(id: $id) { bureauId activeUnitCount } }',
    ),
    variables: byBureauId,
    allowed: async (data, ctx) => {
      const units = await ctx.oracle.units();
      expect(data.bureau).toEqual({ bureauId: ctx.target.bureauId, activeUnitCount: activeSupervisedBy(units, ctx.target.bureauId) });
    },
    empty: (data) => expect(data.bureau).toBeNull(),
  }),
  bureauHistory: read({
    doc: gql<{ bureauHistory: { totalCount: number; nodes: { type: string }[] } }, { id: string }>(
      'query M_bureauHistory($id: ID!) { bureauHistory(bureauId: $id) { totalCount nodes { type } } }',
    ),
    variables: byBureauId,
    allowed: (data) => {
      expect(data.bureauHistory.totalCount).toBeGreaterThan(0);
      expect(data.bureauHistory.nodes[0]?.type).toBe('BureauEstablished');
    },
    empty: () => {
      throw new Error('bureauHistory refuses with NOT_FOUND; it has no empty answer');
    },
  }),
  bureaus: read({
    doc: gql<{ bureaus: { bureauId: string; activeUnitCount: number }[] }, { prefix: string }>(
      'query M_bureaus($prefix: String) { bureaus(regionPrefix: $prefix) { bureauId activeUnitCount } }',
    ),
    variables: (target) => ({ prefix: target.prefix }),
    allowed: async (data, ctx) => {
      const units = await ctx.oracle.units();
      const expected = (await ctx.oracle.bureaus())
        .filter((b) => b.regionCode.startsWith(ctx.target.prefix) && seesRegion(ctx.sees, b.regionCode))
        .map((b) => ({ bureauId: b.bureauId, activeUnitCount: activeSupervisedBy(units, b.bureauId) }));
      expect(expected.length).toBeGreaterThan(0);
      expect(data.bureaus).toEqual(expected);
    },
    empty: (data) => expect(data.bureaus).toEqual([]),
  }),
  'Bureau.parent': read({
    doc: gql<{ bureau: { bureauId: string; parent: { bureauId: string } | null } | null }, { id: string }>(
      'query M_bureau_parent($id: ID!) { bureau(id: $id) { bureauId parent { bureauId } } }',
    ),
    variables: byBureauId,
    allowed: async (data, ctx) => {
      const parent = nearestBureauAbove(await ctx.oracle.bureaus(), ctx.target.bureauId);
      expect(parent).not.toBeNull();
      expect(data.bureau).toEqual({ bureauId: ctx.target.bureauId, parent: { bureauId: parent } });
    },
    empty: (data) => expect(data.bureau).toBeNull(),
    nestedNull: (data) => {
      expect(data.bureau?.bureauId).toBeDefined();
      expect(data.bureau?.parent).toBeNull();
    },
  }),
  'Bureau.region': read({
    doc: gql<{ bureau: { bureauId: string; region: { code: string } | null } | null }, { id: string }>(
      'query M_bureau_region($id: ID!) { bureau(id: $id) { bureauId region { code } } }',
    ),
    variables: byBureauId,
    allowed: (data, ctx) => expect(data.bureau).toEqual({ bureauId: ctx.target.bureauId, region: { code: ctx.target.bureauId } }),
    empty: (data) => expect(data.bureau).toBeNull(),
  }),
  region: read({
    doc: gql<{ region: { code: string; level: string } | null }, { code: string }>('query M_region($code: String!) { region(code: $code) { code level } }'),
    variables: byRegionCode,
    allowed: (data, ctx) => expect(data.region?.code).toBe(ctx.target.regionCode),
    empty: (data) => expect(data.region).toBeNull(),
  }),
  'Region.children': read({
    doc: gql<{ region: { code: string; children: { code: string }[] } | null }, { code: string }>(
      'query M_region_children($code: String!) { region(code: $code) { code children { code } } }',
    ),
    variables: byRegionCode,
    // Every child of a region in scope is in scope: all of the table's children.
    allowed: (data, ctx) => expect(data.region?.children.map((c) => c.code)).toEqual(childCodes(ctx.target.regionCode)),
    empty: (data) => expect(data.region).toBeNull(),
  }),
  'Region.parent': read({
    doc: gql<{ region: { code: string; parent: { code: string } | null } | null }, { code: string }>(
      'query M_region_parent($code: String!) { region(code: $code) { code parent { code } } }',
    ),
    variables: byRegionCode,
    allowed: (data, ctx) => expect(data.region).toEqual({ code: ctx.target.regionCode, parent: { code: parentCode(ctx.target.regionCode) } }),
    empty: (data) => expect(data.region).toBeNull(),
    nestedNull: (data) => {
      expect(data.region?.code).toBeDefined();
      expect(data.region?.parent).toBeNull();
    },
  }),
  'Region.bureau': read({
    doc: gql<{ region: { code: string; bureau: { bureauId: string } | null } | null }, { code: string }>(
      'query M_region_bureau($code: String!) { region(code: $code) { code bureau { bureauId } } }',
    ),
    variables: byRegionCode,
    allowed: (data, ctx) => expect(data.region).toEqual({ code: ctx.target.regionCode, bureau: { bureauId: ctx.target.regionCode } }),
    empty: (data) => expect(data.region).toBeNull(),
  }),
  'Region.unitCount': read({
    doc: gql<{ region: { code: string; unitCount: number; unitCountByCategory: { count: number }[] } | null }, { code: string }>(
      'query M_region_unitCount($code: String!) { region(code: $code) { code unitCount unitCountByCategory { count } } }',
    ),
    variables: byRegionCode,
    allowed: async (data, ctx) => {
      const expected = activeUnder(await ctx.oracle.units(), ctx.target.regionCode);
      expect(expected).toBeGreaterThan(0);
      expect(data.region?.unitCount).toBe(expected);
      expect(data.region?.unitCountByCategory.reduce((sum, c) => sum + c.count, 0)).toBe(expected);
    },
    empty: (data) => expect(data.region).toBeNull(),
  }),

  // -- mutations ------------------------------------------------------------------------------------------------
  establishBureau: write({
    doc: EstablishBureauDocument,
    prepare: async (ctx) => ({ input: { regionCode: ctx.target.newBureauRegion, name: `${ctx.target.newBureauRegion} 档案局` } }),
    appended: (data) => data.establishBureau.eventIds.length,
    allowed: (data, variables) => expect(data.establishBureau.bureau?.bureauId).toBe(variables.input.regionCode),
  }),
  registerUnit: write({
    doc: RegisterUnitDocument,
    prepare: async (ctx) => ({ input: registration(freshCode(ctx.target.place), ctx.target.place) }),
    appended: (data) => data.registerUnit.eventIds.length,
    allowed: (data, variables) => expect(data.registerUnit.unit).toMatchObject({ unitId: variables.input.unitId, status: 'ACTIVE' }),
  }),
  amendUnitDetails: unitAct(
    AmendUnitDetailsDocument,
    'amendUnitDetails',
    (unitId) => ({ input: { unitId, name: '矩阵测试单位（更名）', reason: '更名' } }),
    (unit) => expect(unit.name).toBe('矩阵测试单位（更名）'),
  ),
  classifyUnit: unitAct(
    ClassifyUnitDocument,
    'classifyUnit',
    (unitId) => ({ input: { unitId, unitClass: 'FIRST' as const } }),
    (unit) => expect(unit.unitClass).toBe('FIRST'),
  ),
  transferUnit: unitAct(
    TransferUnitDocument,
    'transferUnit',
    (unitId, ctx) => ({ input: { unitId, toBureauId: ctx.target.place.transferTo, reason: '调整监督指导关系' } }),
    (unit, ctx) => expect(unit.bureauId).toBe(ctx.target.place.transferTo),
  ),
  deregisterUnit: unitAct(
    DeregisterUnitDocument,
    'deregisterUnit',
    (unitId) => ({ input: { unitId, reason: 'DISSOLVED' as const } }),
    (unit) => expect(unit.status).toBe('DEREGISTERED'),
  ),
  assignArchivist: unitAct(
    AssignArchivistDocument,
    'assignArchivist',
    (unitId) => ({ input: { unitId, archivistId: 'A-2', name: '李四' } }),
    (unit) => expect(unit.archivists.map((a) => a.archivistId)).toContain('A-2'),
  ),
  releaseArchivist: unitAct(
    ReleaseArchivistDocument,
    'releaseArchivist',
    (unitId) => ({ input: { unitId, archivistId: ARCHIVIST.archivistId, reason: '调岗' } }),
    (unit) => expect(unit.archivists.map((a) => a.archivistId)).not.toContain(ARCHIVIST.archivistId),
  ),
  importUnits: write({
    doc: ImportUnitsDocument,
    prepare: async (ctx) => {
      const { place } = ctx.target;
      const row = [freshCode(place), '矩阵测试导入单位', '企业', place.regionCode, place.bureauId].join(',');
      return { input: { format: 'CSV' as const, content: `统一社会信用代码,单位名称,单位类别,行政区划代码,主管档案局\n${row}\n` } };
    },
    appended: (data) => data.importUnits.imported,
    allowed: (data) => expect(data.importUnits).toMatchObject({ rows: 1, imported: 1, rejected: 0, applied: true }),
  }),
} satisfies Record<string, ReadOperation | WriteOperation>;

export type OperationName = keyof typeof OPERATIONS;
