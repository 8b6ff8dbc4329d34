import { orderStandingOn, type DatedRectificationEvent } from '../rectification/order-status';
import { addDays, daysBetween, type Day } from '../shared/day';
import { ValidationError } from '../shared/errors';
import type { InspectionKind } from '../supervision/common';

/**
 * Inaction signals (行政不作为, DOMAIN.md "Accountability rules", last bullet): pure rules over a bureau's facts, judged
 * as of a business day `asOf`. Only acts dated on or before `asOf` count; an order closed, a report reviewed or a
 * finding ordered after `asOf` was still open, unreviewed or unordered on `asOf`. The record is taken as it stands now
 * (corrections and withdrawals apply whatever day they were made, as in the cycle rules).
 *
 * A signal is raised when at least one item (two or more for OVERDUE_UNITS when asked) stands behind it; every
 * "within N days" deadline is inclusive: an act on day + N is in time, and the signal can only be raised from
 * day + N + 1 on.
 */
export const INACTION_SIGNALS = [
  'OVERDUE_UNITS',
  'FINDINGS_WITHOUT_ORDER',
  'OVERDUE_ORDERS_UNATTENDED',
  'REPORTS_UNREVIEWED',
  'NO_BULLETIN',
  'NO_TRAINING',
  'NO_PLAN',
  'UNDERSTAFFED_LAW_ENFORCEMENT',
  'LATE_RECORDING',
] as const;
export type InactionSignalKind = (typeof INACTION_SIGNALS)[number];

/**
 * The score of a bureau is the sum of the weights of its raised signals (the report shows each weight). The two-year
 * cycle is the headline duty (3); failing to act on what an inspection found, or recording acts so that they cannot
 * be trusted, weighs 2; the yearly routine (bulletins, training, a plan) weighs 1.
 */
export const SIGNAL_WEIGHTS: Readonly<Record<InactionSignalKind, number>> = {
  OVERDUE_UNITS: 3,
  FINDINGS_WITHOUT_ORDER: 2,
  OVERDUE_ORDERS_UNATTENDED: 2,
  REPORTS_UNREVIEWED: 2,
  NO_BULLETIN: 1,
  NO_TRAINING: 1,
  NO_PLAN: 1,
  UNDERSTAFFED_LAW_ENFORCEMENT: 2,
  LATE_RECORDING: 2,
};

export interface InactionThresholds {
  /** OVERDUE_UNITS is raised when at least this many units are overdue by at least `overdueDaysMin` days. */
  overdueUnitsMin: number;
  overdueDaysMin: number;
  /** A finding needs an order within this many days of its inspection. */
  orderWithinDays: number;
  /** An overdue order may stay without a report, review, extension or follow-up for this many days after its deadline. */
  unattendedOrderDays: number;
  /** A report needs a review within this many days. */
  reviewWithinDays: number;
  /** Windows (days before asOf, inclusive) in which a bulletin, a training, a plan must appear. */
  bulletinWithinDays: number;
  trainingWithinDays: number;
  planWithinDays: number;
  /** Law-enforcement inspections need at least this many inspectors (LAW: two). */
  minInspectors: number;
  /** Acts recorded more than this many days after they happened are late. */
  lateRecordDays: number;
}

export const DEFAULT_THRESHOLDS: Readonly<InactionThresholds> = {
  overdueUnitsMin: 1,
  overdueDaysMin: 1,
  orderWithinDays: 30,
  unattendedOrderDays: 0,
  reviewWithinDays: 30,
  bulletinWithinDays: 365,
  trainingWithinDays: 365,
  planWithinDays: 365,
  minInspectors: 2,
  lateRecordDays: 30,
};

const MAX_DAYS = 3660; // ten years: anything longer is a typo, not a policy
const LIMITS: Readonly<Record<keyof InactionThresholds, readonly [number, number]>> = {
  overdueUnitsMin: [1, 1_000_000],
  overdueDaysMin: [1, MAX_DAYS],
  orderWithinDays: [0, MAX_DAYS],
  unattendedOrderDays: [0, MAX_DAYS],
  reviewWithinDays: [0, MAX_DAYS],
  bulletinWithinDays: [1, MAX_DAYS],
  trainingWithinDays: [1, MAX_DAYS],
  planWithinDays: [1, MAX_DAYS],
  minInspectors: [1, 20],
  lateRecordDays: [0, MAX_DAYS],
};

