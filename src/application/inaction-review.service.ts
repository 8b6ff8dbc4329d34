import { findUnitFactsOfBureau } from '../../projections/accountability/accountability.queries';
import { businessDayOrNull } from '../../projections/accountability/days';
import { ACCOUNTABILITY_LATE_RECORDS, lateRecordRange, type LateRecordDoc } from '../../projections/accountability/late-records.projection';
import { BUREAUS, type BureauDoc } from '../../projections/bureaus/bureaus.projection';
import { INACTION_INSPECTIONS, INACTION_ORDERS, type InactionInspectionDoc, type InactionOrderDoc } from '../../projections/inaction/inaction-facts.projection';
import { INSPECTION_PLANS, type InspectionPlanDoc } from '../../projections/inspection/inspection-plans.projection';
import { bureauKey, type ActDoc, type ActKind, type BulletinDoc } from '../../projections/oversight/acts.model';
import { findActs } from '../../projections/oversight/acts.queries';
import { byMostSerious, judgeInaction, type BureauInaction, type InactionEvidence, type InactionFacts, type InactionSignal, type InactionSignalKind, type InactionThresholds } from '../domain/accountability/inaction';
import type { DatedRectificationEvent } from '../domain/rectification/order-status';
import type { RectificationEvent } from '../domain/rectification/rectification.events';
import type { Day } from '../domain/shared/day';
import { findRegion, isWithin, regionPrefix } from '../domain/shared/region';
import type { InspectionKind } from '../domain/supervision/common';
import type { ReadStore } from '../readstore/port';
import { judgeBureau } from './accountability.service';

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

/** An order's slim acts as the status rules read them (only the deadline and the outcome are looked at). */
const datedOrderActs = (order: InactionOrderDoc): DatedRectificationEvent[] =>
  order.acts.map((a) => ({ event: { type: a.type, data: { deadline: a.deadline, outcome: a.outcome } } as unknown as RectificationEvent, day: a.day }));

/** Everything the rules need about one bureau, from the read models (each read indexed by the bureau). */
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
    plans: plans.flatMap((p) => {
      const plannedOn = businessDayOrNull(p.plannedAt);
      const cancelledOn = p.status === 'CANCELLED' && p.closedAt !== null ? businessDayOrNull(p.closedAt) : null;
      return plannedOn === null ? [] : [{ plannedOn, from: p.from, to: p.to, cancelledOn }];
    }),
    lateRecords: lateRecords.flatMap((r) => {
      const occurredOn = businessDayOrNull(r.occurredAt);
      const recordedOn = businessDayOrNull(r.recordedAt);
      return occurredOn === null || recordedOn === null ? [] : [{ eventId: r.eventId, type: r.type, unitId: unitIdOf(r.data), occurredOn, recordedOn, delayDays: r.delayDays }];
    }),
  };
}

/**
 * The inaction review of a bureau or of every bureau in a region on asOf: each bureau's signals with their evidence
 * (a page of it per signal, and the totals), ranked most serious first. Scope is the caller's business (the resolver
 * checks it before calling). Also what the benchmark times for a province.
 */
export async function reviewInaction(store: ReadStore, countingKinds: readonly InspectionKind[], request: InactionReviewRequest): Promise<InactionReviewReport> {
  const { asOf, thresholds } = request;
  const bureaus = await bureausOf(store, request.subject, asOf);
  const judged: { bureau: BureauDoc; inaction: BureauInaction }[] = [];
  // One bureau at a time: each gathers its facts in parallel reads, and memory stays one bureau's worth.
  for (const bureau of bureaus) {
    const facts = await gatherInactionFacts(store, bureau, asOf, thresholds, countingKinds);
    judged.push({ bureau, inaction: judgeInaction(facts, thresholds, asOf) });
  }
  judged.sort((a, b) => byMostSerious(a.inaction, b.inaction));
  const wanted = request.signals === null ? null : new Set(request.signals);
  const end = request.evidenceOffset + request.evidenceLimit;
  return {
    asOf,
    thresholds,
    bureauId: 'bureauId' in request.subject ? request.subject.bureauId : null,
    regionCode: 'regionCode' in request.subject ? request.subject.regionCode : null,
    bureaus: judged.map(({ bureau, inaction }, i) => ({
      ...inaction,
      rank: i + 1,
      name: bureau.name,
      level: bureau.level,
      regionCode: bureau.regionCode,
      signals: inaction.signals
        .filter((s) => wanted === null || wanted.has(s.kind))
        .map((s) => ({ ...s, evidence: s.evidence.slice(request.evidenceOffset, end), evidenceTotal: s.evidence.length })),
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
    return reviewInaction(this.store, this.countingKinds, request);
  }
}
