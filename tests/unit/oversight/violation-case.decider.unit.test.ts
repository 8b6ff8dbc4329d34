import { violationCaseDecider, type CloseViolationCase, type OpenViolationCase, type ViolationCaseContext } from '../../../src/domain/oversight/violation-case.decider';
import type { ViolationCaseEvent, ViolationCaseOpened } from '../../../src/domain/oversight/violation-case.events';
import { CASE_DECISION_LIMIT_DAYS } from '../../../src/domain/oversight/limits';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { bureau, DAY, newCode, supervised, view } from './oversight.fixture';

const unitId = newCode();
const lead = { leadId: 'lead-1', bureauId: '330106', unitIds: [unitId], receivedOn: '2025-03-01', open: true, investigated: true };
const inspection = { inspectionId: 'insp-1', bureauId: '330106', unitId, day: '2025-02-20', withdrawn: false };
const context: ViolationCaseContext = { bureau: bureau('330106'), units: view(supervised(unitId)), lead, inspection };
const spec = DeciderSpecification.for(violationCaseDecider, context);

const open = (data: Partial<OpenViolationCase['data']> = {}): OpenViolationCase => ({
  type: 'OpenViolationCase',
  data: { caseId: 'case-1', bureauId: '330106', unitId, day: DAY, origin: { kind: 'LEAD', leadId: 'lead-1' }, legalBasis: '档案法§48(8)', summary: '逾期未整改安全隐患', ...data },
});
const opened: ViolationCaseOpened = {
  type: 'ViolationCaseOpened',
  data: {
    caseId: 'case-1',
    bureauId: '330106',
    unitId,
    regionCode: '330106',
    day: DAY,
    origin: { kind: 'LEAD', leadId: 'lead-1' },
    legalBasis: '档案法§48(8)',
    summary: '逾期未整改安全隐患',
    decisionDueBy: '2025-06-08',
  },
};
const close = (data: Partial<CloseViolationCase['data']> = {}): CloseViolationCase => ({
  type: 'CloseViolationCase',
  data: { caseId: 'case-1', day: '2025-05-01', outcome: 'PENALTY', penalties: [{ party: 'UNIT', amountYuan: 20_000 }], transferredTo: null, decisionNumber: '西档罚〔2025〕1号', note: null, ...data },
});
const closed = (data: Partial<Extract<ViolationCaseEvent, { type: 'ViolationCaseClosed' }>['data']> = {}): ViolationCaseEvent => ({
  type: 'ViolationCaseClosed',
  data: {
    caseId: 'case-1',
    bureauId: '330106',
    unitId,
    day: '2025-05-01',
    outcome: 'PENALTY',
    penalties: [{ party: 'UNIT', amountYuan: 20_000 }],
    transferredTo: null,
    decisionNumber: '西档罚〔2025〕1号',
    note: null,
    withinDecisionLimit: true,
    ...data,
  },
});

