import { createHash } from 'node:crypto';
import {
  EMPTY_TREE_ROOT,
  consistencyProofOf,
  inclusionProofOf,
  leafHash,
  leafHashOfText,
  nodeHash,
  rootOfLeaves,
  verifyConsistency,
  verifyInclusion,
} from '../../../src/ledger/merkle';
import { CompactRange, foldCover, perfectCover } from '../../../src/ledger/subtrees';

/**
 * RFC 9162 §2.1 vectors computed by hand in the test, from the definitions and node:crypto alone — nothing of the
 * code under test is used to build the expected values.
 */
const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest();
};
const L = (data: Buffer): Buffer => sha256(Buffer.from([0]), data);
const N = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

const d = Array.from({ length: 8 }, (_, i) => Buffer.from(`d${i}`, 'utf8'));
const [a, b, c, dd, e, f, g6, h7] = d.map(L) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];

/** The trees of 1 to 8 leaves, drawn by hand with the RFC's split (largest power of two smaller than n). */
const handRoots: Record<number, Buffer> = {
  1: a,
  2: N(a, b),
  3: N(N(a, b), c),
  4: N(N(a, b), N(c, dd)),
  5: N(N(N(a, b), N(c, dd)), e),
  6: N(N(N(a, b), N(c, dd)), N(e, f)),
  7: N(N(N(a, b), N(c, dd)), N(N(e, f), g6)),
  8: N(N(N(a, b), N(c, dd)), N(N(e, f), N(g6, h7))),
};

/** The RFC's own recursive definitions, written naively over slices: the reference for every n and m. */
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0] as Buffer;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return N(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
function path(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return m < k ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))] : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
}
function subproof(m: number, leaves: Buffer[], whole: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return whole ? [] : [mth(leaves)];
  let k = 1;
  while (k * 2 < n) k *= 2;
  return m <= k
    ? [...subproof(m, leaves.slice(0, k), whole), mth(leaves.slice(k))]
    : [...subproof(m - k, leaves.slice(k), false), mth(leaves.slice(0, k))];
}
const proof = (m: number, leaves: Buffer[]): Buffer[] => subproof(m, leaves, true);

const hex = (hashes: Buffer[]): string[] => hashes.map((x) => x.toString('hex'));
const leavesOf = (n: number): Buffer[] => Array.from({ length: n }, (_, i) => L(Buffer.from(`leaf ${i}`)));

