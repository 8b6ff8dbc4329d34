import type { Actor, RecordedEvent } from '../../src/domain/shared/event';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const UNIT_HISTORY = 'unit_history';

/** One entry of a unit's history: an event that touched the unit, with who did it and when. */
export interface UnitHistoryDoc extends Doc {
  unitId: string;
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

/**
 * The units an event touches: its `unitId`, the unit it was `mergedInto`, and any `unitIds` it lists (acts that name several units,
 * such as bulletins). Later areas only need to name units in these fields to appear in the history.
 */
export function unitsTouchedBy(event: RecordedEvent): string[] {
  const data = event.data as { unitId?: unknown; unitIds?: unknown; mergedInto?: unknown };
  const ids = new Set<string>();
  if (typeof data.unitId === 'string') ids.add(data.unitId);
  // A merger belongs in the history of the unit that absorbed the other one too.
  if (typeof data.mergedInto === 'string') ids.add(data.mergedInto);
  if (Array.isArray(data.unitIds)) for (const id of data.unitIds) if (typeof id === 'string') ids.add(id);
  return [...ids];
}

/** Positions are zero-padded in ids so that ids sort like positions. */
export const historyEntryId = (unitId: string, position: number): string => `${unitId}:${String(position).padStart(16, '0')}`;

export const unitHistoryProjection: Projection = {
  name: 'unit-history',
  // A unit's history is read by unitId, then ordered by position among its few entries.
  collections: [{ name: UNIT_HISTORY, indexes: ['unitId'] }],
  // Every event type: whatever names a unit belongs in its history.
  handles: ['*'],
  apply(event: RecordedEvent, tx: ProjectionTx): void {
    const m = event.metadata;
    for (const unitId of unitsTouchedBy(event)) {
      // Writing the same entry twice is harmless: its id is the event's position.
      tx.put(UNIT_HISTORY, {
        _id: historyEntryId(unitId, event.position),
        unitId,
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
      } satisfies UnitHistoryDoc);
    }
  },
};
