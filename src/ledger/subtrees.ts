import { EMPTY_TREE_ROOT, nodeHash, type Range } from './merkle';

/**
 * Perfect subtrees: how the ledger stores the tree so that the root of any size ≤ the current size, and any proof,
 * come from O(log n) stored hashes instead of rehashing leaves.
 *
 * A perfect subtree is named by (level, index): the 2^level leaves starting at leaf index × 2^level. Level 0 are
 * the leaves themselves. Every range of an RFC 9162 tree ([0, n) and the ranges its proofs ask for) starts at a
 * multiple of the smallest power of two at least as large as the range, so it splits into aligned perfect
 * subtrees of decreasing size — the binary digits of its length — and its hash is their right fold:
 * MTH([s, e)) = H(P1 ‖ H(P2 ‖ … H(Pk-1 ‖ Pk))). A perfect subtree is stored once it is complete and never changes.
 */

export interface NodeId {
  level: number;
  index: number;
}

const pow2 = (level: number): number => 2 ** level;

/** The perfect subtrees covering [start, end), left to right (largest first for an RFC range). */
export function perfectCover(range: Range): NodeId[] {
  const cover: NodeId[] = [];
  let start = range.start;
  while (start < range.end) {
    let level = 0;
    // Grow while the next size still starts on its boundary and fits.
    while (start % pow2(level + 1) === 0 && start + pow2(level + 1) <= range.end) level += 1;
    cover.push({ level, index: start / pow2(level) });
    start += pow2(level);
  }
  return cover;
}

/** MTH of a range from the hashes of its cover, in cover order. */
export function foldCover(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) return EMPTY_TREE_ROOT;
  let hash = hashes[hashes.length - 1] as Buffer;
  for (let i = hashes.length - 2; i >= 0; i--) hash = nodeHash(hashes[i] as Buffer, hash);
  return hash;
}

/** A perfect subtree completed by an append, to store. */
export interface CompletedNode extends NodeId {
  hash: Buffer;
}

/**
 * The right edge of a growing tree: the hashes of the perfect subtrees covering [0, size) — one per set bit of
 * size, O(log n) of them. Appending a leaf completes the subtrees its carry chain closes (as adding 1 to a binary
 * counter), each hashed once: sealing costs one leaf hash plus, on average, one node hash per event.
 */
export class CompactRange {
  /** byLevel[level]: the hash of the cover's subtree of that level, when bit `level` of size is set. */
  private readonly byLevel: (Buffer | undefined)[] = [];

  private constructor(private currentSize: number) {}

  static empty(): CompactRange {
    return new CompactRange(0);
  }

  /** From the stored hashes of `perfectCover({start: 0, end: size})`, in that order. */
  static fromCover(size: number, coverHashes: readonly Buffer[]): CompactRange {
    const cover = perfectCover({ start: 0, end: size });
    if (cover.length !== coverHashes.length) throw new Error(`a tree of ${size} leaves has ${cover.length} cover hashes, got ${coverHashes.length}`);
    const range = new CompactRange(size);
    cover.forEach((node, i) => (range.byLevel[node.level] = coverHashes[i]));
    return range;
  }

  get size(): number {
    return this.currentSize;
  }

  /** Adds a leaf hash; returns the perfect subtrees of level ≥ 1 it completed, lowest first. */
  append(leaf: Buffer): CompletedNode[] {
    const completed: CompletedNode[] = [];
    let hash = leaf;
    let level = 0;
    let index = this.currentSize;
    while (index % 2 === 1) {
      const left = this.byLevel[level] as Buffer;
      this.byLevel[level] = undefined;
      hash = nodeHash(left, hash);
      level += 1;
      index = (index - 1) / 2;
      completed.push({ level, index, hash });
    }
    this.byLevel[level] = hash;
    this.currentSize += 1;
    return completed;
  }

  /** MTH of the tree so far. */
  root(): Buffer {
    const hashes: Buffer[] = [];
    for (let level = this.byLevel.length - 1; level >= 0; level--) {
      const hash = this.byLevel[level];
      if (hash) hashes.push(hash);
    }
    return foldCover(hashes);
  }
}
