import type { InspectionContext } from '../../../src/domain/inspection/inspection.decider';
import { inspectionDecider } from '../../../src/domain/inspection/inspection.decider';
import type { InspectionEvent, InspectionRecordCorrected } from '../../../src/domain/inspection/inspection.events';
import type { PlanState } from '../../../src/domain/inspection/plan.state';
import type { UnitEvent } from '../../../src/domain/registry/registry.events';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { REF_V1, REF_V2, V1, V2, allCompliant, conducted, newUnitId, officers, recordCommand, registered, transferred, unitFacts } from './inspection.fixture';

const unitId = newUnitId();
const facts = unitFacts(unitId, [[registered(unitId), '2024-01-05']]);
const context: InspectionContext = { unit: facts, checklist: V2, plan: null, today: '2025-06-01' };
const spec = DeciderSpecification.for(inspectionDecider, context);
const withUnit = (events: [UnitEvent, string][]): InspectionContext => ({ ...context, unit: unitFacts(unitId, events) });

const noncompliantStoreroom = allCompliant('LAW_ENFORCEMENT').map((r) => (r.itemCode === 'STOREROOM_AND_EQUIPMENT' ? { ...r, result: 'NON_COMPLIANT' as const, note: '库房漏雨' } : r));
const storeroomFinding = { findingId: 'f-1', itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'MAJOR' as const, description: '库房屋顶漏雨，未配备除湿设备', legalBasis: null };

