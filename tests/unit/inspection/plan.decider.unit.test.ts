import { DRAW_ALGORITHM, drawAssignments, poolHash, recusalLabel, sample, seedCommitment, sortIds } from '../../../src/domain/inspection/draw';
import type { InspectionPlanned, PlanEvent } from '../../../src/domain/inspection/inspection.events';
import type { DrawInspectionPlan, PlanInspections } from '../../../src/domain/inspection/plan.commands';
import { planDecider, type PlanContext } from '../../../src/domain/inspection/plan.decider';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { REF_V1, REF_V2, V1, V2, newUnitId, officers, registered, transferred, unitFacts } from './inspection.fixture';

const [a, b, c] = [newUnitId(), newUnitId(), newUnitId()];
const context: PlanContext = {
  bureauEstablished: true,
  checklist: V2,
  units: {
    [a]: unitFacts(a, [[registered(a), '2024-01-05']]),
    // Joins the bureau's scope in the middle of the period.
    [b]: unitFacts(b, [[registered(b, '330100'), '2024-01-05'], [transferred(b, '330100', '330106'), '2025-06-01']]),
    // Left the bureau's scope before the period.
    [c]: unitFacts(c, [[registered(c), '2024-01-05'], [transferred(c, '330106', '330100'), '2024-12-01']]),
  },
};
const spec = DeciderSpecification.for(planDecider, context);

function listed(overrides: Partial<PlanInspections['data']> = {}): PlanInspections {
  return {
    type: 'PlanInspections',
    data: {
      planId: 'plan-1',
      bureauId: '330106',
      title: '2025年档案行政执法检查',
      period: { from: '2025-01-01', to: '2025-12-31' },
      kind: 'LAW_ENFORCEMENT',
      checklist: REF_V2,
      unitIds: [a, b],
      roster: null,
      assignments: null,
      ...overrides,
    },
  };
}

const planned = (command: PlanInspections, overrides: Partial<InspectionPlanned['data']> = {}): InspectionPlanned => ({
  type: 'InspectionPlanned',
  data: {
    planId: command.data.planId,
    bureauId: command.data.bureauId,
    title: command.data.title,
    period: command.data.period,
    kind: command.data.kind,
    checklist: command.data.checklist,
    unitIds: command.data.unitIds,
    assignments: [],
    selection: { method: 'LISTED' },
    roster: [],
    ...overrides,
  },
});

const POOL_IDS = Array.from({ length: 12 }, () => newUnitId());
const CLASSES = ['FIRST', 'FIRST', 'FIRST', 'SECOND', 'SECOND', 'SECOND', 'SECOND', 'THIRD', null, null, null, null] as const;
const SEED = 'a-seed-the-bureau-committed-to-2025';

function draw(overrides: Partial<DrawInspectionPlan['data']> = {}): DrawInspectionPlan {
  return {
    type: 'DrawInspectionPlan',
    data: {
      planId: 'plan-2',
      bureauId: '330106',
      title: '2025年双随机抽查',
      period: { from: '2025-04-01', to: '2025-10-31' },
      kind: 'LAW_ENFORCEMENT',
      checklist: REF_V2,
      sample: { count: 3, ratio: null },
      strata: null,
      roster: officers,
      inspectorsPerTarget: 2,
      seed: SEED,
      seedCommitment: null,
      // Given unsorted, as a read model may return it.
      pool: [...POOL_IDS].reverse().map((unitId) => ({ unitId, unitClass: CLASSES[POOL_IDS.indexOf(unitId)] ?? null })),
      ...overrides,
    },
  };
}

const rosterIds = sortIds(officers.map((o) => o.personId));

