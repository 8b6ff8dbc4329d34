import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { countInspections, findInspections } from '../../../projections/inspection/inspection.queries';
import { INSPECTIONS, type InspectionDoc } from '../../../projections/inspection/inspections.projection';
import type { UnitDoc } from '../../../projections/units/units.projection';
import type { CommandResult } from '../../application/command-handler';
import { canReadUnit } from '../../auth/scope';
import type { InspectionRecord } from '../../domain/inspection/inspection.commands';
import { resultsWithFindingIds, type InspectionItemOutcome as RecordedItemOutcome } from '../../domain/inspection/inspection.events';
import { dayOf, requireDay } from '../../domain/shared/day';
import { ValidationError } from '../../domain/shared/errors';
import type { Context } from '../context';
import { actFields } from '../registry/payload.type';
import { Unit } from '../registry/unit.type';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import {
  CorrectInspectionRecordInput,
  EvidenceRefInput,
  FindingInput,
  InspectionFilterInput,
  InspectorInput,
  ItemOutcomeInput,
  RecordInspectionInput,
  WithdrawInspectionInput,
} from './inspection.input';
import { canReadInspection, toInspectionFilter } from './inspection.scope';
import { Inspection, InspectionConnection, InspectionItemOutcome } from './inspection.type';
import { InspectionPayload } from './payload.type';

const INSPECTION_CURSOR = 'inspection';

const inspectors = (list: readonly InspectorInput[]) => list.map((p) => ({ personId: p.personId, name: p.name, credentialNumber: p.credentialNumber ?? null }));
const results = (list: readonly ItemOutcomeInput[]) => list.map((r) => ({ itemCode: r.itemCode.trim(), result: r.result, note: r.note ?? null }));
const findings = (list: readonly FindingInput[]) =>
  list.map((f) => ({ findingId: f.findingId ?? '', itemCode: f.itemCode.trim(), severity: f.severity, description: f.description, legalBasis: f.legalBasis ?? null }));
const evidence = (list: readonly EvidenceRefInput[]) => list.map((e) => ({ kind: e.kind, value: e.value }));

