import { FIXTURE_UNITS, UNIT_XIHU, UNIT_YUHANG, gql, type RowContext } from './access-matrix-core';
import {
  DrawInspectionPlanDocument,
  HoldTrainingDocument,
  IssueBulletinDocument,
  OpenViolationCaseDocument,
  OrderRectificationDocument,
  PlanInspectionsDocument,
  ProvideGuidanceDocument,
  ReceiveLeadDocument,
  RecordAssessmentDocument,
  RecordInspectionDocument,
  RecordLeadInvestigationDocument,
  ReportImplementationDocument,
  ReviewSupervisionDocument,
  SendHandlingRecommendationDocument,
  SubmitRectificationReportDocument,
  SubmitSelfReportDocument,
  type RecordInspectionInput,
} from './generated/operations';
import type { TestServer } from './test-server';

/**
 * The supervisory records the matrix aims at, made by the national administrator before the first row: for each
 * fixture unit, the records of it and of its supervising bureau (an inspection with a finding, its order, a listed
 * and a drawn plan, a self-report that the inspection contradicts, a bulletin, a training, guidance, an investigated
 * lead, a case, an assessment, the bureau's implementation report up and a review of it from above); and two records
 * that name units of two districts. The builders are also what write rows use to make a fresh record of their own.
 */

export const CHECKLIST_ID = 'grassroots-archival-work';
/** Items of the 2020 Archives Law version (v2), which every kind of inspection uses. */
export const V2_ITEMS = ['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT', 'ARCHIVIST_MANAGEMENT', 'COLLECTION_TO_USE', 'DIGITAL_AND_SECURITY', 'SUBORDINATE_SUPERVISION'];
const FAILED_ITEM = 'STOREROOM_AND_EQUIPMENT';
export const OFFICERS = [
  { personId: 'm-1', name: '王检查', credentialNumber: '执 001' },
  { personId: 'm-2', name: '李执法', credentialNumber: '执 002' },
];
const ROSTER = [...OFFICERS, { personId: 'm-3', name: '赵监督', credentialNumber: '执 003' }];
/** Business times: the units were registered on 2025-03-01 and their archivists took up duty on 2025-03-02. */
export const at = (day: string) => `${day}T02:00:00.000Z`;

const need = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new Error(`fixture: no ${what} in the answer`);
  return value;
};

export interface UnitRecords {
  unitId: string;
  /** The bureau supervising the unit: every record below is its (or made to it). */
  bureauId: string;
  /** A bureau pair of the unit's place for accountability: `lower` reports to `higher`, `higher` reviews `lower`. */
  lower: string;
  higher: string;
  inspectionId: string;
  findingId: string;
  orderId: string;
  planId: string;
  drawn: { planId: string; unitId: string; inspectorId: string };
  selfReportId: string;
  bulletinId: string;
  trainingId: string;
  guidanceId: string;
  leadId: string;
  caseId: string;
  assessmentId: string;
  implementationReportId: string;
  supervisionReviewId: string;
  /** The id of the unit's UnitRegistered event (for inclusion proofs). */
  registeredEventId: string;
}

export interface Fixture {
  of(unitId: string): UnitRecords;
  /** Records naming a unit of 西湖区 and one of 余杭区: a city bulletin and a provincial training. */
  cross: { bulletinId: string; trainingId: string };
}

/** The fixture's records of the row's target unit. */
export const recordsOf = (ctx: RowContext): UnitRecords => ctx.fixture.of(ctx.target.unitId);

// ---------------------------------------------------------------------------------------------------------------
// Builders, as the administrator (or `as`, for the records a row's own role must make).