/** The thresholds asked for over the defaults; a bad value is refused with the field named (`thresholds.<name>`). */
export function resolveThresholds(given: Partial<Record<keyof InactionThresholds, number | null | undefined>> = {}): InactionThresholds {
  const resolved = { ...DEFAULT_THRESHOLDS };
  for (const name of Object.keys(LIMITS) as (keyof InactionThresholds)[]) {
    const value = given[name];
    if (value === null || value === undefined) continue;
    const [min, max] = LIMITS[name];
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new ValidationError(`thresholds.${name} must be a whole number from ${min} to ${max}`, `thresholds.${name}`, 'INVALID_THRESHOLD', { min, max, value });
    }
    resolved[name] = value;
  }
  return resolved;
}

/** What the rules need to know about a bureau, as the record stands now. */
export interface InactionFacts {
  bureauId: string;
  /** The business day the bureau was established: a window it did not live through is not held against it. */
  establishedOn: Day;
  /** The bureau's overdue units on asOf (the cycle rules' answer). */
  overdueUnits: readonly { unitId: string; dueOn: Day; daysOverdue: number }[];
  inspections: readonly { inspectionId: string; unitId: string; kind: InspectionKind; day: Day; inspectorCount: number; findingIds: readonly string[]; withdrawn: boolean }[];
  orders: readonly { orderId: string; inspectionId: string; unitId: string; findingIds: readonly string[]; orderedOn: Day; acts: readonly DatedRectificationEvent[] }[];
  bulletins: readonly { day: Day; withdrawnOn: Day | null }[];
  trainings: readonly { day: Day }[];
  plans: readonly { plannedOn: Day; from: Day; to: Day; cancelledOn: Day | null }[];
  lateRecords: readonly { eventId: string; type: string; unitId: string | null; occurredOn: Day; recordedOn: Day; delayDays: number }[];
}

/** One item behind a signal; which fields are set depends on the signal (see the GraphQL type's descriptions). */
export interface InactionEvidence {
  unitId: string | null;
  inspectionId: string | null;
  orderId: string | null;
  findingId: string | null;
  eventId: string | null;
  eventType: string | null;
  /** The day of the act the item is about (inspection, order, report, act recorded late). */
  occurredOn: Day | null;
  /** The last day the bureau had to act (or the unit's cycle allowed). */
  dueOn: Day | null;
  /** The day the bureau did act, late (an order, a review, the recording); null when it had not by asOf. */
  actedOn: Day | null;
  /** How serious the item is, in days: overdue, late, waiting, or silent since the deadline. */
  days: number | null;
  inspectorCount: number | null;
}

export interface InactionSignal {
  kind: InactionSignalKind;
  raised: boolean;
  weight: number;
  /** Items behind the signal, the most days first (all of them; callers page). */
  evidence: InactionEvidence[];
  /** Window signals: the last act of the kind on or before asOf (null: none ever); null for the others. */
  lastActOn: Day | null;
}

export interface BureauInaction {
  bureauId: string;
  asOf: Day;
  signals: InactionSignal[];
  raisedCount: number;
  /** Sum of the weights of the raised signals. */
  score: number;
  /** Items behind the raised signals (the tie-breaker of the ranking). */
  evidenceCount: number;
}

const EMPTY: InactionEvidence = { unitId: null, inspectionId: null, orderId: null, findingId: null, eventId: null, eventType: null, occurredOn: null, dueOn: null, actedOn: null, days: null, inspectorCount: null };
/** An evidence item with the fields its signal sets (the others null). */
export const item = (fields: Partial<InactionEvidence>): InactionEvidence => ({ ...EMPTY, ...fields });

/** The most days first, then by the ids, so that pages are stable. */
export function byDays(a: InactionEvidence, b: InactionEvidence): number {
  const keyA = `${a.unitId ?? ''}|${a.inspectionId ?? ''}|${a.orderId ?? ''}|${a.findingId ?? ''}|${a.eventId ?? ''}|${a.occurredOn ?? ''}`;
  const keyB = `${b.unitId ?? ''}|${b.inspectionId ?? ''}|${b.orderId ?? ''}|${b.findingId ?? ''}|${b.eventId ?? ''}|${b.occurredOn ?? ''}`;
  return (b.days ?? 0) - (a.days ?? 0) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0);
}

function overdueUnits(facts: InactionFacts, t: InactionThresholds): InactionEvidence[] {
  return facts.overdueUnits.filter((u) => u.daysOverdue >= t.overdueDaysMin).map((u) => item({ unitId: u.unitId, dueOn: u.dueOn, days: u.daysOverdue }));
}

const countsAsOf = (asOf: Day) => (i: InactionFacts['inspections'][number]) => !i.withdrawn && i.day <= asOf;

