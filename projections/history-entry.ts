import type { Actor, RecordedEvent } from '../src/domain/shared/event';

/** An event as it appears in a history (of a unit, of a bureau): the act, who did it, when, and where it is stored. */
export interface HistoryEntryFields {
  position: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  revision: number;
  data: object;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  correlationId: string;
  causationId: string | null;
  idempotencyKey: string | null;
}

export function historyEntryFields(event: RecordedEvent): HistoryEntryFields {
  const m = event.metadata;
  return {
    position: event.position,
    eventId: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    revision: event.revision,
    data: event.data,
    actor: m.actor,
    occurredAt: m.occurredAt,
    recordedAt: m.recordedAt,
    correlationId: m.correlationId,
    causationId: m.causationId ?? null,
    idempotencyKey: m.idempotencyKey ?? null,
  };
}

/** Positions are zero-padded in ids so that a subject's entries sort like positions. */
export const historyEntryKey = (subjectId: string, position: number): string => `${subjectId}:${String(position).padStart(16, '0')}`;
