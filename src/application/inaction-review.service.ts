import { findCycleDigestsOfBureau, findUnitFactsOfBureau } from '../../projections/accountability/accountability.queries';
import { businessDayOrNull } from '../../projections/accountability/days';
import { ACCOUNTABILITY_LATE_RECORDS, lateRecordRange, type LateRecordDoc } from '../../projections/accountability/late-records.projection';
import { BUREAUS, type BureauDoc } from '../../projections/bureaus/bureaus.projection';
import {
  datedOrderActs,
  INACTION_COUNTING_KINDS,
  INACTION_INSPECTIONS,
  INACTION_ORDERS,
  INACTION_PLANS,
  type InactionInspectionDoc,
  type InactionOrderDoc,
  type InactionPlanDoc,
} from '../../projections/inaction/inaction-facts.projection';
import { countsId, delayKey, gapKey, INACTION_COUNTS, INACTION_ITEMS, inspectorsKey, MAX_INSPECTORS, type InactionCountsDoc, type InactionItemDoc } from '../../projections/inaction/inaction-items';
import { INSPECTION_PLANS, type InspectionPlanDoc } from '../../projections/inspection/inspection-plans.projection';
import { bureauKey, type ActDoc, type ActKind, type BulletinDoc } from '../../projections/oversight/acts.model';
import { findActs } from '../../projections/oversight/acts.queries';
import {
  byDays,
  byMostSerious,
  INACTION_SIGNALS,
  item,
  judgeInaction,
  SIGNAL_WEIGHTS,
  type BureauInaction,
  type InactionEvidence,
  type InactionFacts,
  type InactionSignal,
  type InactionSignalKind,
  type InactionThresholds,
} from '../domain/accountability/inaction';
import { addDays, daysBetween, type Day } from '../domain/shared/day';
import { findRegion, isWithin, regionPrefix } from '../domain/shared/region';
import { sameCountingKinds, type InspectionKind } from '../domain/supervision/common';
import type { Filter, ReadStore } from '../readstore/port';
import { judgeBureau, judgeBureauDigest } from './accountability.service';

/** Whom to review: one bureau, or every bureau whose region lies in a region (the region's own bureau included). */
export type InactionSubject = { bureauId: string } | { regionCode: string };

export interface InactionReviewRequest {
  subject: InactionSubject;
  asOf: Day;
  thresholds: InactionThresholds;
  /** Evidence items per signal in the answer, from `evidenceOffset` on (the totals count them all). */
  evidenceLimit: number;
  evidenceOffset: number;
  /** Only these signals in the answer (ranking and scores still weigh all of them); null: all. */
  signals: readonly InactionSignalKind[] | null;
}

export interface ReviewedSignal extends Omit<InactionSignal, 'evidence'> {
  evidence: InactionEvidence[];
  evidenceTotal: number;
}

export interface ReviewedBureau extends Omit<BureauInaction, 'signals'> {
  rank: number;
  name: string;
  level: BureauDoc['level'];
  regionCode: string;
  signals: ReviewedSignal[];
}

export interface InactionReviewReport {
  asOf: Day;
  thresholds: InactionThresholds;
  bureauId: string | null;
  regionCode: string | null;
  /** Bureaus established on or before asOf in the subject, ranked most serious first. */
  bureaus: ReviewedBureau[];
}

/** The bureaus a subject names, established on or before asOf, in region-code order. */
async function bureausOf(store: ReadStore, subject: InactionSubject, asOf: Day): Promise<BureauDoc[]> {
  let docs: BureauDoc[];
  if ('bureauId' in subject) {
    const doc = await store.get<BureauDoc>(BUREAUS, subject.bureauId);
    docs = doc ? [doc] : [];
  } else {
    const region = findRegion(subject.regionCode);
    if (!region) return [];
    const found = await store.find<BureauDoc>(BUREAUS, { regionCode: { $prefix: regionPrefix(region) } }, { sort: { field: 'regionCode', direction: 1 } });
    docs = found.filter((b) => isWithin(b.regionCode, region.code));
  }
  return docs.filter((b) => (businessDayOrNull(b.establishedAt) ?? '9999-12-31') <= asOf);
}

/**
 * The newest records of a kind the bureau made on or before asOf that `keep` accepts, reading newest first and
 * stopping at the first kept one (a window signal only needs the last act).
 */
