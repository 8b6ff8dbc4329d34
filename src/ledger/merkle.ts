import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency v2), §2.1:
 *
 *   MTH({})      = SHA-256()
 *   MTH({d0})    = SHA-256(0x00 ‖ d0)                      (leaf hash)
 *   MTH(D[n])    = SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n])) with k the largest power of two smaller than n
 *
 * Proofs are described here as lists of leaf ranges (`Range`) whose tree hashes form the proof, so that the same
 * recursion serves a tree held in memory (tests, the offline verifier) and one held as stored perfect subtrees
 * (the ledger store, see subtrees.ts). Verification follows the iterative algorithms of §2.1.3.2 and §2.1.4.2.
 *
 * Sizes and indexes are plain numbers: safe integers up to 2^53, so no 32-bit bit operators anywhere.
 */

export const HASH_BYTES = 32;
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH of the empty tree: SHA-256 of the empty string. */
export const EMPTY_TREE_ROOT: Buffer = createHash('sha256').digest();

export function leafHash(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(bytes).digest();
}

/** The leaf hash of a text's UTF-8 bytes, without copying the text into a buffer first. */
export function leafHashOfText(text: string): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(text, 'utf8').digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** Leaves [start, end) of the tree, by 0-based leaf index. */
export interface Range {
  start: number;
  end: number;
}

/** The largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function checkSize(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
}

/**
 * PATH(m, D[n]) of §2.1.3.1 as ranges, in proof order (the sibling nearest the leaf first):
 * PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) for m < k, PATH(m - k, D[k:n]) : MTH(D[0:k]) for m ≥ k.
 */
export function inclusionRanges(index: number, size: number): Range[] {
  checkSize(index, 'index');
  checkSize(size, 'size');
  if (index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
  const ranges: Range[] = [];
  let start = 0;
  let n = size;
  let m = index;
  while (n > 1) {
    const k = splitPoint(n);
    if (m < k) {
      ranges.push({ start: start + k, end: start + n });
      n = k;
    } else {
      ranges.push({ start, end: start + k });
      start += k;
      m -= k;
      n -= k;
    }
  }
  return ranges.reverse();
}

/**
 * PROOF(m, D[n]) of §2.1.4.1 as ranges, in proof order. Empty when m = n or m = 0 (every tree extends the empty
 * tree; there is nothing to prove).
 * SUBPROOF(m, D[n], b) = [] if m = n and b; [MTH(D[n])] if m = n and not b;
 *   SUBPROOF(m, D[0:k], b) : MTH(D[k:n]) for m ≤ k; SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) for m > k.
 */
export function consistencyRanges(first: number, second: number): Range[] {
  checkSize(first, 'first');
  checkSize(second, 'second');
  if (first > second) throw new RangeError(`a tree of ${first} leaves cannot be a prefix of one of ${second}`);
  if (first === 0 || first === second) return [];
  const ranges: Range[] = [];
  let start = 0;
  let n = second;
  let m = first;
  let whole = true; // b: the subtree is the whole old tree, whose root the verifier already has
  while (m !== n) {
    const k = splitPoint(n);
    if (m <= k) {
      ranges.push({ start: start + k, end: start + n });
      n = k;
    } else {
      ranges.push({ start, end: start + k });
      start += k;
      m -= k;
      n -= k;
      whole = false;
    }
  }
  if (!whole) ranges.push({ start, end: start + n });
  return ranges.reverse();
}

/** MTH over leaf hashes held in memory (the reference: O(n)). */
export function rootOfLeaves(leafHashes: readonly Uint8Array[], start = 0, end = leafHashes.length): Buffer {
  const n = end - start;
  if (n === 0) return EMPTY_TREE_ROOT;
  if (n === 1) return Buffer.from(leafHashes[start] as Uint8Array);
  const k = splitPoint(n);
  return nodeHash(rootOfLeaves(leafHashes, start, start + k), rootOfLeaves(leafHashes, start + k, end));
}

/** Inclusion proof over leaf hashes in memory. */
export function inclusionProofOf(index: number, leafHashes: readonly Uint8Array[]): Buffer[] {
  return inclusionRanges(index, leafHashes.length).map((r) => rootOfLeaves(leafHashes, r.start, r.end));
}

/** Consistency proof between the first `first` leaves and all of `leafHashes`. */
export function consistencyProofOf(first: number, leafHashes: readonly Uint8Array[]): Buffer[] {
  return consistencyRanges(first, leafHashes.length).map((r) => rootOfLeaves(leafHashes, r.start, r.end));
}

const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** §2.1.3.2: does `path` prove that `leaf` is leaf number `index` of the tree of `size` leaves whose root is `root`? */
export function verifyInclusion(index: number, size: number, leaf: Uint8Array, path: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (![leaf, root, ...path].every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of path) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/**
 * §2.1.4.2: does `proof` show that the tree of `first` leaves with root `firstRoot` is a prefix of the tree of
 * `second` leaves with root `secondRoot`? The trivial cases the RFC leaves aside: equal sizes need equal roots and an
 * empty proof; the empty tree (its root is SHA-256()) is a prefix of every tree.
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second) return false;
  if (![firstRoot, secondRoot, ...proof].every(isHash)) return false;
  if (first === second) return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
  if (first === 0) return proof.length === 0 && EMPTY_TREE_ROOT.equals(firstRoot);
  if (proof.length === 0) return false; // step 1
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof]; // step 2
  let fn = first - 1; // step 3
  let sn = second - 1;
  while (isOdd(fn)) {
    // step 4
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = Buffer.from(path[0] as Uint8Array); // step 5
  let sr: Buffer = fr;
  for (const c of path.slice(1)) {
    // step 6
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0; // step 7
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

/** Realm-neutral on purpose: under jest a Buffer is not an `instanceof` the test realm's Uint8Array. */
function isHash(value: Uint8Array): boolean {
  return ArrayBuffer.isView(value) && value.byteLength === HASH_BYTES;
}
