import { addDays, daysBetween, type Day } from '../shared/day';
import type { OrderStatus, RectificationEvent } from './rectification.events';

/**
 * An order's status as of any day, derived from its events. Pure: the same events and day give the same answer.
 *
 * - Only acts dated on or before the day count (business time). With `knownAt`, only acts recorded by then count
 *   too (knowledge time): what the record said at that moment.
 * - The deadline in force on a day is the order's, or that of the last extension granted on or before that day.
 *   An extension granted after the deadline passed does not rewrite the days before it: they stay OVERDUE.
 * - OPEN: not closed, no report pending, the day is on or before the deadline in force (the deadline day itself
 *   is still open).
 * - REPORTED: a report awaits review. A pending report stops the clock: the unit says it has rectified, and the
 *   bureau's review, however slow, is not the unit's delay.
 * - OVERDUE: not closed, no report pending, the day is after the deadline in force; overdue by the days since the
 *   deadline (the day after it is overdue by 1). A rejected report does not count as rectification, so after a
 *   rejection the order is overdue again at once if its deadline has passed (LAW §48(8): still not rectified after
 *   the deadline).
 * - CLOSED_ON_TIME / CLOSED_LATE: from the day a report was accepted; on time when the accepted report was submitted
 *   on or before the deadline in force on the day it was submitted (the stopped clock again: a slow review does not
 *   make a timely rectification late).
 * - Before the order's day (or before it was known): no status (null).
 */

export interface DatedRectificationEvent {
  event: RectificationEvent;
  /** The business day of the act: its `occurredAt` in China time. */
  day: Day;
  /** When it was recorded (ISO-8601); only `knownAt` looks at it. */
  recordedAt?: string;
}

export interface StatusOptions {
  /** Knowledge time (ISO-8601): ignore acts recorded after it. */
  knownAt?: string;
}

export interface OrderStanding {
  status: OrderStatus;
  /** The deadline in force on the day. */
  deadline: Day;
  /** Days past the deadline in force when OVERDUE; 0 otherwise. */
  overdueDays: number;
  /** The report pending (REPORTED) or accepted (closed): the day it was submitted. */
  reportedOn: Day | null;
  /** The day the order was closed by an accepted report. */
  closedOn: Day | null;
}

export interface StatusSpan {
  status: OrderStatus;
  from: Day;
  /** Last day of the span (inclusive); null while it lasts. */
  to: Day | null;
}

/** Acts in business-day order; acts of the same day keep the order of the stream. */
function known(events: readonly DatedRectificationEvent[], options: StatusOptions): DatedRectificationEvent[] {
  const limit = options.knownAt === undefined ? Infinity : Date.parse(options.knownAt);
  const kept = events.filter((e) => e.recordedAt === undefined || Date.parse(e.recordedAt) <= limit);
  return kept.map((e, i) => ({ e, i })).sort((a, b) => (a.e.day < b.e.day ? -1 : a.e.day > b.e.day ? 1 : a.i - b.i)).map(({ e }) => e);
}

/** The deadline in force on `day`: the order's, or the last extension's granted by then. */
function deadlineOn(sorted: readonly DatedRectificationEvent[], day: Day): Day | null {
  let deadline: Day | null = null;
  for (const { event, day: on } of sorted) {
    if (on > day) break;
    if (event.type === 'RectificationOrdered' && deadline === null) deadline = event.data.deadline;
    else if (event.type === 'RectificationDeadlineExtended' && deadline !== null) deadline = event.data.deadline;
  }
  return deadline;
}

function standingIn(sorted: readonly DatedRectificationEvent[], day: Day): OrderStanding | null {
  let ordered = false;
  let pending: Day | null = null;
  let closed: { closedOn: Day; reportedOn: Day } | null = null;
  for (const { event, day: on } of sorted) {
    if (on > day) break;
    if (event.type === 'RectificationOrdered') ordered = true;
    if (!ordered || closed) continue; // acts before the order or after closure move nothing
    if (event.type === 'RectificationReportSubmitted') pending ??= on;
    else if (event.type === 'RectificationReviewed' && pending !== null) {
      if (event.data.outcome === 'ACCEPTED') closed = { closedOn: on, reportedOn: pending };
      pending = null;
    }
  }
  const deadline = ordered ? deadlineOn(sorted, day) : null;
  if (deadline === null) return null;
  if (closed) {
    const onTime = closed.reportedOn <= (deadlineOn(sorted, closed.reportedOn) ?? deadline);
    return { status: onTime ? 'CLOSED_ON_TIME' : 'CLOSED_LATE', deadline, overdueDays: 0, ...closed };
  }
  if (pending !== null) return { status: 'REPORTED', deadline, overdueDays: 0, reportedOn: pending, closedOn: null };
  if (day > deadline) return { status: 'OVERDUE', deadline, overdueDays: daysBetween(deadline, day), reportedOn: null, closedOn: null };
  return { status: 'OPEN', deadline, overdueDays: 0, reportedOn: null, closedOn: null };
}

/** The order's standing on `day`, or null when it was not (yet) ordered on that day. */
export function orderStandingOn(events: readonly DatedRectificationEvent[], day: Day, options: StatusOptions = {}): OrderStanding | null {
  return standingIn(known(events, options), day);
}

export function orderStatusOn(events: readonly DatedRectificationEvent[], day: Day, options: StatusOptions = {}): OrderStatus | null {
  return orderStandingOn(events, day, options)?.status ?? null;
}

/**
 * The whole life of the order as spans of equal status, from the order day on; the last span lasts. The status
 * can only change on the day of an act or on the day after a deadline, so those days are the only ones looked at.
 */
export function statusTimeline(events: readonly DatedRectificationEvent[], options: StatusOptions = {}): StatusSpan[] {
  const sorted = known(events, options);
  const candidates = new Set<Day>();
  for (const { event, day } of sorted) {
    candidates.add(day);
    if (event.type === 'RectificationOrdered' || event.type === 'RectificationDeadlineExtended') candidates.add(addDays(event.data.deadline, 1));
  }
  const spans: StatusSpan[] = [];
  for (const day of [...candidates].sort()) {
    const standing = standingIn(sorted, day);
    if (!standing) continue;
    const last = spans[spans.length - 1];
    if (last && last.status === standing.status) continue;
    if (last) last.to = addDays(day, -1);
    spans.push({ status: standing.status, from: day, to: null });
  }
  return spans;
}

/** The stretches of days on which the order was overdue: the evidence LAW §48(8) asks for. */
export function overduePeriods(events: readonly DatedRectificationEvent[], options: StatusOptions = {}): { from: Day; to: Day | null }[] {
  return statusTimeline(events, options)
    .filter((span) => span.status === 'OVERDUE')
    .map(({ from, to }) => ({ from, to }));
}
