import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { canReadUnit, narrowRegionPrefix } from '../../auth/scope';
import type { CommandResult } from '../../application/command-handler';
import { normaliseCreditCode } from '../../domain/shared/credit-code';
import { ValidationError } from '../../domain/shared/errors';
import type { SelfReportDoc } from '../../../projections/oversight/acts.model';
import { countDiscrepancies, findDiscrepancies, type DiscrepancyFilter } from '../../../projections/oversight/discrepancies.queries';
import { requireActor } from '../actor';
import type { Context } from '../context';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import { listFor, pageOf, requireRegionPrefix } from './act-list';
import { emptyConnection, type Connection } from '../shared/connection';
import { payloadFields, recordDoc } from './payload';
import {
  AcknowledgeSelfReportInput,
  DiscrepancyFilterInput,
  FlagSelfReportInput,
  SelfReport,
  SelfReportConnection,
  SelfReportDiscrepancy,
  SelfReportDiscrepancyConnection,
  SelfReportFilterInput,
  SelfReportPayload,
  SubmitSelfReportInput,
  toDiscrepancy,
  toSelfReport,
} from './self-report.type';

const SELF_REPORTERS = [...WRITERS, 'UNIT_REPORTER' as const];
const DISCREPANCY_CURSOR = 'discrepancy';

async function payload(ctx: Context, result: CommandResult, reportId: string): Promise<SelfReportPayload> {
  const doc = await recordDoc<SelfReportDoc>(ctx, 'SELF_REPORT', reportId);
  return { ...payloadFields(result), selfReport: doc && toSelfReport(ctx, doc) };
}

/** The discrepancy filter within the caller's scope; null when nothing can match. */
async function discrepancyFilter(ctx: Context, input: DiscrepancyFilterInput | null | undefined): Promise<DiscrepancyFilter | null> {
  const scope = ctx.scope;
  const range = { ...(input?.from && { from: input.from }), ...(input?.to && { to: input.to }), ...(input?.bureauId && { bureauId: input.bureauId.trim() }) };
  const unitId = input?.unitId ? normaliseCreditCode(input.unitId) : scope.kind === 'unit' ? scope.unitId : undefined;
  const asked = requireRegionPrefix(input?.regionPrefix);
  if (unitId !== undefined) {
    const unit = await ctx.loaders.unit.load(unitId);
    if (!unit || !canReadUnit(scope, unit)) return null;
    return { ...range, unitId, ...(asked !== undefined && { regionPrefix: asked }) };
  }
  const prefix = narrowRegionPrefix(scope, asked);
  return prefix === null ? null : { ...range, ...(prefix !== undefined && { regionPrefix: prefix }) };
}

@Resolver(() => SelfReport)
export class SelfReportResolver {
  @Authorized(RECORD_READERS)
  @Query(() => SelfReportConnection, { description: 'Self-reports, newest first, within your scope' })
  async selfReports(
    @Ctx() ctx: Context,
    @Arg('filter', () => SelfReportFilterInput, { nullable: true }) filter?: SelfReportFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<SelfReport>> {
    const list = await listFor(ctx, 'SELF_REPORT', filter);
    return pageOf<SelfReportDoc, SelfReport>(ctx, list && { ...list, ...(filter?.status && { status: filter.status }) }, first, after, (doc) => toSelfReport(ctx, doc));
  }

  @Authorized(RECORD_READERS)
  @Query(() => SelfReportDiscrepancyConnection, {
    description: "Self-assessed COMPLIANT items that a later inspection found NON_COMPLIANT (the unit's latest self-report before the inspection), latest inspection first",
  })
  async selfReportDiscrepancies(
    @Ctx() ctx: Context,
    @Arg('filter', () => DiscrepancyFilterInput, { nullable: true }) filter?: DiscrepancyFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<SelfReportDiscrepancy>> {
    const size = pageSize(first);
    const cursor = decodeCursor(DISCREPANCY_CURSOR, after);
    const found = await discrepancyFilter(ctx, filter);
    if (found === null) return emptyConnection();
    const [day, id] = cursor === undefined ? [] : cursor.split('|');
    if (cursor !== undefined && (!day || !id)) throw new ValidationError('Invalid cursor', 'after', 'INVALID_CURSOR');
    const [rows, totalCount] = await Promise.all([
      findDiscrepancies(ctx.readStore, found, size + 1, day && id ? { day, id } : undefined),
      countDiscrepancies(ctx.readStore, found),
    ]);
    const cursorOf = (row: (typeof rows)[number]) => encodeCursor(DISCREPANCY_CURSOR, `${row.inspectionDay}|${row._id}`);
    const page = toPage(rows, size, cursorOf);
    const edges = page.nodes.map((row) => ({ cursor: cursorOf(row), node: toDiscrepancy(row) }));
    return { edges, nodes: edges.map((e) => e.node), pageInfo: page.pageInfo, totalCount };
  }

  @Authorized(SELF_REPORTERS)
  @Mutation(() => SelfReportPayload, { description: "Submit a unit's self-report against a checklist version (SelfReportSubmitted)" })
  async submitSelfReport(@Arg('input') input: SubmitSelfReportInput, @Ctx() ctx: Context): Promise<SelfReportPayload> {
    const unitId = input.unitId?.trim() || requireActor(ctx.actor).unitId;
    if (!unitId) throw new ValidationError('unitId is required', 'unitId', 'REQUIRED');
    const result = await ctx.oversight.submitSelfReport(
      {
        unitId,
        period: { from: input.period.from, to: input.period.to },
        checklist: { checklistId: input.checklistId.trim(), version: input.checklistVersion },
        results: input.results.map((r) => ({ itemCode: r.itemCode.trim(), result: r.result, note: r.note ?? null })),
        summary: input.summary ?? null,
      },
      commandMetadata(ctx, input),
    );
    return payload(ctx, result, result.recordId);
  }

  @Authorized(WRITERS)
  @Mutation(() => SelfReportPayload, { description: 'Acknowledge a self-report (SelfReportAcknowledged)' })
  async acknowledgeSelfReport(@Arg('input') input: AcknowledgeSelfReportInput, @Ctx() ctx: Context): Promise<SelfReportPayload> {
    const reportId = input.reportId.trim();
    const result = await ctx.oversight.reviewSelfReport({ type: 'AcknowledgeSelfReport', data: { reportId, note: input.note ?? null } }, commandMetadata(ctx, input));
    return payload(ctx, result, reportId);
  }

  @Authorized(WRITERS)
  @Mutation(() => SelfReportPayload, { description: 'Flag discrepancies in a self-report, also after acknowledging it (SelfReportFlagged)' })
  async flagSelfReport(@Arg('input') input: FlagSelfReportInput, @Ctx() ctx: Context): Promise<SelfReportPayload> {
    const reportId = input.reportId.trim();
    const discrepancies = input.discrepancies.map((d) => ({ itemCode: d.itemCode.trim(), note: d.note, inspectionId: d.inspectionId?.trim() || null }));
    const result = await ctx.oversight.reviewSelfReport({ type: 'FlagSelfReport', data: { reportId, reason: input.reason, discrepancies } }, commandMetadata(ctx, input));
    return payload(ctx, result, reportId);
  }
}
