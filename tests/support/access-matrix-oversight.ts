import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { areaPrefix, emptyList, read, seesUnit, sortedIds, type RowContext, type Target } from './access-matrix-core';
import { ACT_KINDS, discrepancyId, seesAct, seesUnitRecord, type ActKind } from './access-matrix-oracle';
import {
  AssessmentsDocument,
  BulletinsDocument,
  GuidanceRecordsDocument,
  ImplementationReportsDocument,
  LeadsDocument,
  SelfReportDiscrepanciesDocument,
  SelfReportsDocument,
  SupervisionReviewsDocument,
  SupervisoryActivityDocument,
  TrainingsDocument,
  ViolationCasesDocument,
} from './generated/operations';

/**
 * The oversight area's lists. A record is listed to a caller when a bureau it involves or a unit it names lies in the
 * caller's region (a unit's reporter: when it names the unit); within a record, units outside the caller's scope are
 * left out. Each list is asked under the target's prefix ('33' for "in", which the scope must narrow; the region of
 * the out-of-scope target for "out").
 */

type Mention = { unitId: string; unit?: { unitId: string } | null };
type Node = Record<string, unknown>;
type ListAnswer = { totalCount: number; nodes: Node[] };

/** The units a node shows, whether as `units` (a list) or `unit` (one, or null outside the scope). */
function shownUnits(node: Node, field: 'units' | 'unit' | null): Mention[] {
  if (field === null) return [];
  const value = node[field] as Mention | Mention[] | null;
  return value === null ? [] : Array.isArray(value) ? value : [value];
}

const listVariables = <TVars>(target: Target) => ({ filter: { regionPrefix: areaPrefix(target) }, first: 100 }) as unknown as TVars;

/** A list of one kind of record, checked against the administrator's list cut by the caller's sight. */
function actList<TData, TVars>(kind: ActKind, doc: TypedDocumentNode<TData, TVars>, field: string, idField: string, mentions: 'units' | 'unit' | null) {
  const answer = (data: TData) => (data as Record<string, ListAnswer>)[field] as ListAnswer;
  return read({
    doc,
    variables: (target) => listVariables<TVars>(target),
    allowed: async (data, ctx: RowContext) => {
      const expected = (await ctx.oracle.acts(kind)).filter((row) => seesAct(ctx.sees, areaPrefix(ctx.target), row));
      expect(expected.length).toBeGreaterThan(0);
      const list = answer(data);
      expect(list.totalCount).toBe(expected.length);
      expect(sortedIds(list.nodes, (n) => n[idField] as string)).toEqual(sortedIds(expected, (r) => r.id));
      for (const node of list.nodes) {
        const row = expected.find((r) => r.id === node[idField]);
        const shown = shownUnits(node, mentions);
        // The units the record names inside the caller's scope, each readable; none outside it.
        expect(shown.map((m) => m.unitId)).toEqual(row?.units.filter((u) => seesUnit(ctx.sees, u)).map((u) => u.unitId));
        for (const m of shown) if ('unit' in m) expect(m.unit?.unitId).toBe(m.unitId);
      }
    },
    empty: (data) => emptyList(answer(data)),
  });
}

export const OVERSIGHT_QUERIES = {
  bulletins: actList('BULLETIN', BulletinsDocument, 'bulletins', 'bulletinId', 'units'),
  trainings: actList('TRAINING', TrainingsDocument, 'trainings', 'trainingId', 'units'),
  guidance: actList('GUIDANCE', GuidanceRecordsDocument, 'guidance', 'guidanceId', 'units'),
  selfReports: actList('SELF_REPORT', SelfReportsDocument, 'selfReports', 'reportId', 'unit'),
  leads: actList('LEAD', LeadsDocument, 'leads', 'leadId', 'units'),
  violationCases: actList('VIOLATION_CASE', ViolationCasesDocument, 'violationCases', 'caseId', 'unit'),
  assessments: actList('ASSESSMENT', AssessmentsDocument, 'assessments', 'assessmentId', 'unit'),
  implementationReports: actList('IMPLEMENTATION_REPORT', ImplementationReportsDocument, 'implementationReports', 'reportId', null),
  supervisionReviews: actList('SUPERVISION_REVIEW', SupervisionReviewsDocument, 'supervisionReviews', 'reviewId', null),
  selfReportDiscrepancies: read({
    doc: SelfReportDiscrepanciesDocument,
    variables: (target) => ({ filter: { regionPrefix: areaPrefix(target) }, first: 100 }),
    allowed: async (data, ctx) => {
      const expected = (await ctx.oracle.discrepancies()).filter(seesUnitRecord(ctx.sees, areaPrefix(ctx.target)));
      expect(expected.length).toBeGreaterThan(0);
      expect(data.selfReportDiscrepancies.totalCount).toBe(expected.length);
      expect(sortedIds(data.selfReportDiscrepancies.nodes, discrepancyId)).toEqual(sortedIds(expected, (d) => d.id));
    },
    empty: (data) => emptyList(data.selfReportDiscrepancies),
  }),
  supervisoryActivity: read({
    doc: SupervisoryActivityDocument,
    variables: (target) => ({ filter: { regionPrefix: areaPrefix(target) } }),
    // Counts only (open to analysts): each kind's count is its list's total for the caller.
    allowed: async (data, ctx) => {
      const asked = areaPrefix(ctx.target);
      const expected = await Promise.all(ACT_KINDS.map(async (kind) => ({ kind, count: (await ctx.oracle.acts(kind)).filter((row) => seesAct(ctx.sees, asked, row)).length })));
      expect(expected.some((e) => e.count > 0)).toBe(true);
      expect([...data.supervisoryActivity].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual(expected.sort((a, b) => a.kind.localeCompare(b.kind)));
    },
    empty: (data) => expect(data.supervisoryActivity.map((a) => a.count)).toEqual(ACT_KINDS.map(() => 0)),
  }),
};
