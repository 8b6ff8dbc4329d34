import type { CommandMetadata } from './command-handler';
import { authorizeBureauAct } from './oversight.policy';
import type { Input, OversightService, RecordResult } from './oversight.service';
import { dayOf } from '../domain/shared/day';
import {
  implementationReportDecider,
  supervisionReviewDecider,
  type ReportImplementation,
  type ReviewSupervision,
} from '../domain/oversight/accountability.decider';
import { implementationReportStreamId, supervisionReviewStreamId } from '../domain/oversight/accountability.events';

/** Accountability between bureaus: a lower bureau reports up; a higher bureau reviews a lower one. */
export function accountabilityCommands(service: OversightService) {
  return {
    async reportImplementation(input: Input<ReportImplementation, 'reportId'>, metadata: CommandMetadata): Promise<RecordResult> {
      authorizeBureauAct(metadata.actor, input.reportingBureauId, 'reportingBureauId');
      const day = dayOf(metadata.occurredAt);
      return service.create('implementation-report', metadata, (reportId) =>
        service.run(implementationReportStreamId(reportId), implementationReportDecider, { type: 'ReportImplementation', data: { ...input, reportId, day } }, metadata, async () => ({
          lower: await service.reader.bureau(input.reportingBureauId),
          higher: await service.reader.bureau(input.toBureauId),
        })),
      );
    },

    async reviewSupervision(input: Input<ReviewSupervision, 'reviewId'>, metadata: CommandMetadata): Promise<RecordResult> {
      authorizeBureauAct(metadata.actor, input.bureauId);
      const day = dayOf(metadata.occurredAt);
      return service.create('supervision-review', metadata, (reviewId) =>
        service.run(supervisionReviewStreamId(reviewId), supervisionReviewDecider, { type: 'ReviewSupervision', data: { ...input, reviewId, day } }, metadata, async () => ({
          lower: await service.reader.bureau(input.reviewedBureauId),
          higher: await service.reader.bureau(input.bureauId),
        })),
      );
    },
  };
}
