import { lastCoveredDay, type CycleFacts } from '../../src/domain/accountability/cycle';
import { orderStandingOn, type DatedRectificationEvent } from '../../src/domain/rectification/order-status';
import { addDays, daysBetween, type Day } from '../../src/domain/shared/day';
import { remembered } from '../../src/domain/shared/remembered';
import type { InspectionKind } from '../../src/domain/supervision/common';
import type { Doc } from '../../src/readstore/port';

/**
 * The inaction review's evidence, pre-computed per item so that a province's review never reads its units, inspections
 * or orders: each item that could stand behind a signal for some asOf and thresholds is one small document whose key
 * `k` (and, for two signals, `g`) sorts in the order the report lists the evidence (most days first, then the ids).
 * A review counts a signal's items by a range of that key (the threshold and asOf give the range; a field or two is
 * checked on the rows of the range) and reads only the page it shows. Items that can never be evidence (a finding
 * ordered on its inspection's day, a report reviewed on the day it came in) are not kept.
 *
 * - OU (overdue units): per unit and stretch of days on which it was overdue in a bureau's scope (one dueOn each, as
 *   the cycle rules give it): k = `OUN|<bureau>|<dueOn>|<evidence key>` while it lasts, `OUC|…` once it ended (with
 *   g = `OUT|<bureau>|<to>|…`, `to` the first day it was no longer overdue), see stretchKeys.
 * - UA (overdue orders unattended): per order and stretch of days with one status, deadline and last attending act:
 *   the same keys on the day silence counts from (`UAN`, `UAC`, `UAT`), `from`/`to` the stretch.
 * - FW (findings without order) and RU (reports unreviewed): per finding and per report: k = `<sig>N|<bureau>|<day>|…`
 *   while no order/review answered it (most days = the oldest), k = `<sig>O|<bureau>|<99999 − gap>|…` once one did
 *   (most days = the longest gap); `first` the act that answered it, `gap` the days to it.
 * - UL (understaffed law-enforcement inspections): k = `UL|<bureau>|<inspectors, 2 digits>|<day>|…`.
 * - LR (acts recorded late): k = `LR|<bureau>|<999999 − delay>|<evidence key>`.
 *
 * A document that no longer stands for an item keeps its id with k = '' (the store has no delete).
 */
export const INACTION_ITEMS = 'inaction_items';

export const NEVER: Day = '9999-12-31';
export const NO_GAP = 99_999;

export interface InactionItemDoc extends Doc {
  /** '' once the document stands for nothing. */
  k: string;
  g?: string;
  unitId?: string | null;
  inspectionId?: string;
  orderId?: string;
  findingId?: string;
  eventId?: string;
  eventType?: string;
  /** The item's day (inspection, report, order, act). */
  day?: Day;
  /** OU: the day the unit fell due; UA: the deadline in force. */
  dueOn?: Day;
  /** UA: the day silence counts from; its last attending act. */
  silentSince?: Day;
  lastActOn?: Day | null;
  /** OU/UA: the stretch [from, to) (to: NEVER while it lasts). */
  from?: Day;
  to?: Day;
  /** FW/RU: the day of the order/review that answered it (NEVER: none), days from `day` to it, the order's day (RU). */
  first?: Day;
  gap?: number;
  orderedOn?: Day;
  inspectorCount?: number;
  /** LR. */
  recordedOn?: Day;
  delayDays?: number;
}

/**
 * The keys of a stretch (OU, UA) sorted by `since` (the day it fell due, the day silence counts from): one that
 * lasts is `<sig>N|…` (counted by the key range alone); one that ended is `<sig>C|…`, and also under g =
 * `<sig>T|<bureau>|<to>|…`, so that those still running on asOf are found by the range of their ends.
 */
export function stretchKeys(sig: 'OU' | 'UA', bureauId: string, since: Day, to: Day | null, key: string): { k: string; g?: string } {
  return to === null ? { k: `${sig}N|${bureauId}|${since}|${key}` } : { k: `${sig}C|${bureauId}|${since}|${key}`, g: `${sig}T|${bureauId}|${to}|${key}` };
}

/**
 * Counts of the items per key prefix and bureau (`<bureau>|<prefix>`), per bucket of the key's value: the month of a
 * day, or the value itself (an inverted gap or delay). A review sums the whole buckets before a day from here and
 * counts only the rows of the bucket it cuts; a gap or delay threshold is a sum of buckets.
 */