async function lastActDays<T extends ActDoc>(store: ReadStore, kind: ActKind, bureauId: string, asOf: Day, keep: (doc: T) => boolean): Promise<Day[]> {
  // The newest is nearly always the one: two rows first, and only when neither is kept pages of 50 from the start.
  const newest = (await findActs<T>(store, { kind, key: bureauKey(bureauId), bureauId, to: asOf }, 2)).find((r) => keep(r.doc));
  if (newest) return [newest.doc.day];
  const page = 50;
  let after: string | undefined;
  for (;;) {
    const rows = await findActs<T>(store, { kind, key: bureauKey(bureauId), bureauId, to: asOf }, page, after);
    const kept = rows.find((r) => keep(r.doc));
    if (kept) return [kept.doc.day];
    if (rows.length < page) return [];
    after = rows[rows.length - 1]?.rowId;
  }
}

const unitIdOf = (data: object): string | null => {
  const unitId = (data as { unitId?: unknown }).unitId;
  return typeof unitId === 'string' ? unitId : null;
};

/** The plans as the inaction rules read them: planned on, the period, cancelled on (a plan with no valid day is left out). */
function planFacts(plans: readonly { plannedAt: string; from: Day; to: Day; status: string; closedAt: string | null }[]) {
  return plans.flatMap((p) => {
    const plannedOn = businessDayOrNull(p.plannedAt);
    const cancelledOn = p.status === 'CANCELLED' && p.closedAt !== null ? businessDayOrNull(p.closedAt) : null;
    return plannedOn === null ? [] : [{ plannedOn, from: p.from, to: p.to, cancelledOn }];
  });
}

/**
 * Everything the rules need about one bureau, from the read models (each read indexed by the bureau): every unit,
 * inspection and order of it. Not what reviewInaction reads (it reads the items): the reference the property tests
 * hold the items to (judgeInaction over these facts).
 */
export async function gatherInactionFacts(store: ReadStore, bureau: BureauDoc, asOf: Day, thresholds: InactionThresholds, countingKinds: readonly InspectionKind[]): Promise<InactionFacts> {
  const bureauId = bureau.bureauId;
  const [unitFacts, inspections, orders, plans, lateRecords, bulletins, trainings] = await Promise.all([
    findUnitFactsOfBureau(store, bureauId),
    store.find<InactionInspectionDoc>(INACTION_INSPECTIONS, { bureauId }),
    store.find<InactionOrderDoc>(INACTION_ORDERS, { bureauId }),
    store.find<InspectionPlanDoc>(INSPECTION_PLANS, { bureauId }),
    store.find<LateRecordDoc>(ACCOUNTABILITY_LATE_RECORDS, { delayKey: lateRecordRange(bureauId, thresholds.lateRecordDays + 1) }),
    lastActDays<BulletinDoc>(store, 'BULLETIN', bureauId, asOf, (b) => b.withdrawal === null || b.withdrawal.day > asOf),
    lastActDays(store, 'TRAINING', bureauId, asOf, () => true),
  ]);
  // Current knowledge (no knownAt): the cycle as the record stands now.
  const cycle = judgeBureau(unitFacts, bureauId, asOf, null, countingKinds);
  return {
    bureauId,
    establishedOn: businessDayOrNull(bureau.establishedAt) ?? asOf,
    overdueUnits: cycle.overdueUnits,
    // The rules drop what happened after asOf themselves (an inspection's day may have been corrected across it).
    inspections: inspections.map((i) => ({ ...i, kind: i.kind as InspectionKind })),
    orders: orders.filter((o) => o.orderedOn <= asOf).map((o) => ({ ...o, acts: datedOrderActs(o) })),
    bulletins: bulletins.map((day) => ({ day, withdrawnOn: null })),
    trainings: trainings.map((day) => ({ day })),
    plans: planFacts(plans),
    lateRecords: lateRecords.flatMap((r) => {
      const occurredOn = businessDayOrNull(r.occurredAt);
      const recordedOn = businessDayOrNull(r.recordedAt);
      return occurredOn === null || recordedOn === null ? [] : [{ eventId: r.eventId, type: r.type, unitId: unitIdOf(r.data), occurredOn, recordedOn, delayDays: r.delayDays }];
    }),
  };
}

