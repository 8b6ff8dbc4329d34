import { SafeIntResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InclusionProof as Proof, SignedCheckpoint } from '../../ledger';
import { HistoryEntry } from '../registry/history.type';
import type { LedgerContext } from './ledger.resolver';
import { InclusionProof } from './ledger.type';

/**
 * The latest checkpoint, read once per request however many history entries ask for their proof: each proof is
 * then O(log n) stored hashes, and every proof of a page is against the same signed root.
 */
const latestPerRequest = new WeakMap<object, Promise<SignedCheckpoint | null>>();

/** Adds `proof` to every history entry (a unit's, a bureau's): type-graphql merges it into HistoryEntry. */
@Resolver(() => HistoryEntry)
export class HistoryProofResolver {
  @FieldResolver(() => InclusionProof, {
    description: "The entry's event is in the sealed log: its inclusion proof against treeSize, or the latest checkpoint covering it",
  })
  proof(
    @Root() entry: { position: number },
    @Ctx() ctx: LedgerContext,
    @Arg('treeSize', () => SafeIntResolver, { nullable: true }) treeSize?: number | null,
  ): Promise<Proof> {
    if (treeSize != null) return ctx.ledger.inclusionProof(entry.position, treeSize);
    let latest = latestPerRequest.get(ctx);
    if (!latest) latestPerRequest.set(ctx, (latest = ctx.ledger.latestCheckpoint()));
    return latest.then((checkpoint) => ctx.ledger.inclusionProof(entry.position, null, checkpoint));
  }
}
