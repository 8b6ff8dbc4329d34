import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ForbiddenError } from '../../domain/shared/errors';
import { ACT_KINDS, type ImplementationReportDoc, type SupervisionReviewDoc } from '../../../projections/oversight/acts.model';
import { countActsByKind } from '../../../projections/oversight/acts.queries';
import type { Context } from '../context';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { listFor, pageOf } from './act-list';
import {
  AccountabilityFilterInput,
  ImplementationReport,
  ImplementationReportConnection,
  ImplementationReportPayload,
  ReportImplementationInput,
  ReviewSupervisionInput,
  SupervisionReview,
  SupervisionReviewConnection,
  SupervisionReviewPayload,
  SupervisoryActivity,
  toImplementationReport,
  toSupervisionReview,
} from './accountability.type';
import type { Connection } from '../shared/connection';
import { actingBureau, payloadFields, recordDoc } from './payload';

/** Accountability between bureaus, and activity figures over every kind of record. */
@Resolver()
export class AccountabilityResolver {
  @Authorized(RECORD_READERS)
  @Query(() => ImplementationReportConnection, { description: 'Implementation reports, newest first, within your scope (by the reporting or the receiving bureau)' })
  async implementationReports(
    @Ctx() ctx: Context,
    @Arg('filter', () => AccountabilityFilterInput, { nullable: true }) filter?: AccountabilityFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<ImplementationReport>> {
    return pageOf(ctx, await listFor(ctx, 'IMPLEMENTATION_REPORT', filter), first, after, (doc: ImplementationReportDoc) => toImplementationReport(doc));
  }

  @Authorized(RECORD_READERS)
  @Query(() => SupervisionReviewConnection, { description: 'Reviews of lower bureaus by higher ones, newest first, within your scope' })
  async supervisionReviews(
    @Ctx() ctx: Context,
    @Arg('filter', () => AccountabilityFilterInput, { nullable: true }) filter?: AccountabilityFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<SupervisionReview>> {
    return pageOf(ctx, await listFor(ctx, 'SUPERVISION_REVIEW', filter), first, after, (doc: SupervisionReviewDoc) => toSupervisionReview(doc));
  }

  @Authorized()
  @Query(() => [SupervisoryActivity], { description: 'How many records of each kind match the filter within your scope (counts only; open to analysts)' })
  async supervisoryActivity(
    @Ctx() ctx: Context,
    @Arg('filter', () => AccountabilityFilterInput, { nullable: true }) filter?: AccountabilityFilterInput | null,
  ): Promise<SupervisoryActivity[]> {
    // Analysts read aggregates, not one unit's records.
    if (ctx.actor?.role === 'ANALYST' && filter?.unitId) throw new ForbiddenError('Analysts read figures by region and bureau only', 'ROLE_NOT_ALLOWED', { field: 'filter.unitId' });
    const list = await listFor(ctx, 'GUIDANCE', filter);
    if (list === null) return ACT_KINDS.map((kind) => ({ kind, count: 0 }));
    const { kind: _kind, ...rest } = list;
    return countActsByKind(ctx.readStore, ACT_KINDS, rest);
  }

  @Authorized(WRITERS)
  @Mutation(() => ImplementationReportPayload, { description: 'Report a bureau\'s implementation to a bureau above it (ImplementationReported)' })
  async reportImplementation(@Arg('input') input: ReportImplementationInput, @Ctx() ctx: Context): Promise<ImplementationReportPayload> {
    const result = await ctx.oversight.accountability.reportImplementation(
      {
        reportingBureauId: actingBureau(ctx, input.reportingBureauId, 'reportingBureauId'),
        toBureauId: input.toBureauId.trim(),
        period: { from: input.period.from, to: input.period.to },
        summary: input.summary,
        figures: input.figures ?? null,
      },
      commandMetadata(ctx, input),
    );
    const doc = await recordDoc<ImplementationReportDoc>(ctx, 'IMPLEMENTATION_REPORT', result.recordId);
    return { ...payloadFields(result), implementationReport: doc && toImplementationReport(doc) };
  }

  @Authorized(WRITERS)
  @Mutation(() => SupervisionReviewPayload, { description: "Review a lower bureau's supervision (SupervisionReviewed)" })
  async reviewSupervision(@Arg('input') input: ReviewSupervisionInput, @Ctx() ctx: Context): Promise<SupervisionReviewPayload> {
    const result = await ctx.oversight.accountability.reviewSupervision(
      {
        bureauId: actingBureau(ctx, input.bureauId),
        reviewedBureauId: input.reviewedBureauId.trim(),
        period: { from: input.period.from, to: input.period.to },
        rating: input.rating,
        findings: input.findings,
      },
      commandMetadata(ctx, input),
    );
    const doc = await recordDoc<SupervisionReviewDoc>(ctx, 'SUPERVISION_REVIEW', result.recordId);
    return { ...payloadFields(result), supervisionReview: doc && toSupervisionReview(doc) };
  }
}
