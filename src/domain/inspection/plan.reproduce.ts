import { DRAW_ALGORITHM, drawAssignments, drawTargets, poolHash, recusalLabel, sample, seedCommitment, sortIds, STRATUM_ORDER, type StratumClass } from './draw';
import type { InspectionPlanInspectorRecused, InspectionPlanned } from './inspection.events';

/** Whether a recorded draw gives the recorded selection when re-run, and where it does not. */
export interface DrawReproduction {
  reproduces: boolean;
  algorithm: string;
  /** False when the recorded algorithm is not one this code knows (nothing else is then checked). */
  algorithmKnown: boolean;
  /** The recorded pool is sorted, without duplicates, and hashes to the recorded pool hash. */
  poolHashMatches: boolean;
  /** The seed hashes to the recorded commitment (null when none was recorded). */
  seedCommitmentMatches: boolean | null;
  /** The re-drawn targets equal the recorded ones, in order. */
  targetsMatch: boolean;
  /** Recorded targets the re-run did not draw, and units it drew that were not recorded. */
  missing: string[];
  unexpected: string[];
  assignmentsMatch: boolean;
  /** Every recusal's replacement comes out of its logged re-draw over the candidates it should have had. */
  recusalsMatch: boolean;
}

type Drawn = InspectionPlanned['data'];
type Recusal = InspectionPlanInspectorRecused['data'];

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function sortedAndUnique(ids: readonly string[]): boolean {
  return ids.every((id, i) => i === 0 || (ids[i - 1] as string) < id);
}

/** Re-runs the draw of a RANDOM_DRAW plan from what it recorded (null for a listed plan). */
export function reproduceDraw(plan: Drawn, recusals: readonly Recusal[]): DrawReproduction | null {
  const s = plan.selection;
  if (s.method !== 'RANDOM_DRAW') return null;
  const failed = { poolHashMatches: false, targetsMatch: false, missing: [], unexpected: [], assignmentsMatch: false, recusalsMatch: false };
  if (s.algorithm !== DRAW_ALGORITHM) {
    return { reproduces: false, algorithm: s.algorithm, algorithmKnown: false, seedCommitmentMatches: null, ...failed };
  }
  const poolHashMatches = sortedAndUnique(s.pool) && poolHash(s.pool) === s.poolHash;
  const seedCommitmentMatches = s.seedCommitment === undefined ? null : seedCommitment(s.seed) === s.seedCommitment;

  let redrawn: string[];
  let strataConsistent = true;
  if (s.strata !== null) {
    const strata = s.strata.map((st) => ({ unitClass: st.unitClass as StratumClass, units: st.units ?? [], count: st.drawn }));
    // Each stratum's pool is sorted, its size as recorded, and together they are the recorded pool.
    strataConsistent =
      strata.every((st, i) => STRATUM_ORDER.includes(st.unitClass) && sortedAndUnique(st.units) && st.units.length === s.strata?.[i]?.poolSize) &&
      sameList(sortIds(strata.flatMap((st) => st.units)), s.pool) &&
      strata.every((st) => st.count <= st.units.length);
    redrawn = strataConsistent ? drawTargets(s.seed, { strata }) : [];
  } else {
    redrawn = s.sampleSize <= s.pool.length ? drawTargets(s.seed, { pool: s.pool, count: s.sampleSize }) : [];
  }
  const recorded = plan.unitIds;
  const targetsMatch = strataConsistent && sameList(redrawn, recorded);
  const missing = recorded.filter((id) => !redrawn.includes(id));
  const unexpected = redrawn.filter((id) => !recorded.includes(id));

  const roster = s.inspectorPool;
  const rosterSound = sortedAndUnique(roster) && s.inspectorsPerTarget <= roster.length;
  const expectedAssignments = rosterSound ? drawAssignments(s.seed, redrawn, roster, s.inspectorsPerTarget) : [];
  const assignmentsMatch =
    rosterSound &&
    expectedAssignments.length === plan.assignments.length &&
    expectedAssignments.every((a, i) => a.unitId === plan.assignments[i]?.unitId && sameList(a.inspectorIds, plan.assignments[i]?.inspectorIds ?? []));

  const recusalsMatch = replayRecusals(plan, recusals);
  const reproduces = poolHashMatches && seedCommitmentMatches !== false && targetsMatch && assignmentsMatch && recusalsMatch;
  return { reproduces, algorithm: s.algorithm, algorithmKnown: true, poolHashMatches, seedCommitmentMatches, targetsMatch, missing, unexpected, assignmentsMatch, recusalsMatch };
}

/** Replays the recusals in order over the recorded assignments, re-running each logged re-draw. */
function replayRecusals(plan: Drawn, recusals: readonly Recusal[]): boolean {
  const s = plan.selection;
  if (s.method !== 'RANDOM_DRAW') return false;
  const current = new Map(plan.assignments.map((a) => [a.unitId, [...a.inspectorIds]]));
  const recused = new Map<string, string[]>();
  for (const r of recusals) {
    const assigned = current.get(r.unitId);
    if (!assigned || !assigned.includes(r.inspectorId)) return false;
    const before = recused.get(r.unitId) ?? [];
    const excluded = new Set([...assigned, ...before]);
    const candidates = sortIds(s.inspectorPool.filter((id) => !excluded.has(id)));
    const label = recusalLabel(r.unitId, before.length + 1);
    if (r.redraw.label !== label || !sameList(r.redraw.candidates, candidates) || candidates.length === 0) return false;
    if (sample(candidates, 1, s.seed, label)[0] !== r.replacementId) return false;
    current.set(r.unitId, assigned.map((id) => (id === r.inspectorId ? r.replacementId : id)));
    recused.set(r.unitId, [...before, r.inspectorId]);
  }
  return true;
}
