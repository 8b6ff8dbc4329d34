import { SafeIntResolver } from 'graphql-scalars';
import { NotFoundError } from '../../domain/shared/errors';
import type { Context } from '../context';
import { canReadEvent } from '../shared/event-visibility';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ValidationError } from '../../domain/shared/errors';
import type { Ledger, PublicKeyInfo, SignedCheckpoint } from '../../ledger';
import { publicKeyInfo, parsePublicKey } from '../../ledger/checkpoints';
import { decodeCursor, encodeCursor, pageSize } from '../shared/page';
import {
  ConsistencyProof,
  InclusionProof,
  LedgerCheckpoint,
  LedgerCheckpointConnection,
  LedgerPublicKey,
} from './ledger.type';

/** What these resolvers need from the request context (src/graphql/context.ts provides it). */
export interface LedgerContext {
  ledger: Ledger;
}

const CHECKPOINT_CURSOR = 'checkpoint';

/** The audit trail over GraphQL: checkpoints, proofs, the public key. Reads the ledger only, never the log. */
@Resolver()
export class LedgerResolver {
  @Authorized()
  @Query(() => LedgerCheckpoint, { nullable: true, description: 'The latest signed checkpoint (null before the first)' })
  ledgerCheckpoint(@Ctx() ctx: LedgerContext): Promise<SignedCheckpoint | null> {
    return ctx.ledger.latestCheckpoint();
  }

  @Authorized()
  @Query(() => LedgerCheckpointConnection, { description: 'Signed checkpoints, newest first' })
  async ledgerCheckpoints(
    @Ctx() ctx: LedgerContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<LedgerCheckpointConnection> {
    const size = pageSize(first);
    const afterKey = decodeCursor(CHECKPOINT_CURSOR, after);
    const afterSeq = afterKey === undefined ? undefined : Number(afterKey);
    if (afterSeq !== undefined && !Number.isSafeInteger(afterSeq)) throw new ValidationError('Invalid cursor', 'after', 'INVALID_CURSOR');
    const page = await ctx.ledger.checkpoints(size, afterSeq);
    const edges = page.checkpoints.map((node) => ({ node, cursor: encodeCursor(CHECKPOINT_CURSOR, node.seq) }));
    return {
      edges,
      nodes: page.checkpoints,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges[edges.length - 1]?.cursor ?? null },
    };
  }

  @Authorized()
  @Query(() => LedgerPublicKey, { description: 'The key that signs checkpoints now' })
  ledgerPublicKey(@Ctx() ctx: LedgerContext): PublicKeyInfo {
    return ctx.ledger.publicKey;
  }

  @Authorized()
  @Query(() => SafeIntResolver, { description: 'Number of events sealed into the ledger' })
  ledgerTreeSize(@Ctx() ctx: LedgerContext): Promise<number> {
    return ctx.ledger.size();
  }

  @Authorized()
  @Query(() => InclusionProof, {
    description:
      'The proof that an event (by position or id) is in the tree of treeSize events; without treeSize, the latest checkpoint when it covers the event',
  })
  async inclusionProof(
    @Ctx() ctx: Context,
    @Arg('position', () => SafeIntResolver, { nullable: true }) position?: number | null,
    @Arg('eventId', () => ID, { nullable: true }) eventId?: string | null,
    @Arg('treeSize', () => SafeIntResolver, { nullable: true }) treeSize?: number | null,
  ) {
    if ((position == null) === (eventId == null)) {
      throw new ValidationError('Name the event by position or by eventId, not both', position == null ? 'position' : 'eventId', 'EVENT_REFERENCE');
    }
    if (eventId == null) return ctx.ledger.inclusionProof(position as number, treeSize); // hashes only: no scope to apply
    const proof = await ctx.ledger.inclusionProofForEvent(eventId, treeSize);
    // By id, an event outside the caller's scope is answered as unknown, like every other record.
    const [event] = await ctx.eventStore.readAll({ after: proof.leafIndex, maxCount: 1 });
    if (!event || !(await canReadEvent(ctx, event))) throw new NotFoundError(`No event ${eventId} in the log`, 'EVENT_NOT_FOUND', { eventId });
    return proof;
  }

  @Authorized()
  @Query(() => ConsistencyProof, { description: 'The proof that the tree of fromSize is a prefix of the tree of toSize (default: the latest checkpoint)' })
  consistencyProof(
    @Ctx() ctx: LedgerContext,
    @Arg('fromSize', () => SafeIntResolver) fromSize: number,
    @Arg('toSize', () => SafeIntResolver, { nullable: true }) toSize?: number | null,
  ) {
    return ctx.ledger.consistencyProof(fromSize, toSize);
  }

  @Authorized(['NATIONAL_ADMIN'])
  @Mutation(() => LedgerCheckpoint, { description: 'Sign the current tree now (checkpoints are also published at an interval)' })
  publishLedgerCheckpoint(@Ctx() ctx: LedgerContext): Promise<SignedCheckpoint> {
    return ctx.ledger.publishCheckpoint();
  }
}

@Resolver(() => LedgerCheckpoint)
export class LedgerCheckpointResolver {
  @FieldResolver(() => LedgerPublicKey, { nullable: true, description: 'The key that signed this checkpoint (kept after a key change)' })
  async publicKey(@Root() checkpoint: SignedCheckpoint, @Ctx() ctx: LedgerContext): Promise<PublicKeyInfo | null> {
    if (checkpoint.keyId === ctx.ledger.publicKey.keyId) return ctx.ledger.publicKey;
    const spki = await ctx.ledger.publicKeyOf(checkpoint.keyId);
    const key = spki ? parsePublicKey(spki.toString('base64')) : null;
    return key ? publicKeyInfo(key) : null;
  }
}
