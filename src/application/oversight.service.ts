import { accountabilityCommands } from './oversight.accountability';
import { handleCommand, type CommandMetadata, type CommandResult } from './command-handler';
import { newRecordId } from './oversight.ids';
import { OversightReader } from './oversight.context';
import { authorizeBureauAct, authorizeFollowUp, authorizeOnBehalf, authorizeSelfReportSubmission, requireBureauWriter } from './oversight.policy';
import { normaliseCreditCode } from '../domain/shared/credit-code';
import type { Decider } from '../domain/shared/decider';
import { dayOf } from '../domain/shared/day';
import { NotFoundError } from '../domain/shared/errors';
import type { Event } from '../domain/shared/event';
import { assessmentDecider, type RecordAssessment } from '../domain/oversight/assessment.decider';
import { assessmentStreamId } from '../domain/oversight/assessment.events';
import { bulletinDecider, type IssueBulletin, type WithdrawBulletin } from '../domain/oversight/bulletin.decider';
import { bulletinStreamId } from '../domain/oversight/bulletin.events';
import { guidanceDecider, type ProvideGuidance } from '../domain/oversight/guidance.decider';
import { guidanceStreamId } from '../domain/oversight/guidance.events';
import { OVERSIGHT_SCHEMA_VERSIONS, type OversightEvent } from '../domain/oversight/oversight.events';
import { selfReportDecider, type AcknowledgeSelfReport, type FlagSelfReport, type SubmitSelfReport } from '../domain/oversight/self-report.decider';
import { selfReportStreamId } from '../domain/oversight/self-report.events';
import { trainingDecider, type HoldTraining } from '../domain/oversight/training.decider';
import { trainingStreamId } from '../domain/oversight/training.events';
import { violationCaseDecider, type CloseViolationCase, type OpenViolationCase } from '../domain/oversight/violation-case.decider';
import { violationCaseStreamId } from '../domain/oversight/violation-case.events';
import type { EventStore } from '../eventstore/port';
import { leadCommands } from './oversight.leads';

/** What a creating act returns: the handler's result and the id of the record it created. */
export interface RecordResult extends CommandResult {
  recordId: string;
}

/** Input of a command: its data without what the service fills in (the record's id, the day of the act). */
export type Input<C extends { data: object }, Omitted extends string = never> = Omit<C['data'], 'day' | Omitted>;

/** A bureau's review of a self-report, as the caller gives it (the day is the act's). */
export type SelfReportReview =
  | { type: 'AcknowledgeSelfReport'; data: Input<AcknowledgeSelfReport> }
  | { type: 'FlagSelfReport'; data: Input<FlagSelfReport> };

const schemaVersionOf = (type: string): number => OVERSIGHT_SCHEMA_VERSIONS[type as OversightEvent['type']] ?? 1;
const unitIdsOf = (ids: readonly string[]) => ids.map(normaliseCreditCode);
const notFound = (reason: string, what: string) => () => new NotFoundError(`${what} does not exist`, reason);

/**
 * Guidance, self-reports, leads, bulletins, trainings, assessments, violation cases, implementation reports and
 * supervision reviews. Each act: authorise the role, load the record's stream and what the decision needs beyond it,
 * let the decider judge on the act's business day, append.
 */
export class OversightService {
  readonly reader: OversightReader;
  readonly leads: ReturnType<typeof leadCommands>;
  readonly accountability: ReturnType<typeof accountabilityCommands>;

  constructor(readonly store: EventStore) {
    this.reader = new OversightReader(store);
    this.leads = leadCommands(this);
    this.accountability = accountabilityCommands(this);
  }

  /** Load → decide → append, with the oversight area's schema versions. */
  run<State, Command, E extends Event, Context>(
    streamId: string,
    decider: Decider<State, Command, E, Context>,
    command: Command,
    metadata: CommandMetadata,
    loadContext: (state: State) => Promise<Context>,
  ): Promise<CommandResult> {
    return handleCommand({ store: this.store, streamId, decider, command, metadata, schemaVersionOf, loadContext });
  }

  async create(kind: string, metadata: CommandMetadata, act: (id: string) => Promise<CommandResult>): Promise<RecordResult> {
    const recordId = newRecordId(kind, metadata);
    return { ...(await act(recordId)), recordId };
  }

  async issueBulletin(input: Input<IssueBulletin, 'bulletinId'>, metadata: CommandMetadata): Promise<RecordResult> {
    authorizeBureauAct(metadata.actor, input.bureauId);
    const day = dayOf(metadata.occurredAt);
    const units = input.units.map((u) => ({ ...u, unitId: normaliseCreditCode(u.unitId) }));
    return this.create('bulletin', metadata, (bulletinId) =>
      this.run(bulletinStreamId(bulletinId), bulletinDecider, { type: 'IssueBulletin', data: { ...input, units, bulletinId, day } }, metadata, async () => ({
        bureau: await this.reader.bureau(input.bureauId),
        units: await this.reader.unitsOnDay(units.map((u) => u.unitId), day, metadata.actor),
      })),
    );
  }

  async withdrawBulletin(input: Input<WithdrawBulletin>, metadata: CommandMetadata): Promise<CommandResult> {
    requireBureauWriter(metadata.actor);
    const command: WithdrawBulletin = { type: 'WithdrawBulletin', data: { ...input, day: dayOf(metadata.occurredAt) } };
    return this.run(bulletinStreamId(input.bulletinId), bulletinDecider, command, metadata, async (state) => {
      if (state.status !== 'none') authorizeFollowUp(metadata.actor, state.bureauId, notFound('BULLETIN_NOT_FOUND', 'The bulletin'));
      return { bureau: null, units: {} };
    });
  }

