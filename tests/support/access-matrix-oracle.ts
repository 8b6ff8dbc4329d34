import { ancestorsOf, childrenOf, findRegion } from '../../src/domain/shared/region';
import { gql, seesUnit, type Visibility } from './access-matrix-core';
import type { TestServer } from './test-server';

/**
 * The oracle: everything as the national administrator sees it, for a row to cut by the caller's Visibility. Each
 * list is read whole (page after page) at the time the row asks, so rows that wrote before it are counted.
 */

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
/** A record of a unit (inspection, order, discrepancy): its id, the unit, and the region the record is read by. */
export interface UnitRecordRow {
  id: string;
  unitId: string;
  regionCode: string;
}
export interface PlanRow {
  planId: string;
  bureauId: string;
}
/** A supervisory record (bulletin, lead…): the bureaus it involves and the units it names, with their regions then. */
export interface ActRow {
  id: string;
  bureauIds: string[];
  units: { unitId: string; regionCode: string }[];
}

export const ACT_KINDS = [
  'GUIDANCE',
  'SELF_REPORT',
  'LEAD',
  'BULLETIN',
  'TRAINING',
  'ASSESSMENT',
  'VIOLATION_CASE',
  'IMPLEMENTATION_REPORT',
  'SUPERVISION_REVIEW',
] as const;
export type ActKind = (typeof ACT_KINDS)[number];

type Mention = { unitId: string; regionCode: string };
type Node = Record<string, unknown>;
const mention = (node: Node, field: string): Mention[] => {
  const value = node[field] as Mention | Mention[] | null;
  return value === null ? [] : Array.isArray(value) ? value : [value];
};

/** Each kind's list field, the selection of one node, and how a node reads as an ActRow. */
const ACT_LISTS: Record<ActKind, { field: string; selection: string; row: (node: Node) => ActRow }> = {
  GUIDANCE: { field: 'guidance', selection: 'guidanceId bureauId units { unitId regionCode }', row: (n) => ({ id: n.guidanceId as string, bureauIds: [n.bureauId as string], units: mention(n, 'units') }) },
  SELF_REPORT: { field: 'selfReports', selection: 'reportId bureauId unit { unitId regionCode }', row: (n) => ({ id: n.reportId as string, bureauIds: [n.bureauId as string], units: mention(n, 'unit') }) },
  LEAD: { field: 'leads', selection: 'leadId bureauId units { unitId regionCode }', row: (n) => ({ id: n.leadId as string, bureauIds: [n.bureauId as string], units: mention(n, 'units') }) },
  BULLETIN: { field: 'bulletins', selection: 'bulletinId bureauId units { unitId regionCode }', row: (n) => ({ id: n.bulletinId as string, bureauIds: [n.bureauId as string], units: mention(n, 'units') }) },
  TRAINING: { field: 'trainings', selection: 'trainingId bureauId units { unitId regionCode }', row: (n) => ({ id: n.trainingId as string, bureauIds: [n.bureauId as string], units: mention(n, 'units') }) },
  ASSESSMENT: { field: 'assessments', selection: 'assessmentId bureauId unit { unitId regionCode }', row: (n) => ({ id: n.assessmentId as string, bureauIds: [n.bureauId as string], units: mention(n, 'unit') }) },
  VIOLATION_CASE: { field: 'violationCases', selection: 'caseId bureauId unit { unitId regionCode }', row: (n) => ({ id: n.caseId as string, bureauIds: [n.bureauId as string], units: mention(n, 'unit') }) },
  IMPLEMENTATION_REPORT: {
    field: 'implementationReports',
    selection: 'reportId reportingBureauId toBureauId',
    row: (n) => ({ id: n.reportId as string, bureauIds: [n.reportingBureauId as string, n.toBureauId as string], units: [] }),
  },
  SUPERVISION_REVIEW: {
    field: 'supervisionReviews',
    selection: 'reviewId bureauId reviewedBureauId',
    row: (n) => ({ id: n.reviewId as string, bureauIds: [n.bureauId as string, n.reviewedBureauId as string], units: [] }),
  },
};

type Page<N> = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] };
const pageQuery = <N>(field: string, selection: string, args = '') =>
  gql<Record<string, Page<N>>, { after?: string | null }>(
    `query ($after: String) { ${field}(${args}first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`,
  );