/**
 * One list of a signal's items: a filter on INACTION_ITEMS read in the order of `field` (the first `end` rows), or
 * every row when `all` (lists that hold few rows, ordered otherwise: the report's order is restored after).
 */
interface ItemStream {
  filter: Filter;
  field: 'k' | 'g';
  all?: boolean;
}

/** A listed signal from the items: how many stand behind it, and the lists its page of evidence is merged from. */
interface ItemAnswer {
  total: number;
  streams: ItemStream[];
}

interface ItemQuery {
  kind: InactionSignalKind;
  /** Raised from this many items on. */
  min: number;
  answer: () => Promise<ItemAnswer>;
  evidence: (doc: InactionItemDoc) => InactionEvidence;
}

/** `<prefix>` up to and including every key `<prefix><last>|…` (`~` sorts after the ids' characters). */
const upTo = (prefix: string, last: string): { $gte: string; $lte: string } => ({ $gte: prefix, $lte: `${prefix}${last}|~` });
/** Every key `<prefix><value>|…` with value after `value`. */
const after = (prefix: string, value: string): { $gt: string; $lt: string } => ({ $gt: `${prefix}${value}|~`, $lt: `${prefix}~` });
/** Every key `<prefix>…`. */
const every = (prefix: string): { $gte: string; $lt: string } => ({ $gte: prefix, $lt: `${prefix}~` });

const UL_PREFIXES = Array.from({ length: MAX_INSPECTORS }, (_, n) => `UL${inspectorsKey(n)}`);
const COUNTED_PREFIXES = ['OUN', 'OUC', 'OUT', 'UAN', 'UAC', 'UAT', 'UAX', 'FWN', 'FWO', 'FWF', 'RUN', 'RUO', 'RUF', 'RUX', 'LR', 'LRD'];

/** The counts of one bureau's items (INACTION_COUNTS): whole buckets from there, the one bucket a day cuts by a range count. */
class ItemCounts {
  constructor(
    private readonly store: ReadStore,
    private readonly bureauId: string,
    private readonly counts: ReadonlyMap<string, Readonly<Record<string, number>>>,
  ) {}

  private buckets(prefix: string): [string, number][] {
    return Object.entries(this.counts.get(countsId(this.bureauId, prefix)) ?? {});
  }

  total(prefix: string): number {
    return this.buckets(prefix).reduce((sum, [, n]) => sum + n, 0);
  }

  /** Items of `prefix` whose value (a bucket: an inverted gap or delay) is at most `value`. */
  atMost(prefix: string, value: string): number {
    return this.buckets(prefix).reduce((sum, [bucket, n]) => (bucket <= value ? sum + n : sum), 0);
  }

  /** Items of `prefix` whose value (a day, in key `field`) is on or before `day`. */
  async upTo(prefix: string, field: 'k' | 'g', day: Day): Promise<number> {
    const month = day.slice(0, 7);
    let whole = 0;
    let cut = 0;
    for (const [bucket, n] of this.buckets(prefix)) {
      if (bucket < month) whole += n;
      else if (bucket === month) cut += n;
    }
    if (cut === 0) return whole;
    const head = `${prefix}|${this.bureauId}|`;
    return whole + (await this.store.count(INACTION_ITEMS, { [field]: { $gte: `${head}${month}`, $lte: `${head}${day}|~` } }));
  }

  /** Items of `prefix` whose value (a day) is after `day`. */
  async after(prefix: string, field: 'k' | 'g', day: Day): Promise<number> {
    const total = this.total(prefix);
    return total === 0 ? 0 : total - (await this.upTo(prefix, field, day));
  }

  /** Rows of a filter, when the prefix holds any. */
  async rows(prefix: string, filter: Filter): Promise<number> {
    return this.total(prefix) === 0 ? 0 : this.store.count(INACTION_ITEMS, filter);
  }
}

/**
 * A stretch signal (OU, UA) on asOf: stretches counting from `last` or before that were running on asOf. Those that
 * last are a key range; of those that ended, the ones running on asOf are those ending after it less those that
 * began after `last` (counted from the buckets but for the few that began and ended between `last` and asOf).
 */
