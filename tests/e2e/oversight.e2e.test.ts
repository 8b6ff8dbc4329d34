import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checklistStreamId, inspectionStreamId } from '../../src/domain/inspection/inspection.events';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { NewEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { AssignArchivistDocument, BureauHistoryDocument, EstablishBureauDocument, RegisterUnitDocument, UnitHistoryDocument } from '../support/generated/operations';
import { ADMIN, analystOf, auditorOf, clerkOf, reporterOf, TestServer, type As, type GraphQLResponse } from '../support/test-server';

/**
 * Every oversight act over HTTP, once, on one server: Zhejiang (330000) above Hangzhou (330100) above the Xihu
 * (330106) and Yuhang (330110) bureaus; units A and C of Xihu, B of Yuhang. The operations are sent exactly as
 * written in schema/operations/oversight.graphql (by operation name), until codegen types them.
 */
const OPERATIONS = readFileSync(path.join(__dirname, '../../schema/operations/oversight.graphql'), 'utf8');

let server: TestServer;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- plain query strings, untyped until codegen

async function op(operationName: string, variables: object, as: As = ADMIN): Promise<GraphQLResponse<Data>> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.headersFor(as)) },
    body: JSON.stringify({ query: OPERATIONS, operationName, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}

async function ok(operationName: string, variables: object, as: As = ADMIN): Promise<Data> {
  const result = await op(operationName, variables, as);
  if (result.errors?.length) throw new Error(`${operationName}: ${JSON.stringify(result.errors)}`);
  return result.data as Data;
}

/** A refused act answers with the code and reason, and appends nothing. */
async function refused(operationName: string, variables: object, as: As, expected: Record<string, unknown>): Promise<void> {
  const before = await server.headPosition();
  const result = await op(operationName, variables, as);
  expect(result.errors?.[0]?.extensions).toMatchObject(expected);
  expect(await server.headPosition()).toBe(before);
}

const at = (day: string) => `${day}T02:00:00.000Z`;
const XIHU = clerkOf('330106');
const YUHANG = clerkOf('330110');
const CITY = clerkOf('330100');
const PROVINCE = clerkOf('330000');
const A = makeCreditCode(81_001, { bodyType: '1', region: '330106' });
const B = makeCreditCode(81_002, { region: '330110' });
const C = makeCreditCode(81_003, { region: '330106' });
const ITEMS = ['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT', 'ARCHIVIST_MANAGEMENT'];

/** Test setup: an event of the inspection area appended directly, with the envelope the command handler gives. */
const envelope = (type: string, data: object, day: string): NewEvent => ({
  id: uuidv7(),
  type,
  data,
  schemaVersion: 1,
  metadata: { actor: { id: 'clerk-330106', role: 'BUREAU_STAFF', bureauId: '330106' }, occurredAt: at(day), correlationId: uuidv7(), causationId: null, idempotencyKey: null },
});

const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await TestServer.start();
  for (const regionCode of ['330000', '330100', '330106', '330110']) await server.ok(EstablishBureauDocument, { input: { regionCode, name: `${regionCode}档案局` } });
  for (const [unitId, bureauId] of [[A, '330106'], [B, '330110'], [C, '330106']] as const) {
    await server.ok(RegisterUnitDocument, { input: { unitId, name: `单位${unitId.slice(-4)}`, category: 'ORGAN', regionCode: bureauId, bureauId, occurredAt: at('2025-01-02') } });
  }
  await server.ok(AssignArchivistDocument, { input: { unitId: A, archivistId: 'P-A1', name: '张三', occurredAt: at('2025-01-03') } });
  await server.ok(AssignArchivistDocument, { input: { unitId: B, archivistId: 'P-B1', name: '王五', occurredAt: at('2025-01-03') } });
});
afterAll(() => server.stop());

