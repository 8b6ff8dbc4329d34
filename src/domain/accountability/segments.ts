import { addDays, daysBetween, type Day } from '../shared/day';
import { ancestorsOf, findRegion } from '../shared/region';
import type { RecordedScopeChange } from './known-facts';
import { knownIntervals } from './known-facts';
import { cycleSituationOn, lastCoveredDay, type CycleInspection } from './cycle';
import type { InspectionKind } from '../supervision/common';
import { statusTimeline, type DatedRectificationEvent } from '../rectification/order-status';

/**
 * Region statistics as transitions (pure). A *subject* (a unit, an order, an act) is described, from its facts as
 * the record stands, by an *emission*: a multiset of transitions (region code, business day, counter key, +n).
 *
 * - A *stock* counter (units in scope, coverage states, open orders, active archivists) holds over day segments
 *   [from, to): +1 at `from` and -1 at `to`. Its value on day D is the sum of its transitions dated on or before D.
 * - A *flow* counter (an inspection, a bulletin, a closed order) is a point: +1 on its business day. Its value over
 *   [from, to] is the sum of its transitions dated in the period.
 *
 * When an event changes a subject, the projection recomputes the emission and applies new − old, dated by business
 * day and stamped with the event's recordedAt: a correction or withdrawal is the matching −1 (and +1 at the new day)
 * recorded when it was made. "As known at T" is the sum of what was recorded by T, exactly.
 *
 * Emission keys are `code|day|key`. Unit-based subjects emit at the unit's own (leaf) region and the projection adds
 * the same to every ancestor (`expand`); acts naming several units emit once per region at every level where any
 * named unit lies (so a bulletin naming two units of one prefecture counts once for the prefecture).
 */
export type Emission = Record<string, number>;

/** Counters whose value on a day is the sum up to that day (the rest are flows, summed over a period). */
export const STOCK_PREFIXES = ['units.', 'cov.', 'ordstock.', 'arch.active'] as const;
export const isStockKey = (key: string): boolean => STOCK_PREFIXES.some((p) => key.startsWith(p));

export const emissionKey = (code: string, day: Day, key: string): string => `${code}|${day}|${key}`;

export function splitEmissionKey(k: string): { code: string; day: Day; key: string } {
  const a = k.indexOf('|');
  const b = k.indexOf('|', a + 1);
  return { code: k.slice(0, a), day: k.slice(a + 1, b), key: k.slice(b + 1) };
}

function add(e: Emission, code: string, day: Day, key: string, n: number): void {
  if (n === 0) return;
  const k = emissionKey(code, day, key);
  const v = (e[k] ?? 0) + n;
  if (v === 0) delete e[k];
  else e[k] = v;
}

/** A stock segment [from, to): +1 at from, −1 at to (none while it lasts). */
function segment(e: Emission, code: string, from: Day, to: Day | null, key: string): void {
  if (to !== null && to <= from) return;
  add(e, code, from, key, 1);
  if (to !== null) add(e, code, to, key, -1);
}

/** new − old: what to apply when a subject's emission changes. */
export function diffEmissions(before: Emission, after: Emission): Emission {
  const delta: Emission = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d !== 0) delta[k] = d;
  }
  for (const [k, v] of Object.entries(before)) if (!(k in after) && v !== 0) delta[k] = -v;
  return delta;
}

/** The region and its ancestors up to the nation (an unknown code: itself only, nothing above it). */
export function regionLine(code: string): string[] {
  if (!findRegion(code)) return [code];
  return [code, ...ancestorsOf(code).map((r) => r.code)];
}

// ---------------------------------------------------------------------------------------------------------------
// Units

/** A change of the unit's attributes on a business day (registration sets all three; amendments and classifying some). */
export interface AttributeChange {
  occurredAt: string;
  position: number;
  day: Day;
  regionCode?: string;
  category?: string;
  /** null: not classified. */
  unitClass?: string | null;
}

export interface UnitInspectionFact {
  inspectionId: string;
  kind: InspectionKind;
  /** As corrected. */
  day: Day;
  withdrawn: boolean;
  /** The checklist item of every finding, as corrected. */
  findingItems: string[];
}

export interface ArchivistStint {
  archivistId: string;
  assignedOn: Day;
  releasedOn: Day | null;
}

