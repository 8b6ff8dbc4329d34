import type { Decider } from '../../../src/domain/shared/decider';
import type { Actor, Event, RecordedEvent } from '../../../src/domain/shared/event';
import { foldEvents } from '../../../src/domain/shared/decider';
import { bulletinDecider } from '../../../src/domain/oversight/bulletin.decider';
import { bulletinStreamId } from '../../../src/domain/oversight/bulletin.events';
import { trainingDecider } from '../../../src/domain/oversight/training.decider';
import { trainingStreamId } from '../../../src/domain/oversight/training.events';
import { guidanceDecider } from '../../../src/domain/oversight/guidance.decider';
import { guidanceStreamId } from '../../../src/domain/oversight/guidance.events';
import { selfReportDecider } from '../../../src/domain/oversight/self-report.decider';
import { selfReportStreamId } from '../../../src/domain/oversight/self-report.events';
import { leadDecider } from '../../../src/domain/oversight/lead.decider';
import { leadStreamId } from '../../../src/domain/oversight/lead.events';
import { violationCaseDecider } from '../../../src/domain/oversight/violation-case.decider';
import { violationCaseStreamId } from '../../../src/domain/oversight/violation-case.events';
import { assessmentDecider } from '../../../src/domain/oversight/assessment.decider';
import { assessmentStreamId } from '../../../src/domain/oversight/assessment.events';
import { implementationReportDecider, supervisionReviewDecider } from '../../../src/domain/oversight/accountability.decider';
import { implementationReportStreamId, supervisionReviewStreamId } from '../../../src/domain/oversight/accountability.events';
import type { InspectionEvent, ItemOutcome } from '../../../src/domain/inspection/inspection.events';
import { inspectionStreamId, resultsWithFindingIds } from '../../../src/domain/inspection/inspection.events';
import { RecordedLog, type MetadataOverrides } from '../../support/recorded';
import { bureau, newCode, supervised, view } from './oversight.fixture';

export const staff = {
  zhejiang: { id: 'zj-1', role: 'BUREAU_STAFF', bureauId: '330000' },
  hangzhou: { id: 'hz-7', role: 'BUREAU_STAFF', bureauId: '330100' },
  xihu: { id: 'xh-3', role: 'BUREAU_STAFF', bureauId: '330106' },
  yuhang: { id: 'yh-2', role: 'BUREAU_STAFF', bureauId: '330110' },
} satisfies Record<string, Actor>;

/** A day's business time (10:00 in Beijing) and its recording two hours later, unless said otherwise. */
const on = (day: string, actor: Actor, extra: MetadataOverrides = {}): MetadataOverrides => ({ occurredAt: `${day}T02:00:00.000Z`, actor, ...extra });

export const ITEMS = ['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT', 'ARCHIVIST_MANAGEMENT'];
const results = (nonCompliant: string[]): ItemOutcome[] => ITEMS.map((itemCode) => ({ itemCode, result: nonCompliant.includes(itemCode) ? 'NON_COMPLIANT' : 'COMPLIANT', note: null }));

/**
 * A year of oversight in Hangzhou, decided by the deciders themselves and recorded with positions and metadata:
 * units A and C of the Xihu bureau (330106), B of the Yuhang bureau (330110).
 */
