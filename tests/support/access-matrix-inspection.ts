import { acting, emptyList, read, seesRegion, sortedIds, write } from './access-matrix-core';
import { CHECKLIST_ID, drawInput, drawnPlan, inspect, inspectionInput, listedPlan, recordsOf } from './access-matrix-fixture';
import { seesUnitRecord } from './access-matrix-oracle';
import {
  CancelInspectionPlanDocument,
  ChecklistDocument,
  ChecklistsDocument,
  CompleteInspectionPlanDocument,
  CorrectInspectionRecordDocument,
  DrawInspectionPlanDocument,
  DrawReproducesDocument,
  InspectionDocument,
  InspectionPlanDocument,
  InspectionPlansDocument,
  InspectionsDocument,
  PlanInspectionsDocument,
  RecordInspectionDocument,
  RecuseInspectorDocument,
  WithdrawInspectionDocument,
} from './generated/operations';

/**
 * The inspection area: checklists (reference data, for anyone signed in), plans (read by their bureau's scope),
 * inspections (read by their unit's region on the day). Refused writes aim at the fixture's records of the target;
 * allowed ones at a fresh plan or inspection.
 */

const noEmptyAnswer = (name: string) => () => {
  throw new Error(`${name} answers every signed-in caller, or refuses: it has no empty answer`);
};