/** A unit's facts as the record stands now (the projection keeps them; the reference test builds them by replay). */
export interface UnitSubjectFacts {
  /** Business-time order (occurredAt, then position), as known-facts.ts wants them. */
  scopeChanges: RecordedScopeChange[];
  /** Business-time order (occurredAt, then position). */
  attributes: AttributeChange[];
  inspections: UnitInspectionFact[];
  archivists: ArchivistStint[];
}

export interface UnitAttributes {
  regionCode: string;
  category: string;
  unitClass: string | null;
}

/**
 * The unit's attributes on `day`: the changes dated on or before it, applied in business-time order. Before the
 * first change (not possible for a registered unit) the first known values stand.
 */
export function attributesOn(changes: readonly AttributeChange[], day: Day): UnitAttributes | null {
  let attrs = null as UnitAttributes | null;
  for (const c of changes) {
    if (c.day > day && attrs !== null) break;
    attrs = {
      regionCode: c.regionCode ?? attrs?.regionCode ?? '',
      category: c.category ?? attrs?.category ?? 'OTHER',
      unitClass: c.unitClass !== undefined ? c.unitClass : (attrs?.unitClass ?? null),
    };
  }
  return attrs && attrs.regionCode !== '' ? attrs : null;
}

/** Region of the unit on a day ('' when unknown). */
const regionOn = (facts: UnitSubjectFacts, day: Day): string => attributesOn(facts.attributes, day)?.regionCode ?? '';

/** Splits [from, to) into runs of equal region, for stock segments that must follow the unit's region. */
function regionRuns(facts: UnitSubjectFacts, from: Day, to: Day | null): { code: string; from: Day; to: Day | null }[] {
  const days = [from, ...facts.attributes.filter((c) => c.regionCode !== undefined && c.day > from && (to === null || c.day < to)).map((c) => c.day)];
  const runs: { code: string; from: Day; to: Day | null }[] = [];
  for (const day of [...new Set(days)].sort()) {
    const code = regionOn(facts, day);
    const last = runs[runs.length - 1];
    if (last && last.code === code) continue;
    if (last) last.to = day;
    runs.push({ code, from: day, to });
  }
  return runs.filter((r) => r.code !== '');
}

/** One run of a unit's standing: the keys it counts under from `from` (inclusive) to `to` (exclusive). */
export interface UnitRun {
  from: Day;
  to: Day | null;
  regionCode: string;
  keys: string[];
}

/**
 * The unit's stock runs: while registered (in some bureau's scope), it counts under `units.total`,
 * `units.cat.<category>`, `units.class.<class|NONE>` and `cov.<COVERED|NOT_YET_DUE|OVERDUE>` in its region of the
 * day. The state can only change on a candidate day — an interval's start or end, an attribute change, a counting
 * inspection's day, the day after it stops covering (lastCoveredDay + 1), the day after an entry's cycle ends — so
 * the existing rules (cycleSituationOn) are evaluated on those days only, and the answer follows them exactly.
 */
export function unitRuns(facts: UnitSubjectFacts, countingKinds: readonly InspectionKind[]): UnitRun[] {
  const intervals = knownIntervals(facts.scopeChanges, null);
  const inspections: CycleInspection[] = facts.inspections.map((i) => ({ inspectionId: i.inspectionId, bureauId: '', kind: i.kind, day: i.day, withdrawn: i.withdrawn }));
  const cycleFacts = { intervals, inspections };
  const candidates = new Set<Day>();
  for (const c of facts.attributes) candidates.add(c.day);
  for (const i of inspections) {
    if (i.withdrawn || !countingKinds.includes(i.kind)) continue;
    candidates.add(i.day);
    candidates.add(addDays(lastCoveredDay(i.day), 1));
  }
  const runs: UnitRun[] = [];
  for (const interval of intervals) {
    candidates.add(addDays(lastCoveredDay(interval.from), 1));
    const days = [interval.from, ...[...candidates].filter((d) => d > interval.from && (interval.to === null || d < interval.to))].sort();
    let open: UnitRun | null = null;
    for (const day of [...new Set(days)]) {
      const attrs = attributesOn(facts.attributes, day);
      const situation = cycleSituationOn(cycleFacts, day, countingKinds);
      if (attrs === null || situation === null) {
        if (open) open.to = day;
        open = null;
        continue;
      }
      const keys = ['units.total', `units.cat.${attrs.category}`, `units.class.${attrs.unitClass ?? 'NONE'}`, `cov.${situation.state}`];
      if (open && open.regionCode === attrs.regionCode && open.keys.join() === keys.join()) continue;
      if (open) open.to = day;
      open = { from: day, to: interval.to, regionCode: attrs.regionCode, keys };
      runs.push(open);
    }
  }
  return runs;
}

