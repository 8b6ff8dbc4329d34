import { selfReportDecider, type SelfReportContext, type SubmitSelfReport } from '../../../src/domain/oversight/self-report.decider';
import type { SelfReportEvent, SelfReportSubmitted } from '../../../src/domain/oversight/self-report.events';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { DAY, newCode, supervised, view } from './oversight.fixture';

const unitId = newCode();
const checklist = { checklistId: 'archives-law-2020', version: 1, itemCodes: ['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT', 'DIGITAL_AND_SECURITY'] };
const context: SelfReportContext = { units: view(supervised(unitId, '330106')), checklist };
const spec = DeciderSpecification.for(selfReportDecider, context);

const results = [
  { itemCode: 'RESPONSIBILITY_AND_RULES', result: 'COMPLIANT' as const, note: null },
  { itemCode: 'STOREROOM_AND_EQUIPMENT', result: 'COMPLIANT' as const, note: ' 新建库房 ' },
  { itemCode: 'DIGITAL_AND_SECURITY', result: 'NOT_APPLICABLE' as const, note: null },
];

function submit(data: Partial<SubmitSelfReport['data']> = {}): SubmitSelfReport {
  return {
    type: 'SubmitSelfReport',
    data: { reportId: 'r-1', unitId, day: DAY, period: { from: '2024-01-01', to: '2024-12-31' }, checklist: { checklistId: 'archives-law-2020', version: 1 }, results, summary: null, ...data },
  };
}

const submitted: SelfReportSubmitted = {
  type: 'SelfReportSubmitted',
  data: {
    reportId: 'r-1',
    unitId,
    regionCode: '330106',
    bureauId: '330106',
    day: DAY,
    period: { from: '2024-01-01', to: '2024-12-31' },
    checklist: { checklistId: 'archives-law-2020', version: 1 },
    results: results.map((r) => ({ ...r, note: r.note?.trim() ?? null })),
    summary: null,
  },
};
const acknowledged: SelfReportEvent = { type: 'SelfReportAcknowledged', data: { reportId: 'r-1', unitId, bureauId: '330106', day: '2025-03-12', note: null } };
const flag = (day = '2025-06-01') => ({
  type: 'FlagSelfReport' as const,
  data: { reportId: 'r-1', day, reason: '检查发现与自查不符', discrepancies: [{ itemCode: 'STOREROOM_AND_EQUIPMENT', note: '库房无温湿度控制', inspectionId: 'insp-9' }] },
});
const flagged: SelfReportEvent = {
  type: 'SelfReportFlagged',
  data: { reportId: 'r-1', unitId, bureauId: '330106', day: '2025-06-01', reason: '检查发现与自查不符', discrepancies: [{ itemCode: 'STOREROOM_AND_EQUIPMENT', note: '库房无温湿度控制', inspectionId: 'insp-9' }] },
};

