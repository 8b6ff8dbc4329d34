import { REGION_ACTIVITY_DELTAS, REGION_ACTIVITY_MONTHS, REGION_ACTIVITY_TOTALS, type DeltaDoc, type MonthDoc, type TotalsDoc } from '../../projections/region-activity/region-activity.model';
import { isStockKey } from '../domain/accountability/segments';
import { addDays, addMonths, type Day } from '../domain/shared/day';
import { childrenOf, findRegion, type Region } from '../domain/shared/region';
import type { ReadStore } from '../readstore/port';

/** A counter by a label (category, class, kind, checklist item). */
export interface Tally {
  key: string;
  count: number;
}

export interface CoverageFigures {
  unitsInScope: number;
  covered: number;
  notYetDue: number;
  overdue: number;
  /** covered / unitsInScope; null when no unit is in scope. */
  coverageRate: number | null;
}

export interface MonthlyCoverage extends CoverageFigures {
  /** YYYY-MM. */
  month: string;
  /** The month's last day, on which the figures stand. */
  day: Day;
}

/** Every figure of a region for one (asOf, from, to, knownAt). */
export interface RegionStatisticsReport {
  regionCode: string;
  asOf: Day;
  from: Day;
  to: Day;
  knownAt: string | null;
  units: { total: number; byCategory: Tally[]; byClass: Tally[] };
  coverage: CoverageFigures;
  inspections: { total: number; byKind: Tally[] };
  findings: { total: number; byItem: Tally[] };
  rectification: { opened: number; closed: number; closedOnTime: number; medianDaysToClose: number | null; open: number; overdueOpen: number };
  bulletins: { total: number; byKind: Tally[] };
  trainings: { sessions: number; attendance: number };
  guidanceActs: number;
  selfReports: { submitted: number; flagged: number; rate: number | null };
  leads: { received: number; closed: number };
  archivists: { assigned: number; released: number; active: number };
}

/** Counters per business day, or per business month. */
type DayCounters = Map<string, Map<string, number>>;

/** A region's counters known at knownAt: by day in the months asked exactly, by month in every other. */
export interface RegionCounters {
  days: DayCounters;
  months: DayCounters;
}

function bump(into: DayCounters, at: string, key: string, n: number): void {
  let m = into.get(at);
  if (!m) into.set(at, (m = new Map()));
  m.set(key, (m.get(key) ?? 0) + n);
}

const LEVEL_FIELD = { NATION: 'nation', PROVINCE: 'province', PREFECTURE: 'prefecture', COUNTY: 'county' } as const;

/**
 * Reads a region's counters: every change dated up to `until` (business day) and known at knownAt (null: all). The
 * per-recorded-month totals give whole business months; `exactMonths` (those a day of the question cuts) come from
 * the day cells instead. Changes recorded in knownAt's own month come from the cells (recorded day before knownAt's)
 * and, for knownAt's recorded day, from the raw deltas recorded by knownAt.
 */