  async holdTraining(input: Input<HoldTraining, 'trainingId'>, metadata: CommandMetadata): Promise<RecordResult> {
    authorizeBureauAct(metadata.actor, input.bureauId);
    const day = dayOf(metadata.occurredAt);
    const attendees = input.attendees.map((a) => ({ ...a, unitId: normaliseCreditCode(a.unitId) }));
    return this.create('training', metadata, (trainingId) =>
      this.run(trainingStreamId(trainingId), trainingDecider, { type: 'HoldTraining', data: { ...input, attendees, trainingId, day } }, metadata, async () => ({
        bureau: await this.reader.bureau(input.bureauId),
        units: await this.reader.unitsOnDay(attendees.map((a) => a.unitId), day, metadata.actor),
      })),
    );
  }

  async provideGuidance(input: Input<ProvideGuidance, 'guidanceId'>, metadata: CommandMetadata): Promise<RecordResult> {
    authorizeBureauAct(metadata.actor, input.bureauId);
    const day = dayOf(metadata.occurredAt);
    const data = {
      ...input,
      unitIds: unitIdsOf(input.unitIds),
      archivistsMet: input.archivistsMet.map((a) => ({ ...a, unitId: normaliseCreditCode(a.unitId) })),
      difficulties: input.difficulties.map((x) => ({ ...x, unitId: normaliseCreditCode(x.unitId) })),
      day,
    };
    return this.create('guidance', metadata, (guidanceId) =>
      this.run(guidanceStreamId(guidanceId), guidanceDecider, { type: 'ProvideGuidance', data: { ...data, guidanceId } }, metadata, async () => ({
        bureau: await this.reader.bureau(input.bureauId),
        units: await this.reader.unitsOnDay(data.unitIds, day, metadata.actor),
      })),
    );
  }

  async submitSelfReport(input: Input<SubmitSelfReport, 'reportId'>, metadata: CommandMetadata): Promise<RecordResult> {
    const unitId = normaliseCreditCode(input.unitId);
    authorizeSelfReportSubmission(metadata.actor, unitId);
    const day = dayOf(metadata.occurredAt);
    return this.create('self-report', metadata, (reportId) =>
      this.run(selfReportStreamId(reportId), selfReportDecider, { type: 'SubmitSelfReport', data: { ...input, unitId, reportId, day } }, metadata, async () => {
        const units = await this.reader.unitsOnDay([unitId], day, metadata.actor);
        if (units[unitId]?.firstRegisteredOn) authorizeOnBehalf(metadata.actor, units[unitId]?.supervisorBureauId ?? null);
        return { units, checklist: await this.reader.checklist(input.checklist) };
      }),
    );
  }

  async reviewSelfReport(command: SelfReportReview, metadata: CommandMetadata): Promise<CommandResult> {
    requireBureauWriter(metadata.actor);
    const dayed = { ...command, data: { ...command.data, day: dayOf(metadata.occurredAt) } } as AcknowledgeSelfReport | FlagSelfReport;
    return this.run(selfReportStreamId(command.data.reportId), selfReportDecider, dayed, metadata, async (state) => {
      if (state.status !== 'none') authorizeFollowUp(metadata.actor, state.bureauId, notFound('SELF_REPORT_NOT_FOUND', 'The self-report'));
      return { units: {}, checklist: null };
    });
  }

  async recordAssessment(input: Input<RecordAssessment, 'assessmentId'>, metadata: CommandMetadata): Promise<RecordResult> {
    authorizeBureauAct(metadata.actor, input.bureauId);
    const day = dayOf(metadata.occurredAt);
    const unitId = normaliseCreditCode(input.unitId);
    return this.create('assessment', metadata, (assessmentId) =>
      this.run(assessmentStreamId(assessmentId), assessmentDecider, { type: 'RecordAssessment', data: { ...input, unitId, assessmentId, day } }, metadata, async () => ({
        bureau: await this.reader.bureau(input.bureauId),
        units: await this.reader.unitsOnDay([unitId], day, metadata.actor),
      })),
    );
  }

  async openViolationCase(input: Input<OpenViolationCase, 'caseId'>, metadata: CommandMetadata): Promise<RecordResult> {
    authorizeBureauAct(metadata.actor, input.bureauId);
    const day = dayOf(metadata.occurredAt);
    const unitId = normaliseCreditCode(input.unitId);
    const origin = input.origin;
    return this.create('violation-case', metadata, (caseId) =>
      this.run(violationCaseStreamId(caseId), violationCaseDecider, { type: 'OpenViolationCase', data: { ...input, unitId, caseId, day } }, metadata, async () => ({
        bureau: await this.reader.bureau(input.bureauId),
        units: await this.reader.unitsOnDay([unitId], day, metadata.actor),
        lead: origin.kind === 'LEAD' ? await this.reader.leadOrigin(origin.leadId) : null,
        inspection: origin.kind === 'INSPECTION' ? await this.reader.inspectionOrigin(origin.inspectionId) : null,
      })),
    );
  }

  async closeViolationCase(input: Input<CloseViolationCase>, metadata: CommandMetadata): Promise<CommandResult> {
    requireBureauWriter(metadata.actor);
    const command: CloseViolationCase = { type: 'CloseViolationCase', data: { ...input, day: dayOf(metadata.occurredAt) } };
    return this.run(violationCaseStreamId(input.caseId), violationCaseDecider, command, metadata, async (state) => {
      if (state.status !== 'none') authorizeFollowUp(metadata.actor, state.bureauId, notFound('CASE_NOT_FOUND', 'The case'));
      return { bureau: null, units: {}, lead: null, inspection: null };
    });
  }
}