describe('oversight over HTTP', () => {
  it('issues a bulletin naming units of two districts, each district seeing its own unit, and withdraws it', async () => {
    const input = { kind: 'COMMENDATION', documentNumber: '杭档〔2025〕5号', title: '表扬通报', units: [{ unitId: A, reason: '规范管理' }, { unitId: B, reason: '数字化' }], occurredAt: at('2025-02-01'), idempotencyKey: 'bulletin-5' };
    const { issueBulletin } = await ok('IssueBulletin', { input }, CITY);
    expect(issueBulletin.bulletin).toMatchObject({ bureauId: '330100', kind: 'COMMENDATION', status: 'ISSUED', day: '2025-02-01', namedUnitCount: 2 });
    ids.bulletin = issueBulletin.bulletin.bulletinId;
    // A retry with the same key writes nothing and answers the same bulletin.
    const again = await ok('IssueBulletin', { input }, CITY);
    expect(again.issueBulletin).toMatchObject({ eventIds: issueBulletin.eventIds, bulletin: { bulletinId: ids.bulletin } });

    const asReporter = await ok('Bulletins', {}, reporterOf(A));
    expect(asReporter.bulletins.nodes.map((b: Data) => [b.bulletinId, b.units.map((u: Data) => u.unitId)])).toEqual([[ids.bulletin, [A]]]);
    const asYuhang = await ok('Bulletins', { filter: { regionPrefix: '330110' } }, YUHANG);
    expect(asYuhang.bulletins.nodes[0].units).toEqual([{ unitId: B, regionCode: '330110', unit: { unitId: B, name: expect.any(String) }, reason: '数字化' }]);

    await refused('IssueBulletin', { input: { ...input, idempotencyKey: null, units: [{ unitId: B, reason: 'x' }] } }, XIHU, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
    await refused('WithdrawBulletin', { input: { bulletinId: ids.bulletin, reason: '有误' } }, XIHU, { code: 'NOT_FOUND', reason: 'BULLETIN_NOT_FOUND' });
    const { withdrawBulletin } = await ok('WithdrawBulletin', { input: { bulletinId: ids.bulletin, reason: '文号有误', occurredAt: at('2025-02-03') } }, CITY);
    expect(withdrawBulletin.bulletin).toMatchObject({ status: 'WITHDRAWN', withdrawal: { day: '2025-02-03', reason: '文号有误' } });
    expect((await ok('Bulletins', { filter: { status: 'ISSUED' } })).bulletins.totalCount).toBe(0);
  });

  it("holds a provincial training; names are personal data and analysts read counts only", async () => {
    const input = { title: '全省档案业务培训', topics: ['LEGAL', 'TECHNOLOGY'], hours: 7.5, attendees: [{ unitId: A, archivistId: 'P-A1' }, { unitId: B, archivistId: 'P-B1' }], occurredAt: at('2025-02-10') };
    await refused('HoldTraining', { input: { ...input, attendees: [{ unitId: A, archivistId: 'P-B1' }] } }, PROVINCE, { code: 'BAD_USER_INPUT', reason: 'ARCHIVIST_NOT_AT_UNIT' });
    const { holdTraining } = await ok('HoldTraining', { input }, PROVINCE);
    expect(holdTraining.training).toMatchObject({ bureauId: '330000', hours: 7.5, attendeeCount: 2, attendees: [{ unitId: A, archivistId: 'P-A1', name: '张三' }, { unitId: B, archivistId: 'P-B1', name: '王五' }] });
    const asAuditor = await ok('Trainings', { filter: { unitId: B } }, auditorOf('330110'));
    // A Yuhang auditor sees the Yuhang attendee only, and counts only what it sees: the Xihu archivist lies outside the scope.
    expect(asAuditor.trainings.nodes[0]).toMatchObject({ attendeeCount: 1, attendees: [{ unitId: B, archivistId: 'P-B1', name: '王五' }] });
    expect(asAuditor.trainings.nodes[0].attendees).toHaveLength(1);
    const asAnalyst = await op('Trainings', {}, analystOf('330000'));
    expect(asAnalyst.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const activity = await ok('SupervisoryActivity', { filter: { regionPrefix: '3301' } }, analystOf('330000'));
    expect(activity.supervisoryActivity).toEqual(expect.arrayContaining([{ kind: 'TRAINING', count: 1 }, { kind: 'BULLETIN', count: 1 }, { kind: 'GUIDANCE', count: 0 }]));
  });

  it("records guidance to the bureau's own unit with the archivists met and the difficulties they raised", async () => {
    const input = { form: 'VISIT', unitIds: [A], topics: ['电子文件归档'], archivistsMet: [{ unitId: A, archivistId: 'P-A1' }], difficulties: [{ unitId: A, archivistId: 'P-A1', description: '兼职，时间不足' }], occurredAt: at('2025-02-15') };
    await refused('ProvideGuidance', { input }, CITY, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_BUREAU_SCOPE' });
    const { provideGuidance } = await ok('ProvideGuidance', { input }, XIHU);
    expect(provideGuidance.guidance).toMatchObject({ form: 'VISIT', archivistsMet: [{ name: '张三' }], difficulties: [{ description: '兼职，时间不足' }] });
    const { guidance } = await ok('GuidanceRecords', { filter: { unitId: A, from: '2025-02-01', to: '2025-02-28' } }, XIHU);
    expect(guidance.totalCount).toBe(1);
    expect((await ok('GuidanceRecords', { filter: { regionPrefix: '330110' } }, PROVINCE)).guidance.totalCount).toBe(0);
  });

  it('takes a self-report from the unit, and surfaces the item a later inspection found non-compliant', async () => {
    // Test setup: the inspection area's checklist version, appended directly (its seeding may not be there yet).
    await server.app.eventStore.appendToStream(checklistStreamId('oversight-e2e', 1), [
      envelope('ChecklistVersionPublished', { checklistId: 'oversight-e2e', version: 1, title: '检查项目', basis: '《档案法》(2020)', effectiveFrom: '2021-01-01', items: ITEMS.map((code) => ({ code, title: code, legalBasis: null, kinds: ['LAW_ENFORCEMENT'], key: false })) }, '2021-01-01'),
    ]);
    const results = ITEMS.map((itemCode) => ({ itemCode, result: 'COMPLIANT' }));
    const input = { period: { from: '2024-01-01', to: '2024-12-31' }, checklistId: 'oversight-e2e', checklistVersion: 1, results, occurredAt: at('2025-02-20') };
    await refused('SubmitSelfReport', { input: { ...input, unitId: C } }, reporterOf(A), { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    await refused('SubmitSelfReport', { input: { ...input, results: results.slice(1) } }, reporterOf(A), { code: 'BAD_USER_INPUT', reason: 'MISSING_ITEM_RESULT' });
    const { submitSelfReport } = await ok('SubmitSelfReport', { input }, reporterOf(A));
    expect(submitSelfReport.selfReport).toMatchObject({ bureauId: '330106', status: 'SUBMITTED', unit: { unitId: A } });
    ids.report = submitSelfReport.selfReport.reportId;
    await ok('AcknowledgeSelfReport', { input: { reportId: ids.report, occurredAt: at('2025-02-21') } }, XIHU);

    // Test setup: an inspection of A that finds the storeroom non-compliant, appended directly.
    await server.app.eventStore.appendToStream(inspectionStreamId('oversight-e2e-1'), [
      envelope('InspectionConducted', { inspectionId: 'oversight-e2e-1', bureauId: '330106', unitId: A, planId: null, kind: 'LAW_ENFORCEMENT', day: '2025-03-05', inspectors: [], checklist: { checklistId: 'oversight-e2e', version: 1 }, results: ITEMS.map((itemCode) => ({ itemCode, result: itemCode === 'STOREROOM_AND_EQUIPMENT' ? 'NON_COMPLIANT' : 'COMPLIANT', note: null })), findings: [], conclusion: '库房存在隐患', evidence: [] }, '2025-03-05'),
    ]);
    const { selfReportDiscrepancies } = await ok('SelfReportDiscrepancies', { filter: { bureauId: '330106' } }, XIHU);
    expect(selfReportDiscrepancies.nodes).toEqual([expect.objectContaining({ unitId: A, reportId: ids.report, inspectionId: 'oversight-e2e-1', itemCode: 'STOREROOM_AND_EQUIPMENT', inspectionDay: '2025-03-05' })]);
    expect((await ok('SelfReportDiscrepancies', {}, YUHANG)).selfReportDiscrepancies.totalCount).toBe(0);
    const flag = { reportId: ids.report, reason: '与执法检查不符', discrepancies: [{ itemCode: 'STOREROOM_AND_EQUIPMENT', note: '库房无防火设施', inspectionId: 'oversight-e2e-1' }], occurredAt: at('2025-03-06') };
    const { flagSelfReport } = await ok('FlagSelfReport', { input: flag }, XIHU);
    expect(flagSelfReport.selfReport).toMatchObject({ status: 'FLAGGED', acknowledgement: { day: '2025-02-21' }, flags: [{ day: '2025-03-06' }] });
  });

  it('runs leads: a recommendation answered in writing, and a violation case opened, decided with a fine and overdue', async () => {
    const receive = (unitId: string) => ok('ReceiveLead', { input: { unitIds: [unitId], source: 'COMPLAINT', summary: '举报擅自销毁档案', occurredAt: at('2025-03-10') } }, XIHU);
    const first = (await receive(C)).receiveLead.lead.leadId;
    await refused('RecordHandlingReply', { input: { leadId: first, summary: '已整改', occurredAt: at('2025-03-12') } }, XIHU, { code: 'BAD_USER_INPUT', reason: 'NO_RECOMMENDATION_SENT' });
    await ok('RecordLeadInvestigation', { input: { leadId: first, findings: '部分属实', occurredAt: at('2025-03-12') } }, XIHU);
    await ok('SendHandlingRecommendation', { input: { leadId: first, recipientKind: 'SUPERIOR_BODY', recipientName: '区教育局', documentNumber: '西档建〔2025〕1号', content: '建议督促整改', occurredAt: at('2025-03-15') } }, XIHU);
    await ok('RecordHandlingReply', { input: { leadId: first, summary: '已整改到位', occurredAt: at('2025-04-01') } }, XIHU);
    const closed = await ok('CloseLead', { input: { leadId: first, outcome: 'RECOMMENDATION_ANSWERED', occurredAt: at('2025-04-02') } }, XIHU);
    expect(closed.closeLead.lead).toMatchObject({ status: 'CLOSED', reply: { day: '2025-04-01' }, closure: { outcome: 'RECOMMENDATION_ANSWERED' } });
    expect(closed.closeLead.lead.timeline.map((s: Data) => s.type)).toEqual(['LeadReceived', 'LeadInvestigated', 'HandlingRecommendationSent', 'HandlingReplyReceived', 'LeadClosed']);

    const second = (await receive(A)).receiveLead.lead.leadId;
    await ok('RecordLeadInvestigation', { input: { leadId: second, findings: '违法属实', occurredAt: at('2025-03-20') } }, XIHU);
    const opened = await ok('OpenViolationCase', { input: { unitId: A, originKind: 'LEAD', leadId: second, legalBasis: '档案法§48(1)', summary: '擅自销毁档案', occurredAt: at('2025-03-21') } }, XIHU);
    ids.case = opened.openViolationCase.violationCase.caseId;
    expect(opened.openViolationCase.violationCase).toMatchObject({ status: 'OPEN', decisionDueBy: '2025-06-19', leadId: second });
    await ok('CloseLead', { input: { leadId: second, outcome: 'VIOLATION_CASE_OPENED', caseId: ids.case, occurredAt: at('2025-03-22') } }, XIHU);
    await refused('CloseViolationCase', { input: { caseId: ids.case, outcome: 'PENALTY', penalties: [{ party: 'UNIT', amountYuan: 200 }], decisionNumber: '西档罚〔2025〕1号', occurredAt: at('2025-05-01') } }, XIHU, {
      code: 'BAD_USER_INPUT',
      reason: 'PENALTY_OUT_OF_RANGE',
      field: 'penalties[0].amountYuan',
    });
    const decided = await ok('CloseViolationCase', { input: { caseId: ids.case, outcome: 'PENALTY', penalties: [{ party: 'UNIT', amountYuan: 20000 }], decisionNumber: '西档罚〔2025〕1号', occurredAt: at('2025-05-01') } }, XIHU);
    expect(decided.closeViolationCase.violationCase).toMatchObject({ status: 'CLOSED', daysOpen: 41, exceedsDecisionLimit: false, closure: { withinDecisionLimit: true } });

    // A case from the inspection, never decided: open past the limit today.
    const fromInspection = await ok('OpenViolationCase', { input: { unitId: A, originKind: 'INSPECTION', inspectionId: 'oversight-e2e-1', legalBasis: '档案法§48(8)', summary: '隐患逾期未整改', occurredAt: at('2025-03-11') } }, XIHU);
    const overdue = await ok('ViolationCases', { filter: { pastDecisionLimit: true } }, XIHU);
    expect(overdue.violationCases.nodes.map((c: Data) => [c.caseId, c.exceedsDecisionLimit])).toEqual([[fromInspection.openViolationCase.violationCase.caseId, true]]);
    expect((await ok('Leads', { filter: { status: 'CLOSED', unitId: C } }, XIHU)).leads.totalCount).toBe(1);
  });

  it('records an assessment, an implementation report up and a review down', async () => {
    await refused('RecordAssessment', { input: { unitId: A, kind: 'CERTIFICATION', scheme: '数字档案室', grade: '示范', validUntil: '2025-04-01', occurredAt: at('2025-04-10') } }, CITY, {
      code: 'BAD_USER_INPUT',
      reason: 'VALIDITY_BEFORE_ASSESSMENT',
    });
    const { recordAssessment } = await ok('RecordAssessment', { input: { unitId: A, kind: 'CERTIFICATION', scheme: '数字档案室', grade: '示范', validUntil: '2028-04-09', occurredAt: at('2025-04-10') } }, CITY);
    expect(recordAssessment.assessment).toMatchObject({ bureauId: '330100', unit: { unitId: A }, validToday: true });

    const report = { toBureauId: '330100', period: { from: '2024-01-01', to: '2024-12-31' }, summary: '2024年度监督指导工作报告', figures: { inspected: 42, covered: 0.93 }, occurredAt: at('2025-04-15') };
    await refused('ReportImplementation', { input: { ...report, toBureauId: '330110' } }, XIHU, { code: 'BAD_USER_INPUT', reason: 'NOT_A_HIGHER_BUREAU' });
    const { reportImplementation } = await ok('ReportImplementation', { input: report }, XIHU);
    expect(reportImplementation.implementationReport).toMatchObject({ reportingBureauId: '330106', toBureauId: '330100', figures: { inspected: 42 } });
    expect((await ok('ImplementationReports', { filter: { bureauId: '330100' } }, CITY)).implementationReports.totalCount).toBe(1);

    const review = { reviewedBureauId: '330106', period: { from: '2023-01-01', to: '2024-12-31' }, rating: 'GOOD', findings: '两年周期覆盖93%', occurredAt: at('2025-04-20') };
    await refused('ReviewSupervision', { input: { ...review, reviewedBureauId: '330100' } }, XIHU, { code: 'BAD_USER_INPUT', reason: 'NOT_A_LOWER_BUREAU' });
    await refused('ReviewSupervision', { input: review }, auditorOf('330000'), { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const { reviewSupervision } = await ok('ReviewSupervision', { input: review }, PROVINCE);
    expect(reviewSupervision.supervisionReview).toMatchObject({ bureauId: '330000', reviewedBureauId: '330106', rating: 'GOOD' });
    expect((await ok('SupervisionReviews', {}, XIHU)).supervisionReviews.totalCount).toBe(1);
  });

  it("shows every act in the unit's and the bureaus' histories, with actor and both times", async () => {
    const { unitHistory } = await server.ok(UnitHistoryDocument, { unitId: A, first: 100 });
    const types = unitHistory.nodes.map((n) => n.type);
    for (const type of [
      'BulletinIssued',
      'BulletinWithdrawn',
      'TrainingHeld',
      'GuidanceProvided',
      'SelfReportSubmitted',
      'SelfReportAcknowledged',
      'SelfReportFlagged',
      'LeadReceived',
      'LeadInvestigated',
      'LeadClosed',
      'ViolationCaseOpened',
      'ViolationCaseClosed',
      'AssessmentRecorded',
    ]) {
      expect(types).toContain(type);
    }
    const submitted = unitHistory.nodes.find((n) => n.type === 'SelfReportSubmitted')!;
    expect(submitted).toMatchObject({ actor: { id: `reporter-${A}`, role: 'UNIT_REPORTER', unitId: A }, occurredAt: at('2025-02-20') });
    expect(Date.parse(submitted.recordedAt)).toBeGreaterThan(Date.parse(submitted.occurredAt));

    const xihu = (await server.ok(BureauHistoryDocument, { bureauId: '330106', first: 100 })).bureauHistory.nodes;
    expect(xihu.find((n) => n.type === 'SupervisionReviewed')).toMatchObject({ actor: { id: 'clerk-330000', bureauId: '330000' }, occurredAt: at('2025-04-20') });
    expect(xihu.find((n) => n.type === 'ImplementationReported')).toMatchObject({ actor: { id: 'clerk-330106' }, data: { reportingBureauId: '330106', bureauId: '330100' } });
    const city = (await server.ok(BureauHistoryDocument, { bureauId: '330100', first: 100 })).bureauHistory.nodes.map((n) => n.type);
    expect(city).toEqual(expect.arrayContaining(['BulletinIssued', 'BulletinWithdrawn', 'AssessmentRecorded', 'ImplementationReported']));
    const province = (await server.ok(BureauHistoryDocument, { bureauId: '330000', first: 100 })).bureauHistory.nodes.map((n) => n.type);
    expect(province).toEqual(expect.arrayContaining(['TrainingHeld', 'SupervisionReviewed']));
    // C was only the subject of the first lead: its history holds that loop and nothing of A's.
    const { unitHistory: cHistory } = await server.ok(UnitHistoryDocument, { unitId: C, first: 100 });
    expect(cHistory.nodes.map((n) => n.type)).toEqual(['UnitRegistered', 'LeadReceived', 'LeadInvestigated', 'HandlingRecommendationSent', 'HandlingReplyReceived', 'LeadClosed']);
  });
});
