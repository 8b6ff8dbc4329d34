import { randomBytes } from 'node:crypto';
import { checklistDecider } from '../domain/checklist/checklist.decider';
import { SHIPPED_CHECKLISTS } from '../domain/checklist/shipped';
import type { InspectionCommand, InspectionRecord } from '../domain/inspection/inspection.commands';
import { inspectionDecider, type InspectionContext } from '../domain/inspection/inspection.decider';
import { checklistStreamId, inspectionStreamId, planStreamId, type ChecklistRef } from '../domain/inspection/inspection.events';
import { INSPECTION_SCHEMA_VERSIONS, type InspectionAreaEvent } from '../domain/inspection/inspection.schema-versions';
import type { InspectionState } from '../domain/inspection/inspection.state';
import type { DrawInspectionPlan, PlanCommand, PlanInspections, PoolUnit } from '../domain/inspection/plan.commands';
import { emptyPlanContext, planDecider, type PlanContext } from '../domain/inspection/plan.decider';
import type { PlanState } from '../domain/inspection/plan.state';
import { normaliseCreditCode } from '../domain/shared/credit-code';
import { isDay, dayOf, type Day } from '../domain/shared/day';
import { NotFoundError } from '../domain/shared/errors';
import { uuidv7 } from '../domain/shared/uuid';
import type { InspectionKind } from '../domain/supervision/common';
import type { EventStore } from '../eventstore/port';
import { handleCommand, type CommandMetadata, type CommandResult } from './command-handler';
import { currentRegion, InspectionFactsLoader, newRecordId } from './inspection.loading';
import { actingBureau, authorizeOwnRecord, authorizeUnitVisible } from './inspection.policy';

const schemaVersionOf = (type: InspectionAreaEvent['type']): number => INSPECTION_SCHEMA_VERSIONS[type];

/** The units a draw may pick from: active in the bureau's scope on `day` (read from the units read model). */
export type DrawPoolSource = (bureauId: string, day: Day) => Promise<PoolUnit[]>;

type NewPlan<C extends PlanInspections | DrawInspectionPlan> = Omit<C['data'], 'planId' | 'bureauId'> & { bureauId: string | null };
export type PlanInspectionsInput = NewPlan<PlanInspections>;
/** A draw: the seed may be given (a commitment to it published earlier); otherwise the service makes one. */
export type DrawInspectionPlanInput = Omit<NewPlan<DrawInspectionPlan>, 'pool' | 'seed'> & { seed: string | null };

export type RecordInspectionInput = InspectionRecord & {
  bureauId: string | null;
  unitId: string;
  planId: string | null;
  kind: InspectionKind;
  checklist: ChecklistRef;
};

/** A finding without an id is a new one: it gets a fresh id (pass the id to keep a finding's identity in a correction). */
function withFindingIds<T extends Partial<InspectionRecord>>(record: T): T {
  if (!record.findings) return record;
  return { ...record, findings: record.findings.map((f) => ({ ...f, findingId: f.findingId?.trim() ? f.findingId.trim() : uuidv7() })) };
}

/**
 * Checklists, inspection plans (listed or drawn at random), inspections, their corrections and withdrawals. Each use
 * case authorizes, loads what the decider needs, lets it judge, and appends.
 */
export class InspectionService {
  private readonly facts: InspectionFactsLoader;

  constructor(
    readonly store: EventStore,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.facts = new InspectionFactsLoader(store);
  }

  /**
   * Publishes the checklist versions the product ships, once: each with its fixed event id, so a second start
   * appends nothing (the store is idempotent by event id), and a shipped version edited in code fails loudly.
   */
  async seedReferenceData(): Promise<void> {
    for (const shipped of SHIPPED_CHECKLISTS) {
      const [event] = checklistDecider.decide({ type: 'PublishChecklistVersion', data: shipped.checklist }, checklistDecider.initialState(), undefined);
      if (!event) continue;
      await this.store.appendToStream(
        checklistStreamId(shipped.checklist.checklistId, shipped.checklist.version),
        [
          {
            id: shipped.eventId,
            type: event.type,
            data: event.data,
            schemaVersion: schemaVersionOf(event.type),
            metadata: { actor: { id: 'system', role: 'SYSTEM' }, occurredAt: shipped.occurredAt, correlationId: 'seed-reference-data', causationId: null, idempotencyKey: null },
          },
        ],
        { expectedRevision: 'any' },
      );
    }
  }

  async planInspections(input: PlanInspectionsInput, metadata: CommandMetadata): Promise<CommandResult> {
    const bureauId = actingBureau(metadata.actor, input.bureauId);
    const unitIds = input.unitIds.map(normaliseCreditCode);
    const command: PlanInspections = {
      type: 'PlanInspections',
      data: {
        ...input,
        planId: newRecordId('plan', metadata),
        bureauId,
        unitIds,
        assignments: input.assignments?.map((a) => ({ ...a, unitId: normaliseCreditCode(a.unitId) })) ?? null,
      },
    };
    return this.plan(command, metadata, async () => {
      const facts = await Promise.all(
        [...new Set(unitIds)].map(async (id) => {
          const unit = await this.facts.unit(id);
          // Unknown and out of scope look alike: a listed target never reveals a unit beyond the actor's scope.
          if (!unit) throw new NotFoundError(`Unit ${id} is not registered`, 'UNIT_NOT_FOUND', { unitId: id });
          authorizeUnitVisible(metadata.actor, currentRegion(unit));
          return [id, unit] as const;
        }),
      );
      return { ...(await this.newPlanContext(bureauId, input.checklist)), units: Object.fromEntries(facts) };
    });
  }

