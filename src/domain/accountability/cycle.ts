import { addDays, addMonths, daysBetween, type Day } from '../shared/day';
import type { ScopeInterval } from '../registry/unit.timeline';
import type { InspectionKind } from '../supervision/common';

/**
 * The two-year cycle (至少每两年普遍检查一次), exactly as DOMAIN.md's "Accountability rules" state it, on facts that
 * are already resolved to one state of the record (see known-facts.ts for knowledge time).
 *
 * - In scope of B on D: B supervised the unit on D and it was registered (not deregistered) that day.
 * - Counting: an inspection of a counting kind (configured; passed in) that is not withdrawn.
 * - Covered on D: a counting inspection occurred on a day in [D − 24 months, D]. The inspection may be by ANY
 *   bureau: the rule says "a counting inspection occurred", not "B inspected". Coverage belongs to the unit (no dead
 *   corner, 不留死角), so a unit its previous supervisor inspected shortly before a transfer, or that a higher bureau
 *   inspected, is covered for B until that inspection is 24 months old. Only the inspection's day counts (on or
 *   before D): one dated before the unit entered B's scope counts like any other.
 * - Not yet due on D: not covered, and it entered B's scope (registration, re-registration or transfer in: the
 *   start of the scope interval containing D) on or after D − 24 months.
 * - Overdue otherwise; it fell due on `dueOn`, the last day the cycle allowed, and is overdue by D − dueOn (the
 *   first overdue day counts 1).
 * - "D − 24 months" is the same calendar day 24 months earlier, the month's last day where that day does not exist
 *   (`addMonths`); an inspection, or an entry, on exactly that day still counts for D.
 */
export const CYCLE_MONTHS = 24;

export type CycleState = 'COVERED' | 'NOT_YET_DUE' | 'OVERDUE';
export const CYCLE_STATES: readonly CycleState[] = ['COVERED', 'NOT_YET_DUE', 'OVERDUE'];

/** An inspection as the record stands (corrections applied): what the cycle needs of it. */
export interface CycleInspection {
  inspectionId: string;
  bureauId: string;
  kind: InspectionKind;
  day: Day;
  withdrawn: boolean;
}

/** A unit's facts as the record stands: its scope intervals (unit.timeline.ts) and its inspections. */
export interface CycleFacts {
  intervals: readonly ScopeInterval[];
  inspections: readonly CycleInspection[];
}

export interface CycleStanding {
  /** The bureau that supervised the unit on the day. */
  bureauId: string;
  state: CycleState;
  /** The day the unit entered that bureau's scope (the start of its current scope interval). */
  enteredScopeOn: Day;
  /** The last counting inspection on or before the day, by any bureau; null when there is none. */
  lastCountingInspectionOn: Day | null;
  /**
   * The last day of the cycle: the unit must be inspected by this day. For an overdue unit, the day it fell due
   * (overdue from the day after); otherwise the day it falls due if nothing is inspected before.
   */
  dueOn: Day;
  /** Days since `dueOn`, at least 1 when overdue; 0 otherwise. */
  daysOverdue: number;
}

/** The first day of the window that covers `day`: the same calendar day 24 months earlier (month-end rule). */
export const cycleWindowStart = (day: Day): Day => addMonths(day, -CYCLE_MONTHS);

/**
 * The last day D whose window still reaches back to `day` (cycleWindowStart(D) ≤ day). Usually `day` + 24 months,
 * but a day the month-end rule clamps stretches it: an inspection on 28 Feb 2022 still covers 29 Feb 2024.
 */
export function lastCoveredDay(day: Day): Day {
  let last = addMonths(day, CYCLE_MONTHS);
  for (let next = addDays(last, 1); cycleWindowStart(next) <= day; next = addDays(next, 1)) last = next;
  return last;
}

/** The scope interval that contains `day`, or null when the unit was in no bureau's scope that day. */
export function intervalOn(intervals: readonly ScopeInterval[], day: Day): ScopeInterval | null {
  for (const interval of intervals) if (interval.from <= day && (interval.to === null || day < interval.to)) return interval;
  return null;
}

/** The day of the last counting, not withdrawn, inspection on or before `day` (any bureau), or null. */
export function lastCountingInspectionOn(inspections: readonly CycleInspection[], day: Day, countingKinds: readonly InspectionKind[]): Day | null {
  let last: Day | null = null;
  for (const i of inspections) {
    if (i.withdrawn || i.day > day || !countingKinds.includes(i.kind)) continue;
    if (last === null || i.day > last) last = i.day;
  }
  return last;
}

/** Where the unit stands without the cycle's last day (all a bureau's figures need). */
export type CycleSituation = Omit<CycleStanding, 'dueOn' | 'daysOverdue'>;

/**
 * Where the unit stands on `day`: null when it is in no bureau's scope that day, or — when `bureauId` is given — not
 * in that bureau's. `windowStart` may be passed when many units are judged for one day (it is cycleWindowStart(day)).
 */
export function cycleSituationOn(
  facts: CycleFacts,
  day: Day,
  countingKinds: readonly InspectionKind[],
  bureauId?: string,
  windowStart: Day = cycleWindowStart(day),
): CycleSituation | null {
  const interval = intervalOn(facts.intervals, day);
  if (interval === null || (bureauId !== undefined && interval.bureauId !== bureauId)) return null;
  const entered = interval.from;
  const inspected = lastCountingInspectionOn(facts.inspections, day, countingKinds);
  const state: CycleState = inspected !== null && inspected >= windowStart ? 'COVERED' : entered >= windowStart ? 'NOT_YET_DUE' : 'OVERDUE';
  return { bureauId: interval.bureauId, state, enteredScopeOn: entered, lastCountingInspectionOn: inspected };
}

/** The last day of the cycle: it runs from the later of the entry and the last inspection, whichever keeps the unit from being due. */
export function cycleDueOn(situation: Pick<CycleSituation, 'enteredScopeOn' | 'lastCountingInspectionOn'>): Day {
  const { enteredScopeOn: entered, lastCountingInspectionOn: inspected } = situation;
  return lastCoveredDay(inspected !== null && inspected > entered ? inspected : entered);
}

/** The situation with the cycle's last day and the days overdue. */
export function withDueDay(situation: CycleSituation, day: Day): CycleStanding {
  const dueOn = cycleDueOn(situation);
  return { ...situation, dueOn, daysOverdue: situation.state === 'OVERDUE' ? daysBetween(dueOn, day) : 0 };
}

/** Where the unit stands on `day`, with the cycle's last day (see cycleSituationOn). */
export function cycleStandingOn(facts: CycleFacts, day: Day, countingKinds: readonly InspectionKind[], bureauId?: string, windowStart?: Day): CycleStanding | null {
  const situation = cycleSituationOn(facts, day, countingKinds, bureauId, windowStart);
  return situation && withDueDay(situation, day);
}

export interface CycleCounts {
  unitsInScope: number;
  covered: number;
  notYetDue: number;
  overdue: number;
  /** Cycle met: no unit in scope is overdue. */
  met: boolean;
}

export function countStandings(standings: Iterable<Pick<CycleStanding, 'state'>>): CycleCounts {
  let covered = 0;
  let notYetDue = 0;
  let overdue = 0;
  for (const s of standings) {
    if (s.state === 'COVERED') covered++;
    else if (s.state === 'NOT_YET_DUE') notYetDue++;
    else overdue++;
  }
  return { unitsInScope: covered + notYetDue + overdue, covered, notYetDue, overdue, met: overdue === 0 };
}
