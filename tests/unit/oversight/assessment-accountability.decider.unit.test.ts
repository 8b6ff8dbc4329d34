import { assessmentDecider, type RecordAssessment } from '../../../src/domain/oversight/assessment.decider';
import type { AssessmentRecorded } from '../../../src/domain/oversight/assessment.events';
import {
  implementationReportDecider,
  supervisionReviewDecider,
  type ReportImplementation,
  type ReviewSupervision,
} from '../../../src/domain/oversight/accountability.decider';
import type { ImplementationReported, SupervisionReviewed } from '../../../src/domain/oversight/accountability.events';
import { ConflictError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { bureau, DAY, newCode, NO_BUREAU, supervised, view } from './oversight.fixture';

describe('assessment decider', () => {
  const unitId = newCode();
  const spec = DeciderSpecification.for(assessmentDecider, { bureau: bureau('330100'), units: view(supervised(unitId, '330106')) });
  const record = (data: Partial<RecordAssessment['data']> = {}): RecordAssessment => ({
    type: 'RecordAssessment',
    data: { assessmentId: 'as-1', bureauId: '330100', unitId, day: DAY, kind: 'CERTIFICATION', scheme: '数字档案室示范单位', grade: '示范级', validUntil: '2028-03-09', note: null, ...data },
  });
  const recorded: AssessmentRecorded = {
    type: 'AssessmentRecorded',
    data: { assessmentId: 'as-1', bureauId: '330100', unitId, regionCode: '330106', day: DAY, kind: 'CERTIFICATION', scheme: '数字档案室示范单位', grade: '示范级', validUntil: '2028-03-09', note: null },
  };

  it('records a certification of a unit supervised below the bureau, with its validity', () => {
    spec.given([]).when(record()).then([recorded]);
    spec.given([]).when(record({ validUntil: null })).then([{ ...recorded, data: { ...recorded.data, validUntil: null } }]);
  });

  it('needs validity after the day, a scheme and a grade, a known kind, a unit in the region, and a new id', () => {
    spec.given([]).when(record({ validUntil: DAY })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'VALIDITY_BEFORE_ASSESSMENT', field: 'validUntil' });
    spec.given([]).when(record({ validUntil: '2028-02-30' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE', field: 'validUntil' });
    spec.given([]).when(record({ scheme: ' ' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'scheme' });
    spec.given([]).when(record({ grade: '' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'grade' });
    spec.given([]).when(record({ kind: 'PRIZE' as never })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_KIND', field: 'kind' });
    spec.given([]).when(record({ bureauId: '330110' }), { bureau: bureau('330110'), units: view(supervised(unitId, '330106')) }).thenThrows(RuleViolation, {
      code: 'BAD_USER_INPUT',
      reason: 'UNIT_NOT_IN_BUREAU_REGION',
    });
    spec.given([recorded]).when(record()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'ASSESSMENT_EXISTS' });
  });
});

describe('implementation report decider', () => {
  const spec = DeciderSpecification.for(implementationReportDecider, { lower: bureau('330106'), higher: bureau('330100') });
  const report = (data: Partial<ReportImplementation['data']> = {}): ReportImplementation => ({
    type: 'ReportImplementation',
    data: { reportId: 'ir-1', reportingBureauId: '330106', toBureauId: '330100', day: DAY, period: { from: '2024-01-01', to: '2024-12-31' }, summary: '全年检查单位86家', figures: { inspected: 86 }, ...data },
  });
  const reported: ImplementationReported = {
    type: 'ImplementationReported',
    data: { reportId: 'ir-1', reportingBureauId: '330106', bureauId: '330100', day: DAY, period: { from: '2024-01-01', to: '2024-12-31' }, summary: '全年检查单位86家', figures: { inspected: 86 } },
  };

  it('reports up to a bureau above, naming the reporting bureau and the one reported to', () => {
    spec.given([]).when(report()).then([reported]);
    spec.given([]).when(report({ toBureauId: '330000' }), { lower: bureau('330106'), higher: bureau('330000') }).then([{ ...reported, data: { ...reported.data, bureauId: '330000' } }]);
  });

  it('refuses a bureau that is not above, or does not exist', () => {
    spec.given([]).when(report({ toBureauId: '330110' }), { lower: bureau('330106'), higher: bureau('330110') }).thenThrows(ValidationError, {
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_HIGHER_BUREAU',
      field: 'toBureauId',
    });
    spec.given([]).when(report({ toBureauId: '330106' }), { lower: bureau('330106'), higher: bureau('330106') }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'NOT_A_HIGHER_BUREAU' });
    spec.given([]).when(report(), { lower: bureau('330106'), higher: NO_BUREAU }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU', field: 'toBureauId' });
  });

  it('needs a finished period, a summary, figures as a bounded object, and a new id', () => {
    spec.given([]).when(report({ period: { from: '2025-01-01', to: '2025-12-31' } })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'PERIOD_NOT_OVER' });
    spec.given([]).when(report({ summary: '' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'summary' });
    spec.given([]).when(report({ figures: [1, 2] as never })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_FIGURES', field: 'figures' });
    spec.given([]).when(report({ figures: { text: 'x'.repeat(20_001) } })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'figures' });
    spec.given([reported]).when(report()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'IMPLEMENTATION_REPORT_EXISTS' });
  });
});

describe('supervision review decider', () => {
  const spec = DeciderSpecification.for(supervisionReviewDecider, { lower: bureau('330106'), higher: bureau('330000') });
  const review = (data: Partial<ReviewSupervision['data']> = {}): ReviewSupervision => ({
    type: 'ReviewSupervision',
    data: { reviewId: 'rv-1', bureauId: '330000', reviewedBureauId: '330106', day: DAY, period: { from: '2023-01-01', to: '2024-12-31' }, rating: 'PASS', findings: '两年周期覆盖率92%', ...data },
  });
  const reviewed: SupervisionReviewed = {
    type: 'SupervisionReviewed',
    data: { reviewId: 'rv-1', bureauId: '330000', reviewedBureauId: '330106', day: DAY, period: { from: '2023-01-01', to: '2024-12-31' }, rating: 'PASS', findings: '两年周期覆盖率92%' },
  };

  it('lets an ancestor bureau by region review a lower one', () => {
    spec.given([]).when(review()).then([reviewed]);
  });

  it('refuses a review of a bureau that is not below the reviewer (a sibling, itself, one above)', () => {
    for (const [reviewer, reviewedId] of [['330106', '330110'], ['330106', '330106'], ['330106', '330100'], ['330000', '410000']] as const) {
      spec.given([]).when(review({ bureauId: reviewer, reviewedBureauId: reviewedId }), { lower: bureau(reviewedId), higher: bureau(reviewer) }).thenThrows(ValidationError, {
        code: 'BAD_USER_INPUT',
        reason: 'NOT_A_LOWER_BUREAU',
        field: 'reviewedBureauId',
      });
    }
  });

  it('needs both bureaus established, a known rating, findings, and a new id', () => {
    spec.given([]).when(review(), { lower: NO_BUREAU, higher: bureau('330000') }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU', field: 'reviewedBureauId' });
    spec.given([]).when(review({ rating: 'SUPERB' as never })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_RATING', field: 'rating' });
    spec.given([]).when(review({ findings: ' ' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'findings' });
    spec.given([reviewed]).when(review()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'SUPERVISION_REVIEW_EXISTS' });
  });
});