/** Findings of inspections on or before asOf that no order named within `orderWithinDays` (once that time is up). */
function findingsWithoutOrder(facts: InactionFacts, t: InactionThresholds, asOf: Day): InactionEvidence[] {
  const firstOrderOf = new Map<string, Day>(); // `<inspectionId>|<findingId>` → the first order day on or before asOf
  for (const order of facts.orders) {
    if (order.orderedOn > asOf) continue;
    for (const findingId of order.findingIds) {
      const key = `${order.inspectionId}|${findingId}`;
      const known = firstOrderOf.get(key);
      if (known === undefined || order.orderedOn < known) firstOrderOf.set(key, order.orderedOn);
    }
  }
  const found: InactionEvidence[] = [];
  // Inspections after this day are still in time on asOf (day + N >= asOf); the day is computed once, not per record.
  const lastLate = addDays(asOf, -(t.orderWithinDays + 1));
  for (const inspection of facts.inspections) {
    if (inspection.withdrawn || inspection.findingIds.length === 0 || inspection.day > lastLate) continue;
    const dueOn = addDays(inspection.day, t.orderWithinDays);
    for (const findingId of inspection.findingIds) {
      const orderedOn = firstOrderOf.get(`${inspection.inspectionId}|${findingId}`) ?? null;
      if (orderedOn !== null && orderedOn <= dueOn) continue;
      found.push(item({ unitId: inspection.unitId, inspectionId: inspection.inspectionId, findingId, occurredOn: inspection.day, dueOn, actedOn: orderedOn, days: daysBetween(dueOn, orderedOn ?? asOf) }));
    }
  }
  return found;
}

const ATTENDING_ACTS: ReadonlySet<string> = new Set(['RectificationReportSubmitted', 'RectificationReviewed', 'RectificationFollowedUp', 'RectificationDeadlineExtended']);

/**
 * Orders overdue on asOf (deadline passed, nothing pending, not closed) on which nobody acted for more than
 * `unattendedOrderDays` days: silence counts from the later of the deadline in force and the last report, review,
 * extension or follow-up on or before asOf.
 */
function unattendedOrders(facts: InactionFacts, t: InactionThresholds, asOf: Day): InactionEvidence[] {
  const found: InactionEvidence[] = [];
  for (const order of facts.orders) {
    if (order.orderedOn > asOf) continue;
    const standing = orderStandingOn(order.acts, asOf);
    if (standing?.status !== 'OVERDUE') continue;
    const lastAct = order.acts.reduce<Day | null>((last, a) => (a.day <= asOf && ATTENDING_ACTS.has(a.event.type) && (last === null || a.day > last) ? a.day : last), null);
    const silentSince = lastAct !== null && lastAct > standing.deadline ? lastAct : standing.deadline;
    const days = daysBetween(silentSince, asOf);
    if (days <= t.unattendedOrderDays) continue;
    found.push(item({ unitId: order.unitId, inspectionId: order.inspectionId, orderId: order.orderId, occurredOn: order.orderedOn, dueOn: standing.deadline, actedOn: lastAct, days }));
  }
  return found;
}

/** Reports submitted on or before asOf that got no review within `reviewWithinDays` (reviewed late, or not by asOf). */
function unreviewedReports(facts: InactionFacts, t: InactionThresholds, asOf: Day): InactionEvidence[] {
  const found: InactionEvidence[] = [];
  const lastLate = addDays(asOf, -(t.reviewWithinDays + 1)); // reports after this day are still in time on asOf
  for (const order of facts.orders) {
    if (!order.acts.some((a) => a.event.type === 'RectificationReportSubmitted' && a.day <= lastLate)) continue;
    // Acts in business-day order, ties in stream order (as the status rules read them); nothing after asOf.
    const acts = order.acts.map((a, i) => ({ a, i })).filter(({ a }) => a.day <= asOf).sort((x, y) => (x.a.day < y.a.day ? -1 : x.a.day > y.a.day ? 1 : x.i - y.i)).map(({ a }) => a);
    acts.forEach((act, at) => {
      if (act.event.type !== 'RectificationReportSubmitted' || act.day > lastLate) return;
      const dueOn = addDays(act.day, t.reviewWithinDays);
      const review = acts.slice(at + 1).find((a) => a.event.type === 'RectificationReviewed');
      if (review && review.day <= dueOn) return;
      const reviewedOn = review?.day ?? null;
      found.push(item({ unitId: order.unitId, inspectionId: order.inspectionId, orderId: order.orderId, occurredOn: act.day, dueOn, actedOn: reviewedOn, days: daysBetween(act.day, reviewedOn ?? asOf) }));
    });
  }
  return found;
}