export function inspectionInput(unitId: string, bureauId: string | null, failing = true): RecordInspectionInput {
  return {
    bureauId,
    unitId,
    kind: 'LAW_ENFORCEMENT',
    day: '2025-03-10',
    inspectors: OFFICERS,
    checklistId: CHECKLIST_ID,
    checklistVersion: 2,
    results: V2_ITEMS.map((itemCode) => ({ itemCode, result: failing && itemCode === FAILED_ITEM ? ('NON_COMPLIANT' as const) : ('COMPLIANT' as const) })),
    findings: failing ? [{ itemCode: FAILED_ITEM, severity: 'MAJOR', description: '库房漏雨，未配备除湿设备' }] : [],
    conclusion: failing ? '存在安全隐患' : '档案工作符合要求',
  };
}

/** An inspection of the unit by its bureau, with one finding (none, and findingId '', when not `failing`). */
export async function inspect(server: TestServer, unitId: string, bureauId: string, failing = true): Promise<{ inspectionId: string; findingId: string }> {
  const { recordInspection } = await server.ok(RecordInspectionDocument, { input: inspectionInput(unitId, bureauId, failing) });
  const inspection = need(recordInspection.inspection, 'inspection');
  return { inspectionId: inspection.inspectionId, findingId: failing ? need(inspection.findings[0], 'finding').findingId : '' };
}

export async function order(server: TestServer, inspection: { inspectionId: string; findingId: string }): Promise<string> {
  const input = { inspectionId: inspection.inspectionId, findingIds: [inspection.findingId], deadline: '2025-06-30', legalBasis: '档案法§45', occurredAt: at('2025-03-15') };
  return need((await server.ok(OrderRectificationDocument, { input })).orderRectification.order, 'order').orderId;
}

/** A fresh inspection of the unit and an order on its finding. */
export async function freshOrder(server: TestServer, unitId: string, bureauId: string): Promise<{ orderId: string; findingId: string }> {
  const inspection = await inspect(server, unitId, bureauId);
  return { orderId: await order(server, inspection), findingId: inspection.findingId };
}

export const reportItems = (findingId: string) => [{ findingId, action: '已加装除湿设备', evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: '整改报告 2025-1' }] }];

export async function report(server: TestServer, orderId: string, findingId: string): Promise<void> {
  await server.ok(SubmitRectificationReportDocument, { input: { orderId, items: reportItems(findingId), occurredAt: at('2025-04-10') } });
}

export async function listedPlan(server: TestServer, bureauId: string, unitId: string): Promise<string> {
  const input = { bureauId, title: '2025年执法检查计划', from: '2025-01-01', to: '2025-12-31', kind: 'LAW_ENFORCEMENT' as const, checklistId: CHECKLIST_ID, checklistVersion: 2, unitIds: [unitId] };
  return need((await server.ok(PlanInspectionsDocument, { input })).planInspections.plan, 'plan').planId;
}

export const drawInput = (bureauId: string | null) => ({
  bureauId,
  title: '2025年双随机抽查',
  from: '2025-04-01',
  to: '2025-12-31',
  kind: 'LAW_ENFORCEMENT' as const,
  checklistId: CHECKLIST_ID,
  checklistVersion: 2,
  sample: { count: 1 },
  roster: ROSTER,
  inspectorsPerTarget: 2,
});

/** A drawn plan of the bureau, with its first target and an inspector assigned to it (whom a recusal may replace). */
export async function drawnPlan(server: TestServer, bureauId: string): Promise<UnitRecords['drawn']> {
  const plan = need((await server.ok(DrawInspectionPlanDocument, { input: drawInput(bureauId) })).drawInspectionPlan.plan, 'plan');
  const target = need(plan.targets[0], 'target');
  return { planId: plan.planId, unitId: target.unitId, inspectorId: need(target.inspectorIds[0], 'inspector') };
}

export const selfReportInput = (unitId: string | null, day: string) => ({
  unitId,
  period: { from: '2024-01-01', to: '2024-12-31' },
  checklistId: CHECKLIST_ID,
  checklistVersion: 2,
  results: V2_ITEMS.map((itemCode) => ({ itemCode, result: 'COMPLIANT' as const })),
  occurredAt: at(day),
});