describe('self-report decider', () => {
  describe('SubmitSelfReport', () => {
    it('records a result for every item of the checklist, addressed to the bureau supervising the unit on the day', () => {
      spec.given([]).when(submit()).then([submitted]);
    });

    it('is addressed to the bureau of the day, after a transfer', () => {
      spec
        .given([])
        .when(submit(), { ...context, units: view(supervised(unitId, '330100', { regionCode: '330106' })) })
        .then([{ ...submitted, data: { ...submitted.data, bureauId: '330100' } }]);
    });

    it('refuses a checklist version that was never published', () => {
      spec.given([]).when(submit(), { ...context, checklist: null }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CHECKLIST_VERSION', field: 'checklist' });
      spec
        .given([])
        .when(submit({ checklist: { checklistId: 'archives-law-2020', version: 2 } }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CHECKLIST_VERSION' });
    });

    it("refuses item codes that are not the checklist's, items assessed twice, and missing items", () => {
      spec
        .given([])
        .when(submit({ results: [...results, { itemCode: 'WORK_PLAN', result: 'COMPLIANT', note: null }] }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ITEM', field: 'results[3].itemCode' });
      spec
        .given([])
        .when(submit({ results: [...results, results[0]!] }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DUPLICATE', field: 'results[3].itemCode' });
      spec
        .given([])
        .when(submit({ results: results.slice(1) }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'MISSING_ITEM_RESULT', details: { missing: ['RESPONSIBILITY_AND_RULES'] } });
    });

    it('refuses a period that is not over by the day of submission, or ends before it starts', () => {
      spec
        .given([])
        .when(submit({ period: { from: '2025-01-01', to: '2025-12-31' } }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'PERIOD_NOT_OVER', field: 'period.to' });
      spec
        .given([])
        .when(submit({ period: { from: '2024-12-31', to: '2024-01-01' } }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_PERIOD', field: 'period' });
    });

    it('refuses a unit not seen, a report before the unit existed, and one after it was deregistered', () => {
      spec.given([]).when(submit(), { ...context, units: {} }).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
      spec.given([]).when(submit({ day: '2022-12-01', period: { from: '2022-01-01', to: '2022-06-30' } })).thenThrows(ValidationError, {
        code: 'BAD_USER_INPUT',
        reason: 'BEFORE_UNIT_REGISTERED',
      });
      spec
        .given([])
        .when(submit(), { ...context, units: view(supervised(unitId, '330106', { supervisorBureauId: null })) })
        .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_DEREGISTERED' });
    });

    it('never records the same report twice', () => {
      spec.given([submitted]).when(submit()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'SELF_REPORT_EXISTS' });
    });
  });

  describe('AcknowledgeSelfReport and FlagSelfReport', () => {
    const acknowledge = (day = '2025-03-12') => ({ type: 'AcknowledgeSelfReport' as const, data: { reportId: 'r-1', day, note: null } });

    it('acknowledges a submitted report once', () => {
      spec.given([submitted]).when(acknowledge()).then([acknowledged]);
      spec.given([submitted, acknowledged]).when(acknowledge()).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'SELF_REPORT_ACKNOWLEDGED' });
    });

    it('flags discrepancies before or after acknowledging, and more than once', () => {
      spec.given([submitted]).when(flag()).then([flagged]);
      spec.given([submitted, acknowledged]).when(flag()).then([flagged]);
      spec.given([submitted, flagged]).when(flag()).then([flagged]);
    });

    it('does not let an acknowledgement hide a flag', () => {
      spec.given([submitted, flagged]).when(acknowledge('2025-07-01')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'SELF_REPORT_FLAGGED' });
    });

    it("needs discrepancies of the report's items, with a note and a reason", () => {
      const bad = (discrepancies: { itemCode: string; note: string; inspectionId: string | null }[], reason = 'x') => ({ ...flag(), data: { ...flag().data, discrepancies, reason } });
      spec.given([submitted]).when(bad([])).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'discrepancies' });
      spec
        .given([submitted])
        .when(bad([{ itemCode: 'WORK_PLAN', note: 'x', inspectionId: null }]))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ITEM', field: 'discrepancies[0].itemCode' });
      spec
        .given([submitted])
        .when(bad([{ itemCode: 'STOREROOM_AND_EQUIPMENT', note: ' ', inspectionId: null }]))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'discrepancies[0].note' });
      spec
        .given([submitted])
        .when(bad([{ itemCode: 'STOREROOM_AND_EQUIPMENT', note: 'x', inspectionId: null }], ''))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'reason' });
    });

    it('refuses a review of an unknown report or dated before the submission', () => {
      spec.given([]).when(acknowledge()).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'SELF_REPORT_NOT_FOUND' });
      spec.given([]).when(flag()).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'SELF_REPORT_NOT_FOUND' });
      spec.given([submitted]).when(acknowledge('2025-03-09')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP' });
      spec.given([submitted]).when(flag('2025-03-01')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP' });
    });
  });
});