describe('a listed plan (InspectionPlanned, LISTED)', () => {
  it('plans the listed units that the bureau supervises on some day of the period', () => {
    const command = listed();
    spec.given([]).when(command).then([planned(command)]);
  });

  it('keeps a roster and per-target assignments, two officers at least for law enforcement', () => {
    const command = listed({ roster: officers, assignments: [{ unitId: a, inspectorIds: ['insp-1', 'insp-2'] }] });
    spec.given([]).when(command).then([planned(command, { roster: officers, assignments: [{ unitId: a, inspectorIds: ['insp-1', 'insp-2'] }] })]);
    spec.given([]).when(listed({ roster: officers, assignments: [{ unitId: a, inspectorIds: ['insp-1'] }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'TOO_FEW_INSPECTORS',
      field: 'assignments[0].inspectorIds',
    });
    spec.given([]).when(listed({ roster: officers, assignments: [{ unitId: a, inspectorIds: ['insp-1', 'stranger'] }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ON_ROSTER',
    });
    spec.given([]).when(listed({ roster: officers, assignments: [{ unitId: c, inspectorIds: ['insp-1', 'insp-2'] }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_TARGET',
    });
    spec.given([]).when(listed({ assignments: [{ unitId: a, inspectorIds: ['insp-1', 'insp-2'] }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'ROSTER_REQUIRED',
    });
    spec.given([]).when(listed({ roster: [{ ...officers[0]!, credentialNumber: null }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'CREDENTIAL_REQUIRED',
      field: 'roster[0].credentialNumber',
    });
  });

  it.each([
    ['an unknown bureau', listed(), { ...context, bureauEstablished: false }, 'UNKNOWN_BUREAU', 'bureauId'],
    ['an empty title', listed({ title: ' ' }), context, 'REQUIRED', 'title'],
    ['a period ending before it starts', listed({ period: { from: '2025-02-01', to: '2025-01-31' } }), context, 'PERIOD_REVERSED', 'to'],
    ['a malformed day', listed({ period: { from: '2025-13-01', to: '2025-12-31' } }), context, 'INVALID_DATE', 'from'],
    ['an unknown checklist', listed({ checklist: { checklistId: V2.checklistId, version: 3 } }), context, 'UNKNOWN_CHECKLIST', 'checklistId'],
    ['a checklist without items for the kind', listed({ kind: 'ASSESSMENT', checklist: REF_V1 }), { ...context, checklist: V1 }, 'CHECKLIST_NOT_FOR_KIND', 'kind'],
    ['no target', listed({ unitIds: [] }), context, 'REQUIRED', 'unitIds'],
    ['a target twice', listed({ unitIds: [a, a] }), context, 'DUPLICATE_TARGET', 'unitIds'],
    ['an unregistered unit', listed({ unitIds: [newUnitId()] }), context, 'UNKNOWN_UNIT', 'unitIds'],
    ['a unit outside the scope during the period', listed({ unitIds: [a, c] }), context, 'UNIT_OUTSIDE_SCOPE', 'unitIds'],
  ] as const)('refuses %s', (_name, command, ctx, reason, field) => {
    spec.given([]).when(command, ctx).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason, field });
  });

  it('refuses a second plan under the same id', () => {
    spec.given([planned(listed())]).when(listed()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'PLAN_EXISTS' });
  });
});

describe('a drawn plan (双随机, InspectionPlanned, RANDOM_DRAW)', () => {
  const pool = sortIds(POOL_IDS);

  it('draws the targets from the sorted pool and inspectors from the sorted roster, recording all a re-run needs', () => {
    const targets = sample(pool, 3, SEED, 'units');
    const command = draw();
    spec.given([]).when(command).then([
      {
        type: 'InspectionPlanned',
        data: {
          planId: 'plan-2',
          bureauId: '330106',
          title: '2025年双随机抽查',
          period: { from: '2025-04-01', to: '2025-10-31' },
          kind: 'LAW_ENFORCEMENT',
          checklist: REF_V2,
          unitIds: targets,
          assignments: drawAssignments(SEED, targets, rosterIds, 2),
          selection: {
            method: 'RANDOM_DRAW',
            algorithm: DRAW_ALGORITHM,
            seed: SEED,
            seedCommitment: seedCommitment(SEED),
            poolDay: '2025-04-01',
            pool,
            poolHash: poolHash(pool),
            sampleSize: 3,
            strata: null,
            inspectorPool: rosterIds,
            inspectorsPerTarget: 2,
          },
          roster: officers,
        },
      },
    ]);
  });

  it('draws by class when stratified: a count or a share rounded up, each stratum’s pool recorded', () => {
    const first = pool.filter((id) => CLASSES[POOL_IDS.indexOf(id)] === 'FIRST');
    const none = pool.filter((id) => CLASSES[POOL_IDS.indexOf(id)] === null);
    const command = draw({ sample: null, strata: [{ unitClass: 'UNCLASSIFIED', count: null, ratio: 0.3 }, { unitClass: 'FIRST', count: 3, ratio: null }] });
    const outcome = planDecider.decide(command, planDecider.initialState(), context)[0] as InspectionPlanned;
    expect(outcome.data.unitIds).toEqual([...sample(first, 3, SEED, 'units:FIRST'), ...sample(none, 2, SEED, 'units:UNCLASSIFIED')]);
    expect(outcome.data.selection).toMatchObject({
      pool: sortIds([...first, ...none]),
      sampleSize: 5,
      strata: [
        { unitClass: 'FIRST', poolSize: 3, drawn: 3, units: first },
        { unitClass: 'UNCLASSIFIED', poolSize: 4, drawn: 2, units: none },
      ],
    });
  });

  it('accepts a seed that matches the commitment published before the draw', () => {
    const outcome = planDecider.decide(draw({ seedCommitment: seedCommitment(SEED).toUpperCase() }), planDecider.initialState(), context);
    expect(outcome).toHaveLength(1);
  });

  it.each([
    ['a short seed', draw({ seed: 'too-short' }), 'INVALID_SEED', 'seed'],
    ['a seed with control characters', draw({ seed: `${SEED}\n` }), 'INVALID_SEED', 'seed'],
    ['a seed that does not match its commitment', draw({ seedCommitment: seedCommitment('another seed entirely') }), 'SEED_COMMITMENT_MISMATCH', 'seed'],
    ['one law-enforcement inspector per target', draw({ inspectorsPerTarget: 1 }), 'TOO_FEW_INSPECTORS', 'inspectorsPerTarget'],
    ['more inspectors per target than the roster has', draw({ inspectorsPerTarget: 5 }), 'ROSTER_TOO_SMALL', 'roster'],
    ['a roster officer without credential', draw({ roster: [...officers.slice(1), { ...officers[0]!, credentialNumber: null }] }), 'CREDENTIAL_REQUIRED', 'roster[3].credentialNumber'],
    ['a sample larger than the pool', draw({ sample: { count: 13, ratio: null } }), 'SAMPLE_LARGER_THAN_POOL', 'sample.count'],
    ['neither sample nor strata', draw({ sample: null }), 'INVALID_SAMPLE', 'sample'],
    ['a count and a ratio', draw({ sample: { count: 1, ratio: 0.5 } }), 'INVALID_SAMPLE', 'sample'],
    ['a ratio above one', draw({ sample: { count: null, ratio: 1.5 } }), 'INVALID_SAMPLE', 'sample.ratio'],
    ['a class twice', draw({ sample: null, strata: [{ unitClass: 'FIRST', count: 1, ratio: null }, { unitClass: 'FIRST', count: 1, ratio: null }] }), 'DUPLICATE_STRATUM', 'strata[1].unitClass'],
    ['more of a class than it has', draw({ sample: null, strata: [{ unitClass: 'THIRD', count: 2, ratio: null }] }), 'SAMPLE_LARGER_THAN_POOL', 'strata[0].count'],
  ] as const)('refuses %s', (_name, command, reason, field) => {
    spec.given([]).when(command).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason, field });
  });

  it('refuses a draw from an empty scope, or one that would select nobody', () => {
    spec.given([]).when(draw({ pool: [] })).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'EMPTY_POOL' });
    spec.given([]).when(draw({ sample: { count: 0, ratio: null } })).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'EMPTY_SAMPLE' });
  });
});

describe('recusal, completion and cancellation', () => {
  const drawn = planDecider.decide(draw(), planDecider.initialState(), context)[0] as InspectionPlanned;
  const target = drawn.data.unitIds[0] as string;
  const assigned = drawn.data.assignments[0]!.inspectorIds;
  const recuse = (inspectorId: string, unitId = target, reason = '与被检查单位负责人系近亲属') => ({
    type: 'RecuseInspector' as const,
    data: { planId: 'plan-2', unitId, inspectorId, reason },
  });

  it('replaces a recused inspector by a logged re-draw over those not assigned to the target', () => {
    const candidates = rosterIds.filter((id) => !assigned.includes(id));
    const label = recusalLabel(target, 1);
    spec.given([drawn]).when(recuse(assigned[0]!)).then([
      {
        type: 'InspectionPlanInspectorRecused',
        data: {
          planId: 'plan-2',
          bureauId: '330106',
          unitId: target,
          inspectorId: assigned[0]!,
          reason: '与被检查单位负责人系近亲属',
          replacementId: sample(candidates, 1, SEED, label)[0]!,
          redraw: { algorithm: DRAW_ALGORITHM, label, candidates },
        },
      },
    ]);
  });

  it('never draws back someone recused from the same target, and says so when nobody is left', () => {
    const first = planDecider.decide(recuse(assigned[0]!), planDecider.evolve(planDecider.initialState(), drawn), context)[0] as PlanEvent & { type: 'InspectionPlanInspectorRecused' };
    const state = [drawn, first].reduce(planDecider.evolve, planDecider.initialState());
    const second = planDecider.decide(recuse(first.data.replacementId), state, context)[0] as typeof first;
    expect(second.data.redraw.candidates).not.toContain(assigned[0]);
    expect(second.data.redraw.label).toBe(recusalLabel(target, 2));
    expect(second.data.redraw.candidates).toHaveLength(1);
    spec.given([drawn, first, second]).when(recuse(second.data.replacementId)).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'NO_REPLACEMENT_AVAILABLE' });
  });

  it.each([
    ['on a listed plan', [planned(listed())], { ...recuse('insp-1'), data: { ...recuse('insp-1').data, planId: 'plan-1' } }, RuleViolation, 'PLAN_NOT_DRAWN'],
    ['for a unit that is not a target', [drawn], recuse('insp-1', a), ValidationError, 'NOT_A_TARGET'],
    ['of an inspector not assigned to the target', [drawn], recuse(rosterIds.find((id) => !assigned.includes(id))!), ValidationError, 'INSPECTOR_NOT_ASSIGNED'],
    ['without a reason', [drawn], recuse(assigned[0]!, target, ''), ValidationError, 'REQUIRED'],
  ] as const)('refuses a recusal %s', (_name, given, command, errorClass, reason) => {
    spec.given(given).when(command).thenThrows(errorClass, { code: 'BAD_USER_INPUT', reason });
  });

  // The targets are named so that the plan's end appears in their histories too.
  const completed: PlanEvent = { type: 'InspectionPlanCompleted', data: { planId: 'plan-2', bureauId: '330106', note: '全部检查完毕', unitIds: drawn.data.unitIds } };
  const cancelled: PlanEvent = { type: 'InspectionPlanCancelled', data: { planId: 'plan-2', bureauId: '330106', reason: '机构改革，计划调整', unitIds: drawn.data.unitIds } };
  const complete = { type: 'CompleteInspectionPlan' as const, data: { planId: 'plan-2', note: '全部检查完毕' } };
  const cancel = { type: 'CancelInspectionPlan' as const, data: { planId: 'plan-2', reason: '机构改革，计划调整' } };

  it('completes an open plan, or cancels it with a reason', () => {
    spec.given([drawn]).when(complete).then([completed]);
    spec.given([drawn]).when(cancel).then([cancelled]);
    spec.given([drawn]).when({ ...cancel, data: { ...cancel.data, reason: ' ' } }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'reason' });
  });

  it('takes no act on a closed plan, and none on a plan that does not exist', () => {
    spec.given([drawn, completed]).when(cancel).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'PLAN_COMPLETED' });
    spec.given([drawn, cancelled]).when(complete).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'PLAN_CANCELLED' });
    spec.given([drawn, cancelled]).when(recuse(assigned[0]!)).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'PLAN_CANCELLED' });
    spec.given([]).when(complete).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'PLAN_NOT_FOUND' });
  });
});