async function stretchAnswer(c: ItemCounts, sig: 'OU' | 'UA', b: string, asOf: Day, last: Day, since: 'dueOn' | 'silentSince'): Promise<ItemAnswer> {
  const lasting = await c.upTo(`${sig}N`, 'k', last);
  const endedAfter = await c.after(`${sig}T`, 'g', asOf);
  let ended = 0;
  if (endedAfter > 0) {
    const beganAfter = await c.after(`${sig}C`, 'k', last);
    const beganAndEnded = await c.rows(`${sig}C`, { k: { $gt: `${sig}C|${b}|${last}|~`, $lte: `${sig}C|${b}|${asOf}|~` }, to: { $lte: asOf } });
    ended = endedAfter - beganAfter + beganAndEnded;
  }
  const streams: ItemStream[] = lasting > 0 ? [{ filter: { k: upTo(`${sig}N|${b}|`, last) }, field: 'k' }] : [];
  if (ended > 0) {
    const byKey = await c.upTo(`${sig}C`, 'k', last);
    streams.push(
      endedAfter <= byKey
        ? { filter: { g: after(`${sig}T|${b}|`, asOf), [since]: { $lte: last } }, field: 'g', all: true }
        : { filter: { k: upTo(`${sig}C|${b}|`, last), to: { $gt: asOf } }, field: 'k' },
    );
  }
  return { total: lasting + ended, streams };
}

/**
 * A finding or report signal (FW, RU) on asOf, due within `within` days of `day`: those never answered by the key
 * range of their day; those answered late by the buckets of their gap, less the few answered on or after asOf whose
 * own day is too recent to count yet.
 */
async function answeredAnswer(c: ItemCounts, sig: 'FW' | 'RU', b: string, asOf: Day, within: number): Promise<ItemAnswer> {
  const lastLate = addDays(asOf, -(within + 1));
  const unanswered = await c.upTo(`${sig}N`, 'k', lastLate);
  const late = gapKey(within + 1);
  let answered = c.atMost(`${sig}O`, late);
  const fromAsOf = answered === 0 ? 0 : await c.after(`${sig}F`, 'g', addDays(asOf, -1));
  if (fromAsOf > 0) answered -= await c.rows(`${sig}F`, { g: { $gte: `${sig}F|${b}|${asOf}`, $lt: `${sig}F|${b}|~` }, day: { $gt: lastLate }, gap: { $gt: within } });
  const streams: ItemStream[] = unanswered > 0 ? [{ filter: { k: upTo(`${sig}N|${b}|`, lastLate) }, field: 'k' }] : [];
  if (answered > 0) {
    streams.push({ filter: { k: upTo(`${sig}O|${b}|`, late), first: { $lte: asOf }, day: { $lte: lastLate } }, field: 'k' });
    if ((await c.after(`${sig}F`, 'g', asOf)) > 0) streams.push({ filter: { g: after(`${sig}F|${b}|`, asOf), day: { $lte: lastLate }, gap: { $gt: within } }, field: 'g', all: true });
  }
  return { total: unanswered + answered, streams };
}

/** Items kept apart because no key orders them (rare): every row checked by the filter. */
async function oddAnswer(c: ItemCounts, prefix: string, b: string, filter: Filter): Promise<ItemAnswer> {
  const full = { k: every(`${prefix}|${b}|`), ...filter };
  const total = await c.rows(prefix, full);
  return { total, streams: total > 0 ? [{ filter: full, field: 'k', all: true }] : [] };
}

const both = async (a: Promise<ItemAnswer>, b: Promise<ItemAnswer>): Promise<ItemAnswer> => {
  const [x, y] = await Promise.all([a, b]);
  return { total: x.total + y.total, streams: [...x.streams, ...y.streams] };
};

/**
 * The listed signals of bureau B on asOf as reads of its items (see projections/inaction/inaction-items.ts): each
 * is the rule of inaction.ts on the items' pre-computed facts, counted from the buckets and key ranges.
 */