const AllUnits = pageQuery<UnitRow>('units', 'unitId regionCode bureauId status');
const AllInspections = pageQuery<{ inspectionId: string; unitId: string; regionCode: string | null }>('inspections', 'inspectionId unitId regionCode');
const AllOrders = pageQuery<{ orderId: string; unitId: string; regionCode: string | null }>('rectificationOrders', 'orderId unitId regionCode');
const AllPlans = pageQuery<PlanRow>('inspectionPlans', 'planId bureauId');
const AllDiscrepancies = pageQuery<{ reportId: string; inspectionId: string; itemCode: string; unitId: string; regionCode: string }>(
  'selfReportDiscrepancies',
  'reportId inspectionId itemCode unitId regionCode',
);
const ACT_QUERIES = Object.fromEntries(ACT_KINDS.map((kind) => [kind, pageQuery<Node>(ACT_LISTS[kind].field, ACT_LISTS[kind].selection)])) as Record<
  ActKind,
  ReturnType<typeof pageQuery<Node>>
>;
const AllBureaus = gql<{ bureaus: BureauRow[] }>('query AllBureaus { bureaus { bureauId regionCode } }');
const HistoryCount = gql<{ unitHistory: { totalCount: number } }, { unitId: string }>(
  'query HistoryCount($unitId: ID!) { unitHistory(unitId: $unitId, first: 1) { totalCount } }',
);

export class Oracle {
  constructor(private readonly server: TestServer) {}

  private async all<N>(doc: ReturnType<typeof pageQuery<N>>, field: string): Promise<N[]> {
    const all: N[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = (await this.server.ok(doc, { after }))[field] as Page<N>;
      all.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return all;
      after = page.pageInfo.endCursor;
    }
  }

  units(): Promise<UnitRow[]> {
    return this.all(AllUnits, 'units');
  }

  async bureaus(): Promise<BureauRow[]> {
    return (await this.server.ok(AllBureaus, {})).bureaus;
  }

  async historyCount(unitId: string): Promise<number> {
    return (await this.server.ok(HistoryCount, { unitId })).unitHistory.totalCount;
  }

  /** Inspections not withdrawn, read by the unit's region on the day. */
  async inspections(): Promise<UnitRecordRow[]> {
    return (await this.all(AllInspections, 'inspections')).map((i) => ({ id: i.inspectionId, unitId: i.unitId, regionCode: i.regionCode ?? '' }));
  }

  /** Orders issued by today, read by the unit's current region. */
  async orders(): Promise<UnitRecordRow[]> {
    return (await this.all(AllOrders, 'rectificationOrders')).map((o) => ({ id: o.orderId, unitId: o.unitId, regionCode: o.regionCode ?? '' }));
  }

  plans(): Promise<PlanRow[]> {
    return this.all(AllPlans, 'inspectionPlans');
  }

  async discrepancies(): Promise<UnitRecordRow[]> {
    const rows = await this.all(AllDiscrepancies, 'selfReportDiscrepancies');
    return rows.map((d) => ({ id: discrepancyId(d), unitId: d.unitId, regionCode: d.regionCode }));
  }

  async acts(kind: ActKind): Promise<ActRow[]> {
    const list = ACT_LISTS[kind];
    return (await this.all(ACT_QUERIES[kind], list.field)).map(list.row);
  }
}

export const discrepancyId = (d: { reportId: string; inspectionId: string; itemCode: string }) => `${d.reportId}:${d.inspectionId}:${d.itemCode}`;

/** Whether a record of a unit lies under the asked prefix and in the caller's sight. */
export const seesUnitRecord = (sees: Visibility, asked: string) => (row: UnitRecordRow) => row.regionCode.startsWith(asked) && seesUnit(sees, row);

/** A supervisory record touches a prefix when a bureau it involves or a unit it names lies there. */
const touches = (row: ActRow, prefix: string) => [...row.bureauIds, ...row.units.map((u) => u.regionCode)].some((code) => code.startsWith(prefix));

/**
 * Whether a supervisory record answers a list asked under `asked`, for the caller: in a region's subtree when it
 * touches the narrower of the subtree and the asked prefix; for a unit's reporter when it names the unit and the unit
 * lies under the asked prefix.
 */
export function seesAct(sees: Visibility, asked: string, row: ActRow): boolean {
  switch (sees.kind) {
    case 'everything':
      return touches(row, asked);
    case 'prefix': {
      // The narrower of the two prefixes, when one contains the other; none when they do not meet.
      const narrower = asked.startsWith(sees.prefix) ? asked : sees.prefix.startsWith(asked) ? sees.prefix : null;
      return narrower !== null && touches(row, narrower);
    }
    case 'unit':
      return row.units.some((u) => u.unitId === sees.unitId && u.regionCode.startsWith(asked));
    case 'nothing':
      return false;
  }
}

// Registry helpers of the oracle.

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