describe('RFC 9162 Merkle tree hash', () => {
  it('hashes the empty tree to SHA-256 of the empty string', () => {
    expect(EMPTY_TREE_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(rootOfLeaves([])).toEqual(EMPTY_TREE_ROOT);
  });

  it('hashes a leaf as SHA-256(0x00 ‖ data) and a node as SHA-256(0x01 ‖ left ‖ right)', () => {
    expect(leafHash(d[0] as Buffer)).toEqual(a);
    expect(nodeHash(a, b)).toEqual(N(a, b));
    expect(leafHashOfText('档案 d0')).toEqual(L(Buffer.from('档案 d0', 'utf8')));
    // Domain separation: a leaf over 64 bytes is not the node over the same bytes.
    expect(leafHash(Buffer.concat([a, b]))).not.toEqual(nodeHash(a, b));
  });

  it.each(Object.entries(handRoots))('gives the hand-computed root of %s leaves', (n, root) => {
    const leaves = d.slice(0, Number(n)).map((x) => leafHash(x));
    expect(rootOfLeaves(leaves).toString('hex')).toBe(root.toString('hex'));
  });
});

describe('RFC 9162 §2.1.5 example: the tree of seven leaves', () => {
  const leaves = d.slice(0, 7).map(L);
  const [la, lb, lc, ld, le, lf, d6] = leaves as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
  // The RFC's names: g, h, i, j one level up, k and l below the root.
  const g = N(la, lb);
  const h = N(lc, ld);
  const i = N(le, lf);
  const j = d6;
  const k = N(g, h);
  const l = N(i, j);
  const root = N(k, l);

  it('has the root of the drawing', () => expect(rootOfLeaves(leaves)).toEqual(root));

  it.each([
    [0, [lb, h, l]],
    [3, [lc, g, l]],
    [4, [lf, j, k]],
    [6, [i, k]],
  ])('gives the inclusion proof of d%i that the RFC lists', (m, expected) => {
    expect(hex(inclusionProofOf(m, leaves))).toEqual(hex(expected));
    expect(verifyInclusion(m, 7, leaves[m] as Buffer, expected, root)).toBe(true);
  });

  it.each([
    [3, N(g, lc), [lc, ld, g, l]],
    [4, k, [l]],
    [6, N(k, i), [i, j, k]],
  ])('gives the consistency proof from %i leaves that the RFC lists', (m, oldRoot, expected) => {
    expect(hex(consistencyProofOf(m, leaves))).toEqual(hex(expected));
    expect(verifyConsistency(m, 7, oldRoot, root, expected)).toBe(true);
  });
});

describe('proofs for every tree of 1 to 40 leaves and every m, against the naive definitions', () => {
  for (let n = 1; n <= 40; n++) {
    it(`n = ${n}`, () => {
      const leaves = leavesOf(n);
      const root = mth(leaves);
      expect(rootOfLeaves(leaves)).toEqual(root);
      for (let m = 0; m < n; m++) {
        const expected = path(m, leaves);
        expect(hex(inclusionProofOf(m, leaves))).toEqual(hex(expected));
        expect(verifyInclusion(m, n, leaves[m] as Buffer, expected, root)).toBe(true);
        if (n > 1) expect(verifyInclusion(m, n, leaves[(m + 1) % n] as Buffer, expected, root)).toBe(false);
      }
      for (let m = 1; m <= n; m++) {
        const expected = proof(m, leaves);
        expect(hex(consistencyProofOf(m, leaves))).toEqual(hex(expected));
        expect(verifyConsistency(m, n, mth(leaves.slice(0, m)), root, expected)).toBe(true);
      }
    });
  }
});

describe('verification edge cases', () => {
  const leaves = leavesOf(5);
  const root = rootOfLeaves(leaves);

  // A size with the same shape along the path (5 and 6 for leaf 2) verifies alike: the signed checkpoint, not the
  // proof, binds the size. A size whose path is longer does not.
  it('refuses an index outside the tree, a size whose path differs and a path that is too long or short', () => {
    const p = inclusionProofOf(2, leaves);
    expect(verifyInclusion(5, 5, leaves[2] as Buffer, p, root)).toBe(false);
    expect(verifyInclusion(-1, 5, leaves[2] as Buffer, p, root)).toBe(false);
    expect(verifyInclusion(2, 9, leaves[2] as Buffer, p, root)).toBe(false);
    expect(verifyInclusion(2, 5, leaves[2] as Buffer, [...p, root], root)).toBe(false);
    expect(verifyInclusion(2, 5, leaves[2] as Buffer, p.slice(1), root)).toBe(false);
  });

  it('treats equal sizes and the empty tree as the RFC leaves them: nothing to prove', () => {
    expect(consistencyProofOf(5, leaves)).toEqual([]);
    expect(verifyConsistency(5, 5, root, root, [])).toBe(true);
    expect(verifyConsistency(5, 5, root, EMPTY_TREE_ROOT, [])).toBe(false);
    expect(verifyConsistency(0, 5, EMPTY_TREE_ROOT, root, [])).toBe(true);
    expect(verifyConsistency(0, 5, root, root, [])).toBe(false);
    expect(verifyConsistency(3, 5, rootOfLeaves(leaves.slice(0, 3)), root, [])).toBe(false); // RFC step 1
    expect(verifyConsistency(6, 5, root, root, [])).toBe(false);
  });
});

describe('perfect subtrees', () => {
  it('cover [0, n) with one subtree per set bit, largest first, folding to the root', () => {
    expect(perfectCover({ start: 0, end: 13 })).toEqual([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    for (let n = 0; n <= 70; n++) {
      const leaves = leavesOf(n);
      const hashes = perfectCover({ start: 0, end: n }).map(({ level, index }) => rootOfLeaves(leaves, index * 2 ** level, (index + 1) * 2 ** level));
      expect(foldCover(hashes)).toEqual(rootOfLeaves(leaves));
    }
  });

  it('grow by appends that complete each subtree once, keeping the root of every size', () => {
    const leaves = leavesOf(70);
    const range = CompactRange.empty();
    const completed: string[] = [];
    leaves.forEach((leaf, i) => {
      for (const node of range.append(leaf)) {
        const from = node.index * 2 ** node.level;
        expect(node.hash).toEqual(rootOfLeaves(leaves, from, from + 2 ** node.level));
        completed.push(`${node.level}:${node.index}`);
      }
      expect(range.root()).toEqual(rootOfLeaves(leaves, 0, i + 1));
    });
    expect(new Set(completed).size).toBe(completed.length);
    expect(completed).toHaveLength(70 - 3); // n leaves complete n − popcount(n) subtrees of level ≥ 1 (70 = 0b1000110)
  });

  it('resume from the stored cover of any size', () => {
    const leaves = leavesOf(45);
    for (const size of [0, 1, 8, 13, 31, 32, 44]) {
      const cover = perfectCover({ start: 0, end: size }).map(({ level, index }) => rootOfLeaves(leaves, index * 2 ** level, (index + 1) * 2 ** level));
      const range = CompactRange.fromCover(size, cover);
      for (const leaf of leaves.slice(size)) range.append(leaf);
      expect(range.root()).toEqual(rootOfLeaves(leaves));
    }
  });
});
