import type { Day } from '../shared/day';
import type { ScopeInterval } from '../registry/unit.timeline';
import type { InspectionKind } from '../supervision/common';
import type { CycleFacts, CycleInspection } from './cycle';

/**
 * A unit's cycle facts with both times of every event behind them, so that the record can be read as it stood at
 * any knowledge time T ("as known at T": only events recorded by T). Business time decides where a fact lies (a
 * transfer recorded late still takes effect on the day it happened); knowledge time decides whether it is known.
 * A correction or withdrawal changes the record whatever day it was made: only its recordedAt limits it.
 *
 * Instants are ISO-8601 strings in UTC as the store writes them (`toISOString`), so that they compare as strings.
 */

/** Registration, re-registration, transfer in (ENTERED: `bureauId` is the new supervisor), deregistration (LEFT). */
export interface RecordedScopeChange {
  change: 'ENTERED' | 'LEFT';
  bureauId: string | null;
  occurredAt: string;
  /** The business day of `occurredAt` (China time). */
  day: Day;
  recordedAt: string;
  position: number;
}

/** A correction that changed the inspection's day. */
export interface RecordedDayCorrection {
  day: Day;
  recordedAt: string;
  position: number;
}

export interface RecordedInspection {
  inspectionId: string;
  bureauId: string;
  kind: InspectionKind;
  /** The day as first recorded. */
  day: Day;
  recordedAt: string;
  position: number;
  /** Corrections of the day, in log order. */
  dayCorrections: RecordedDayCorrection[];
  /** When the withdrawal was recorded; null while not withdrawn. */
  withdrawnAt: string | null;
}

export interface RecordedUnitFacts {
  /** In business-time order (occurredAt, then log position): the order unit.timeline.ts reads them in. */
  scopeChanges: RecordedScopeChange[];
  /** In log order. */
  inspections: RecordedInspection[];
}

/** Normalises an instant so that it compares with recorded instants as a string (null: everything is known). */
export function knowledgeTime(knownAt: Date | string | null | undefined): string | null {
  if (knownAt === null || knownAt === undefined) return null;
  return (typeof knownAt === 'string' ? new Date(knownAt) : knownAt).toISOString();
}

const known = (recordedAt: string, knownAt: string | null): boolean => knownAt === null || recordedAt <= knownAt;

/** Compares scope changes as unit.timeline.ts orders events: by business time, then by their order in the log. */
export function byBusinessTime(a: RecordedScopeChange, b: RecordedScopeChange): number {
  return a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.position - b.position;
}

/**
 * Scope intervals from the changes known at `knownAt` — the same rule as unit.timeline.ts `scopeTimeline`, on
 * stored business days: an entry closes the open interval and opens one; leaving closes it; an interval of no day
 * (a same-day registration and transfer) is dropped. `changes` must be in business-time order.
 */
export function knownIntervals(changes: readonly RecordedScopeChange[], knownAt: string | null): ScopeInterval[] {
  const intervals: ScopeInterval[] = [];
  for (const c of changes) {
    if (!known(c.recordedAt, knownAt)) continue;
    const open = intervals[intervals.length - 1];
    if (open && open.to === null) open.to = c.day;
    if (c.change === 'ENTERED' && c.bureauId !== null) intervals.push({ bureauId: c.bureauId, from: c.day, to: null });
  }
  return intervals.filter((i) => i.to === null || i.to > i.from);
}

/** The inspection as known at `knownAt` (its day after the corrections known then), or null if not yet recorded. */
export function knownInspection(inspection: RecordedInspection, knownAt: string | null): CycleInspection | null {
  if (!known(inspection.recordedAt, knownAt)) return null;
  let day = inspection.day;
  for (const c of inspection.dayCorrections) if (known(c.recordedAt, knownAt)) day = c.day;
  return {
    inspectionId: inspection.inspectionId,
    bureauId: inspection.bureauId,
    kind: inspection.kind,
    day,
    withdrawn: inspection.withdrawnAt !== null && known(inspection.withdrawnAt, knownAt),
  };
}

/** The unit's cycle facts as the record stood at `knownAt` (null: as it stands now). */
export function factsKnownAt(facts: RecordedUnitFacts, knownAt: string | null): CycleFacts {
  const inspections: CycleInspection[] = [];
  for (const recorded of facts.inspections) {
    const inspection = knownInspection(recorded, knownAt);
    if (inspection !== null) inspections.push(inspection);
  }
  return { intervals: knownIntervals(facts.scopeChanges, knownAt), inspections };
}