/** Start of a day in China (UTC+8), as an instant. */
const startOfDay = (day: string): Date => new Date(`${day}T00:00:00+08:00`);

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized(RECORD_READERS)
  @Query(() => InspectionConnection, { description: 'Inspections, newest day first, filtered, within your scope' })
  async inspections(
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilterInput, { nullable: true }) filter?: InspectionFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<InspectionConnection> {
    const size = pageSize(first);
    const inspectionFilter = toInspectionFilter(ctx, filter);
    if (inspectionFilter === null) return { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const key = decodeCursor(INSPECTION_CURSOR, after);
    const [day, id] = key === undefined ? [] : key.split('|');
    const [rows, totalCount] = await Promise.all([
      findInspections(ctx.readStore, inspectionFilter, size + 1, day !== undefined && id !== undefined ? { day, id } : undefined),
      countInspections(ctx.readStore, inspectionFilter),
    ]);
    const cursorOf = (row: InspectionDoc) => encodeCursor(INSPECTION_CURSOR, `${row.day}|${row._id}`);
    const page = toPage(rows, size, cursorOf);
    return {
      nodes: page.nodes as Inspection[],
      edges: page.nodes.map((node) => ({ node: node as Inspection, cursor: cursorOf(node) })),
      pageInfo: page.pageInfo,
      totalCount,
    };
  }

  @Authorized(RECORD_READERS)
  @Query(() => Inspection, { nullable: true, description: 'An inspection (null when unknown or outside your scope)' })
  async inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InspectionDoc | null> {
    const doc = await ctx.readStore.get<InspectionDoc>(INSPECTIONS, id.trim());
    return doc && canReadInspection(ctx, doc) ? doc : null;
  }

  /**
   * The read model stores each result's findingIds (InspectionConducted version 2, older events upcast); a document
   * written by an older server and not yet rebuilt lacks them, and gets them derived from its findings here.
   */
  @FieldResolver(() => [InspectionItemOutcome])
  results(@Root() inspection: InspectionDoc): RecordedItemOutcome[] {
    const results = inspection.results as Partial<RecordedItemOutcome>[];
    return results.every((r) => Array.isArray(r.findingIds)) ? inspection.results : resultsWithFindingIds(inspection.results, inspection.findings);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit as it stands now (null when outside your scope)' })
  async unit(@Root() inspection: InspectionDoc, @Ctx() ctx: Context): Promise<UnitDoc | null> {
    const unit = await ctx.loaders.unit.load(inspection.unitId);
    return unit && canReadUnit(ctx.scope, unit) ? unit : null;
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPayload, { description: 'Record an inspection with its results, findings and evidence (InspectionConducted)' })
  async recordInspection(@Arg('input') input: RecordInspectionInput, @Ctx() ctx: Context): Promise<InspectionPayload> {
    const day = requireDay(input.day.trim(), 'day');
    // The act happened on its day: business time defaults to the start of that day, and may not contradict it.
    if (input.occurredAt && dayOf(input.occurredAt.toISOString()) !== day) {
      throw new ValidationError(`occurredAt does not fall on the day ${day} (China time)`, 'occurredAt', 'DAY_MISMATCH');
    }
    const metadata = commandMetadata(ctx, { ...input, occurredAt: input.occurredAt ?? startOfDay(day) });
    const result = await ctx.inspections.recordInspection(
      {
        bureauId: input.bureauId ?? null,
        unitId: input.unitId,
        planId: input.planId ?? null,
        kind: input.kind,
        checklist: { checklistId: input.checklistId.trim(), version: input.checklistVersion },
        day,
        inspectors: inspectors(input.inspectors),
        results: results(input.results),
        findings: findings(input.findings ?? []),
        conclusion: input.conclusion,
        evidence: evidence(input.evidence ?? []),
      },
      metadata,
    );
    return inspectionPayload(ctx, result);
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPayload, { description: 'Correct the record, with a reason; the original stays in the history (InspectionRecordCorrected)' })
  async correctInspectionRecord(@Arg('input') input: CorrectInspectionRecordInput, @Ctx() ctx: Context): Promise<InspectionPayload> {
    const changes: Partial<InspectionRecord> = {
      ...(input.day != null && { day: input.day.trim() }),
      ...(input.inspectors != null && { inspectors: inspectors(input.inspectors) }),
      ...(input.results != null && { results: results(input.results) }),
      ...(input.findings != null && { findings: findings(input.findings) }),
      ...(input.conclusion != null && { conclusion: input.conclusion }),
      ...(input.evidence != null && { evidence: evidence(input.evidence) }),
    };
    const data = { inspectionId: input.inspectionId, reason: input.reason, changes };
    return inspectionPayload(ctx, await ctx.inspections.correctInspectionRecord(data, commandMetadata(ctx, input)));
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPayload, { description: 'Withdraw the record, with a reason; it counts for nothing and stays in the history (InspectionWithdrawn)' })
  async withdrawInspection(@Arg('input') input: WithdrawInspectionInput, @Ctx() ctx: Context): Promise<InspectionPayload> {
    const data = { inspectionId: input.inspectionId, reason: input.reason };
    return inspectionPayload(ctx, await ctx.inspections.withdrawInspection(data, commandMetadata(ctx, input)));
  }
}

/** The record as the read model shows it after the act (its stream is named by the inspection id). */
async function inspectionPayload(ctx: Context, result: CommandResult): Promise<InspectionPayload> {
  const inspectionId = result.streamId.replace(/^inspection-/, '');
  const doc = await ctx.readStore.get<InspectionDoc>(INSPECTIONS, inspectionId);
  return { ...actFields(result), inspection: doc as Inspection | null };
}
