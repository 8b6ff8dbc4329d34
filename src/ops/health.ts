/**
 * Liveness and readiness. `/healthz` says the process serves HTTP; `/readyz` says it should get traffic: the stores
 * answer, the projections trail the log head by no more than a bound, and no shutdown has begun.
 */
export interface ReadinessSources {
  /** The log's head position; throws (or rejects) when the event store does not answer. */
  headPosition(): Promise<number>;
  /** The lowest projection checkpoint; reads the read store, so it also shows whether that answers. */
  projectionPosition(): number | Promise<number>;
  /** Events the projections may trail the head by. */
  maxProjectionLag: number;
  isShuttingDown(): boolean;
  /** True once this process's own projector loop has stopped for good (it will not catch up by itself). */
  projectorStopped?(): boolean;
  /** How long one check may take before it counts as not answering. Default 2,000 ms. */
  timeoutMs?: number;
}

export type NotReadyReason = 'SHUTTING_DOWN' | 'EVENT_STORE_UNAVAILABLE' | 'READ_STORE_UNAVAILABLE' | 'PROJECTIONS_BEHIND' | 'PROJECTIONS_STOPPED';

export interface ReadinessReport {
  status: 'ready' | 'not ready';
  /** The log head and the projections' position, when the stores answered. */
  head: number | null;
  projectionPosition: number | null;
  reasons: { code: NotReadyReason; message: string }[];
}

export async function checkReadiness(sources: ReadinessSources): Promise<ReadinessReport> {
  const timeoutMs = sources.timeoutMs ?? 2000;
  const reasons: ReadinessReport['reasons'] = [];
  if (sources.isShuttingDown()) reasons.push({ code: 'SHUTTING_DOWN', message: 'the server is shutting down' });
  // A stopped projector may still be within the lag bound, but the read models will not move again: not ready.
  if (sources.projectorStopped?.()) reasons.push({ code: 'PROJECTIONS_STOPPED', message: 'this instance stopped applying projections; restart it' });
  const [head, position] = await Promise.all([
    answer(() => sources.headPosition(), timeoutMs),
    answer(() => sources.projectionPosition(), timeoutMs),
  ]);
  // Messages name the failing part only: a driver's error text may carry paths or SQL.
  if (!head.ok) reasons.push({ code: 'EVENT_STORE_UNAVAILABLE', message: `the event store does not answer (${head.why})` });
  if (!position.ok) reasons.push({ code: 'READ_STORE_UNAVAILABLE', message: `the read store does not answer (${position.why})` });
  if (head.ok && position.ok && head.value - position.value > sources.maxProjectionLag) {
    reasons.push({
      code: 'PROJECTIONS_BEHIND',
      message: `the projections trail the log by ${head.value - position.value} events (at most ${sources.maxProjectionLag} allowed)`,
    });
  }
  return {
    status: reasons.length === 0 ? 'ready' : 'not ready',
    head: head.ok ? head.value : null,
    projectionPosition: position.ok ? position.value : null,
    reasons,
  };
}

type Answer = { ok: true; value: number } | { ok: false; why: 'error' | 'timeout' };

async function answer(check: () => number | Promise<number>, timeoutMs: number): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Answer>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, why: 'timeout' }), timeoutMs);
    timer.unref();
  });
  try {
    const attempt = Promise.resolve()
      .then(check)
      .then((value): Answer => ({ ok: true, value }), (): Answer => ({ ok: false, why: 'error' }));
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
