import type { CommandMetadata, CommandResult } from './command-handler';
import { authorizeBureauAct, authorizeFollowUp, requireBureauWriter } from './oversight.policy';
import type { Input, OversightService, RecordResult } from './oversight.service';
import { normaliseCreditCode } from '../domain/shared/credit-code';
import { dayOf } from '../domain/shared/day';
import { NotFoundError } from '../domain/shared/errors';
import { leadDecider, type LeadCommand, type ReceiveLead } from '../domain/oversight/lead.decider';
import { leadStreamId } from '../domain/oversight/lead.events';

/** A step on an existing lead, as the caller gives it (the day is the act's). */
export type LeadStepInput = Exclude<LeadCommand, ReceiveLead> extends infer C
  ? C extends { type: infer T; data: infer D } ? { type: T; data: Omit<D, 'day'> } : never
  : never;

/** Leads (线索): received, then each further step on the lead's own stream. */
export function leadCommands(service: OversightService) {
  return {
    async receive(input: Input<ReceiveLead, 'leadId'>, metadata: CommandMetadata): Promise<RecordResult> {
      authorizeBureauAct(metadata.actor, input.bureauId);
      const day = dayOf(metadata.occurredAt);
      const unitIds = input.unitIds.map(normaliseCreditCode);
      return service.create('lead', metadata, (leadId) =>
        service.run(leadStreamId(leadId), leadDecider, { type: 'ReceiveLead', data: { ...input, unitIds, leadId, day } }, metadata, async () => ({
          bureau: await service.reader.bureau(input.bureauId),
          units: await service.reader.unitsOnDay(unitIds, day, metadata.actor),
          violationCase: null,
        })),
      );
    },

    async step(step: LeadStepInput, metadata: CommandMetadata): Promise<CommandResult> {
      requireBureauWriter(metadata.actor);
      const command = { ...step, data: { ...step.data, day: dayOf(metadata.occurredAt) } } as LeadCommand;
      const caseId = command.type === 'CloseLead' ? command.data.caseId : null;
      return service.run(leadStreamId(step.data.leadId), leadDecider, command, metadata, async (state) => {
        if (state.status !== 'none') {
          authorizeFollowUp(metadata.actor, state.bureauId, () => new NotFoundError('The lead does not exist', 'LEAD_NOT_FOUND'));
        }
        return { bureau: null, units: {}, violationCase: caseId ? await service.reader.caseRef(caseId) : null };
      });
    },
  };
}