export async function selfReport(server: TestServer, unitId: string, day = '2025-04-02'): Promise<string> {
  return need((await server.ok(SubmitSelfReportDocument, { input: selfReportInput(unitId, day) })).submitSelfReport.selfReport, 'self-report').reportId;
}

export const bulletinInput = (bureauId: string | null, unitIds: string[]) => ({
  bureauId,
  kind: 'COMMENDATION' as const,
  documentNumber: '档通〔2025〕1号',
  title: '档案工作表扬通报',
  units: unitIds.map((unitId) => ({ unitId, reason: '档案管理规范' })),
  occurredAt: at('2025-04-01'),
});

export async function bulletin(server: TestServer, bureauId: string, unitIds: string[]): Promise<string> {
  return need((await server.ok(IssueBulletinDocument, { input: bulletinInput(bureauId, unitIds) })).issueBulletin.bulletin, 'bulletin').bulletinId;
}

export const trainingInput = (bureauId: string | null, attendees: { unitId: string; archivistId: string }[]) => ({
  bureauId,
  title: '档案业务培训',
  topics: ['LEGAL' as const],
  hours: 2,
  attendees,
  occurredAt: at('2025-04-02'),
});

export async function training(server: TestServer, bureauId: string, unitIds: string[]): Promise<string> {
  const input = trainingInput(bureauId, unitIds.map((unitId) => ({ unitId, archivistId: 'A-1' })));
  return need((await server.ok(HoldTrainingDocument, { input })).holdTraining.training, 'training').trainingId;
}

export const guidanceInput = (bureauId: string | null, unitId: string) => ({
  bureauId,
  form: 'VISIT' as const,
  unitIds: [unitId],
  topics: ['电子文件归档'],
  archivistsMet: [{ unitId, archivistId: 'A-1' }],
  occurredAt: at('2025-04-02'),
});

export const leadInput = (bureauId: string | null, unitId: string) => ({
  bureauId,
  unitIds: [unitId],
  source: 'COMPLAINT' as const,
  summary: '举报擅自销毁档案',
  occurredAt: at('2025-04-03'),
});

/** A lead on the unit, taken `steps` further: 1 investigated, 2 a recommendation sent. */
export async function lead(server: TestServer, bureauId: string, unitId: string, steps: 0 | 1 | 2): Promise<string> {
  const leadId = need((await server.ok(ReceiveLeadDocument, { input: leadInput(bureauId, unitId) })).receiveLead.lead, 'lead').leadId;
  if (steps >= 1) await server.ok(RecordLeadInvestigationDocument, { input: { leadId, findings: '部分属实', occurredAt: at('2025-04-04') } });
  if (steps >= 2) {
    const input = { leadId, recipientKind: 'SUPERIOR_BODY' as const, recipientName: '主管部门', documentNumber: '档建〔2025〕1号', content: '建议督促整改', occurredAt: at('2025-04-05') };
    await server.ok(SendHandlingRecommendationDocument, { input });
  }
  return leadId;
}

export const caseInput = (bureauId: string | null, unitId: string, inspectionId: string) => ({
  bureauId,
  unitId,
  originKind: 'INSPECTION' as const,
  inspectionId,
  legalBasis: '档案法§48(8)',
  summary: '档案库房存在安全隐患',
  occurredAt: at('2025-04-06'),
});

export async function violationCase(server: TestServer, bureauId: string, unitId: string, inspectionId: string): Promise<string> {
  return need((await server.ok(OpenViolationCaseDocument, { input: caseInput(bureauId, unitId, inspectionId) })).openViolationCase.violationCase, 'case').caseId;
}

export const assessmentInput = (bureauId: string | null, unitId: string) => ({
  bureauId,
  unitId,
  kind: 'ASSESSMENT' as const,
  scheme: '档案工作目标管理考核',
  grade: '优秀',
  occurredAt: at('2025-04-07'),
});