export function oversightHistory() {
  const log = new RecordedLog({ startAt: '2025-01-06T02:00:00.000Z' });
  const A = newCode('330106');
  const B = newCode('330110');
  const C = newCode('330106');
  const units = view(
    supervised(A, '330106', { archivists: [{ archivistId: 'P-A1', name: '张三' }] }),
    supervised(B, '330110', { archivists: [{ archivistId: 'P-B1', name: '王五' }] }),
    supervised(C, '330106'),
  );

  function act<S, C, E extends Event, X>(decider: Decider<S, C, E, X>, streamId: string, command: C, context: X, meta: MetadataOverrides): E[] {
    const state = foldEvents(decider, log.stream(streamId));
    const events = decider.decide(command, state, context);
    log.recordAll(events, { ...meta, streamId });
    return events;
  }
  const inspect = (event: InspectionEvent, meta: MetadataOverrides) => log.record(event, { ...meta, streamId: inspectionStreamId(event.data.inspectionId) });

  const hz = { bureau: bureau('330100'), units };
  const xh = { bureau: bureau('330106'), units };
  act(bulletinDecider, bulletinStreamId('b-1'), { type: 'IssueBulletin', data: { bulletinId: 'b-1', bureauId: '330100', day: '2025-01-10', kind: 'COMMENDATION', documentNumber: '杭档〔2025〕1号', title: '表扬通报', summary: null, units: [{ unitId: A, reason: '规范' }, { unitId: B, reason: '数字化' }] } }, hz, on('2025-01-10', staff.hangzhou));
  act(bulletinDecider, bulletinStreamId('b-2'), { type: 'IssueBulletin', data: { bulletinId: 'b-2', bureauId: '330106', day: '2025-01-15', kind: 'GENERAL', documentNumber: '西档〔2025〕2号', title: '年度情况通报', summary: null, units: [] } }, xh, on('2025-01-15', staff.xihu));
  act(trainingDecider, trainingStreamId('t-1'), { type: 'HoldTraining', data: { trainingId: 't-1', bureauId: '330000', day: '2025-02-01', title: '全省培训', topics: ['LEGAL'], hours: 6, attendees: [{ unitId: A, archivistId: 'P-A1' }, { unitId: B, archivistId: 'P-B1' }] } }, { bureau: bureau('330000'), units }, on('2025-02-01', staff.zhejiang));
  act(guidanceDecider, guidanceStreamId('g-1'), { type: 'ProvideGuidance', data: { guidanceId: 'g-1', bureauId: '330106', day: '2025-02-10', form: 'VISIT', unitIds: [A], topics: ['归档范围'], archivistsMet: [{ unitId: A, archivistId: 'P-A1' }], difficulties: [{ unitId: A, archivistId: 'P-A1', description: '人手不足' }], note: null } }, xh, on('2025-02-10', staff.xihu));
  const checklist = { checklistId: 'cl', version: 1, itemCodes: ITEMS };
  act(selfReportDecider, selfReportStreamId('r-1'), { type: 'SubmitSelfReport', data: { reportId: 'r-1', unitId: A, day: '2025-02-20', period: { from: '2024-01-01', to: '2024-12-31' }, checklist: { checklistId: 'cl', version: 1 }, results: results([]), summary: null } }, { units, checklist }, on('2025-02-20', { id: 'rep-a', role: 'UNIT_REPORTER', unitId: A }));
  act(selfReportDecider, selfReportStreamId('r-1'), { type: 'AcknowledgeSelfReport', data: { reportId: 'r-1', day: '2025-02-25', note: null } }, { units: {}, checklist: null }, on('2025-02-25', staff.xihu));
  // Inspections of A: one finds the storeroom non-compliant, a second one is withdrawn.
  inspect({ type: 'InspectionConducted', data: { inspectionId: 'i-1', bureauId: '330106', unitId: A, planId: null, kind: 'LAW_ENFORCEMENT', day: '2025-03-05', inspectors: [], checklist: { checklistId: 'cl', version: 1 }, results: resultsWithFindingIds(results(['STOREROOM_AND_EQUIPMENT']), []), findings: [], conclusion: '存在隐患', evidence: [] } }, on('2025-03-05', staff.xihu));
  inspect({ type: 'InspectionConducted', data: { inspectionId: 'i-2', bureauId: '330106', unitId: A, planId: null, kind: 'SPECIAL_BUSINESS', day: '2025-03-06', inspectors: [], checklist: { checklistId: 'cl', version: 1 }, results: resultsWithFindingIds(results(['ARCHIVIST_MANAGEMENT']), []), findings: [], conclusion: '—', evidence: [] } }, on('2025-03-06', staff.xihu));
  inspect({ type: 'InspectionWithdrawn', data: { inspectionId: 'i-2', bureauId: '330106', unitId: A, reason: '录入错误' } }, on('2025-03-07', staff.xihu));
  const mark = log.position;
  // Lead on C: the whole recommendation loop.
  const leadOn = (id: string, unitId: string) => ({ type: 'ReceiveLead' as const, data: { leadId: id, bureauId: '330106', day: '2025-03-10', unitIds: [unitId], source: 'COMPLAINT' as const, sourceReference: null, summary: '举报' } });
  const leadCtx = { bureau: bureau('330106'), units, violationCase: null };
  act(leadDecider, leadStreamId('l-1'), leadOn('l-1', C), leadCtx, on('2025-03-10', staff.xihu));
  act(leadDecider, leadStreamId('l-1'), { type: 'RecordLeadInvestigation', data: { leadId: 'l-1', day: '2025-03-12', findings: '属实' } }, leadCtx, on('2025-03-12', staff.xihu));
  act(leadDecider, leadStreamId('l-1'), { type: 'SendHandlingRecommendation', data: { leadId: 'l-1', day: '2025-03-15', recipient: { kind: 'SUPERIOR_BODY', name: '主管局' }, documentNumber: '西档建1号', content: '建议' } }, leadCtx, on('2025-03-15', staff.xihu));
  act(leadDecider, leadStreamId('l-1'), { type: 'RecordHandlingReply', data: { leadId: 'l-1', day: '2025-04-01', summary: '已整改', documentNumber: null } }, leadCtx, on('2025-04-01', staff.xihu, { recordedAt: '2025-06-30T08:00:00.000Z' }));
  act(leadDecider, leadStreamId('l-1'), { type: 'CloseLead', data: { leadId: 'l-1', day: '2025-04-02', outcome: 'RECOMMENDATION_ANSWERED', caseId: null, note: null } }, leadCtx, on('2025-04-02', staff.xihu));
  // Lead on A → a violation case → the lead closed by it; the case closed with a fine.
  act(leadDecider, leadStreamId('l-2'), leadOn('l-2', A), leadCtx, on('2025-03-10', staff.xihu));
  act(leadDecider, leadStreamId('l-2'), { type: 'RecordLeadInvestigation', data: { leadId: 'l-2', day: '2025-03-20', findings: '违法' } }, leadCtx, on('2025-03-20', staff.xihu));
  const origin = { leadId: 'l-2', bureauId: '330106', unitIds: [A], receivedOn: '2025-03-10', open: true, investigated: true };
  act(violationCaseDecider, violationCaseStreamId('k-1'), { type: 'OpenViolationCase', data: { caseId: 'k-1', bureauId: '330106', unitId: A, day: '2025-03-21', origin: { kind: 'LEAD', leadId: 'l-2' }, legalBasis: '档案法§48', summary: '擅自销毁' } }, { bureau: bureau('330106'), units, lead: origin, inspection: null }, on('2025-03-21', staff.xihu));
  act(leadDecider, leadStreamId('l-2'), { type: 'CloseLead', data: { leadId: 'l-2', day: '2025-03-22', outcome: 'VIOLATION_CASE_OPENED', caseId: 'k-1', note: null } }, { ...leadCtx, violationCase: { caseId: 'k-1', bureauId: '330106', leadId: 'l-2' } }, on('2025-03-22', staff.xihu));
  act(violationCaseDecider, violationCaseStreamId('k-1'), { type: 'CloseViolationCase', data: { caseId: 'k-1', day: '2025-07-01', outcome: 'PENALTY', penalties: [{ party: 'UNIT', amountYuan: 30_000 }], transferredTo: null, decisionNumber: '西档罚1号', note: null } }, { bureau: null, units: {}, lead: null, inspection: null }, on('2025-07-01', staff.xihu));
  act(assessmentDecider, assessmentStreamId('as-1'), { type: 'RecordAssessment', data: { assessmentId: 'as-1', bureauId: '330100', unitId: B, day: '2025-04-10', kind: 'ASSESSMENT', scheme: '目标管理考核', grade: '优秀', validUntil: '2027-04-09', note: null } }, hz, on('2025-04-10', staff.hangzhou));
  act(implementationReportDecider, implementationReportStreamId('ir-1'), { type: 'ReportImplementation', data: { reportId: 'ir-1', reportingBureauId: '330106', toBureauId: '330100', day: '2025-04-15', period: { from: '2024-01-01', to: '2024-12-31' }, summary: '年度报告', figures: { inspected: 12 } } }, { lower: bureau('330106'), higher: bureau('330100') }, on('2025-04-15', staff.xihu));
  act(supervisionReviewDecider, supervisionReviewStreamId('rv-1'), { type: 'ReviewSupervision', data: { reviewId: 'rv-1', bureauId: '330000', reviewedBureauId: '330110', day: '2025-04-20', period: { from: '2023-01-01', to: '2024-12-31' }, rating: 'GOOD', findings: '覆盖率高' } }, { lower: bureau('330110'), higher: bureau('330000') }, on('2025-04-20', staff.zhejiang));
  act(bulletinDecider, bulletinStreamId('b-1'), { type: 'WithdrawBulletin', data: { bulletinId: 'b-1', day: '2025-05-01', reason: '有误' } }, hz, on('2025-05-01', staff.hangzhou));
  // A correction recorded late: the second storeroom inspection never happened that way; responsibility failed too.
  inspect({ type: 'InspectionRecordCorrected', data: { inspectionId: 'i-1', bureauId: '330106', unitId: A, reason: '补录', changes: { results: results(['STOREROOM_AND_EQUIPMENT', 'RESPONSIBILITY_AND_RULES']) } } }, on('2025-05-02', staff.xihu));
  return { log, units: { A, B, C }, mark };
}

export type OversightHistory = ReturnType<typeof oversightHistory>;
export const eventsOf = (history: OversightHistory): RecordedEvent[] => history.log.events;