export const INACTION_COUNTS = 'inaction_counts';
export interface InactionCountsDoc extends Doc {
  c: Record<string, number>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const countsId = (bureauId: string, prefix: string): string => `${bureauId}|${prefix}`;
/** Where a key `<prefix>|<bureau>|<value>|…` is counted. */
export function countedKeys(key: string): { id: string; bucket: string } | null {
  const [prefix, bureauId, value] = key.split('|', 3);
  if (!prefix || bureauId === undefined || value === undefined) return null;
  return { id: countsId(bureauId, prefix), bucket: DAY.test(value) ? value.slice(0, 7) : value };
}

export const deadItem = (id: string): InactionItemDoc => ({ _id: id, k: '' });

const pad = (n: number, digits: number): string => String(n).padStart(digits, '0');
export const gapKey = (gap: number): string => pad(NO_GAP - Math.min(gap, NO_GAP), 5);
export const delayKey = (delay: number): string => pad(999_999 - Math.min(delay, 999_999), 6);
export const inspectorsKey = (count: number): string => pad(count, 2);
/** Inspections with this many inspectors or more can never be understaffed (minInspectors is at most 20). */
export const MAX_INSPECTORS = 20;

/** The evidence key of the report's ordering (inaction.ts byDays): `unit|inspection|order|finding|event|occurredOn`. */
export const evidenceKey = (f: { unitId?: string | null; inspectionId?: string | null; orderId?: string | null; findingId?: string | null; eventId?: string | null; occurredOn?: Day | null }): string =>
  `${f.unitId ?? ''}|${f.inspectionId ?? ''}|${f.orderId ?? ''}|${f.findingId ?? ''}|${f.eventId ?? ''}|${f.occurredOn ?? ''}`;

/** lastCoveredDay, remembered: a rebuild asks it of the same few thousand days again and again. */
const dueOnAfter: (day: Day) => Day = remembered(lastCoveredDay);

/** A stretch of days on which a unit was overdue in a bureau's scope: [dueOn + 1, to). */
export interface OverdueStretch {
  bureauId: string;
  dueOn: Day;
  to: Day | null;
}

/**
 * Every stretch on which the unit was overdue, by the cycle rules (cycle.ts) over the record as it stands: within a
 * scope interval the cycle runs from the later of the entry and the last counting inspection, so between two counting
 * inspections (and the interval's ends) the day it falls due is fixed, and it is overdue from the day after.
 */
export function overdueStretches(facts: CycleFacts, countingKinds: readonly InspectionKind[]): OverdueStretch[] {
  const days = [...new Set(facts.inspections.filter((i) => !i.withdrawn && countingKinds.includes(i.kind)).map((i) => i.day))].sort();
  const stretches: OverdueStretch[] = [];
  for (const interval of facts.intervals) {
    const inside = days.filter((d) => d > interval.from && (interval.to === null || d < interval.to));
    const starts = [interval.from, ...inside];
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? (starts[i + 1] as Day) : interval.to;
      const dueOn = dueOnAfter(start);
      if (end === null || addDays(dueOn, 1) < end) stretches.push({ bureauId: interval.bureauId, dueOn, to: end });
    });
  }
  return stretches;
}

const ATTENDING_ACTS: ReadonlySet<string> = new Set(['RectificationReportSubmitted', 'RectificationReviewed', 'RectificationFollowedUp', 'RectificationDeadlineExtended']);

/** A stretch [from, to) on which an order stood OVERDUE with one deadline and one last attending act. */
export interface UnattendedStretch {
  from: Day;
  to: Day | null;
  deadline: Day;
  lastActOn: Day | null;
  silentSince: Day;
}

/**
 * The stretches on which the order was overdue (order-status.ts: the standing only changes on an act's day or the
 * day after a deadline), each with the deadline in force and the last report, review, extension or follow-up on or
 * before it, from which silence counts (inaction.ts unattendedOrders). Days before the order's day are left out.
 */
export function unattendedStretches(orderedOn: Day, acts: readonly DatedRectificationEvent[]): UnattendedStretch[] {
  const candidates = new Set<Day>();
  for (const { event, day } of acts) {
    candidates.add(day);
    const deadline = (event.data as { deadline?: unknown }).deadline;
    if ((event.type === 'RectificationOrdered' || event.type === 'RectificationDeadlineExtended') && typeof deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline)) candidates.add(addDays(deadline, 1));
  }
  const days = [...candidates].sort();
  const stretches: UnattendedStretch[] = [];
  days.forEach((day, i) => {
    const standing = orderStandingOn(acts, day);
    if (standing?.status !== 'OVERDUE') return;
    const lastActOn = acts.reduce<Day | null>((last, a) => (a.day <= day && ATTENDING_ACTS.has(a.event.type) && (last === null || a.day > last) ? a.day : last), null);
    const silentSince = lastActOn !== null && lastActOn > standing.deadline ? lastActOn : standing.deadline;
    const from = day > orderedOn ? day : orderedOn;
    const to = i + 1 < days.length ? (days[i + 1] as Day) : null;
    if (to !== null && from >= to) return;
    stretches.push({ from, to, deadline: standing.deadline, lastActOn, silentSince });
  });
  return stretches;
}

/** Each report of the order (acts in business-day order, ties in stream order) with the first review after it. */
export function reportsWithReview(acts: readonly DatedRectificationEvent[]): { day: Day; reviewedOn: Day | null }[] {
  const sorted = acts.map((a, i) => ({ a, i })).sort((x, y) => (x.a.day < y.a.day ? -1 : x.a.day > y.a.day ? 1 : x.i - y.i)).map(({ a }) => a);
  const found: { day: Day; reviewedOn: Day | null }[] = [];
  sorted.forEach((act, at) => {
    if (act.event.type !== 'RectificationReportSubmitted') return;
    const review = sorted.slice(at + 1).find((a) => a.event.type === 'RectificationReviewed');
    found.push({ day: act.day, reviewedOn: review?.day ?? null });
  });
  return found;
}

export const gapOf = (day: Day, answeredOn: Day | null): number => (answeredOn === null ? NO_GAP : daysBetween(day, answeredOn));
