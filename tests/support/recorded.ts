import { REGISTRY_SCHEMA_VERSIONS, bureauStreamId, unitStreamId } from '../../src/domain/registry/registry.events';
import type { Actor, Event, EventMetadata, RecordedEvent } from '../../src/domain/shared/event';

/**
 * Turns domain events (type + data, as deciders emit them) into `RecordedEvent`s as the store would record them:
 * positions increasing from 1, revisions per stream from 0, and metadata. Builders build on each other:
 *
 *   const log = new RecordedLog().record(bureauEstablished, { occurredAt: '2023-01-01' }).record(unitRegistered);
 *   log.events            // everything so far
 *   log.since(mark)       // what came after an earlier `log.position`
 */

/** What a test may say about an event's metadata; the rest is filled in. */
export interface MetadataOverrides {
  actor?: Actor;
  /** Business time (ISO-8601; a bare date is fine). Defaults to one day after the previous event's. */
  occurredAt?: string;
  /** Server time. Defaults to `occurredAt` plus `recordingDelayHours` of the log. */
  recordedAt?: string;
  correlationId?: string;
  causationId?: string | null;
  idempotencyKey?: string | null;
  /** The stream, when it cannot be derived from the event (see `streamIdOf`). */
  streamId?: string;
}

export interface RecordedLogOptions {
  /** Business time of the first event when none is given. */
  startAt?: string;
  /** Who acts when no actor is given. */
  actor?: Actor;
  recordingDelayHours?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Registry events live in the bureau's or the unit's stream; other events name their stream explicitly. */
export function streamIdOf(event: Event): string {
  const data = event.data as { bureauId?: unknown; unitId?: unknown };
  if (event.type === 'BureauEstablished' && typeof data.bureauId === 'string') return bureauStreamId(data.bureauId);
  if (typeof data.unitId === 'string') return unitStreamId(data.unitId);
  throw new Error(`Cannot derive a stream for ${event.type}: pass metadata.streamId`);
}

/** Deterministic UUID-shaped ids, so that dumps compare equal across runs. */
export const eventIdAt = (position: number): string => `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`;

const iso = (time: string): string => new Date(time).toISOString();

function schemaVersionOf(type: string): number {
  return (REGISTRY_SCHEMA_VERSIONS as Readonly<Record<string, number>>)[type] ?? 1;
}

export class RecordedLog {
  private readonly recorded: RecordedEvent[] = [];
  private readonly revisions = new Map<string, number>();
  private nextOccurredAt: number;
  private readonly actor: Actor;
  private readonly delayMs: number;

  constructor(options: RecordedLogOptions = {}) {
    this.nextOccurredAt = Date.parse(options.startAt ?? '2023-01-02T09:00:00.000Z');
    this.actor = options.actor ?? { id: 'staff-1', role: 'BUREAU_STAFF', bureauId: null };
    this.delayMs = (options.recordingDelayHours ?? 2) * 60 * 60 * 1000;
  }

  /** Appends one event; returns the log for chaining. */
  record(event: Event, overrides: MetadataOverrides = {}): this {
    this.append(event, overrides);
    return this;
  }

  /** Appends several events with the same overrides (one business act: same time, same correlation). */
  recordAll(events: readonly Event[], overrides: MetadataOverrides = {}): this {
    const correlationId = overrides.correlationId ?? `corr-${this.position + 1}`;
    for (const event of events) this.append(event, { ...overrides, correlationId });
    return this;
  }

  /** Appends one event and returns it as recorded. */
  append(event: Event, overrides: MetadataOverrides = {}): RecordedEvent {
    const position = this.recorded.length + 1;
    const streamId = overrides.streamId ?? streamIdOf(event);
    const revision = (this.revisions.get(streamId) ?? -1) + 1;
    this.revisions.set(streamId, revision);
    const occurredAt = overrides.occurredAt === undefined ? new Date(this.nextOccurredAt).toISOString() : iso(overrides.occurredAt);
    this.nextOccurredAt = Date.parse(occurredAt) + DAY;
    const metadata: EventMetadata = {
      actor: overrides.actor ?? this.actor,
      occurredAt,
      recordedAt: overrides.recordedAt === undefined ? new Date(Date.parse(occurredAt) + this.delayMs).toISOString() : iso(overrides.recordedAt),
      correlationId: overrides.correlationId ?? `corr-${position}`,
      causationId: overrides.causationId ?? null,
      idempotencyKey: overrides.idempotencyKey ?? null,
    };
    const recorded: RecordedEvent = {
      id: eventIdAt(position),
      type: event.type,
      data: structuredClone(event.data),
      schemaVersion: schemaVersionOf(event.type),
      streamId,
      revision,
      position,
      metadata,
    };
    this.recorded.push(recorded);
    return recorded;
  }

  /** Every event so far, in position order. */
  get events(): RecordedEvent[] {
    return [...this.recorded];
  }

  /** Position of the last event (0 when empty). */
  get position(): number {
    return this.recorded.length;
  }

  /** Events strictly after a position. */
  since(position: number): RecordedEvent[] {
    return this.recorded.filter((e) => e.position > position);
  }

  /** The events of one stream, in revision order. */
  stream(streamId: string): RecordedEvent[] {
    return this.recorded.filter((e) => e.streamId === streamId);
  }
}

/** One-shot form: a list of domain events (with optional per-event metadata) to recorded events. */
export function recordEvents(
  events: readonly (Event | { event: Event; metadata: MetadataOverrides })[],
  options?: RecordedLogOptions,
): RecordedEvent[] {
  const log = new RecordedLog(options);
  for (const item of events) {
    if ('event' in item) log.record(item.event, item.metadata);
    else log.record(item);
  }
  return log.events;
}