function itemQueries(store: ReadStore, c: ItemCounts, b: string, asOf: Day, t: InactionThresholds, withUnits: boolean): ItemQuery[] {
  const queries: ItemQuery[] = [];
  if (withUnits) {
    queries.push({
      kind: 'OVERDUE_UNITS',
      min: t.overdueUnitsMin,
      answer: () => stretchAnswer(c, 'OU', b, asOf, addDays(asOf, -t.overdueDaysMin), 'dueOn'),
      evidence: (d) => item({ unitId: d.unitId as string, dueOn: d.dueOn as Day, days: daysBetween(d.dueOn as Day, asOf) }),
    });
  }
  const n = t.orderWithinDays;
  queries.push({
    kind: 'FINDINGS_WITHOUT_ORDER',
    min: 1,
    answer: () => answeredAnswer(c, 'FW', b, asOf, n),
    evidence: (d) => {
      const day = d.day as Day;
      const dueOn = addDays(day, n);
      const orderedOn = (d.first as Day) <= asOf ? (d.first as Day) : null;
      return item({ unitId: d.unitId as string, inspectionId: d.inspectionId as string, findingId: d.findingId as string, occurredOn: day, dueOn, actedOn: orderedOn, days: daysBetween(dueOn, orderedOn ?? asOf) });
    },
  });
  const silentLast = addDays(asOf, -(t.unattendedOrderDays + 1));
  queries.push({
    kind: 'OVERDUE_ORDERS_UNATTENDED',
    min: 1,
    answer: () => both(stretchAnswer(c, 'UA', b, asOf, silentLast, 'silentSince'), oddAnswer(c, 'UAX', b, { silentSince: { $lte: silentLast }, from: { $lte: asOf }, to: { $gt: asOf } })),
    evidence: (d) =>
      item({ unitId: d.unitId as string, inspectionId: d.inspectionId as string, orderId: d.orderId as string, occurredOn: d.orderedOn as Day, dueOn: d.dueOn as Day, actedOn: d.lastActOn ?? null, days: daysBetween(d.silentSince as Day, asOf) }),
  });
  const r = t.reviewWithinDays;
  queries.push({
    kind: 'REPORTS_UNREVIEWED',
    min: 1,
    answer: () => both(answeredAnswer(c, 'RU', b, asOf, r), oddAnswer(c, 'RUX', b, { day: { $lte: addDays(asOf, -(r + 1)) }, gap: { $gt: r }, orderedOn: { $lte: asOf } })),
    evidence: (d) => {
      const day = d.day as Day;
      const reviewedOn = (d.first as Day) <= asOf ? (d.first as Day) : null;
      return item({ unitId: d.unitId as string, inspectionId: d.inspectionId as string, orderId: d.orderId as string, occurredOn: day, dueOn: addDays(day, r), actedOn: reviewedOn, days: daysBetween(day, reviewedOn ?? asOf) });
    },
  });
  queries.push({
    kind: 'UNDERSTAFFED_LAW_ENFORCEMENT',
    min: 1,
    answer: async () => {
      const prefixes = UL_PREFIXES.slice(0, Math.min(t.minInspectors, MAX_INSPECTORS));
      const counts = await Promise.all(prefixes.map((prefix) => c.upTo(prefix, 'k', asOf)));
      return {
        total: counts.reduce((sum, x) => sum + x, 0),
        streams: prefixes.filter((_, i) => (counts[i] ?? 0) > 0).map((prefix) => ({ filter: { k: upTo(`${prefix}|${b}|`, asOf) }, field: 'k' as const })),
      };
    },
    evidence: (d) => item({ unitId: d.unitId as string, inspectionId: d.inspectionId as string, occurredOn: d.day as Day, inspectorCount: d.inspectorCount as number, days: daysBetween(d.day as Day, asOf) }),
  });
  queries.push({
    kind: 'LATE_RECORDING',
    min: 1,
    answer: async () => {
      const late = delayKey(t.lateRecordDays + 1);
      let total = c.atMost('LR', late);
      if (total > 0 && (await c.after('LRD', 'g', asOf)) > 0) total -= await store.count(INACTION_ITEMS, { g: after(`LRD|${b}|`, asOf), delayDays: { $gt: t.lateRecordDays } });
      return { total, streams: total > 0 ? [{ filter: { k: upTo(`LR|${b}|`, late), day: { $lte: asOf } }, field: 'k' }] : [] };
    },
    evidence: (d) =>
      item({ unitId: d.unitId ?? null, eventId: d.eventId as string, eventType: d.eventType as string, occurredOn: d.day as Day, dueOn: addDays(d.day as Day, t.lateRecordDays), actedOn: d.recordedOn as Day, days: d.delayDays as number }),
  });
  return queries;
}

