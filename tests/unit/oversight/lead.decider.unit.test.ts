import { leadDecider, type LeadCommand, type LeadContext, type ReceiveLead } from '../../../src/domain/oversight/lead.decider';
import type { LeadEvent } from '../../../src/domain/oversight/lead.events';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { bureau, DAY, newCode, supervised, view } from './oversight.fixture';

const unitId = newCode();
const context: LeadContext = { bureau: bureau('330106'), units: view(supervised(unitId)), violationCase: null };
const spec = DeciderSpecification.for(leadDecider, context);
const leadId = 'lead-1';
const base = { leadId, bureauId: '330106', unitIds: [unitId] };

const receive = (data: Partial<ReceiveLead['data']> = {}): ReceiveLead => ({
  type: 'ReceiveLead',
  data: { leadId, bureauId: '330106', day: DAY, unitIds: [unitId], source: 'COMPLAINT', sourceReference: '信访〔2025〕7号', summary: '该单位擅自销毁档案', ...data },
});
const received: LeadEvent = {
  type: 'LeadReceived',
  data: { ...base, unitRegions: [{ unitId, regionCode: '330106' }], day: DAY, source: 'COMPLAINT', sourceReference: '信访〔2025〕7号', summary: '该单位擅自销毁档案' },
};
const investigated: LeadEvent = { type: 'LeadInvestigated', data: { ...base, day: '2025-03-20', findings: '部分会计档案未按期移交' } };
const recommended: LeadEvent = {
  type: 'HandlingRecommendationSent',
  data: { ...base, day: '2025-04-01', recipient: { kind: 'SUPERIOR_BODY', name: '区财政局' }, documentNumber: '西档建〔2025〕1号', content: '建议责令整改并追究责任' },
};
const replied: LeadEvent = { type: 'HandlingReplyReceived', data: { ...base, day: '2025-04-20', summary: '已责令整改', documentNumber: null } };

const step = <T extends Exclude<LeadCommand, ReceiveLead>['type']>(type: T, day: string, data: object): LeadCommand => ({ type, data: { leadId, day, ...data } }) as LeadCommand;
const investigate = (day = '2025-03-20') => step('RecordLeadInvestigation', day, { findings: ' 部分会计档案未按期移交 ' });
const recommend = (day = '2025-04-01') =>
  step('SendHandlingRecommendation', day, { recipient: { kind: 'SUPERIOR_BODY', name: '区财政局' }, documentNumber: '西档建〔2025〕1号', content: '建议责令整改并追究责任' });
const reply = (day = '2025-04-20') => step('RecordHandlingReply', day, { summary: '已责令整改', documentNumber: null });
const close = (outcome: string, day = '2025-05-01', caseId: string | null = null) => step('CloseLead', day, { outcome, caseId, note: null });
const closedAs = (outcome: 'VIOLATION_CASE_OPENED' | 'RECOMMENDATION_ANSWERED' | 'NO_VIOLATION', caseId: string | null = null): LeadEvent => ({
  type: 'LeadClosed',
  data: { ...base, day: '2025-05-01', outcome, caseId, note: null },
});

describe('lead decider', () => {
  it('receives a lead about units in the bureau scope, with its source and without any complainant name', () => {
    spec.given([]).when(receive()).then([received]);
  });

  it('walks received → investigated → recommendation sent → written reply → closed as answered, each step with its day', () => {
    spec.given([received]).when(investigate()).then([investigated]);
    spec.given([received, investigated]).when(recommend()).then([recommended]);
    spec.given([received, investigated, recommended]).when(reply()).then([replied]);
    spec.given([received, investigated, recommended, replied]).when(close('RECOMMENDATION_ANSWERED')).then([closedAs('RECOMMENDATION_ANSWERED')]);
  });

  it('closes with no violation found after an investigation', () => {
    spec.given([received, investigated]).when(close('NO_VIOLATION')).then([closedAs('NO_VIOLATION')]);
  });

  it('closes by a violation case opened from this lead', () => {
    const violationCase = { caseId: 'case-1', bureauId: '330106', leadId };
    spec.given([received, investigated]).when(close('VIOLATION_CASE_OPENED', '2025-05-01', 'case-1'), { ...context, violationCase }).then([closedAs('VIOLATION_CASE_OPENED', 'case-1')]);
    spec
      .given([received, investigated])
      .when(close('VIOLATION_CASE_OPENED', '2025-05-01', 'case-1'), { ...context, violationCase: { ...violationCase, leadId: 'other' } })
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'CASE_NOT_FROM_LEAD', field: 'caseId' });
    spec
      .given([received, investigated])
      .when(close('VIOLATION_CASE_OPENED', '2025-05-01', 'case-1'))
      .thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'CASE_NOT_FOUND' });
    spec.given([received, investigated]).when(close('VIOLATION_CASE_OPENED')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'caseId' });
    spec.given([received, investigated]).when(close('NO_VIOLATION', '2025-05-01', 'case-1')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'NOT_ALLOWED', field: 'caseId' });
  });

  it('accepts no reply without a recommendation, and only one of each', () => {
    spec.given([received, investigated]).when(reply()).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'NO_RECOMMENDATION_SENT' });
    spec.given([received, investigated, recommended]).when(recommend()).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'RECOMMENDATION_ALREADY_SENT' });
    spec.given([received, investigated, recommended, replied]).when(reply()).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'REPLY_ALREADY_RECEIVED' });
  });

  it('closes as answered only with a written reply, and not as no violation while a reply is due', () => {
    spec.given([received, investigated, recommended]).when(close('RECOMMENDATION_ANSWERED')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'REPLY_REQUIRED' });
    spec.given([received, investigated]).when(close('RECOMMENDATION_ANSWERED')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'REPLY_REQUIRED' });
    spec.given([received, investigated, recommended]).when(close('NO_VIOLATION')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'REPLY_PENDING' });
  });

  it('investigates before recommending or closing', () => {
    spec.given([received]).when(recommend()).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'LEAD_NOT_INVESTIGATED' });
    spec.given([received]).when(close('NO_VIOLATION')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'LEAD_NOT_INVESTIGATED' });
  });

  it('takes nothing after closure', () => {
    const closed = [received, investigated, closedAs('NO_VIOLATION')];
    for (const command of [investigate('2025-06-01'), recommend('2025-06-01'), reply('2025-06-01'), close('NO_VIOLATION', '2025-06-01')]) {
      spec.given(closed).when(command).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'LEAD_CLOSED' });
    }
  });

  it('never dates a step before the previous one', () => {
    spec.given([received, investigated]).when(recommend('2025-03-19')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP', field: 'occurredAt' });
    spec.given([received]).when(investigate('2025-03-09')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP' });
  });

  it('refuses steps on an unknown lead, a second receipt, and bad input', () => {
    spec.given([]).when(investigate()).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'LEAD_NOT_FOUND' });
    spec.given([received]).when(receive()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'LEAD_EXISTS' });
    spec.given([]).when(receive({ unitIds: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'unitIds' });
    spec.given([]).when(receive({ summary: '' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'summary' });
    spec.given([]).when(receive({ source: 'RUMOUR' as never })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_SOURCE', field: 'source' });
    spec.given([received]).when(step('RecordLeadInvestigation', '2025-03-20', { findings: ' ' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'findings' });
  });

  it("receives leads only about the bureau's own units on the day", () => {
    spec
      .given([])
      .when(receive(), { ...context, units: view(supervised(unitId, '330110')) })
      .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_BUREAU_SCOPE' });
  });
});