describe('violation case decider', () => {
  describe('OpenViolationCase', () => {
    it(`opens a case from a lead with its legal basis and the decision due ${CASE_DECISION_LIMIT_DAYS} days later`, () => {
      spec.given([]).when(open()).then([opened]);
    });

    it('opens a case from an inspection of the unit', () => {
      spec
        .given([])
        .when(open({ origin: { kind: 'INSPECTION', inspectionId: 'insp-1' } }))
        .then([{ ...opened, data: { ...opened.data, origin: { kind: 'INSPECTION', inspectionId: 'insp-1' } } }]);
    });

    it("refuses an origin that does not exist, is another bureau's, or concerns another unit", () => {
      spec.given([]).when(open(), { ...context, lead: null }).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'LEAD_NOT_FOUND' });
      spec.given([]).when(open(), { ...context, lead: { ...lead, bureauId: '330110' } }).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'LEAD_NOT_FOUND' });
      spec.given([]).when(open(), { ...context, lead: { ...lead, unitIds: [newCode()] } }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_ORIGIN' });
      const fromInspection = open({ origin: { kind: 'INSPECTION', inspectionId: 'insp-1' } });
      spec.given([]).when(fromInspection, { ...context, inspection: null }).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'INSPECTION_NOT_FOUND' });
      spec.given([]).when(fromInspection, { ...context, inspection: { ...inspection, unitId: newCode() } }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_ORIGIN' });
    });

    it('refuses a withdrawn inspection, a closed or uninvestigated lead, and an opening before its origin', () => {
      const fromInspection = open({ origin: { kind: 'INSPECTION', inspectionId: 'insp-1' } });
      spec.given([]).when(fromInspection, { ...context, inspection: { ...inspection, withdrawn: true } }).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'INSPECTION_WITHDRAWN' });
      spec.given([]).when(open(), { ...context, lead: { ...lead, open: false } }).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'LEAD_CLOSED' });
      spec.given([]).when(open(), { ...context, lead: { ...lead, investigated: false } }).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'LEAD_NOT_INVESTIGATED' });
      spec.given([]).when(open({ day: '2025-02-28' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP' });
      spec.given([]).when({ ...fromInspection, data: { ...fromInspection.data, day: '2025-02-19' } }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP' });
    });

    it("opens cases only on the bureau's own units, with a legal basis, once", () => {
      spec.given([]).when(open(), { ...context, units: view(supervised(unitId, '330100')) }).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_BUREAU_SCOPE' });
      spec.given([]).when(open({ legalBasis: '' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'legalBasis' });
      spec.given([opened]).when(open()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'CASE_EXISTS' });
    });
  });

  describe('CloseViolationCase', () => {
    it('closes with a fine within the §49 range, recording that the decision came in time', () => {
      spec.given([opened]).when(close()).then([closed()]);
    });

    it('records a decision after the due day as late', () => {
      spec.given([opened]).when(close({ day: '2025-06-08' })).then([closed({ day: '2025-06-08' })]);
      spec.given([opened]).when(close({ day: '2025-06-09' })).then([closed({ day: '2025-06-09', withinDecisionLimit: false })]);
    });

    it('keeps fines within the ranges for units (¥10,000–100,000), individuals (¥500–5,000) and archive-service companies', () => {
      const fine = (party: 'UNIT' | 'INDIVIDUAL' | 'ARCHIVE_SERVICE_COMPANY', amountYuan: number) => close({ penalties: [{ party, amountYuan }] });
      for (const [party, amount] of [['UNIT', 10_000], ['UNIT', 100_000], ['INDIVIDUAL', 500], ['INDIVIDUAL', 5_000], ['ARCHIVE_SERVICE_COMPANY', 200_000]] as const) {
        spec.given([opened]).when(fine(party, amount)).then([closed({ penalties: [{ party, amountYuan: amount }] })]);
      }
      for (const [party, amount] of [['UNIT', 9_999], ['UNIT', 100_001], ['INDIVIDUAL', 499], ['INDIVIDUAL', 5_001], ['ARCHIVE_SERVICE_COMPANY', 19_999]] as const) {
        spec.given([opened]).when(fine(party, amount)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'PENALTY_OUT_OF_RANGE', field: 'penalties[0].amountYuan' });
      }
    });

    it('names fines only for a penalty, an authority only for a transfer, and a decision number for penalties and warnings', () => {
      spec.given([opened]).when(close({ penalties: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'penalties' });
      spec.given([opened]).when(close({ outcome: 'WARNING' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'NOT_ALLOWED', field: 'penalties' });
      spec.given([opened]).when(close({ outcome: 'WARNING', penalties: [], decisionNumber: null })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'decisionNumber' });
      spec.given([opened]).when(close({ outcome: 'TRANSFERRED', penalties: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'transferredTo' });
      spec.given([opened]).when(close({ outcome: 'NO_PENALTY', penalties: [], transferredTo: '公安' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'NOT_ALLOWED', field: 'transferredTo' });
      spec
        .given([opened])
        .when(close({ outcome: 'TRANSFERRED', penalties: [], transferredTo: '区公安分局', decisionNumber: null }))
        .then([closed({ outcome: 'TRANSFERRED', penalties: [], transferredTo: '区公安分局', decisionNumber: null })]);
    });

    it('refuses closing an unknown or closed case, or before it opened', () => {
      spec.given([]).when(close()).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'CASE_NOT_FOUND' });
      spec.given([opened, closed()]).when(close()).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'CASE_CLOSED' });
      spec.given([opened]).when(close({ day: '2025-03-01' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP' });
    });
  });
});
