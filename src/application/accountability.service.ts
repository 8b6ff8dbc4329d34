import { countLateRecords, findCycleDigestsOfBureau, findLateRecords, getUnitFacts } from '../../projections/accountability/accountability.queries';
import { dayNumber, dayOfNumber, judgeDigest, labelOf, type CycleDigestDoc } from '../../projections/accountability/cycle-digest';
import type { LateRecordDoc } from '../../projections/accountability/late-records.projection';
import type { UnitFactsDoc } from '../../projections/accountability/unit-facts.projection';
import { countStandings, cycleDueOn, cycleSituationOn, cycleStandingOn, cycleWindowStart, withDueDay, type CycleCounts, type CycleSituation, type CycleStanding } from '../domain/accountability/cycle';
import { factsKnownAt } from '../domain/accountability/known-facts';
import type { Day } from '../domain/shared/day';
import { remembered } from '../domain/shared/remembered';
import type { InspectionKind } from '../domain/supervision/common';
import type { ReadStore } from '../readstore/port';

/** An overdue unit (a dead corner, 死角) as lists show it. */
export interface OverdueUnitView {
  unitId: string;
  name: string | null;
  regionCode: string | null;
  enteredScopeOn: Day;
  dueOn: Day;
  daysOverdue: number;
  lastCountingInspectionOn: Day | null;
}

/** A bureau's two-year cycle on a day, as the record stood at a time. */
export interface BureauCycleReport extends CycleCounts {
  bureauId: string;
  asOf: Day;
  /** Null: as the record stands now. */
  knownAt: string | null;
  countingKinds: readonly InspectionKind[];
  /** Every overdue unit, the longest overdue first (then by credit code). */
  overdueUnits: OverdueUnitView[];
}

/** The unit's standing on the day, in the scope of whichever bureau supervised it, or null when in none. */
export function unitStanding(doc: UnitFactsDoc, asOf: Day, knownAt: string | null, countingKinds: readonly InspectionKind[]): CycleStanding | null {
  return cycleStandingOn(factsKnownAt(doc, knownAt), asOf, countingKinds);
}

type OverdueOrder = Pick<OverdueUnitView, 'daysOverdue' | 'unitId'>;

/** The longest overdue first, then by credit code. */
export const byMostOverdue = (a: OverdueOrder, b: OverdueOrder): number =>
  b.daysOverdue - a.daysOverdue || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);

/** The cycle of bureau B over the facts of its units (pure: what the read model holds, judged by the rules). */
export function judgeBureau(
  docs: readonly UnitFactsDoc[],
  bureauId: string,
  asOf: Day,
  knownAt: string | null,
  countingKinds: readonly InspectionKind[],
): BureauCycleReport {
  const windowStart = cycleWindowStart(asOf);
  const situations: CycleSituation[] = [];
  const overdueUnits: OverdueUnitView[] = [];
  for (const doc of docs) {
    const situation = cycleSituationOn(factsKnownAt(doc, knownAt), asOf, countingKinds, bureauId, windowStart);
    if (situation === null) continue;
    situations.push(situation);
    if (situation.state !== 'OVERDUE') continue;
    const standing = withDueDay(situation, asOf); // only the overdue need their due day
    overdueUnits.push({
      unitId: doc.unitId,
      name: doc.name,
      regionCode: doc.regionCode,
      enteredScopeOn: standing.enteredScopeOn,
      dueOn: standing.dueOn,
      daysOverdue: standing.daysOverdue,
      lastCountingInspectionOn: standing.lastCountingInspectionOn,
    });
  }
  overdueUnits.sort(byMostOverdue);
  return { bureauId, asOf, knownAt, countingKinds, ...countStandings(situations), overdueUnits };
}

/** The cycle's last day from the day it runs from (a day number), remembered: pure, and many units share one. */
const dueDayFrom = remembered((from: number): { dueOn: Day; number: number } => {
  const dueOn = cycleDueOn({ enteredScopeOn: dayOfNumber(from), lastCountingInspectionOn: null });
  return { dueOn, number: dayNumber(dueOn) };
});

/**
 * The cycle of bureau B over its digest (cycle-digest.ts): the same answer as judgeBureau over its units' facts, in a
 * tight loop over packed entries; only the overdue units are turned into views.
 */
export function judgeBureauDigest(
  docs: readonly CycleDigestDoc[],
  bureauId: string,
  asOf: Day,
  knownAt: string | null,
  countingKinds: readonly InspectionKind[],
): BureauCycleReport {
  const { covered, notYetDue, overdue } = judgeDigest(docs, asOf, cycleWindowStart(asOf), knownAt, countingKinds);
  const day = dayNumber(asOf);
  const overdueUnits: OverdueUnitView[] = overdue.map(({ entry, enteredOn, inspectedOn }) => {
    // The cycle runs from the later of the entry and the last inspection (cycleDueOn).
    const due = dueDayFrom(Math.max(enteredOn, inspectedOn));
    const { unitId, name, regionCode } = labelOf(entry);
    return {
      unitId,
      name,
      regionCode,
      enteredScopeOn: dayOfNumber(enteredOn),
      dueOn: due.dueOn,
      daysOverdue: day - due.number,
      lastCountingInspectionOn: inspectedOn < 0 ? null : dayOfNumber(inspectedOn),
    };
  });
  overdueUnits.sort(byMostOverdue);
  const unitsInScope = covered + notYetDue + overdue.length;
  return { bureauId, asOf, knownAt, countingKinds, unitsInScope, covered, notYetDue, overdue: overdue.length, met: overdue.length === 0, overdueUnits };
}

/**
 * Accountability queries over the read models: the two-year cycle of a bureau or of units on any day (asOf), as the
 * record stood at any time (knownAt), and acts recorded late. The counting kinds are configuration
 * (CYCLE_COUNTING_KINDS), given once here and passed to the rules on every call.
 */
export class AccountabilityService {
  constructor(
    private readonly store: ReadStore,
    readonly countingKinds: readonly InspectionKind[],
  ) {}

  async bureauCycle(bureauId: string, asOf: Day, knownAt: string | null): Promise<BureauCycleReport> {
    const docs = await findCycleDigestsOfBureau(this.store, bureauId);
    return judgeBureauDigest(docs, bureauId, asOf, knownAt, this.countingKinds);
  }

  /** Standings of units by id, in order (null: never seen, or in no bureau's scope that day). */
  async unitStandings(unitIds: readonly string[], asOf: Day, knownAt: string | null): Promise<(CycleStanding | null)[]> {
    const docs = await getUnitFacts(this.store, unitIds);
    return docs.map((doc) => (doc === null ? null : unitStanding(doc, asOf, knownAt, this.countingKinds)));
  }

  lateRecords(bureauId: string, minDelayDays: number, limit: number, afterKey?: string): Promise<LateRecordDoc[]> {
    return findLateRecords(this.store, bureauId, minDelayDays, limit, afterKey);
  }

  countLateRecords(bureauId: string, minDelayDays: number): Promise<number> {
    return countLateRecords(this.store, bureauId, minDelayDays);
  }
}
