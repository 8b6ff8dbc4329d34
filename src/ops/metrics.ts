import { statSync } from 'node:fs';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GroupCommitObserver } from '../eventstore/sqlite/sqlite-event-store';

/** What a finished request contributes: `operation` is a bounded label (never a client-chosen name). */
export interface RequestObservation {
  operation: string;
  status: number;
  seconds: number;
  errorCodes: readonly string[];
}

export interface MetricsSources {
  headPosition(): Promise<number>;
  /** The lowest projection checkpoint (a promise when another process moves it: read from a server store). */
  projectionPosition(): number | Promise<number>;
  /** The embedded store's file (its -wal beside it is counted too); absent for a server-backed store. */
  sqliteFile?: string;
}

export interface AppMetrics {
  readonly registry: Registry;
  observeRequest(observation: RequestObservation): void;
  /** Hook for SqliteEventStore.setGroupCommitObserver: append rate and group-commit batch sizes. */
  readonly groupCommitObserver: GroupCommitObserver;
}

/**
 * Prometheus metrics on a Registry of this app's own (not prom-client's global one), so that several servers in
 * one process (the tests) do not clash. Gauges that describe the store are read when scraped.
 */
export function createMetrics(sources: MetricsSources): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'aol_http_requests_total',
    help: 'HTTP requests answered, by operation (GraphQL: type and root field) and status',
    labelNames: ['operation', 'status'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'aol_http_request_duration_seconds',
    help: 'Time from a request arriving to its response finishing, by operation',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const errors = new Counter({
    name: 'aol_request_errors_total',
    help: 'Errors answered, by stable error code (extensions.code)',
    labelNames: ['code'] as const,
    registers,
  });
  const appended = new Counter({ name: 'aol_events_appended_total', help: 'Events appended to the log', registers });
  const groupAppends = new Histogram({
    name: 'aol_group_commit_appends',
    help: 'Appends committed together in one transaction (group commit)',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096],
    registers,
  });
  const groupSeconds = new Histogram({
    name: 'aol_group_commit_duration_seconds',
    help: 'Time of one group commit transaction, projections and sealing included',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers,
  });
  new Gauge({
    name: 'aol_projection_lag_events',
    help: 'Events between the log head and the lowest projection checkpoint',
    registers,
    async collect() {
      // A store that does not answer leaves the gauge as it was; /readyz reports the failure.
      try {
        // The checkpoints first: read after them, the head cannot be below them.
        const position = await sources.projectionPosition();
        this.set(Math.max(0, (await sources.headPosition()) - position));
      } catch {
        /* not answering */
      }
    },
  });
  new Gauge({
    name: 'aol_event_store_events',
    help: 'Events in the log (its head position: positions are gap-free)',
    registers,
    async collect() {
      try {
        this.set(await sources.headPosition());
      } catch {
        /* not answering */
      }
    },
  });
  if (sources.sqliteFile !== undefined) {
    const file = sources.sqliteFile;
    new Gauge({
      name: 'aol_event_store_file_bytes',
      help: 'Bytes of the embedded store on disk (the SQLite file and its write-ahead log)',
      registers,
      collect() {
        this.set(fileBytes(file) + fileBytes(`${file}-wal`));
      },
    });
  }

  return {
    registry,
    observeRequest({ operation, status, seconds, errorCodes }) {
      requests.inc({ operation, status: String(status) });
      latency.observe({ operation }, seconds);
      for (const code of errorCodes) errors.inc({ code });
    },
    groupCommitObserver({ appends, eventsWritten, seconds }) {
      groupAppends.observe(appends);
      groupSeconds.observe(seconds);
      if (eventsWritten > 0) appended.inc(eventsWritten);
    },
  };
}

function fileBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
