import { acting, write, type RowContext } from './access-matrix-core';
import {
  assessmentInput,
  at,
  bulletin,
  bulletinInput,
  caseInput,
  guidanceInput,
  implementationInput,
  lead,
  leadInput,
  recordsOf,
  reviewInput,
  selfReport,
  selfReportInput,
  trainingInput,
  violationCase,
} from './access-matrix-fixture';
import {
  AcknowledgeSelfReportDocument,
  CloseLeadDocument,
  CloseViolationCaseDocument,
  FlagSelfReportDocument,
  HoldTrainingDocument,
  IssueBulletinDocument,
  OpenViolationCaseDocument,
  ProvideGuidanceDocument,
  ReceiveLeadDocument,
  RecordAssessmentDocument,
  RecordHandlingReplyDocument,
  RecordLeadInvestigationDocument,
  ReportImplementationDocument,
  ReviewSupervisionDocument,
  SendHandlingRecommendationDocument,
  SubmitSelfReportDocument,
  WithdrawBulletinDocument,
} from './generated/operations';

/**
 * The oversight area's acts. A new record names the target unit (staff acting for their own bureau, so that "out"
 * names a unit outside the scope); a further step works on the fixture's record of the target when it is refused,
 * and on a fresh record of the same unit and bureau when it must succeed.
 */

const unitOf = (ctx: RowContext) => ctx.target.unitId;
const bureauOf = (ctx: RowContext) => ctx.target.place.bureauId;
/** The target's record, or (when the act must succeed) a fresh one made by `fresh`. */
const recordFor = async (ctx: RowContext, mustSucceed: boolean, fresh: () => Promise<string>, existing: string) => (mustSucceed ? fresh() : existing);

