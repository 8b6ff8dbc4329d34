import { body, orderRectificationInput, QUERIES, recordInspectionInput, submitReportInput, V2_ITEMS, type OperationKind } from './load-operations';

/**
 * One autocannon run against a server: every request is a GraphQL POST whose operation is drawn by weight, with
 * a body and a token made for it (`setupRequest`), and every answer is checked (`onResponse`): a status other than
 * 200 or a 200 with `errors` is an error, counted and kept for printing. Writes feed each other through pools, so
 * that a long run never runs out of something valid to act on: an inspection with findings can be ordered on, an
 * order takes one report (one report awaits review at a time).
 */

// autocannon ships no types; what is used of it, as the README and lib/ describe it.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest | null;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface Percentiles {
  p50: number;
  p97_5: number;
  p99: number;
  mean: number;
  max: number;
  totalCount: number;
}
export interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: Percentiles;
  requests: { average: number; total: number };
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  requests: AutocannonRequest[];
}) => PromiseLike<AutocannonResult> & { on(event: 'response', listener: () => void): void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

export interface Target {
  unitId: string;
  bureauId: string;
}
export interface PreparedInspection extends Target {
  inspectionId: string;
  findingIds: string[];
}
export interface PreparedOrder extends Target {
  orderId: string;
  findingIds: string[];
}

/** Authorization header values for each role the mix acts as (minted once, before the run). */
export interface Tokens {
  clerk(bureauId: string): string;
  auditor(): string;
  reporter(unitId: string): string;
}

/** What writes act on: grows with the run (recorded inspections with findings, orders awaiting a report). */
export class Pools {
  constructor(
    readonly targets: Target[],
    readonly inspections: PreparedInspection[],
    readonly orders: PreparedOrder[],
  ) {}

  /** Keeps the inspections pool bounded over a long soak: the newest replace random older ones. */
  addInspection(inspection: PreparedInspection): void {
    if (this.inspections.length < 5_000) this.inspections.push(inspection);
    else this.inspections[Math.floor(Math.random() * this.inspections.length)] = inspection;
  }
}

/** Latencies in 0.1 ms buckets up to 2 s (one bucket beyond): percentiles without keeping every sample. */
export class Histogram {
  private readonly buckets = new Uint32Array(20_001);
  count = 0;

  merge(other: Histogram): void {
    for (let i = 0; i < this.buckets.length; i++) this.buckets[i]! += other.buckets[i] as number;
    this.count += other.count;
  }

  record(ms: number): void {
    this.buckets[Math.min(20_000, Math.max(0, Math.round(ms * 10)))]! += 1;
    this.count++;
  }

  percentile(p: number): number {
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i] as number;
      if (seen >= rank && seen > 0) return i / 10;
    }
    return 0;
  }
}

export interface KindStats {
  ok: number;
  errors: number;
  latency: Histogram;
}

export interface MixOutcome {
  result: AutocannonResult;
  byKind: Map<OperationKind, KindStats>;
  /** Distinct error texts (code: message) with their counts. */
  errors: Map<string, number>;
  errorCount: number;
  /** Writes that found their pool empty and were sent as another write. */
  substitutions: number;
}