/** A signal answered from the items: the count, and the page of evidence (merged from its lists) when wanted. */
async function answerItems(store: ReadStore, q: ItemQuery, wanted: boolean, offset: number, end: number): Promise<ReviewedSignal> {
  const { total, streams } = await q.answer();
  let evidence: InactionEvidence[] = [];
  if (wanted && end > offset && total > 0) {
    const pages = await Promise.all(streams.map((s) => store.find<InactionItemDoc>(INACTION_ITEMS, s.filter, { sort: { field: s.field, direction: 1 }, ...(!s.all && { limit: end }) })));
    evidence = pages.flat().map(q.evidence).sort(byDays).slice(offset, end);
  }
  return { kind: q.kind, raised: total >= q.min, weight: SIGNAL_WEIGHTS[q.kind], evidence, lastActOn: null, evidenceTotal: total };
}

/** The item counts of the bureaus, in one batched read. */
async function loadCounts(store: ReadStore, bureauIds: readonly string[], minInspectors: number): Promise<Map<string, Record<string, number>>> {
  const prefixes = [...COUNTED_PREFIXES, ...UL_PREFIXES.slice(0, Math.min(minInspectors, MAX_INSPECTORS))];
  const ids = bureauIds.flatMap((b) => prefixes.map((prefix) => countsId(b, prefix)));
  const docs = ids.length === 0 ? [] : await store.getMany<InactionCountsDoc>(INACTION_COUNTS, ids);
  return new Map(docs.flatMap((doc) => (doc ? [[doc._id, doc.c] as const] : [])));
}

/** The routine signals' facts (bulletins, trainings, plans): a few indexed reads per bureau. */
async function routineFacts(store: ReadStore, bureau: BureauDoc, asOf: Day): Promise<InactionFacts> {
  const bureauId = bureau.bureauId;
  const [plans, bulletins, trainings] = await Promise.all([
    store.find<InactionPlanDoc>(INACTION_PLANS, { bureauId }),
    lastActDays<BulletinDoc>(store, 'BULLETIN', bureauId, asOf, (b) => b.withdrawal === null || b.withdrawal.day > asOf),
    lastActDays(store, 'TRAINING', bureauId, asOf, () => true),
  ]);
  return {
    bureauId,
    establishedOn: businessDayOrNull(bureau.establishedAt) ?? asOf,
    overdueUnits: [],
    inspections: [],
    orders: [],
    bulletins: bulletins.map((day) => ({ day, withdrawnOn: null })),
    trainings: trainings.map((day) => ({ day })),
    plans: planFacts(plans),
    lateRecords: [],
  };
}

/**
 * One bureau's signals on asOf: the listed ones counted over the items and paged (only the page is read), the
 * routine ones by the rules; ranked figures as judgeInaction gives them. When the cycle's counting kinds are not the
 * ones the read model's overdue stretches were computed for, the overdue units come from the cycle rules instead.
 */
async function reviewBureau(
  store: ReadStore,
  counts: ReadonlyMap<string, Readonly<Record<string, number>>>,
  bureau: BureauDoc,
  request: InactionReviewRequest,
  countingKinds: readonly InspectionKind[],
  wanted: ReadonlySet<InactionSignalKind> | null,
  itemsBuiltFor: readonly InspectionKind[],
): Promise<{ inaction: BureauInaction; signals: ReviewedSignal[] }> {
  const { asOf, thresholds: t, evidenceOffset: offset } = request;
  const end = offset + request.evidenceLimit;
  const withUnits = sameCountingKinds(countingKinds, itemsBuiltFor);
  const queries = itemQueries(store, new ItemCounts(store, bureau.bureauId, counts), bureau.bureauId, asOf, t, withUnits);
  const wants = (kind: InactionSignalKind): boolean => wanted === null || wanted.has(kind);
  const [routine, listed, fallback] = await Promise.all([
    routineFacts(store, bureau, asOf).then((facts) => judgeInaction(facts, t, asOf)),
    Promise.all(queries.map((q) => answerItems(store, q, wants(q.kind), offset, end))),
    withUnits ? Promise.resolve(null) : overdueUnitsByCycle(store, bureau.bureauId, asOf, t, countingKinds, offset, end),
  ]);
  const answered = new Map<InactionSignalKind, ReviewedSignal>(listed.map((s) => [s.kind, s]));
  if (fallback) answered.set('OVERDUE_UNITS', fallback);
  const signals: ReviewedSignal[] = INACTION_SIGNALS.map((kind) => {
    const found = answered.get(kind);
    if (found) return found;
    const s = routine.signals.find((r) => r.kind === kind) as InactionSignal;
    return { ...s, evidence: s.evidence.slice(offset, end), evidenceTotal: s.evidence.length };
  });
  const raised = signals.filter((s) => s.raised);
  const inaction: BureauInaction = {
    bureauId: bureau.bureauId,
    asOf,
    signals: [],
    raisedCount: raised.length,
    score: raised.reduce((sum, s) => sum + s.weight, 0),
    evidenceCount: raised.reduce((sum, s) => sum + s.evidenceTotal, 0),
  };
  return { inaction, signals };
}