export async function loadRegionCounters(store: ReadStore, region: Region, until: Day, knownAt: string | null, exactMonths: ReadonlySet<string>): Promise<RegionCounters> {
  const untilMonth = until.slice(0, 7);
  const knownDay = knownAt?.slice(0, 10) ?? null;
  const knownMonth = knownDay?.slice(0, 7) ?? null;
  const days: DayCounters = new Map();
  const months: DayCounters = new Map();
  const add = (day: Day, key: string, n: number): void => {
    const month = day.slice(0, 7);
    if (exactMonths.has(month)) bump(days, day, key, n);
    else bump(months, month, key, n);
  };

  const totals = await store.find<TotalsDoc>(REGION_ACTIVITY_TOTALS, knownMonth === null ? { code: region.code } : { code: region.code, recordedMonth: { $lt: knownMonth } });
  for (const t of totals) {
    for (const [month, counters] of Object.entries(t.months)) {
      if (month > untilMonth || exactMonths.has(month)) continue;
      for (const [key, n] of Object.entries(counters)) bump(months, month, key, n);
    }
  }

  const cellDocs = new Map<string, MonthDoc>();
  if (exactMonths.size > 0) for (const d of await store.find<MonthDoc>(REGION_ACTIVITY_MONTHS, { code: region.code, month: { $in: [...exactMonths] } })) cellDocs.set(d._id, d);
  if (knownMonth !== null) for (const d of await store.find<MonthDoc>(REGION_ACTIVITY_MONTHS, { code: region.code, recordedMonth: knownMonth })) cellDocs.set(d._id, d);
  for (const m of cellDocs.values()) {
    if (m.month > untilMonth || (knownMonth !== null && m.recordedMonth > knownMonth)) continue; // later, or recorded after knownAt
    // a whole month recorded before knownAt's month is in the totals already
    if (!exactMonths.has(m.month) && (knownMonth === null || m.recordedMonth < knownMonth)) continue;
    for (const [cellKey, counters] of Object.entries(m.cells)) {
      if (knownDay !== null && cellKey.slice(3) >= knownDay) continue; // that day from the deltas below; later days unknown
      const day = `${m.month}-${cellKey.slice(0, 2)}`;
      if (day > until) continue;
      for (const [key, n] of Object.entries(counters)) add(day, key, n);
    }
  }

  if (knownAt !== null && knownDay !== null) {
    // recordedDay is the only index: one recorded day's documents, this region's picked here
    const field = LEVEL_FIELD[region.level];
    for (const d of await store.find<DeltaDoc>(REGION_ACTIVITY_DELTAS, { recordedDay: knownDay })) {
      if (d[field] !== region.code) continue;
      for (const { at, k, n } of d.changes) {
        if (at > knownAt) continue;
        const day = k.slice(0, 10);
        if (day <= until) add(day, k.slice(11), n);
      }
    }
  }
  return { days, months };
}

const monthEnd = (month: string): Day => addDays(addMonths(`${month}-01`, 1), -1);

function coverageOf(stock: Map<string, number>): CoverageFigures {
  const covered = stock.get('cov.COVERED') ?? 0;
  const notYetDue = stock.get('cov.NOT_YET_DUE') ?? 0;
  const overdue = stock.get('cov.OVERDUE') ?? 0;
  const unitsInScope = covered + notYetDue + overdue;
  return { unitsInScope, covered, notYetDue, overdue, coverageRate: unitsInScope === 0 ? null : covered / unitsInScope };
}

