import { EMPTY_TREE_ROOT, consistencyRanges, inclusionRanges, type Range } from './merkle';
import type { LedgerStore } from './port';
import { foldCover, perfectCover } from './subtrees';

/**
 * Roots and proofs from the stored perfect subtrees: each asks the store for O(log n) hashes in one call (one round
 * trip for a server-backed ledger) and folds them. Sizes are checked by the caller (the Ledger facade).
 */

/** The tree hashes of several RFC ranges, fetched together. */
export async function rangeHashes(store: LedgerStore, ranges: readonly Range[]): Promise<Buffer[]> {
  const covers = ranges.map(perfectCover);
  const hashes = await store.nodeHashes(covers.flat());
  let next = 0;
  return covers.map((cover) => {
    const own = hashes.slice(next, next + cover.length);
    next += cover.length;
    return foldCover(own);
  });
}

export async function rootAt(store: LedgerStore, treeSize: number): Promise<Buffer> {
  if (treeSize === 0) return EMPTY_TREE_ROOT;
  const [root] = await rangeHashes(store, [{ start: 0, end: treeSize }]);
  return root as Buffer;
}

export interface TreeInclusion {
  leafIndex: number;
  treeSize: number;
  leafHash: Buffer;
  auditPath: Buffer[];
  rootHash: Buffer;
}

/** The audit path of the event at `position` in the tree of `treeSize` leaves, with its leaf hash and that root. */
export async function inclusionAt(store: LedgerStore, position: number, treeSize: number): Promise<TreeInclusion> {
  const leafIndex = position - 1;
  const path = inclusionRanges(leafIndex, treeSize);
  const [leafHash, rootHash, ...auditPath] = await rangeHashes(store, [
    { start: leafIndex, end: leafIndex + 1 },
    { start: 0, end: treeSize },
    ...path,
  ]);
  return { leafIndex, treeSize, leafHash: leafHash as Buffer, rootHash: rootHash as Buffer, auditPath };
}

export interface TreeConsistency {
  fromSize: number;
  toSize: number;
  fromRoot: Buffer;
  toRoot: Buffer;
  proof: Buffer[];
}

export async function consistencyBetween(store: LedgerStore, fromSize: number, toSize: number): Promise<TreeConsistency> {
  const ranges = consistencyRanges(fromSize, toSize);
  const roots: Range[] = [
    { start: 0, end: fromSize },
    { start: 0, end: toSize },
  ];
  const [fromRoot, toRoot, ...proof] = await rangeHashes(store, [...roots, ...ranges]);
  return { fromSize, toSize, fromRoot: fromRoot as Buffer, toRoot: toRoot as Buffer, proof };
}