  async drawInspectionPlan(input: DrawInspectionPlanInput, metadata: CommandMetadata, poolOf: DrawPoolSource): Promise<CommandResult> {
    const bureauId = actingBureau(metadata.actor, input.bureauId);
    // The pool as the register stands now, recorded exactly in the event (an invalid day is refused by the decider).
    const pool = isDay(input.period.from) ? await poolOf(bureauId, input.period.from) : [];
    const data: DrawInspectionPlan['data'] = {
      ...input,
      planId: newRecordId('plan', metadata),
      bureauId,
      // Unpredictable unless the caller committed to one: 256 bits from the operating system.
      seed: input.seed ?? randomBytes(32).toString('hex'),
      pool,
    };
    return this.plan({ type: 'DrawInspectionPlan', data }, metadata, () => this.newPlanContext(bureauId, input.checklist));
  }

  async recuseInspector(data: { planId: string; unitId: string; inspectorId: string; reason: string }, metadata: CommandMetadata): Promise<CommandResult> {
    return this.actOnPlan({ type: 'RecuseInspector', data: { ...data, unitId: normaliseCreditCode(data.unitId), inspectorId: data.inspectorId.trim() } }, metadata);
  }

  async completeInspectionPlan(data: { planId: string; note: string | null }, metadata: CommandMetadata): Promise<CommandResult> {
    return this.actOnPlan({ type: 'CompleteInspectionPlan', data }, metadata);
  }

  async cancelInspectionPlan(data: { planId: string; reason: string }, metadata: CommandMetadata): Promise<CommandResult> {
    return this.actOnPlan({ type: 'CancelInspectionPlan', data }, metadata);
  }

  async recordInspection(input: RecordInspectionInput, metadata: CommandMetadata): Promise<CommandResult> {
    const bureauId = actingBureau(metadata.actor, input.bureauId);
    const unitId = normaliseCreditCode(input.unitId);
    const planId = input.planId?.trim() || null;
    const command: InspectionCommand = {
      type: 'RecordInspection',
      data: { ...withFindingIds(input), inspectionId: newRecordId('inspection', metadata), bureauId, unitId, planId },
    };
    return this.inspection(command, metadata, async () => {
      const unit = await this.facts.unit(unitId);
      authorizeUnitVisible(metadata.actor, currentRegion(unit));
      const [checklist, plan] = await Promise.all([this.facts.checklist(input.checklist), planId ? this.facts.plan(planId) : null]);
      return { unit, checklist, plan, today: this.today() };
    });
  }

  async correctInspectionRecord(
    data: { inspectionId: string; reason: string; changes: Partial<InspectionRecord> },
    metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.actOnInspection({ type: 'CorrectInspectionRecord', data: { ...data, changes: withFindingIds(data.changes) } }, metadata);
  }

  async withdrawInspection(data: { inspectionId: string; reason: string }, metadata: CommandMetadata): Promise<CommandResult> {
    return this.actOnInspection({ type: 'WithdrawInspection', data }, metadata);
  }

  private today(): Day {
    return dayOf(this.clock().toISOString());
  }

  private async newPlanContext(bureauId: string, checklist: ChecklistRef): Promise<PlanContext> {
    const [bureauEstablished, published] = await Promise.all([this.facts.bureauEstablished(bureauId), this.facts.checklist(checklist)]);
    return { bureauEstablished, checklist: published, units: {} };
  }

  private plan(command: PlanCommand, metadata: CommandMetadata, loadContext: (state: PlanState) => Promise<PlanContext>): Promise<CommandResult> {
    return handleCommand({ store: this.store, streamId: planStreamId(command.data.planId), decider: planDecider, command, metadata, schemaVersionOf, loadContext });
  }

  private actOnPlan(command: PlanCommand, metadata: CommandMetadata): Promise<CommandResult> {
    const planId = command.data.planId.trim();
    const notFound = () => new NotFoundError(`Plan ${planId} does not exist`, 'PLAN_NOT_FOUND', { planId });
    return this.plan({ ...command, data: { ...command.data, planId } } as PlanCommand, metadata, async (state) => {
      authorizeOwnRecord(metadata.actor, bureauOf(state), notFound);
      return emptyPlanContext;
    });
  }

  private inspection(command: InspectionCommand, metadata: CommandMetadata, loadContext: (state: InspectionState) => Promise<InspectionContext>): Promise<CommandResult> {
    const streamId = inspectionStreamId(command.data.inspectionId);
    return handleCommand({ store: this.store, streamId, decider: inspectionDecider, command, metadata, schemaVersionOf, loadContext });
  }

  private actOnInspection(command: InspectionCommand, metadata: CommandMetadata): Promise<CommandResult> {
    const inspectionId = command.data.inspectionId.trim();
    const notFound = () => new NotFoundError(`Inspection ${inspectionId} does not exist`, 'INSPECTION_NOT_FOUND', { inspectionId });
    return this.inspection({ ...command, data: { ...command.data, inspectionId } } as InspectionCommand, metadata, async (state) => {
      const record = state.status === 'none' ? null : state.record;
      authorizeOwnRecord(metadata.actor, record?.bureauId ?? null, notFound);
      if (!record) return { unit: null, checklist: null, plan: null, today: this.today() };
      const [unit, checklist] = await Promise.all([this.facts.unit(record.unitId), this.facts.checklist(record.checklist)]);
      return { unit, checklist, plan: null, today: this.today() };
    });
  }
}

const bureauOf = (state: PlanState): string | null => (state.status === 'none' ? null : state.bureauId);