/** OVERDUE_UNITS by the cycle rules over the bureau's cycle digest (counting kinds other than the read model's). */
async function overdueUnitsByCycle(store: ReadStore, bureauId: string, asOf: Day, t: InactionThresholds, countingKinds: readonly InspectionKind[], offset: number, end: number): Promise<ReviewedSignal> {
  const cycle = judgeBureauDigest(await findCycleDigestsOfBureau(store, bureauId), bureauId, asOf, null, countingKinds);
  const evidence = cycle.overdueUnits.filter((u) => u.daysOverdue >= t.overdueDaysMin).map((u) => item({ unitId: u.unitId, dueOn: u.dueOn, days: u.daysOverdue })).sort(byDays);
  return { kind: 'OVERDUE_UNITS', raised: evidence.length >= t.overdueUnitsMin, weight: SIGNAL_WEIGHTS.OVERDUE_UNITS, evidence: evidence.slice(offset, end), lastActOn: null, evidenceTotal: evidence.length };
}

/**
 * The inaction review of a bureau or of every bureau in a region on asOf: each bureau's signals with their evidence
 * (a page of it per signal, and the totals), ranked most serious first. Scope is the caller's business (the resolver
 * checks it before calling). Also what the benchmark times for a province.
 *
 * The work is a few indexed counts and page reads per bureau and signal (the evidence items are pre-computed by the
 * inaction-facts read model): it grows with the bureaus and the evidence shown, not with the units or the events.
 */
export async function reviewInaction(
  store: ReadStore,
  countingKinds: readonly InspectionKind[],
  request: InactionReviewRequest,
  /** The counting kinds the read model's overdue stretches were built for (projectionsFor(kinds) in the composition). */
  itemsBuiltFor: readonly InspectionKind[] = INACTION_COUNTING_KINDS,
): Promise<InactionReviewReport> {
  const { asOf, thresholds } = request;
  const bureaus = await bureausOf(store, request.subject, asOf);
  const wanted = request.signals === null ? null : new Set(request.signals);
  const counts = await loadCounts(store, bureaus.map((b) => b.bureauId), thresholds.minInspectors);
  const judged: { bureau: BureauDoc; inaction: BureauInaction; signals: ReviewedSignal[] }[] = [];
  for (const bureau of bureaus) judged.push({ bureau, ...(await reviewBureau(store, counts, bureau, request, countingKinds, wanted, itemsBuiltFor)) });
  judged.sort((a, b) => byMostSerious(a.inaction, b.inaction));
  return {
    asOf,
    thresholds,
    bureauId: 'bureauId' in request.subject ? request.subject.bureauId : null,
    regionCode: 'regionCode' in request.subject ? request.subject.regionCode : null,
    bureaus: judged.map(({ bureau, inaction, signals }, i) => ({
      ...inaction,
      rank: i + 1,
      name: bureau.name,
      level: bureau.level,
      regionCode: bureau.regionCode,
      signals: signals.filter((s) => wanted === null || wanted.has(s.kind)),
    })),
  };
}

/** The inaction review over the read models; the counting kinds of the cycle are configuration (CYCLE_COUNTING_KINDS). */
export class InactionReviewService {
  constructor(
    private readonly store: ReadStore,
    readonly countingKinds: readonly InspectionKind[],
  ) {}

  review(request: InactionReviewRequest): Promise<InactionReviewReport> {
    // The composition builds the read model for the configured kinds (projectionsFor): its items fit them.
    return reviewInaction(this.store, this.countingKinds, request, this.countingKinds);
  }
}
