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
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ARCHIVIST, freshCode, freshUnit, gql, read, registration, seesRegion, seesUnit, write, type RowContext, type Target } from './access-matrix-core';
import { activeSupervisedBy, activeUnder, childCodes, nearestBureauAbove, parentCode } from './access-matrix-oracle';

/** The registry's queries, nested fields and mutations (units, bureaus, regions), as the matrix sends them. */

/** The unit a unit act works on: a fresh one when it must succeed, else the target's fixture unit (left unchanged). */
async function actOn(ctx: RowContext, mustSucceed: boolean): Promise<string> {
  return mustSucceed ? freshUnit(ctx) : ctx.target.unitId;
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

export const REGISTRY_OPERATIONS = {
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
};
