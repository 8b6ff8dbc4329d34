import fc from 'fast-check';
import { consistencyProofOf, inclusionProofOf, leafHash, rootOfLeaves, verifyConsistency, verifyInclusion } from '../../../src/ledger/merkle';

/** For random trees: every proof verifies, and flipping any byte of a leaf, a proof node or a root makes it fail. */

const leavesOf = (n: number, seed: number): Buffer[] => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`${seed}:${i}`)));

function flipped(hash: Buffer, byte: number, mask: number): Buffer {
  const copy = Buffer.from(hash);
  copy[byte % copy.length] = (copy[byte % copy.length] as number) ^ mask;
  return copy;
}

const flip = fc.record({ byte: fc.nat(31), mask: fc.integer({ min: 1, max: 255 }), pick: fc.nat() });

describe('Merkle proofs — properties', () => {
  it('an inclusion proof verifies, and fails once any byte of the leaf, a proof node or the root changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1))),
        fc.nat(),
        flip,
        ([n, m], seed, { byte, mask, pick }) => {
          const leaves = leavesOf(n, seed);
          const root = rootOfLeaves(leaves);
          const leaf = leaves[m] as Buffer;
          const path = inclusionProofOf(m, leaves);
          expect(verifyInclusion(m, n, leaf, path, root)).toBe(true);
          expect(verifyInclusion(m, n, flipped(leaf, byte, mask), path, root)).toBe(false);
          expect(verifyInclusion(m, n, leaf, path, flipped(root, byte, mask))).toBe(false);
          if (path.length > 0) {
            const at = pick % path.length;
            const tampered = path.map((node, i) => (i === at ? flipped(node, byte, mask) : node));
            expect(verifyInclusion(m, n, leaf, tampered, root)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a consistency proof verifies, and fails once any byte of either root or a proof node changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        fc.nat(),
        flip,
        ([n, m], seed, { byte, mask, pick }) => {
          const leaves = leavesOf(n, seed);
          const oldRoot = rootOfLeaves(leaves, 0, m);
          const newRoot = rootOfLeaves(leaves);
          const proof = consistencyProofOf(m, leaves);
          expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
          expect(verifyConsistency(m, n, flipped(oldRoot, byte, mask), newRoot, proof)).toBe(false);
          expect(verifyConsistency(m, n, oldRoot, flipped(newRoot, byte, mask), proof)).toBe(false);
          if (proof.length > 0) {
            const at = pick % proof.length;
            const tampered = proof.map((node, i) => (i === at ? flipped(node, byte, mask) : node));
            expect(verifyConsistency(m, n, oldRoot, newRoot, tampered)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a tree that rewrote an old leaf is not consistent with the old root', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 200 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n - 1 }))),
        fc.nat(),
        ([n, m], seed) => {
          const leaves = leavesOf(n, seed);
          const oldRoot = rootOfLeaves(leaves, 0, m);
          const rewritten = [...leaves];
          rewritten[seed % m] = leafHash(Buffer.from('forged'));
          expect(verifyConsistency(m, n, oldRoot, rootOfLeaves(rewritten), consistencyProofOf(m, rewritten))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
