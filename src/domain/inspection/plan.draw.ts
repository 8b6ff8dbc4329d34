import { RuleViolation, ValidationError } from '../shared/errors';
import { DRAW_ALGORITHM, STRATUM_ORDER, drawAssignments, drawTargets, poolHash, seedCommitment, sortIds, type StratumClass, type StratumDraw } from './draw';
import type { TargetSelection } from './inspection.events';
import type { DrawInspectionPlan, SampleSize } from './plan.commands';

/** Bounds that keep one plan event reasonable: a province-wide pool of credit codes is a few hundred kilobytes. */
export const MAX_POOL = 20_000;
export const MAX_TARGETS = 1_000;
export const MAX_INSPECTORS_PER_TARGET = 10;

const SEED = /^[\x20-\x7e]{16,256}$/;
const HEX_64 = /^[0-9a-f]{64}$/;

/** The seed must be long enough to be unguessable and, when a commitment was published, match it. */
export function validSeed(seed: string, commitment: string | null): { seed: string; seedCommitment: string } {
  if (!SEED.test(seed)) {
    throw new ValidationError('seed must be 16-256 printable ASCII characters', 'seed', 'INVALID_SEED', { min: 16, max: 256 });
  }
  const hash = seedCommitment(seed);
  if (commitment !== null) {
    const given = commitment.trim().toLowerCase();
    if (!HEX_64.test(given)) throw new ValidationError('seedCommitment must be a SHA-256 in hex', 'seedCommitment', 'INVALID_HASH');
    if (given !== hash) throw new ValidationError('The seed does not match the published commitment', 'seed', 'SEED_COMMITMENT_MISMATCH');
  }
  return { seed, seedCommitment: hash };
}

function sizeOf(size: SampleSize, poolSize: number, field: string): number {
  const hasCount = size.count !== null && size.count !== undefined;
  const hasRatio = size.ratio !== null && size.ratio !== undefined;
  if (hasCount === hasRatio) throw new ValidationError(`${field}: give a count or a ratio`, field, 'INVALID_SAMPLE');
  let count: number;
  if (hasCount) {
    count = size.count as number;
    if (!Number.isInteger(count) || count < 0) throw new ValidationError(`${field}.count must be a whole number`, `${field}.count`, 'INVALID_SAMPLE');
  } else {
    const ratio = size.ratio as number;
    if (!(ratio > 0 && ratio <= 1)) throw new ValidationError(`${field}.ratio lies in (0, 1]`, `${field}.ratio`, 'INVALID_SAMPLE');
    // Rounded up: practice asks for "at least" a share of the units.
    count = Math.ceil(ratio * poolSize - 1e-9);
  }
  if (count > poolSize) {
    throw new ValidationError(`${field}: cannot draw ${count} of ${poolSize}`, hasCount ? `${field}.count` : `${field}.ratio`, 'SAMPLE_LARGER_THAN_POOL', {
      count,
      poolSize,
    });
  }
  return count;
}

const stratumOf = (unitClass: string | null): StratumClass => (unitClass === null ? 'UNCLASSIFIED' : (unitClass as StratumClass));

/**
 * Draws the targets and their inspectors, and records everything a re-run needs: algorithm, seed and its
 * commitment, the exact pool and its hash, each stratum's pool, the sorted roster.
 */
export function decideDraw(
  d: DrawInspectionPlan['data'],
  rosterIds: readonly string[],
): { unitIds: string[]; assignments: { unitId: string; inspectorIds: string[] }[]; selection: TargetSelection } {
  const { seed, seedCommitment: commitment } = validSeed(d.seed, d.seedCommitment);
  const perTarget = d.inspectorsPerTarget;
  if (!Number.isInteger(perTarget) || perTarget < 1 || perTarget > MAX_INSPECTORS_PER_TARGET) {
    throw new ValidationError(`inspectorsPerTarget lies in 1-${MAX_INSPECTORS_PER_TARGET}`, 'inspectorsPerTarget', 'INVALID_INSPECTORS_PER_TARGET');
  }
  if (d.kind === 'LAW_ENFORCEMENT' && perTarget < 2) {
    throw new ValidationError('Law enforcement needs at least two inspectors per target', 'inspectorsPerTarget', 'TOO_FEW_INSPECTORS', { min: 2 });
  }
  if (perTarget > rosterIds.length) {
    throw new ValidationError(`The roster has fewer than ${perTarget} people`, 'roster', 'ROSTER_TOO_SMALL', { perTarget });
  }
  const classOf = new Map(d.pool.map((u) => [u.unitId, stratumOf(u.unitClass)]));
  const scope = sortIds([...classOf.keys()]);
  if (scope.length === 0) throw new RuleViolation('No unit in the bureau\'s scope on the first day to draw from', 'EMPTY_POOL');
  if (scope.length > MAX_POOL) throw new RuleViolation(`The pool has more than ${MAX_POOL} units`, 'POOL_TOO_LARGE', { max: MAX_POOL });

  let pool: string[];
  let unitIds: string[];
  let strata: StratumDraw[] | null = null;
  if (d.strata !== null && d.strata.length > 0) {
    if (d.sample !== null) throw new ValidationError('Give a sample or strata, not both', 'sample', 'INVALID_SAMPLE');
    const seen = new Set<string>();
    strata = d.strata.map((s, i) => {
      if (!STRATUM_ORDER.includes(s.unitClass)) throw new ValidationError('Unknown class', `strata[${i}].unitClass`, 'INVALID_STRATUM');
      if (seen.has(s.unitClass)) throw new ValidationError(`${s.unitClass} appears twice`, `strata[${i}].unitClass`, 'DUPLICATE_STRATUM');
      seen.add(s.unitClass);
      const units = scope.filter((id) => classOf.get(id) === s.unitClass);
      return { unitClass: s.unitClass, units, count: sizeOf(s, units.length, `strata[${i}]`) };
    });
    pool = sortIds(strata.flatMap((s) => s.units));
    unitIds = drawTargets(seed, { strata });
  } else {
    if (d.sample === null) throw new ValidationError('Give a sample size or strata', 'sample', 'INVALID_SAMPLE');
    pool = scope;
    unitIds = drawTargets(seed, { pool, count: sizeOf(d.sample, pool.length, 'sample') });
  }
  if (unitIds.length === 0) throw new RuleViolation('The draw would select no unit', 'EMPTY_SAMPLE');
  if (unitIds.length > MAX_TARGETS) throw new RuleViolation(`A plan has at most ${MAX_TARGETS} targets`, 'TOO_MANY_TARGETS', { max: MAX_TARGETS });

  const inspectorPool = sortIds(rosterIds);
  return {
    unitIds,
    assignments: drawAssignments(seed, unitIds, inspectorPool, perTarget),
    selection: {
      method: 'RANDOM_DRAW',
      algorithm: DRAW_ALGORITHM,
      seed,
      seedCommitment: commitment,
      poolDay: d.period.from,
      pool,
      poolHash: poolHash(pool),
      sampleSize: unitIds.length,
      strata:
        strata === null
          ? null
          : [...strata]
              .sort((a, b) => STRATUM_ORDER.indexOf(a.unitClass) - STRATUM_ORDER.indexOf(b.unitClass))
              .map((s) => ({ unitClass: s.unitClass, poolSize: s.units.length, drawn: s.count, units: s.units })),
      inspectorPool,
      inspectorsPerTarget: perTarget,
    },
  };
}