export const implementationInput = (lower: string | null, higher: string) => ({
  reportingBureauId: lower,
  toBureauId: higher,
  period: { from: '2024-01-01', to: '2024-12-31' },
  summary: '2024年度监督指导工作报告',
  occurredAt: at('2025-04-08'),
});

export const reviewInput = (higher: string | null, lower: string) => ({
  bureauId: higher,
  reviewedBureauId: lower,
  period: { from: '2024-01-01', to: '2024-12-31' },
  rating: 'GOOD' as const,
  findings: '监督检查覆盖全部单位',
  occurredAt: at('2025-04-09'),
});

const RegisteredEvent = gql<{ unitHistory: { nodes: { eventId: string }[] } }, { unitId: string }>(
  'query RegisteredEvent($unitId: ID!) { unitHistory(unitId: $unitId, first: 1) { nodes { eventId } } }',
);

// ---------------------------------------------------------------------------------------------------------------

/** Accountability pairs by place: Xihu and Yuhang report to Hangzhou; Jiyuan to Henan. */
const PAIRS: Record<string, { lower: string; higher: string }> = {
  '330106': { lower: '330106', higher: '330100' },
  '330110': { lower: '330110', higher: '330100' },
  '410000': { lower: '419001', higher: '410000' },
};

async function recordsFor(server: TestServer, unitId: string, bureauId: string): Promise<UnitRecords> {
  const { lower, higher } = PAIRS[bureauId] as { lower: string; higher: string };
  const inspection = await inspect(server, unitId, bureauId);
  return {
    unitId,
    bureauId,
    lower,
    higher,
    ...inspection,
    orderId: await order(server, inspection),
    planId: await listedPlan(server, bureauId, unitId),
    drawn: await drawnPlan(server, bureauId),
    // Submitted before the inspection and contradicted by it: a discrepancy of the unit.
    selfReportId: await selfReport(server, unitId, '2025-03-05'),
    bulletinId: await bulletin(server, bureauId, [unitId]),
    trainingId: await training(server, bureauId, [unitId]),
    guidanceId: need((await server.ok(ProvideGuidanceDocument, { input: guidanceInput(bureauId, unitId) })).provideGuidance.guidance, 'guidance').guidanceId,
    leadId: await lead(server, bureauId, unitId, 1),
    caseId: await violationCase(server, bureauId, unitId, inspection.inspectionId),
    assessmentId: need((await server.ok(RecordAssessmentDocument, { input: assessmentInput(bureauId, unitId) })).recordAssessment.assessment, 'assessment').assessmentId,
    implementationReportId: need((await server.ok(ReportImplementationDocument, { input: implementationInput(lower, higher) })).reportImplementation.implementationReport, 'report')
      .reportId,
    supervisionReviewId: need((await server.ok(ReviewSupervisionDocument, { input: reviewInput(higher, lower) })).reviewSupervision.supervisionReview, 'review').reviewId,
    registeredEventId: need((await server.ok(RegisteredEvent, { unitId })).unitHistory.nodes[0], 'event').eventId,
  };
}

/** Builds every record, once the fixture's bureaus and units exist. */
export async function buildFixture(server: TestServer): Promise<Fixture> {
  const byUnit = new Map<string, UnitRecords>();
  for (const [unitId, place] of FIXTURE_UNITS) byUnit.set(unitId, await recordsFor(server, unitId, place.bureauId));
  const cross = {
    bulletinId: await bulletin(server, '330100', [UNIT_XIHU, UNIT_YUHANG]),
    trainingId: await training(server, '330000', [UNIT_XIHU, UNIT_YUHANG]),
  };
  return {
    of: (unitId) => {
      const records = byUnit.get(unitId);
      if (!records) throw new Error(`fixture: no records of ${unitId}`);
      return records;
    },
    cross,
  };
}
