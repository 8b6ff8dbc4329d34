import { registerEnumType } from 'type-graphql';
import { REVIEW_RATINGS } from '../../domain/oversight/accountability.events';
import { ASSESSMENT_KINDS } from '../../domain/oversight/assessment.events';
import { BULLETIN_KINDS } from '../../domain/oversight/bulletin.events';
import { GUIDANCE_FORMS } from '../../domain/oversight/guidance.events';
import { LEAD_OUTCOMES, LEAD_SOURCES, RECOMMENDATION_RECIPIENTS } from '../../domain/oversight/lead.events';
import { PENALISED_PARTIES } from '../../domain/oversight/limits';
import { TRAINING_TOPICS } from '../../domain/oversight/training.events';
import { CASE_OUTCOMES } from '../../domain/oversight/violation-case.events';
import { ITEM_RESULTS } from '../../domain/supervision/common';
import { ACT_KINDS } from '../../../projections/oversight/acts.model';

/** GraphQL enums mirror the domain's string unions, value for value. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const GuidanceFormEnum = enumOf(GUIDANCE_FORMS);
export const SelfAssessmentResultEnum = enumOf(ITEM_RESULTS);
export const SelfReportStatusEnum = enumOf(['SUBMITTED', 'ACKNOWLEDGED', 'FLAGGED'] as const);
export const LeadSourceEnum = enumOf(LEAD_SOURCES);
export const RecommendationRecipientEnum = enumOf(RECOMMENDATION_RECIPIENTS);
export const LeadOutcomeEnum = enumOf(LEAD_OUTCOMES);
export const LeadStatusEnum = enumOf(['RECEIVED', 'INVESTIGATED', 'RECOMMENDATION_SENT', 'REPLY_RECEIVED', 'CLOSED'] as const);
export const BulletinKindEnum = enumOf(BULLETIN_KINDS);
export const BulletinStatusEnum = enumOf(['ISSUED', 'WITHDRAWN'] as const);
export const TrainingTopicEnum = enumOf(TRAINING_TOPICS);
export const AssessmentKindEnum = enumOf(ASSESSMENT_KINDS);
export const CaseOriginKindEnum = enumOf(['LEAD', 'INSPECTION'] as const);
export const CaseOutcomeEnum = enumOf(CASE_OUTCOMES);
export const CaseStatusEnum = enumOf(['OPEN', 'CLOSED'] as const);
export const PenalisedPartyEnum = enumOf(PENALISED_PARTIES);
export const ReviewRatingEnum = enumOf(REVIEW_RATINGS);
export const SupervisoryActKindEnum = enumOf(ACT_KINDS);

registerEnumType(GuidanceFormEnum, { name: 'GuidanceForm', description: '业务指导: a visit, a consultation, on-site help' });
registerEnumType(SelfAssessmentResultEnum, { name: 'SelfAssessmentResult', description: "A unit's own result for a checklist item" });
registerEnumType(SelfReportStatusEnum, { name: 'SelfReportStatus' });
registerEnumType(LeadSourceEnum, { name: 'LeadSource' });
registerEnumType(RecommendationRecipientEnum, { name: 'RecommendationRecipient', description: 'The responsible unit, or its employer or appointing body (实施条例§46)' });
registerEnumType(LeadOutcomeEnum, { name: 'LeadOutcome' });
registerEnumType(LeadStatusEnum, { name: 'LeadStatus' });
registerEnumType(BulletinKindEnum, { name: 'BulletinKind', description: '通报: commendation, criticism, typical case, general' });
registerEnumType(BulletinStatusEnum, { name: 'BulletinStatus' });
registerEnumType(TrainingTopicEnum, { name: 'TrainingTopic' });
registerEnumType(AssessmentKindEnum, { name: 'AssessmentKind', description: '考核, 认证, 认定' });
registerEnumType(CaseOriginKindEnum, { name: 'CaseOriginKind' });
registerEnumType(CaseOutcomeEnum, { name: 'CaseOutcome' });
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
registerEnumType(PenalisedPartyEnum, { name: 'PenalisedParty', description: '档案法§49: a unit, an individual, or an archive-service company' });
registerEnumType(ReviewRatingEnum, { name: 'ReviewRating' });
registerEnumType(SupervisoryActKindEnum, { name: 'SupervisoryActKind' });
