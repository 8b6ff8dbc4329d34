import { createHash } from 'node:crypto';

/**
 * The random draw of 双随机 (random targets, random inspectors), as a documented, deterministic algorithm that
 * anyone can re-run from what the plan records. Pure: the seed comes in (the service makes one from node:crypto
 * when the caller gives none); hashing is deterministic, so it belongs here.
 *
 * Algorithm `sha256-ctr-fisher-yates-v1`:
 * 1. Pool: the candidates' ids (credit codes, person ids), without duplicates, sorted ascending by code unit
 *    (the ids are ASCII, so this is byte order). Pool hash = hex SHA-256 of the UTF-8 ids joined by "\n".
 * 2. Random stream for (seed, label): block i = SHA-256(UTF-8(seed) ‖ 0x00 ‖ UTF-8(label) ‖ 0x00 ‖ i as an
 *    unsigned 64-bit big-endian integer), for i = 0, 1, 2 …; each block gives eight 32-bit unsigned big-endian
 *    integers, used in order. Seeds contain no control characters, so the 0x00 separators are unambiguous.
 * 3. Uniform integer below n (1 ≤ n < 2^32), by rejection: take the next integer x; reject it while
 *    x ≥ 2^32 − (2^32 mod n); answer x mod n. No modulo bias.
 * 4. Sample k of the sorted pool of n: a = the pool; for i = 0 … k−1: j = i + uniform(n − i); swap a[i] and
 *    a[j]. The selection is a[0 … k−1], in that order (a partial Fisher–Yates shuffle: every ordered k-subset is
 *    equally likely).
 * Labels: `units` (unstratified), `units:<CLASS>` per stratum (strata taken in the order FIRST, SECOND, THIRD,
 * UNCLASSIFIED), `inspectors:<unitId>` per target, `recusal:<unitId>:<n>` for the n-th recusal on a target.
 * Seed commitment = hex SHA-256 of the UTF-8 seed.
 */
export const DRAW_ALGORITHM = 'sha256-ctr-fisher-yates-v1';

const TWO_32 = 0x1_0000_0000;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Ascending by UTF-16 code unit, which for ASCII ids is byte order. */
export function sortIds(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function poolHash(sortedPool: readonly string[]): string {
  return sha256Hex(sortedPool.join('\n'));
}

export const seedCommitment = (seed: string): string => sha256Hex(seed);

/** The SHA-256 counter-mode stream of (seed, label): 32-bit integers, eight per block. */
export class RandomStream {
  private counter = 0n;
  private block = Buffer.alloc(0);
  private offset = 0;

  constructor(
    private readonly seed: string,
    private readonly label: string,
  ) {}

  nextUint32(): number {
    if (this.offset >= this.block.length) {
      const counter = Buffer.alloc(8);
      counter.writeBigUInt64BE(this.counter++);
      this.block = createHash('sha256')
        .update(Buffer.from(this.seed, 'utf8'))
        .update(Buffer.from([0]))
        .update(Buffer.from(this.label, 'utf8'))
        .update(Buffer.from([0]))
        .update(counter)
        .digest();
      this.offset = 0;
    }
    const value = this.block.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  /** Uniform in [0, n), by rejection of the top partial range. */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n >= TWO_32) throw new RangeError(`below: n must be an integer in [1, 2^32), got ${n}`);
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }
}

/** The first k of a seeded partial Fisher–Yates shuffle of the sorted pool (step 4 above). */
export function sample(sortedPool: readonly string[], k: number, seed: string, label: string): string[] {
  if (!Number.isInteger(k) || k < 0 || k > sortedPool.length) throw new RangeError(`sample: cannot take ${k} of ${sortedPool.length}`);
  const a = [...sortedPool];
  const random = new RandomStream(seed, label);
  for (let i = 0; i < k; i++) {
    const j = i + random.below(a.length - i);
    const t = a[i] as string;
    a[i] = a[j] as string;
    a[j] = t;
  }
  return a.slice(0, k);
}

export const STRATUM_ORDER = ['FIRST', 'SECOND', 'THIRD', 'UNCLASSIFIED'] as const;
export type StratumClass = (typeof STRATUM_ORDER)[number];

export const unitsLabel = (stratum: StratumClass | null): string => (stratum === null ? 'units' : `units:${stratum}`);
export const inspectorsLabel = (unitId: string): string => `inspectors:${unitId}`;
export const recusalLabel = (unitId: string, n: number): string => `recusal:${unitId}:${n}`;

export interface StratumDraw {
  unitClass: StratumClass;
  /** The stratum's pool, sorted. */
  units: string[];
  count: number;
}

/** Targets: one sample over the whole pool, or one per stratum in STRATUM_ORDER, concatenated. */
export function drawTargets(seed: string, draw: { pool: readonly string[]; count: number } | { strata: readonly StratumDraw[] }): string[] {
  if ('pool' in draw) return sample(draw.pool, draw.count, seed, unitsLabel(null));
  const ordered = [...draw.strata].sort((a, b) => STRATUM_ORDER.indexOf(a.unitClass) - STRATUM_ORDER.indexOf(b.unitClass));
  return ordered.flatMap((s) => sample(s.units, s.count, seed, unitsLabel(s.unitClass)));
}

/** Inspectors for each target, drawn independently from the sorted roster. */
export function drawAssignments(
  seed: string,
  targets: readonly string[],
  sortedRoster: readonly string[],
  perTarget: number,
): { unitId: string; inspectorIds: string[] }[] {
  return targets.map((unitId) => ({ unitId, inspectorIds: sample(sortedRoster, perTarget, seed, inspectorsLabel(unitId)) }));
}
