import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  DRAW_ALGORITHM,
  RandomStream,
  drawAssignments,
  drawTargets,
  poolHash,
  sample,
  seedCommitment,
  sortIds,
} from '../../../src/domain/inspection/draw';

/**
 * The sampler is the published algorithm `sha256-ctr-fisher-yates-v1`: these specs pin it (fixed vectors, the
 * random stream recomputed from its definition), prove it deterministic, and check it is not visibly biased.
 */

const POOL = sortIds(Array.from({ length: 10 }, (_, i) => `U${String(i).padStart(2, '0')}`));
const SEED = 'seed-0001-fixed-vector';

describe(`the draw (${DRAW_ALGORITHM})`, () => {
  it('derives its random stream exactly as documented: SHA-256(seed ‖ 0x00 ‖ label ‖ 0x00 ‖ counter), 32-bit big-endian words', () => {
    const block = (counter: number) => {
      const c = Buffer.alloc(8);
      c.writeBigUInt64BE(BigInt(counter));
      return createHash('sha256').update(Buffer.concat([Buffer.from(SEED), Buffer.from([0]), Buffer.from('units'), Buffer.from([0]), c])).digest();
    };
    const stream = new RandomStream(SEED, 'units');
    const words = Array.from({ length: 10 }, () => stream.nextUint32());
    const expected = [...Array.from({ length: 8 }, (_, i) => block(0).readUInt32BE(i * 4)), block(1).readUInt32BE(0), block(1).readUInt32BE(4)];
    expect(words).toEqual(expected);
    expect(words.slice(0, 2)).toEqual([1327264506, 110404538]);
  });

  it('gives the fixed vectors', () => {
    expect(sample(POOL, 4, SEED, 'units')).toEqual(['U06', 'U09', 'U03', 'U02']);
    expect(sample(POOL, 10, SEED, 'units')).toEqual(['U06', 'U09', 'U03', 'U02', 'U00', 'U01', 'U08', 'U05', 'U07', 'U04']);
    expect(sample(['a', 'b', 'c'], 3, 'another-seed-for-vectors', 'inspectors:X')).toEqual(['c', 'a', 'b']);
    expect(poolHash(POOL)).toBe('15169329b13a2630cd3c505a8d1ef54cda49ab07a714c3f017da886e8760dd57');
    expect(poolHash(POOL)).toBe(createHash('sha256').update(POOL.join('\n')).digest('hex'));
    expect(seedCommitment(SEED)).toBe('a1a27ca82f9f8f24148e5c5ef0c8676fe86772f396f51c09f57b4490cad9f3e9');
  });

  it('takes the first k of the full shuffle: a smaller sample is a prefix of a larger one', () => {
    const full = sample(POOL, POOL.length, SEED, 'units');
    for (let k = 0; k <= POOL.length; k++) expect(sample(POOL, k, SEED, 'units')).toEqual(full.slice(0, k));
  });

  it('gives the same selection for the same seed and pool, distinct members of the pool, and another for another label', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[0-9A-Y]{4}$/), { minLength: 1, maxLength: 40 }), fc.string({ minLength: 16, maxLength: 40 }), fc.nat(), (ids, seed, n) => {
        const pool = sortIds(ids);
        const k = n % (pool.length + 1);
        const once = sample(pool, k, seed, 'units');
        expect(sample([...pool], k, seed, 'units')).toEqual(once);
        expect(new Set(once).size).toBe(k);
        expect(once.every((id) => pool.includes(id))).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(sample(POOL, 5, SEED, 'units:FIRST')).not.toEqual(sample(POOL, 5, SEED, 'units'));
  });

  it('draws each unit with equal probability (chi-square over 6,000 seeds below the p = 0.001 critical value)', () => {
    const counts = new Map<string, number>(POOL.map((id) => [id, 0]));
    const runs = 6000;
    for (let i = 0; i < runs; i++) for (const id of sample(POOL, 1, `uniformity-seed-${i}`, 'units')) counts.set(id, (counts.get(id) ?? 0) + 1);
    const expected = runs / POOL.length;
    const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88); // df = 9, p = 0.001
  });

  it('makes every ordering of a small pool equally likely (all 6 permutations of 3)', () => {
    const counts = new Map<string, number>();
    const runs = 6000;
    for (let i = 0; i < runs; i++) {
      const key = sample(['A', 'B', 'C'], 3, `permutation-seed-${i}`, 'units').join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - runs / 6) ** 2 / (runs / 6), 0);
    expect(chi2).toBeLessThan(20.52); // df = 5, p = 0.001
  });

  it('samples integers by rejection: bounds respected, no modulo shortcut', () => {
    const stream = new RandomStream(SEED, 'bounds');
    for (const n of [1, 2, 3, 7, 1000, 2 ** 31 + 1]) for (let i = 0; i < 50; i++) expect(stream.below(n)).toBeLessThan(n);
    expect(() => stream.below(0)).toThrow(RangeError);
    expect(() => stream.below(2 ** 32)).toThrow(RangeError);
    expect(() => sample(POOL, 11, SEED, 'units')).toThrow(RangeError);
  });

  it('draws strata in the order FIRST, SECOND, THIRD, UNCLASSIFIED, each under its own label', () => {
    const first = ['A1', 'A2', 'A3'];
    const none = ['N1', 'N2', 'N3', 'N4'];
    const drawn = drawTargets(SEED, {
      strata: [
        { unitClass: 'UNCLASSIFIED', units: none, count: 2 },
        { unitClass: 'FIRST', units: first, count: 1 },
      ],
    });
    expect(drawn).toEqual([...sample(first, 1, SEED, 'units:FIRST'), ...sample(none, 2, SEED, 'units:UNCLASSIFIED')]);
  });

  it('draws each target’s inspectors independently from the sorted roster', () => {
    const roster = ['p1', 'p2', 'p3', 'p4'];
    const assignments = drawAssignments(SEED, ['U01', 'U02'], roster, 2);
    expect(assignments).toEqual([
      { unitId: 'U01', inspectorIds: sample(roster, 2, SEED, 'inspectors:U01') },
      { unitId: 'U02', inspectorIds: sample(roster, 2, SEED, 'inspectors:U02') },
    ]);
  });
});