export interface MixOptions {
  origin: string;
  connections: number;
  seconds: number;
  weights: Partial<Record<OperationKind, number>>;
  pools: Pools;
  tokens: Tokens;
  /** Fixed bodies to send instead of drawing (the overhead runs: the same sequence against both servers). */
  fixed?: { bodies: string[]; authorization: string };
  /** Called every completed request (the soak samples memory from its own timer). */
  onTick?: () => void;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/** 1 or 2 non-compliant items, so that most inspections recorded under load have findings to order on. */
function nonCompliantItems(n: number): string[] {
  if (n % 3 === 0) return [];
  const first = V2_ITEMS[n % V2_ITEMS.length] as string;
  return n % 3 === 1 ? [first] : [first, V2_ITEMS[(n + 2) % V2_ITEMS.length] as string];
}

interface Planned {
  kind: OperationKind;
  body: string;
  authorization: string;
}

/** Draws the next request of the mix and builds it; a write whose pool is empty becomes the write that fills it. */
function planner(options: MixOptions, outcome: MixOutcome): () => Planned {
  const { pools, tokens } = options;
  const entries = Object.entries(options.weights) as [OperationKind, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let n = 0;
  return () => {
    n++;
    let roll = Math.random() * total;
    let kind = (entries.find(([, w]) => (roll -= w) < 0) ?? entries[0])?.[0] as OperationKind;
    if (kind === 'submitRectificationReport' && pools.orders.length === 0) {
      kind = 'orderRectification';
      outcome.substitutions++;
    }
    if (kind === 'orderRectification' && pools.inspections.length === 0) {
      kind = 'recordInspection';
      outcome.substitutions++;
    }
    switch (kind) {
      case 'unitHistory': {
        const target = pick(pools.targets);
        // The unit's own clerk, an auditor of the province, or the unit itself: the three who read histories.
        const who = n % 3;
        const authorization = who === 0 ? tokens.clerk(target.bureauId) : who === 1 ? tokens.auditor() : tokens.reporter(target.unitId);
        return { kind, authorization, body: body(QUERIES.unitHistory, { unitId: target.unitId, first: 20 }) };
      }
      case 'units': {
        const target = pick(pools.targets);
        return { kind, authorization: tokens.clerk(target.bureauId), body: body(QUERIES.units, { filter: { bureauId: target.bureauId, status: 'ACTIVE' }, first: 20 }) };
      }
      case 'cycleStatus': {
        const target = pick(pools.targets);
        const authorization = n % 2 === 0 ? tokens.clerk(target.bureauId) : tokens.auditor();
        return { kind, authorization, body: body(QUERIES.cycleStatus, { bureauId: target.bureauId, first: 10 }) };
      }
      case 'recordInspection': {
        const target = pick(pools.targets);
        return { kind, authorization: tokens.clerk(target.bureauId), body: body(QUERIES.recordInspection, { input: recordInspectionInput(target.unitId, n, nonCompliantItems(n)) }) };
      }
      case 'orderRectification': {
        const inspection = pick(pools.inspections);
        return {
          kind,
          authorization: tokens.clerk(inspection.bureauId),
          body: body(QUERIES.orderRectification, { input: orderRectificationInput(inspection.inspectionId, inspection.findingIds, n) }),
        };
      }
      case 'submitRectificationReport': {
        // Oldest first; each order gets one report (a second would wait for a review).
        const order = pools.orders.shift() as PreparedOrder;
        return { kind, authorization: tokens.reporter(order.unitId), body: body(QUERIES.submitRectificationReport, { input: submitReportInput(order.orderId, order.findingIds, n) }) };
      }
    }
  };
}

interface GraphQLAnswer {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message?: string; extensions?: { code?: string; reason?: string } }[];
}

/** Feeds the pools from a successful write's answer. */
function harvest(kind: OperationKind, answer: GraphQLAnswer, pools: Pools): void {
  if (kind === 'recordInspection') {
    const inspection = answer.data?.recordInspection?.inspection;
    const findingIds = (inspection?.findings ?? []).map((f: { findingId: string }) => f.findingId);
    if (inspection && findingIds.length > 0) pools.addInspection({ inspectionId: inspection.inspectionId, unitId: inspection.unitId, bureauId: inspection.bureauId, findingIds });
  } else if (kind === 'orderRectification') {
    const order = answer.data?.orderRectification?.order;
    if (order) pools.orders.push({ orderId: order.orderId, unitId: order.unitId, bureauId: order.bureauId, findingIds: order.findingIds });
  }
}

export async function runMix(options: MixOptions): Promise<MixOutcome> {
  const outcome: MixOutcome = { result: undefined as unknown as AutocannonResult, byKind: new Map(), errors: new Map(), errorCount: 0, substitutions: 0 };
  const next = planner(options, outcome);
  let fixedIndex = 0;
  const statsOf = (kind: OperationKind): KindStats => {
    let stats = outcome.byKind.get(kind);
    if (!stats) outcome.byKind.set(kind, (stats = { ok: 0, errors: 0, latency: new Histogram() }));
    return stats;
  };
  const fail = (stats: KindStats, text: string) => {
    stats.errors++;
    outcome.errorCount++;
    outcome.errors.set(text, (outcome.errors.get(text) ?? 0) + 1);
  };
  const request: AutocannonRequest = {
    method: 'POST',
    path: '/graphql',
    setupRequest: (req, context) => {
      const planned: Planned = options.fixed
        ? { kind: 'unitHistory', authorization: options.fixed.authorization, body: options.fixed.bodies[fixedIndex++ % options.fixed.bodies.length] as string }
        : next();
      context.kind = planned.kind;
      context.started = performance.now();
      return { ...req, headers: { 'content-type': 'application/json', authorization: planned.authorization }, body: planned.body };
    },
    onResponse: (status, text, context) => {
      const kind = context.kind as OperationKind;
      const stats = statsOf(kind);
      stats.latency.record(performance.now() - (context.started as number));
      options.onTick?.();
      let answer: GraphQLAnswer;
      try {
        answer = JSON.parse(text) as GraphQLAnswer;
      } catch {
        fail(stats, `${kind}: HTTP ${status}, not JSON: ${text.slice(0, 120)}`);
        return;
      }
      const first = answer.errors?.[0];
      if (status !== 200 || first) {
        fail(stats, `${kind}: HTTP ${status} ${first?.extensions?.code ?? ''}/${first?.extensions?.reason ?? ''} ${first?.message ?? text.slice(0, 120)}`);
        return;
      }
      stats.ok++;
      harvest(kind, answer, options.pools);
    },
  };
  outcome.result = await autocannon({ url: options.origin, connections: options.connections, duration: options.seconds, timeout: 10, requests: [request] });
  return outcome;
}