export const OVERSIGHT_ACTS = {
  issueBulletin: write({
    doc: IssueBulletinDocument,
    prepare: async (ctx) => ({ input: bulletinInput(acting(ctx), [unitOf(ctx)]) }),
    appended: (data) => data.issueBulletin.eventIds.length,
    allowed: (data, _variables, ctx) => {
      expect(data.issueBulletin.bulletin).toMatchObject({ bureauId: bureauOf(ctx), status: 'ISSUED', namedUnitCount: 1 });
      expect(data.issueBulletin.bulletin?.units.map((u) => u.unitId)).toEqual([unitOf(ctx)]);
    },
  }),
  withdrawBulletin: write({
    doc: WithdrawBulletinDocument,
    prepare: async (ctx, mustSucceed) => ({
      input: { bulletinId: await recordFor(ctx, mustSucceed, () => bulletin(ctx.server, bureauOf(ctx), [unitOf(ctx)]), recordsOf(ctx).bulletinId), reason: '文号有误', occurredAt: at('2025-04-02') },
    }),
    appended: (data) => data.withdrawBulletin.eventIds.length,
    allowed: (data, variables) => expect(data.withdrawBulletin.bulletin).toMatchObject({ bulletinId: variables.input.bulletinId, status: 'WITHDRAWN' }),
  }),
  holdTraining: write({
    doc: HoldTrainingDocument,
    prepare: async (ctx) => ({ input: trainingInput(acting(ctx), [{ unitId: unitOf(ctx), archivistId: 'A-1' }]) }),
    appended: (data) => data.holdTraining.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.holdTraining.training).toMatchObject({ bureauId: bureauOf(ctx), attendeeCount: 1, attendees: [{ unitId: unitOf(ctx), archivistId: 'A-1', name: '张三' }] }),
  }),
  provideGuidance: write({
    doc: ProvideGuidanceDocument,
    prepare: async (ctx) => ({ input: guidanceInput(acting(ctx), unitOf(ctx)) }),
    appended: (data) => data.provideGuidance.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.provideGuidance.guidance).toMatchObject({ bureauId: bureauOf(ctx), units: [{ unitId: unitOf(ctx) }], archivistsMet: [{ archivistId: 'A-1', name: '张三' }] }),
  }),
  submitSelfReport: write({
    doc: SubmitSelfReportDocument,
    // After the fixture's inspection, so that no discrepancy changes.
    prepare: async (ctx) => ({ input: selfReportInput(unitOf(ctx), '2025-04-02') }),
    appended: (data) => data.submitSelfReport.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.submitSelfReport.selfReport).toMatchObject({ bureauId: bureauOf(ctx), status: 'SUBMITTED', unit: { unitId: unitOf(ctx) } }),
  }),
  acknowledgeSelfReport: write({
    doc: AcknowledgeSelfReportDocument,
    prepare: async (ctx, mustSucceed) => ({
      input: { reportId: await recordFor(ctx, mustSucceed, () => selfReport(ctx.server, unitOf(ctx)), recordsOf(ctx).selfReportId), note: '已阅', occurredAt: at('2025-04-03') },
    }),
    appended: (data) => data.acknowledgeSelfReport.eventIds.length,
    allowed: (data, variables) => expect(data.acknowledgeSelfReport.selfReport).toMatchObject({ reportId: variables.input.reportId, status: 'ACKNOWLEDGED' }),
  }),
  flagSelfReport: write({
    doc: FlagSelfReportDocument,
    prepare: async (ctx, mustSucceed) => {
      const reportId = await recordFor(ctx, mustSucceed, () => selfReport(ctx.server, unitOf(ctx)), recordsOf(ctx).selfReportId);
      const discrepancies = [{ itemCode: 'STOREROOM_AND_EQUIPMENT', note: '库房漏雨', inspectionId: recordsOf(ctx).inspectionId }];
      return { input: { reportId, reason: '与执法检查不符', discrepancies, occurredAt: at('2025-04-03') } };
    },
    appended: (data) => data.flagSelfReport.eventIds.length,
    allowed: (data, variables) => expect(data.flagSelfReport.selfReport).toMatchObject({ reportId: variables.input.reportId, status: 'FLAGGED' }),
  }),
  receiveLead: write({
    doc: ReceiveLeadDocument,
    prepare: async (ctx) => ({ input: leadInput(acting(ctx), unitOf(ctx)) }),
    appended: (data) => data.receiveLead.eventIds.length,
    allowed: (data, _variables, ctx) => expect(data.receiveLead.lead).toMatchObject({ bureauId: bureauOf(ctx), status: 'RECEIVED', units: [{ unitId: unitOf(ctx) }] }),
  }),
  recordLeadInvestigation: write({
    doc: RecordLeadInvestigationDocument,
    prepare: async (ctx, mustSucceed) => ({
      input: { leadId: await recordFor(ctx, mustSucceed, () => lead(ctx.server, bureauOf(ctx), unitOf(ctx), 0), recordsOf(ctx).leadId), findings: '部分属实', occurredAt: at('2025-04-04') },
    }),
    appended: (data) => data.recordLeadInvestigation.eventIds.length,
    allowed: (data, variables) => expect(data.recordLeadInvestigation.lead).toMatchObject({ leadId: variables.input.leadId, status: 'INVESTIGATED' }),
  }),
  sendHandlingRecommendation: write({
    doc: SendHandlingRecommendationDocument,
    prepare: async (ctx, mustSucceed) => {
      const leadId = await recordFor(ctx, mustSucceed, () => lead(ctx.server, bureauOf(ctx), unitOf(ctx), 1), recordsOf(ctx).leadId);
      return { input: { leadId, recipientKind: 'RESPONSIBLE_UNIT' as const, recipientName: '被举报单位', documentNumber: '档建〔2025〕2号', content: '建议整改', occurredAt: at('2025-04-05') } };
    },
    appended: (data) => data.sendHandlingRecommendation.eventIds.length,
    allowed: (data, variables) => expect(data.sendHandlingRecommendation.lead).toMatchObject({ leadId: variables.input.leadId, status: 'RECOMMENDATION_SENT' }),
  }),
  recordHandlingReply: write({
    doc: RecordHandlingReplyDocument,
    prepare: async (ctx, mustSucceed) => ({
      input: { leadId: await recordFor(ctx, mustSucceed, () => lead(ctx.server, bureauOf(ctx), unitOf(ctx), 2), recordsOf(ctx).leadId), summary: '已整改到位', occurredAt: at('2025-04-06') },
    }),
    appended: (data) => data.recordHandlingReply.eventIds.length,
    allowed: (data, variables) => expect(data.recordHandlingReply.lead).toMatchObject({ leadId: variables.input.leadId, status: 'REPLY_RECEIVED' }),
  }),
  closeLead: write({
    doc: CloseLeadDocument,
    prepare: async (ctx, mustSucceed) => ({
      input: { leadId: await recordFor(ctx, mustSucceed, () => lead(ctx.server, bureauOf(ctx), unitOf(ctx), 1), recordsOf(ctx).leadId), outcome: 'NO_VIOLATION' as const, occurredAt: at('2025-04-06') },
    }),
    appended: (data) => data.closeLead.eventIds.length,
    allowed: (data, variables) => expect(data.closeLead.lead).toMatchObject({ leadId: variables.input.leadId, status: 'CLOSED', closure: { outcome: 'NO_VIOLATION' } }),
  }),
  openViolationCase: write({
    doc: OpenViolationCaseDocument,
    // From the fixture's inspection of the target unit (left as it was: a case only refers to it).
    prepare: async (ctx) => ({ input: caseInput(acting(ctx), unitOf(ctx), recordsOf(ctx).inspectionId) }),
    appended: (data) => data.openViolationCase.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.openViolationCase.violationCase).toMatchObject({ bureauId: bureauOf(ctx), status: 'OPEN', unit: { unitId: unitOf(ctx) }, inspectionId: recordsOf(ctx).inspectionId }),
  }),
  closeViolationCase: write({
    doc: CloseViolationCaseDocument,
    prepare: async (ctx, mustSucceed) => {
      const fresh = () => violationCase(ctx.server, bureauOf(ctx), unitOf(ctx), recordsOf(ctx).inspectionId);
      return { input: { caseId: await recordFor(ctx, mustSucceed, fresh, recordsOf(ctx).caseId), outcome: 'NO_PENALTY' as const, penalties: [], occurredAt: at('2025-04-20') } };
    },
    appended: (data) => data.closeViolationCase.eventIds.length,
    allowed: (data, variables) =>
      expect(data.closeViolationCase.violationCase).toMatchObject({ caseId: variables.input.caseId, status: 'CLOSED', closure: { outcome: 'NO_PENALTY', withinDecisionLimit: true } }),
  }),
  recordAssessment: write({
    doc: RecordAssessmentDocument,
    prepare: async (ctx) => ({ input: assessmentInput(acting(ctx), unitOf(ctx)) }),
    appended: (data) => data.recordAssessment.eventIds.length,
    allowed: (data, _variables, ctx) => expect(data.recordAssessment.assessment).toMatchObject({ bureauId: bureauOf(ctx), unit: { unitId: unitOf(ctx) }, grade: '优秀' }),
  }),
  reportImplementation: write({
    doc: ReportImplementationDocument,
    // Names the reporting bureau of the target's pair: for a county's staff "out" is another county's bureau.
    prepare: async (ctx) => ({ input: implementationInput(recordsOf(ctx).lower, recordsOf(ctx).higher) }),
    appended: (data) => data.reportImplementation.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.reportImplementation.implementationReport).toMatchObject({ reportingBureauId: recordsOf(ctx).lower, toBureauId: recordsOf(ctx).higher }),
  }),
  reviewSupervision: write({
    doc: ReviewSupervisionDocument,
    // The administrator reviews the target's lower bureau from the higher one; staff review it as their own bureau.
    prepare: async (ctx) => ({ input: reviewInput(ctx.role === 'ADMIN' ? recordsOf(ctx).higher : null, recordsOf(ctx).lower) }),
    appended: (data) => data.reviewSupervision.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.reviewSupervision.supervisionReview).toMatchObject({ bureauId: recordsOf(ctx).higher, reviewedBureauId: recordsOf(ctx).lower, rating: 'GOOD' }),
  }),
};
