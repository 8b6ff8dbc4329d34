import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { BulletinDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { listFor, pageOf } from './act-list';
import { Bulletin, BulletinConnection, BulletinFilterInput, BulletinPayload, IssueBulletinInput, toBulletin, WithdrawBulletinInput } from './bulletin.type';
import type { Connection } from '../shared/connection';
import { actingBureau, payloadFields, recordDoc } from './payload';

async function payload(ctx: Context, result: Parameters<typeof payloadFields>[0], bulletinId: string): Promise<BulletinPayload> {
  const doc = await recordDoc<BulletinDoc>(ctx, 'BULLETIN', bulletinId);
  return { ...payloadFields(result), bulletin: doc && toBulletin(ctx, doc) };
}

@Resolver(() => Bulletin)
export class BulletinResolver {
  @Authorized(RECORD_READERS)
  @Query(() => BulletinConnection, { description: 'Bulletins, newest first, within your scope' })
  async bulletins(
    @Ctx() ctx: Context,
    @Arg('filter', () => BulletinFilterInput, { nullable: true }) filter?: BulletinFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Bulletin>> {
    const list = await listFor(ctx, 'BULLETIN', filter);
    const query = list && { ...list, ...(filter?.status && { status: filter.status }), ...(filter?.kind && { variant: filter.kind }) };
    return pageOf<BulletinDoc, Bulletin>(ctx, query, first, after, (doc) => toBulletin(ctx, doc));
  }

  @Authorized(WRITERS)
  @Mutation(() => BulletinPayload, { description: 'Issue a bulletin (BulletinIssued)' })
  async issueBulletin(@Arg('input') input: IssueBulletinInput, @Ctx() ctx: Context): Promise<BulletinPayload> {
    const result = await ctx.oversight.issueBulletin(
      {
        bureauId: actingBureau(ctx, input.bureauId),
        kind: input.kind,
        documentNumber: input.documentNumber,
        title: input.title,
        summary: input.summary ?? null,
        units: input.units.map((u) => ({ unitId: u.unitId, reason: u.reason })),
      },
      commandMetadata(ctx, input),
    );
    return payload(ctx, result, result.recordId);
  }

  @Authorized(WRITERS)
  @Mutation(() => BulletinPayload, { description: 'Withdraw a bulletin, with the reason (BulletinWithdrawn)' })
  async withdrawBulletin(@Arg('input') input: WithdrawBulletinInput, @Ctx() ctx: Context): Promise<BulletinPayload> {
    const result = await ctx.oversight.withdrawBulletin({ bulletinId: input.bulletinId.trim(), reason: input.reason }, commandMetadata(ctx, input));
    return payload(ctx, result, input.bulletinId.trim());
  }
}
