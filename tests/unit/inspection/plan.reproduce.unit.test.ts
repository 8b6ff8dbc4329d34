import type { InspectionPlanInspectorRecused, InspectionPlanned } from '../../../src/domain/inspection/inspection.events';
import type { DrawInspectionPlan } from '../../../src/domain/inspection/plan.commands';
import { planDecider, type PlanContext } from '../../../src/domain/inspection/plan.decider';
import { reproduceDraw } from '../../../src/domain/inspection/plan.reproduce';
import { REF_V2, V2, newUnitId, officers } from './inspection.fixture';

/** drawReproduces: anyone can re-run a recorded draw, and a tampered record is caught, with the units that differ. */

const context: PlanContext = { bureauEstablished: true, checklist: V2, units: {} };
const units = Array.from({ length: 30 }, (_, i) => ({ unitId: newUnitId(), unitClass: (['FIRST', 'SECOND', null] as const)[i % 3] ?? null }));

function decideDraw(overrides: Partial<DrawInspectionPlan['data']> = {}): InspectionPlanned {
  const command: DrawInspectionPlan = {
    type: 'DrawInspectionPlan',
    data: {
      planId: 'plan-r',
      bureauId: '330106',
      title: '双随机',
      period: { from: '2025-04-01', to: '2025-10-31' },
      kind: 'LAW_ENFORCEMENT',
      checklist: REF_V2,
      sample: { count: 6, ratio: null },
      strata: null,
      roster: officers,
      inspectorsPerTarget: 2,
      seed: 'reproduce-me-seed-0042',
      seedCommitment: null,
      pool: units,
      ...overrides,
    },
  };
  return planDecider.decide(command, planDecider.initialState(), context)[0] as InspectionPlanned;
}

function recused(plan: InspectionPlanned): InspectionPlanInspectorRecused {
  const state = planDecider.evolve(planDecider.initialState(), plan);
  const target = plan.data.assignments[0]!;
  const command = { type: 'RecuseInspector' as const, data: { planId: 'plan-r', unitId: target.unitId, inspectorId: target.inspectorIds[0]!, reason: '回避' } };
  return planDecider.decide(command, state, context)[0] as InspectionPlanInspectorRecused;
}

const good = {
  reproduces: true,
  algorithmKnown: true,
  poolHashMatches: true,
  seedCommitmentMatches: true,
  targetsMatch: true,
  missing: [],
  unexpected: [],
  assignmentsMatch: true,
  recusalsMatch: true,
};

describe('re-running a recorded draw', () => {
  it('reproduces an unstratified draw, a stratified one, and one with a recusal', () => {
    const plain = decideDraw();
    expect(reproduceDraw(plain.data, [])).toEqual({ ...good, algorithm: 'sha256-ctr-fisher-yates-v1' });
    const stratified = decideDraw({ sample: null, strata: [{ unitClass: 'SECOND', count: 2, ratio: null }, { unitClass: 'UNCLASSIFIED', count: null, ratio: 0.25 }] });
    expect(reproduceDraw(stratified.data, [])).toMatchObject(good);
    expect(reproduceDraw(plain.data, [recused(plain).data])).toMatchObject(good);
  });

  it('says which units differ when the recorded targets were changed', () => {
    const plan = decideDraw();
    const outsider = plan.data.selection.method === 'RANDOM_DRAW' ? plan.data.selection.pool.find((id) => !plan.data.unitIds.includes(id))! : '';
    const swapped = { ...plan.data, unitIds: [outsider, ...plan.data.unitIds.slice(1)] };
    expect(reproduceDraw(swapped, [])).toMatchObject({ reproduces: false, targetsMatch: false, missing: [outsider], unexpected: [plan.data.unitIds[0]] });
    const reordered = { ...plan.data, unitIds: [...plan.data.unitIds].reverse() };
    expect(reproduceDraw(reordered, [])).toMatchObject({ reproduces: false, targetsMatch: false, missing: [], unexpected: [] });
  });

  it('catches a pool changed after the draw, a seed that does not match its commitment, and tampered assignments', () => {
    const plan = decideDraw();
    const s = plan.data.selection;
    if (s.method !== 'RANDOM_DRAW') throw new Error('a draw');
    expect(reproduceDraw({ ...plan.data, selection: { ...s, pool: s.pool.slice(1) } }, [])).toMatchObject({ reproduces: false, poolHashMatches: false });
    expect(reproduceDraw({ ...plan.data, selection: { ...s, seedCommitment: '0'.repeat(64) } }, [])).toMatchObject({ reproduces: false, seedCommitmentMatches: false });
    const assignments = plan.data.assignments.map((a, i) => (i === 0 ? { ...a, inspectorIds: [...a.inspectorIds].reverse() } : a));
    expect(reproduceDraw({ ...plan.data, assignments }, [])).toMatchObject({ reproduces: false, assignmentsMatch: false, targetsMatch: true });
  });

  it('catches a recusal whose replacement was not the re-draw’s', () => {
    const plan = decideDraw();
    const recusal = recused(plan).data;
    const other = recusal.redraw.candidates.find((id) => id !== recusal.replacementId)!;
    expect(reproduceDraw(plan.data, [{ ...recusal, replacementId: other }])).toMatchObject({ reproduces: false, recusalsMatch: false });
  });

  it('does not pretend to re-run an algorithm it does not know, nor a listed plan', () => {
    const plan = decideDraw();
    const s = plan.data.selection;
    if (s.method !== 'RANDOM_DRAW') throw new Error('a draw');
    expect(reproduceDraw({ ...plan.data, selection: { ...s, algorithm: 'mt19937-v0' } }, [])).toMatchObject({ reproduces: false, algorithmKnown: false });
    expect(reproduceDraw({ ...plan.data, selection: { method: 'LISTED' } }, [])).toBeNull();
  });
});