function understaffed(facts: InactionFacts, t: InactionThresholds, asOf: Day): InactionEvidence[] {
  return facts.inspections
    .filter((i) => countsAsOf(asOf)(i) && i.kind === 'LAW_ENFORCEMENT' && i.inspectorCount < t.minInspectors)
    .map((i) => item({ unitId: i.unitId, inspectionId: i.inspectionId, occurredOn: i.day, inspectorCount: i.inspectorCount, days: daysBetween(i.day, asOf) }));
}

function lateRecording(facts: InactionFacts, t: InactionThresholds, asOf: Day): InactionEvidence[] {
  return facts.lateRecords
    .filter((r) => r.occurredOn <= asOf && r.delayDays > t.lateRecordDays)
    .map((r) => item({ unitId: r.unitId, eventId: r.eventId, eventType: r.type, occurredOn: r.occurredOn, dueOn: addDays(r.occurredOn, t.lateRecordDays), actedOn: r.recordedOn, days: r.delayDays }));
}

/**
 * A yearly routine: raised when no act of the kind falls in [asOf − withinDays, asOf] and the bureau existed through
 * that whole window. Returns the last act on or before asOf too.
 */
function routine(days: readonly Day[], withinDays: number, facts: InactionFacts, asOf: Day): { raised: boolean; lastActOn: Day | null } {
  const windowStart = addDays(asOf, -withinDays);
  const lastActOn = days.filter((d) => d <= asOf).reduce<Day | null>((last, d) => (last === null || d > last ? d : last), null);
  const raised = facts.establishedOn <= windowStart && (lastActOn === null || lastActOn < windowStart);
  return { raised, lastActOn };
}

/** A plan counts on the day it was made, or on the last day of its period up to asOf (a two-year plan still runs). */
function planDays(facts: InactionFacts, asOf: Day): Day[] {
  return facts.plans
    .filter((p) => p.plannedOn <= asOf && (p.cancelledOn === null || p.cancelledOn > asOf))
    .map((p) => (p.to > p.plannedOn ? (p.to < asOf ? p.to : asOf) : p.plannedOn));
}

function signal(kind: InactionSignalKind, evidence: InactionEvidence[], raised: boolean, lastActOn: Day | null = null): InactionSignal {
  return { kind, raised, weight: SIGNAL_WEIGHTS[kind], evidence: evidence.sort(byDays), lastActOn };
}

/** Every signal of one bureau on asOf. */
export function judgeInaction(facts: InactionFacts, thresholds: InactionThresholds, asOf: Day): BureauInaction {
  const t = thresholds;
  const listed = (kind: InactionSignalKind, evidence: InactionEvidence[], min = 1): InactionSignal => signal(kind, evidence, evidence.length >= min);
  const bulletins = routine(facts.bulletins.filter((b) => b.withdrawnOn === null || b.withdrawnOn > asOf).map((b) => b.day), t.bulletinWithinDays, facts, asOf);
  const trainings = routine(facts.trainings.map((x) => x.day), t.trainingWithinDays, facts, asOf);
  const plans = routine(planDays(facts, asOf), t.planWithinDays, facts, asOf);
  const signals: InactionSignal[] = [
    listed('OVERDUE_UNITS', overdueUnits(facts, t), t.overdueUnitsMin),
    listed('FINDINGS_WITHOUT_ORDER', findingsWithoutOrder(facts, t, asOf)),
    listed('OVERDUE_ORDERS_UNATTENDED', unattendedOrders(facts, t, asOf)),
    listed('REPORTS_UNREVIEWED', unreviewedReports(facts, t, asOf)),
    signal('NO_BULLETIN', [], bulletins.raised, bulletins.lastActOn),
    signal('NO_TRAINING', [], trainings.raised, trainings.lastActOn),
    signal('NO_PLAN', [], plans.raised, plans.lastActOn),
    listed('UNDERSTAFFED_LAW_ENFORCEMENT', understaffed(facts, t, asOf)),
    listed('LATE_RECORDING', lateRecording(facts, t, asOf)),
  ];
  const raised = signals.filter((s) => s.raised);
  return {
    bureauId: facts.bureauId,
    asOf,
    signals,
    raisedCount: raised.length,
    score: raised.reduce((sum, s) => sum + s.weight, 0),
    evidenceCount: raised.reduce((sum, s) => sum + s.evidence.length, 0),
  };
}

/** Most serious first: the higher score, then more items behind the raised signals, then the bureau id. */
export function byMostSerious(a: Pick<BureauInaction, 'score' | 'evidenceCount' | 'bureauId'>, b: Pick<BureauInaction, 'score' | 'evidenceCount' | 'bureauId'>): number {
  return b.score - a.score || b.evidenceCount - a.evidenceCount || (a.bureauId < b.bureauId ? -1 : a.bureauId > b.bureauId ? 1 : 0);
}
