import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { InactionReviewService, InactionSubject } from '../../application/inaction-review.service';
import { canReadBureau, canReadRegion } from '../../auth/scope';
import { resolveThresholds, type InactionSignalKind } from '../../domain/accountability/inaction';
import { NotFoundError, ValidationError } from '../../domain/shared/errors';
import type { ActorRole } from '../../domain/shared/event';
import { requireRegion } from '../../domain/shared/region';
import { asOfDay } from '../accountability/accountability.context';
import type { Context } from '../context';
import { MAX_PAGE_SIZE } from '../shared/page';
import { InactionThresholdsInput } from './inaction-review.input';
import { InactionReview, InactionSignalKindEnum } from './inaction-review.type';

/** What the resolver uses of the request context (the app's Context carries `inaction`). */
export type InactionContext = Pick<Context, 'actor' | 'scope' | 'now' | 'loaders'> & { inaction: InactionReviewService };

/**
 * Who reads an inaction review: a bureau's staff and auditors within their scope (their region and below), national
 * administrators everywhere. Not analysts (the evidence names units) nor units.
 */
export const INACTION_READERS: ActorRole[] = ['NATIONAL_ADMIN', 'BUREAU_STAFF', 'AUDITOR'];

export const DEFAULT_EVIDENCE_ITEMS = 10;

function evidenceLimit(first: number | null | undefined): number {
  const size = first ?? DEFAULT_EVIDENCE_ITEMS;
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new ValidationError(`evidenceFirst must be between 0 and ${MAX_PAGE_SIZE}`, 'evidenceFirst', 'INVALID_PAGE_SIZE', { max: MAX_PAGE_SIZE });
  }
  return size;
}

/** Exactly one of bureauId and regionCode, checked in form before anything is read. */
function subjectOf(bureauId: string | null | undefined, regionCode: string | null | undefined): InactionSubject {
  const bureau = bureauId?.trim();
  const region = regionCode?.trim();
  if ((bureau === undefined) === (region === undefined)) {
    throw new ValidationError('Name either bureauId or regionCode (one of them)', bureau === undefined ? 'bureauId' : 'regionCode', 'BUREAU_OR_REGION');
  }
  if (region !== undefined) return { regionCode: requireRegion(region, 'regionCode').code };
  return { bureauId: bureau as string };
}

@Resolver(() => InactionReview)
export class InactionReviewResolver {
  @Authorized(INACTION_READERS)
  @Query(() => InactionReview, {
    description:
      'The inaction review (行政不作为) on `asOf` (default today): for one bureau, or for every bureau in a region (its own included), each ' +
      'inaction signal with its evidence, bureaus ranked most serious first. Evidence lists hold `evidenceFirst` items per signal (default 10) ' +
      'and their totals; a one-bureau review pages on with `evidenceOffset`. NOT_FOUND outside your scope',
  })
  async inactionReview(
    @Ctx() ctx: InactionContext,
    @Arg('bureauId', () => ID, { nullable: true }) bureauId?: string | null,
    @Arg('regionCode', () => String, { nullable: true, description: 'GB/T 2260 code: every bureau in the region and below' }) regionCode?: string | null,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD (business day, China time)' }) asOf?: string | null,
    @Arg('thresholds', () => InactionThresholdsInput, { nullable: true }) thresholds?: InactionThresholdsInput | null,
    @Arg('evidenceFirst', () => Int, { nullable: true, description: `Evidence items per signal (default ${DEFAULT_EVIDENCE_ITEMS}, at most ${MAX_PAGE_SIZE})` }) evidenceFirst?: number | null,
    @Arg('evidenceOffset', () => Int, { nullable: true, description: 'Skip this many evidence items of each signal (a one-bureau review only)' }) evidenceOffset?: number | null,
    @Arg('signals', () => [InactionSignalKindEnum], { nullable: true, description: 'Only these signals in the answer (scores still weigh all)' }) signals?: InactionSignalKind[] | null,
  ): Promise<InactionReview> {
    const subject = subjectOf(bureauId, regionCode);
    const day = asOfDay(ctx, asOf);
    const applied = resolveThresholds(thresholds ?? {});
    const limit = evidenceLimit(evidenceFirst);
    const offset = evidenceOffset ?? 0;
    if (!Number.isSafeInteger(offset) || offset < 0) throw new ValidationError('evidenceOffset must be 0 or more', 'evidenceOffset', 'INVALID_OFFSET');
    // A region's answer stays small: its evidence is the first items only.
    if (offset > 0 && 'regionCode' in subject) throw new ValidationError('evidenceOffset pages a one-bureau review only', 'evidenceOffset', 'OFFSET_NEEDS_BUREAU');
    if ('bureauId' in subject) {
      const bureau = await ctx.loaders.bureau.load(subject.bureauId);
      if (!bureau || !canReadBureau(ctx.scope, bureau)) throw new NotFoundError(`Bureau ${subject.bureauId} is not established`, 'BUREAU_NOT_FOUND', { bureauId: subject.bureauId });
    } else {
      const region = requireRegion(subject.regionCode, 'regionCode');
      if (!canReadRegion(ctx.scope, region)) throw new NotFoundError(`Region ${region.code} is outside your scope`, 'REGION_NOT_FOUND');
    }
    const report = await ctx.inaction.review({ subject, asOf: day, thresholds: applied, evidenceLimit: limit, evidenceOffset: offset, signals: signals ?? null });
    return {
      ...report,
      bureausReviewed: report.bureaus.length,
      bureausRaised: report.bureaus.filter((b) => b.raisedCount > 0).length,
    };
  }
}