/** Tallies of the keys under a prefix, most first, then by label. */
function tallies(sums: Map<string, number>, prefix: string): Tally[] {
  const out: Tally[] = [];
  for (const [k, n] of sums) if (k.startsWith(prefix) && n !== 0) out.push({ key: k.slice(prefix.length), count: n });
  return out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The median of a histogram `close.days.<n>` → count (the lower middle for an even count, as days are whole). */
function medianOf(hist: Tally[]): number | null {
  const entries = hist.map((t) => ({ days: Number(t.key), count: t.count })).filter((e) => e.count > 0).sort((a, b) => a.days - b.days);
  const total = entries.reduce((s, e) => s + e.count, 0);
  if (total === 0) return null;
  const lower = Math.floor((total - 1) / 2);
  const upper = Math.floor(total / 2);
  let seen = 0;
  let lo: number | null = null;
  for (const e of entries) {
    if (lo === null && seen + e.count > lower) lo = e.days;
    if (seen + e.count > upper) return ((lo as number) + e.days) / 2;
    seen += e.count;
  }
  return lo;
}

/** Every figure from a region's counters (pure). */
export function figuresFrom(counters: RegionCounters, regionCode: string, asOf: Day, from: Day, to: Day, knownAt: string | null): RegionStatisticsReport {
  const stock = new Map<string, number>();
  const flow = new Map<string, number>();
  const sum = (values: Map<string, number>, inStock: boolean, inFlow: boolean): void => {
    for (const [key, n] of values) {
      if (isStockKey(key)) {
        if (inStock) stock.set(key, (stock.get(key) ?? 0) + n);
      } else if (inFlow) flow.set(key, (flow.get(key) ?? 0) + n);
    }
  };
  for (const [day, values] of counters.days) sum(values, day <= asOf, day >= from && day <= to);
  // whole months: neither asOf's, from's nor to's (those are by day), so each lies wholly before or after each bound
  const [asOfMonth, fromMonth, toMonth] = [asOf.slice(0, 7), from.slice(0, 7), to.slice(0, 7)];
  for (const [month, values] of counters.months) sum(values, month < asOfMonth, month > fromMonth && month < toMonth);
  const f = (k: string): number => flow.get(k) ?? 0;
  const s = (k: string): number => stock.get(k) ?? 0;
  const findings = tallies(flow, 'finding.');
  const coverage = coverageOf(stock);
  return {
    regionCode,
    asOf,
    from,
    to,
    knownAt,
    units: { total: s('units.total'), byCategory: tallies(stock, 'units.cat.'), byClass: tallies(stock, 'units.class.') },
    coverage,
    inspections: { total: f('insp.total'), byKind: tallies(flow, 'insp.kind.') },
    findings: { total: findings.reduce((total, t) => total + t.count, 0), byItem: findings },
    rectification: {
      opened: f('ord.opened'),
      closed: f('ord.closed'),
      closedOnTime: f('ord.closedOnTime'),
      medianDaysToClose: medianOf(tallies(flow, 'close.days.')),
      open: s('ordstock.open'),
      overdueOpen: s('ordstock.overdue'),
    },
    bulletins: { total: f('bull.total'), byKind: tallies(flow, 'bull.kind.') },
    trainings: { sessions: f('train.sessions'), attendance: f('train.attendance') },
    guidanceActs: f('guid.acts'),
    selfReports: { submitted: f('sr.submitted'), flagged: f('sr.flagged'), rate: coverage.unitsInScope === 0 ? null : f('sr.submitted') / coverage.unitsInScope },
    leads: { received: f('lead.received'), closed: f('lead.closed') },
    archivists: { assigned: f('arch.assigned'), released: f('arch.released'), active: s('arch.active') },
  };
}

/** Coverage at the end of each month from `fromMonth` to `toMonth` (YYYY-MM), from the counters (pure). */
export function monthlyCoverageFrom(counters: RegionCounters, fromMonth: string, toMonth: string): MonthlyCoverage[] {
  // by month only (nothing asked exactly): a month's end sums every month up to it
  const changes = [...counters.months.entries()].filter(([, c]) => [...c.keys()].some((k) => k.startsWith('cov.'))).sort(([a], [b]) => (a < b ? -1 : 1));
  const stock = new Map<string, number>();
  const out: MonthlyCoverage[] = [];
  let i = 0;
  for (let month = fromMonth; month <= toMonth; month = addMonths(`${month}-01`, 1).slice(0, 7)) {
    const end = monthEnd(month);
    for (; i < changes.length && (changes[i] as [Day, Map<string, number>])[0] <= month; i++) {
      for (const [k, n] of (changes[i] as [Day, Map<string, number>])[1]) if (k.startsWith('cov.')) stock.set(k, (stock.get(k) ?? 0) + n);
    }
    out.push({ month, day: end, ...coverageOf(stock) });
    if (out.length > 600) break; // 50 years: the GraphQL layer refuses longer ranges before this
  }
  return out;
}

/**
 * `regionStatistics` straight on a ReadStore (what the resolvers and the benchmark call): reads only the region's own
 * month documents (and, for a knownAt, that day's deltas). The region must exist; scope is the caller's business.
 */
export async function regionStatistics(store: ReadStore, regionCode: string, asOf: Day, from: Day, to: Day, knownAt: string | null): Promise<RegionStatisticsReport> {
  const region = findRegion(regionCode);
  if (!region) throw new RangeError(`unknown region ${regionCode}`);
  const until = asOf > to ? asOf : to;
  const exact = new Set([asOf, from, to].map((d) => d.slice(0, 7)));
  const counters = await loadRegionCounters(store, region, until, knownAt, exact);
  return figuresFrom(counters, regionCode, asOf, from, to, knownAt);
}

export class RegionStatisticsService {
  constructor(private readonly store: ReadStore) {}

  statistics(regionCode: string, asOf: Day, from: Day, to: Day, knownAt: string | null): Promise<RegionStatisticsReport> {
    return regionStatistics(this.store, regionCode, asOf, from, to, knownAt);
  }

  async monthlyCoverage(regionCode: string, fromMonth: string, toMonth: string, knownAt: string | null): Promise<MonthlyCoverage[]> {
    const region = findRegion(regionCode);
    if (!region) throw new RangeError(`unknown region ${regionCode}`);
    const counters = await loadRegionCounters(this.store, region, monthEnd(toMonth), knownAt, new Set());
    return monthlyCoverageFrom(counters, fromMonth, toMonth);
  }

  children(regionCode: string): readonly Region[] {
    return childrenOf(regionCode);
  }
}