/** Everything a unit contributes: its stock runs, its inspections and findings, its archivists' stints. */
export function unitEmission(facts: UnitSubjectFacts, countingKinds: readonly InspectionKind[]): Emission {
  const e: Emission = {};
  for (const run of unitRuns(facts, countingKinds)) for (const key of run.keys) segment(e, run.regionCode, run.from, run.to, key);
  for (const i of facts.inspections) {
    if (i.withdrawn) continue;
    const code = regionOn(facts, i.day);
    if (code === '') continue;
    add(e, code, i.day, 'insp.total', 1);
    add(e, code, i.day, `insp.kind.${i.kind}`, 1);
    for (const item of i.findingItems) add(e, code, i.day, `finding.${item}`, 1);
  }
  for (const s of facts.archivists) {
    const at = regionOn(facts, s.assignedOn);
    if (at !== '') add(e, at, s.assignedOn, 'arch.assigned', 1);
    if (s.releasedOn !== null) {
      const out = regionOn(facts, s.releasedOn);
      if (out !== '') add(e, out, s.releasedOn, 'arch.released', 1);
    }
    for (const run of regionRuns(facts, s.assignedOn, s.releasedOn)) segment(e, run.code, run.from, run.to, 'arch.active');
  }
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// Rectification orders

/**
 * An order counts in its unit's region (as the projection knew it when the order was recorded): `ord.opened` on the
 * order day; `ordstock.open` while OPEN, REPORTED or OVERDUE; `ordstock.overdue` while OVERDUE (the order-status rules'
 * own timeline); on the day it closed `ord.closed`, `ord.closedOnTime` when on time, and `close.days.<n>` with n
 * the days from the order day to the closing day (the median's histogram).
 */
export function orderEmission(regionCode: string, events: readonly DatedRectificationEvent[]): Emission {
  const e: Emission = {};
  if (regionCode === '') return e;
  const ordered = events.find((x) => x.event.type === 'RectificationOrdered');
  if (!ordered) return e;
  const orderedOn = (ordered.event.data as { orderedOn?: Day }).orderedOn ?? ordered.day;
  const spans = statusTimeline(events);
  if (spans.length === 0) return e;
  add(e, regionCode, spans[0]?.from ?? orderedOn, 'ord.opened', 1);
  for (const span of spans) {
    const to = span.to === null ? null : addDays(span.to, 1);
    if (span.status === 'OPEN' || span.status === 'REPORTED' || span.status === 'OVERDUE') segment(e, regionCode, span.from, to, 'ordstock.open');
    if (span.status === 'OVERDUE') segment(e, regionCode, span.from, to, 'ordstock.overdue');
    if (span.status === 'CLOSED_ON_TIME' || span.status === 'CLOSED_LATE') {
      add(e, regionCode, span.from, 'ord.closed', 1);
      if (span.status === 'CLOSED_ON_TIME') add(e, regionCode, span.from, 'ord.closedOnTime', 1);
      add(e, regionCode, span.from, `close.days.${daysBetween(spans[0]?.from ?? orderedOn, span.from)}`, 1);
      break; // closed for good
    }
  }
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// Acts naming units

/** Every region, at every level, where at least one of the codes lies, with how many of the codes lie in it. */
export function regionsOfAll(codes: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const code of codes) for (const r of regionLine(code)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

/** A point act counted once in every region (any level) where a named unit lies; exact codes (no expansion). */
export function actEmission(unitRegionCodes: readonly string[], day: Day, keys: readonly string[]): Emission {
  const e: Emission = {};
  for (const code of regionsOfAll(unitRegionCodes).keys()) for (const key of keys) add(e, code, day, key, 1);
  return e;
}

/** Adds a per-region count (attendees whose unit lies in the region), exact codes. */
export function addCounted(e: Emission, unitRegionCodes: readonly string[], day: Day, key: string): void {
  for (const [code, n] of regionsOfAll(unitRegionCodes)) add(e, code, day, key, n);
}

export function mergeEmissions(...parts: Emission[]): Emission {
  const e: Emission = {};
  for (const part of parts) for (const [k, v] of Object.entries(part)) {
    const n = (e[k] ?? 0) + v;
    if (n === 0) delete e[k];
    else e[k] = n;
  }
  return e;
}