export const INSPECTION_OPERATIONS = {
  // -- queries --------------------------------------------------------------------------------------------------
  checklists: read({
    doc: ChecklistsDocument,
    variables: () => ({}),
    // The two shipped versions, seeded at start-up: reference data, the same for everyone.
    allowed: (data) => expect(data.checklists.map((c) => [c.checklistId, c.version, c.items.length])).toEqual([[CHECKLIST_ID, 1, 8], [CHECKLIST_ID, 2, 6]]),
    empty: noEmptyAnswer('checklists'),
  }),
  checklist: read({
    doc: ChecklistDocument,
    variables: () => ({ id: CHECKLIST_ID }),
    allowed: (data) => expect(data.checklist).toMatchObject({ checklistId: CHECKLIST_ID, version: 2 }),
    empty: noEmptyAnswer('checklist'),
  }),
  inspectionPlans: read({
    doc: InspectionPlansDocument,
    variables: (target) => ({ filter: { bureauId: target.place.bureauId }, first: 100 }),
    allowed: async (data, ctx) => {
      const bureauId = ctx.target.place.bureauId;
      const expected = (await ctx.oracle.plans()).filter((p) => p.bureauId === bureauId && seesRegion(ctx.sees, p.bureauId));
      expect(expected.length).toBeGreaterThan(0);
      expect(data.inspectionPlans.totalCount).toBe(expected.length);
      expect(sortedIds(data.inspectionPlans.nodes, (n) => n.planId)).toEqual(sortedIds(expected, (p) => p.planId));
    },
    empty: (data) => emptyList(data.inspectionPlans),
  }),
  inspectionPlan: read({
    doc: InspectionPlanDocument,
    variables: (_target, ctx) => ({ id: recordsOf(ctx).planId }),
    allowed: (data, ctx) => {
      const { planId, unitId, bureauId } = recordsOf(ctx);
      expect(data.inspectionPlan).toMatchObject({ planId, bureauId });
      // Every target of a plan the caller may read lies in its bureau's scope: each unit is shown.
      expect(data.inspectionPlan?.targets.map((t) => t.unit?.unitId ?? null)).toEqual([unitId]);
    },
    empty: (data) => expect(data.inspectionPlan).toBeNull(),
  }),
  drawReproduces: read({
    doc: DrawReproducesDocument,
    variables: (_target, ctx) => ({ planId: recordsOf(ctx).drawn.planId }),
    allowed: (data, ctx) => expect(data.drawReproduces).toMatchObject({ planId: recordsOf(ctx).drawn.planId, reproduces: true, missing: [], unexpected: [] }),
    empty: () => {
      throw new Error('drawReproduces refuses with NOT_FOUND; it has no empty answer');
    },
  }),
  inspections: read({
    doc: InspectionsDocument,
    variables: (target) => ({ filter: { regionPrefix: target.prefix }, first: 100 }),
    allowed: async (data, ctx) => {
      const expected = (await ctx.oracle.inspections()).filter(seesUnitRecord(ctx.sees, ctx.target.prefix));
      expect(expected.length).toBeGreaterThan(0);
      expect(data.inspections.totalCount).toBe(expected.length);
      expect(sortedIds(data.inspections.edges, (e) => e.node.inspectionId)).toEqual(sortedIds(expected, (i) => i.id));
    },
    empty: (data) => expect(data.inspections).toMatchObject({ totalCount: 0, edges: [] }),
  }),
  inspection: read({
    doc: InspectionDocument,
    variables: (_target, ctx) => ({ id: recordsOf(ctx).inspectionId }),
    allowed: (data, ctx) => {
      const { inspectionId, unitId, bureauId } = recordsOf(ctx);
      expect(data.inspection).toMatchObject({ inspectionId, unitId, bureauId, unit: { unitId } });
      expect(data.inspection?.inspectors.map((p) => p.name)).toEqual(['王检查', '李执法']); // names: personal data, for record readers
    },
    empty: (data) => expect(data.inspection).toBeNull(),
  }),

  // -- mutations ------------------------------------------------------------------------------------------------
  planInspections: write({
    doc: PlanInspectionsDocument,
    prepare: async (ctx) => ({
      input: { bureauId: acting(ctx), title: '矩阵检查计划', from: '2025-01-01', to: '2025-12-31', kind: 'LAW_ENFORCEMENT' as const, checklistId: CHECKLIST_ID, checklistVersion: 2, unitIds: [ctx.target.unitId] },
    }),
    appended: (data) => data.planInspections.eventIds.length,
    allowed: (data, _variables, ctx) => {
      expect(data.planInspections.plan).toMatchObject({ bureauId: ctx.target.place.bureauId, status: 'PLANNED', selection: { method: 'LISTED' } });
      expect(data.planInspections.plan?.targets.map((t) => t.unitId)).toEqual([ctx.target.unitId]);
    },
  }),
  drawInspectionPlan: write({
    doc: DrawInspectionPlanDocument,
    // Names the target's bureau: for a county's staff "out" is another county's bureau (no unit at stake).
    prepare: async (ctx) => ({ input: drawInput(ctx.target.place.bureauId) }),
    appended: (data) => data.drawInspectionPlan.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.drawInspectionPlan.plan).toMatchObject({ bureauId: ctx.target.place.bureauId, status: 'PLANNED', selection: { method: 'RANDOM_DRAW', sampleSize: 1 } }),
  }),
  recuseInspector: write({
    doc: RecuseInspectorDocument,
    prepare: async (ctx, mustSucceed) => {
      const drawn = mustSucceed ? await drawnPlan(ctx.server, ctx.target.place.bureauId) : recordsOf(ctx).drawn;
      return { input: { ...drawn, reason: '与被检查单位负责人系近亲属' } };
    },
    appended: (data) => data.recuseInspector.eventIds.length,
    allowed: (data, variables) => {
      const { unitId, inspectorId } = variables.input;
      const plan = data.recuseInspector.plan;
      expect(plan?.recusals.map((r) => [r.unitId, r.inspectorId])).toEqual([[unitId, inspectorId]]);
      expect(plan?.targets.find((t) => t.unitId === unitId)?.inspectorIds).not.toContain(inspectorId);
    },
  }),
  completeInspectionPlan: write({
    doc: CompleteInspectionPlanDocument,
    prepare: async (ctx, mustSucceed) => ({
      input: { planId: mustSucceed ? await listedPlan(ctx.server, ctx.target.place.bureauId, ctx.target.unitId) : recordsOf(ctx).planId, note: '检查完毕' },
    }),
    appended: (data) => data.completeInspectionPlan.eventIds.length,
    allowed: (data, variables) => expect(data.completeInspectionPlan.plan).toMatchObject({ planId: variables.input.planId, status: 'COMPLETED' }),
  }),
  cancelInspectionPlan: write({
    doc: CancelInspectionPlanDocument,
    prepare: async (ctx, mustSucceed) => ({
      input: { planId: mustSucceed ? await listedPlan(ctx.server, ctx.target.place.bureauId, ctx.target.unitId) : recordsOf(ctx).planId, reason: '机构调整' },
    }),
    appended: (data) => data.cancelInspectionPlan.eventIds.length,
    allowed: (data, variables) => expect(data.cancelInspectionPlan.plan).toMatchObject({ planId: variables.input.planId, status: 'CANCELLED' }),
  }),
  recordInspection: write({
    doc: RecordInspectionDocument,
    // Every item compliant: a new record of the target unit that orders and discrepancies never hear of.
    prepare: async (ctx) => ({ input: inspectionInput(ctx.target.unitId, acting(ctx), false) }),
    appended: (data) => data.recordInspection.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.recordInspection.inspection).toMatchObject({ unitId: ctx.target.unitId, bureauId: ctx.target.place.bureauId, day: '2025-03-10', withdrawn: false }),
  }),
  correctInspectionRecord: write({
    doc: CorrectInspectionRecordDocument,
    prepare: async (ctx, mustSucceed) => {
      const inspectionId = mustSucceed ? (await inspect(ctx.server, ctx.target.unitId, ctx.target.place.bureauId, false)).inspectionId : recordsOf(ctx).inspectionId;
      return { input: { inspectionId, reason: '结论笔误', conclusion: '基本符合要求' } };
    },
    appended: (data) => data.correctInspectionRecord.eventIds.length,
    allowed: (data, variables) => {
      const inspection = data.correctInspectionRecord.inspection;
      expect(inspection).toMatchObject({ inspectionId: variables.input.inspectionId, conclusion: '基本符合要求' });
      expect(inspection?.corrections.map((c) => c.fields)).toEqual([['conclusion']]);
    },
  }),
  withdrawInspection: write({
    doc: WithdrawInspectionDocument,
    prepare: async (ctx, mustSucceed) => {
      const inspectionId = mustSucceed ? (await inspect(ctx.server, ctx.target.unitId, ctx.target.place.bureauId, false)).inspectionId : recordsOf(ctx).inspectionId;
      return { input: { inspectionId, reason: '误录单位' } };
    },
    appended: (data) => data.withdrawInspection.eventIds.length,
    allowed: (data, variables) => expect(data.withdrawInspection.inspection).toMatchObject({ inspectionId: variables.input.inspectionId, withdrawn: true }),
  }),
};