describe('recording an inspection (InspectionConducted)', () => {
  it('records a law-enforcement inspection with a result for every item, tagged with the region as it stood', () => {
    const command = recordCommand(unitId);
    spec.given([]).when(command).then([conducted(command)]);
  });

  it('records the region of the unit on the day, not as it stands later', () => {
    const amended: UnitEvent = { type: 'UnitDetailsAmended', data: { unitId, changes: { region: { code: '330105', name: '拱墅区' } }, reason: null } };
    const city = withUnit([[registered(unitId, '330100', '330106', '西湖区'), '2024-01-05'], [amended, '2024-06-01']]);
    const before = recordCommand(unitId, { bureauId: '330100', day: '2024-03-01' });
    spec.given([]).when(before, city).then([conducted(before, { code: '330106', name: '西湖区' })]);
    const after = recordCommand(unitId, { bureauId: '330100', day: '2024-06-01' });
    spec.given([]).when(after, city).then([conducted(after, { code: '330105', name: '拱墅区' })]);
  });

  it('puts the results in the checklist’s order and tags a finding without a legal basis with its item’s', () => {
    const results = [...noncompliantStoreroom].reverse();
    const command = recordCommand(unitId, { results, findings: [storeroomFinding] });
    const expected = conducted(recordCommand(unitId, { results: noncompliantStoreroom, findings: [{ ...storeroomFinding, legalBasis: '档案法§42(2)' }] }));
    spec.given([]).when(command).then([expected]);
  });

  it('refuses a unit that was never registered', () => {
    spec.given([]).when(recordCommand(unitId), { ...context, unit: null }).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
  });

  it.each([
    ['a malformed day', '2025-02-30', 'INVALID_DATE'],
    ['a day in the future', '2025-06-02', 'DAY_IN_FUTURE'],
    ['a day before the unit existed', '2024-01-04', 'UNIT_NOT_YET_REGISTERED'],
  ])('refuses %s', (_name, day, reason) => {
    spec.given([]).when(recordCommand(unitId, { day })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason, field: 'day' });
  });

  it('accepts the first day of the unit and today', () => {
    for (const day of ['2024-01-05', '2025-06-01']) {
      const command = recordCommand(unitId, { day });
      spec.given([]).when(command).then([conducted(command)]);
    }
  });

  it('refuses a unit outside the bureau’s scope on that day, and accepts it while it was in scope', () => {
    const moved = withUnit([[registered(unitId), '2024-01-05'], [transferred(unitId, '330106', '330100'), '2024-09-01']]);
    spec.given([]).when(recordCommand(unitId, { day: '2024-09-01' }), moved).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'UNIT_OUTSIDE_SCOPE',
      field: 'day',
      details: { unitId, bureauId: '330106' },
    });
    const before = recordCommand(unitId, { day: '2024-08-31' });
    spec.given([]).when(before, moved).then([conducted(before)]);
    const cityCommand = recordCommand(unitId, { bureauId: '330100', day: '2024-09-01' });
    spec.given([]).when(cityCommand, moved).then([conducted(cityCommand)]);
    spec.given([]).when(recordCommand(unitId, { bureauId: '330100', day: '2024-08-31' }), moved).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'UNIT_OUTSIDE_SCOPE',
    });
  });

  it('refuses an unknown checklist version, and one whose items the kind does not use', () => {
    spec.given([]).when(recordCommand(unitId, { checklist: { checklistId: V2.checklistId, version: 9 } })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_CHECKLIST',
      field: 'checklistId',
    });
    spec.given([]).when(recordCommand(unitId, { checklist: REF_V1 }), { ...context, checklist: null }).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_CHECKLIST',
    });
    spec
      .given([])
      .when(recordCommand(unitId, { kind: 'ASSESSMENT', checklist: REF_V1, results: [] }), { ...context, checklist: V1 })
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'CHECKLIST_NOT_FOR_KIND', field: 'kind' });
  });

  it('uses only the items of the version that the kind uses (2007: special business has its own four)', () => {
    const special = recordCommand(unitId, { kind: 'SPECIAL_BUSINESS', checklist: REF_V1, results: allCompliant('SPECIAL_BUSINESS', V1), inspectors: [{ personId: 'p-9', name: '孙', credentialNumber: null }] });
    spec.given([]).when(special, { ...context, checklist: V1 }).then([conducted(special)]);
    const lawItems = allCompliant('LAW_ENFORCEMENT', V1);
    spec
      .given([])
      .when(recordCommand(unitId, { checklist: REF_V1, results: [...lawItems, { itemCode: 'SAFE_CUSTODY', result: 'COMPLIANT', note: null }] }), { ...context, checklist: V1 })
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ITEM', field: 'results[4].itemCode' });
  });

  it('needs at least two law-enforcement inspectors, each with a credential, and no one twice', () => {
    spec.given([]).when(recordCommand(unitId, { inspectors: [officers[0]!] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'TOO_FEW_INSPECTORS',
      field: 'inspectors',
    });
    spec.given([]).when(recordCommand(unitId, { inspectors: [officers[0]!, { ...officers[1]!, credentialNumber: '  ' }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'CREDENTIAL_REQUIRED',
      field: 'inspectors[1].credentialNumber',
    });
    spec.given([]).when(recordCommand(unitId, { inspectors: [officers[0]!, officers[0]!] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_INSPECTOR',
    });
  });

  it('needs a result for every item: none missing, none unknown, none twice', () => {
    const all = allCompliant('LAW_ENFORCEMENT');
    spec.given([]).when(recordCommand(unitId, { results: all.slice(1) })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'MISSING_ITEM_RESULT',
      field: 'results',
      details: { missing: ['RESPONSIBILITY_AND_RULES'] },
    });
    spec.given([]).when(recordCommand(unitId, { results: [...all, { itemCode: 'NOT_AN_ITEM', result: 'COMPLIANT', note: null }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_ITEM',
    });
    spec.given([]).when(recordCommand(unitId, { results: [...all, all[0]!] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_ITEM_RESULT',
    });
  });

  it('ties findings to NON_COMPLIANT items, one at least for each', () => {
    spec.given([]).when(recordCommand(unitId, { results: noncompliantStoreroom })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'FINDING_REQUIRED',
      details: { itemCodes: ['STOREROOM_AND_EQUIPMENT'] },
    });
    spec.given([]).when(recordCommand(unitId, { findings: [storeroomFinding] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'FINDING_ITEM_NOT_NON_COMPLIANT',
      field: 'findings[0].itemCode',
    });
    spec.given([]).when(recordCommand(unitId, { results: noncompliantStoreroom, findings: [storeroomFinding, storeroomFinding] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_FINDING',
    });
    spec.given([]).when(recordCommand(unitId, { results: noncompliantStoreroom, findings: [{ ...storeroomFinding, description: ' ' }] })).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'REQUIRED',
      field: 'findings[0].description',
    });
  });

  it('references evidence by document number (1-100 characters) or SHA-256 (64 hex digits, stored lower-case)', () => {
    const hash = 'AB'.repeat(32);
    const command = recordCommand(unitId, { evidence: [{ kind: 'SHA256', value: hash }] });
    spec.given([]).when(command).then([conducted(recordCommand(unitId, { evidence: [{ kind: 'SHA256', value: hash.toLowerCase() }] }))]);
    for (const evidence of [{ kind: 'DOCUMENT_NUMBER' as const, value: ' ' }, { kind: 'DOCUMENT_NUMBER' as const, value: 'x'.repeat(101) }, { kind: 'SHA256' as const, value: 'abc' }]) {
      spec.given([]).when(recordCommand(unitId, { evidence: [evidence] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_EVIDENCE', field: 'evidence[0].value' });
    }
  });

  it('needs a conclusion', () => {
    spec.given([]).when(recordCommand(unitId, { conclusion: '' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'conclusion' });
  });

  it('refuses a second record under the same id', () => {
    const command = recordCommand(unitId);
    spec.given([conducted(command)]).when(command).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'INSPECTION_EXISTS' });
  });
});

describe('recording an inspection under a plan', () => {
  const plan = (status: 'PLANNED' | 'COMPLETED' | 'CANCELLED', overrides: Partial<Extract<PlanState, { status: 'PLANNED' }>> = {}): PlanState => ({
    status,
    planId: 'plan-1',
    bureauId: '330106',
    period: { from: '2025-01-01', to: '2025-12-31' },
    kind: 'LAW_ENFORCEMENT',
    checklist: REF_V2,
    unitIds: [unitId],
    assignments: [],
    roster: [],
    selection: { method: 'LISTED' },
    recusals: [],
    ...overrides,
  }) as PlanState;
  const under = (state: PlanState | null) => ({ ...context, plan: state });

  it('records a target of the bureau’s open or completed plan', () => {
    const command = recordCommand(unitId, { planId: 'plan-1' });
    spec.given([]).when(command, under(plan('PLANNED'))).then([conducted(command)]);
    spec.given([]).when(command, under(plan('COMPLETED'))).then([conducted(command)]);
  });

  it.each([
    ['an unknown plan', null, ValidationError, 'UNKNOWN_PLAN'],
    ['a plan of another bureau', plan('PLANNED', { bureauId: '330100' }), ValidationError, 'UNKNOWN_PLAN'],
    ['a cancelled plan', plan('CANCELLED'), RuleViolation, 'PLAN_CANCELLED'],
    ['a plan that does not name the unit', plan('PLANNED', { unitIds: [newUnitId()] }), ValidationError, 'NOT_A_TARGET'],
    ['a plan for another kind', plan('PLANNED', { kind: 'ANNUAL' }), ValidationError, 'PLAN_KIND_MISMATCH'],
    ['a plan with another checklist', plan('PLANNED', { checklist: REF_V1 }), ValidationError, 'PLAN_CHECKLIST_MISMATCH'],
  ] as const)('refuses %s', (_name, state, errorClass, reason) => {
    spec.given([]).when(recordCommand(unitId, { planId: 'plan-1' }), under(state)).thenThrows(errorClass, { code: 'BAD_USER_INPUT', reason });
  });
});

describe('correcting and withdrawing an inspection record', () => {
  const original = conducted(recordCommand(unitId));
  const correct = (changes: InspectionRecordCorrected['data']['changes'], reason = '笔误更正') => ({
    type: 'CorrectInspectionRecord' as const,
    data: { inspectionId: 'insp-0001', reason, changes },
  });
  const withdraw = { type: 'WithdrawInspection' as const, data: { inspectionId: 'insp-0001', reason: '重复录入' } };
  const withdrawn: InspectionEvent = { type: 'InspectionWithdrawn', data: { inspectionId: 'insp-0001', bureauId: '330106', unitId, reason: '重复录入' } };

  it('records only the fields that changed, with the reason', () => {
    spec
      .given([original])
      .when(correct({ conclusion: '基本符合要求', evidence: original.data.evidence }))
      .then([{ type: 'InspectionRecordCorrected', data: { inspectionId: 'insp-0001', bureauId: '330106', unitId, reason: '笔误更正', changes: { conclusion: '基本符合要求' } } }]);
  });

  it('changes nothing when the correction restates the record', () => {
    spec.given([original]).when(correct({ conclusion: original.data.conclusion })).thenNothingHappened();
  });

  it('judges the corrected record by the same rules as a new one', () => {
    spec.given([original]).when(correct({ results: noncompliantStoreroom })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'FINDING_REQUIRED' });
    spec.given([original]).when(correct({ inspectors: [officers[0]!] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_FEW_INSPECTORS' });
    spec.given([original]).when(correct({ day: '2023-12-01' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_YET_REGISTERED' });
    spec.given([original]).when(correct({ conclusion: 'x' }, ' ')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'reason' });
    const withFinding = { results: noncompliantStoreroom, findings: [storeroomFinding] };
    spec
      .given([original])
      .when(correct(withFinding))
      .then([
        {
          type: 'InspectionRecordCorrected',
          data: {
            inspectionId: 'insp-0001',
            bureauId: '330106',
            unitId,
            reason: '笔误更正',
            changes: { results: noncompliantStoreroom, findings: [{ ...storeroomFinding, legalBasis: '档案法§42(2)' }] },
          },
        },
      ]);
  });

  it('judges an unchanged day no more: a later back-dated transfer does not freeze the record', () => {
    const movedEarlier = withUnit([[registered(unitId), '2024-01-05'], [transferred(unitId, '330106', '330100'), '2025-01-01']]);
    spec.given([original]).when(correct({ conclusion: '基本符合要求' }), movedEarlier).then([
      { type: 'InspectionRecordCorrected', data: { inspectionId: 'insp-0001', bureauId: '330106', unitId, reason: '笔误更正', changes: { conclusion: '基本符合要求' } } },
    ]);
    spec.given([original]).when(correct({ day: '2025-03-11' }), movedEarlier).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNIT_OUTSIDE_SCOPE' });
  });

  it('builds on earlier corrections', () => {
    const first: InspectionEvent = { type: 'InspectionRecordCorrected', data: { inspectionId: 'insp-0001', bureauId: '330106', unitId, reason: 'r', changes: { conclusion: '基本符合要求' } } };
    spec.given([original, first]).when(correct({ conclusion: '基本符合要求' })).thenNothingHappened();
  });

  it('withdraws a record with a reason; nothing is done to it afterwards', () => {
    spec.given([original]).when(withdraw).then([withdrawn]);
    spec.given([original, withdrawn]).when(withdraw).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'INSPECTION_WITHDRAWN' });
    spec.given([original, withdrawn]).when(correct({ conclusion: '基本符合要求' })).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'INSPECTION_WITHDRAWN' });
    spec.given([original]).when({ ...withdraw, data: { ...withdraw.data, reason: '' } }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
  });

  it('answers NOT_FOUND for a record that does not exist', () => {
    spec.given([]).when(withdraw).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'INSPECTION_NOT_FOUND' });
    spec.given([]).when(correct({ conclusion: 'x' })).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'INSPECTION_NOT_FOUND' });
  });
});
