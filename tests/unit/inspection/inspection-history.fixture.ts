import { SHIPPED_CHECKLISTS } from '../../../src/domain/checklist/shipped';
import { checklistStreamId, inspectionStreamId, planStreamId, type InspectionPlanned } from '../../../src/domain/inspection/inspection.events';
import type { InspectionCommand } from '../../../src/domain/inspection/inspection.commands';
import { inspectionDecider, type InspectionContext } from '../../../src/domain/inspection/inspection.decider';
import type { PlanCommand } from '../../../src/domain/inspection/plan.commands';
import { planDecider, type PlanContext } from '../../../src/domain/inspection/plan.decider';
import type { PlanState } from '../../../src/domain/inspection/plan.state';
import type { InspectionState } from '../../../src/domain/inspection/inspection.state';
import type { Actor } from '../../../src/domain/shared/event';
import { RecordedLog, type MetadataOverrides } from '../../support/recorded';
import { REF_V2, V2, allCompliant, newUnitId, officers, record, recordCommand, registered, unitFacts } from './inspection.fixture';

/**
 * A realistic history of the inspection area, produced by the deciders themselves and recorded with positions and
 * metadata: the shipped checklists, a drawn plan with a recusal (completed), a listed plan (cancelled), an inspection
 * corrected twice and then withdrawn, another bureau's inspection, and an event of the old shape (no region).
 */
export const clerk: Actor = { id: 'xh-staff-3', role: 'BUREAU_STAFF', bureauId: '330106' };
export const cityClerk: Actor = { id: 'hz-staff-7', role: 'BUREAU_STAFF', bureauId: '330100' };

export const H = {
  u1: newUnitId(),
  u2: newUnitId(),
  u3: newUnitId('330100'),
  pool: Array.from({ length: 8 }, () => newUnitId()),
};

export function inspectionHistory() {
  const log = new RecordedLog({ startAt: '2025-01-02T01:00:00.000Z', actor: clerk });
  for (const shipped of SHIPPED_CHECKLISTS) {
    const c = shipped.checklist;
    log.record({ type: 'ChecklistVersionPublished', data: c }, { streamId: checklistStreamId(c.checklistId, c.version), actor: { id: 'system', role: 'SYSTEM' }, occurredAt: shipped.occurredAt });
  }
  const plans = new Map<string, PlanState>();
  const plan = (command: PlanCommand, context: Partial<PlanContext> = {}, meta: MetadataOverrides = {}) => {
    const state = plans.get(command.data.planId) ?? planDecider.initialState();
    const events = planDecider.decide(command, state, { bureauEstablished: true, checklist: V2, units: {}, ...context });
    plans.set(command.data.planId, events.reduce(planDecider.evolve, state));
    log.recordAll(events, { streamId: planStreamId(command.data.planId), ...meta });
    return events;
  };
  const inspections = new Map<string, InspectionState>();
  const units = {
    [H.u1]: unitFacts(H.u1, [[registered(H.u1), '2024-01-05']]),
    [H.u2]: unitFacts(H.u2, [[registered(H.u2), '2024-01-05']]),
    [H.u3]: unitFacts(H.u3, [[registered(H.u3, '330100', '330102', '上城区'), '2024-01-05']]),
  };
  const inspect = (command: InspectionCommand, unitId: string, meta: MetadataOverrides = {}) => {
    const state = inspections.get(command.data.inspectionId) ?? inspectionDecider.initialState();
    const context: InspectionContext = { unit: units[unitId] ?? null, checklist: V2, plan: null, today: '2026-01-01' };
    const events = inspectionDecider.decide(command, state, context);
    inspections.set(command.data.inspectionId, events.reduce(inspectionDecider.evolve, state));
    log.recordAll(events, { streamId: inspectionStreamId(command.data.inspectionId), ...meta });
  };

  const drawn = plan({
    type: 'DrawInspectionPlan',
    data: {
      planId: 'plan-draw',
      bureauId: '330106',
      title: '2025年双随机抽查',
      period: { from: '2025-03-01', to: '2025-11-30' },
      kind: 'LAW_ENFORCEMENT',
      checklist: REF_V2,
      sample: { count: 3, ratio: null },
      strata: null,
      roster: officers,
      inspectorsPerTarget: 2,
      seed: 'history-fixture-seed-0001',
      seedCommitment: null,
      pool: H.pool.map((unitId) => ({ unitId, unitClass: null })),
    },
  })[0] as InspectionPlanned;
  const target = drawn.data.assignments[0]!;
  plan({ type: 'RecuseInspector', data: { planId: 'plan-draw', unitId: target.unitId, inspectorId: target.inspectorIds[0]!, reason: '近亲属回避' } });
  plan(
    { type: 'PlanInspections', data: { planId: 'plan-list', bureauId: '330106', title: '专项检查', period: { from: '2025-05-01', to: '2025-06-30' }, kind: 'LAW_ENFORCEMENT', checklist: REF_V2, unitIds: [H.u1, H.u2], roster: null, assignments: null } },
    { units },
  );
  inspect(recordCommand(H.u1, { inspectionId: 'insp-a', day: '2025-05-10', planId: null }), H.u1, { occurredAt: '2025-05-09T16:00:00.000Z' });
  const storeroom = allCompliant('LAW_ENFORCEMENT').map((r) => (r.itemCode === 'STOREROOM_AND_EQUIPMENT' ? { ...r, result: 'NON_COMPLIANT' as const } : r));
  inspect(
    { type: 'CorrectInspectionRecord', data: { inspectionId: 'insp-a', reason: '补录发现的问题', changes: { results: storeroom, findings: [{ findingId: 'f-a1', itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'MAJOR', description: '库房漏雨', legalBasis: null }] } } },
    H.u1,
  );
  inspect({ type: 'CorrectInspectionRecord', data: { inspectionId: 'insp-a', reason: '日期笔误', changes: { day: '2025-05-12' } } }, H.u1);
  inspect(recordCommand(H.u2, { inspectionId: 'insp-b', day: '2025-06-01', kind: 'ANNUAL', inspectors: [officers[2]!] }), H.u2);
  plan({ type: 'CompleteInspectionPlan', data: { planId: 'plan-draw', note: null } });
  inspect({ type: 'WithdrawInspection', data: { inspectionId: 'insp-b', reason: '重复录入' } }, H.u2, { actor: { id: 'admin-0', role: 'NATIONAL_ADMIN' } });
  inspect(recordCommand(H.u3, { inspectionId: 'insp-c', bureauId: '330100', ...record({ day: '2025-07-01' }) }), H.u3, { actor: cityClerk });
  plan({ type: 'CancelInspectionPlan', data: { planId: 'plan-list', reason: '并入年度检查' } });
  // An inspection recorded before regions were put on the event.
  const old = recordCommand(H.u2, { inspectionId: 'insp-old', day: '2025-02-01' });
  const { region: _region, ...withoutRegion } = inspectionDecider.decide(old, inspectionDecider.initialState(), { unit: units[H.u2]!, checklist: V2, plan: null, today: '2026-01-01' })[0]!.data as { region?: unknown };
  log.record({ type: 'InspectionConducted', data: withoutRegion }, { streamId: inspectionStreamId('insp-old') });
  return { log, drawn };
}
