import type { RecordedEvent } from '../../src/domain/shared/event';
import { historyEntryFields, historyEntryKey, type HistoryEntryFields } from '../history-entry';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const UNIT_HISTORY = 'unit_history';

/** One entry of a unit's history: an event that touched the unit, with who did it and when. */
export interface UnitHistoryDoc extends Doc, HistoryEntryFields {
  unitId: string;
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

export const historyEntryId = historyEntryKey;

export const unitHistoryProjection: Projection = {
  name: 'unit-history',
  // A unit's history is read by unitId, then ordered by position among its few entries.
  collections: [{ name: UNIT_HISTORY, indexes: ['unitId'] }],
  // Every event type: whatever names a unit belongs in its history.
  handles: ['*'],
  apply(event: RecordedEvent, tx: ProjectionTx): void {
    const fields = historyEntryFields(event);
    for (const unitId of unitsTouchedBy(event)) {
      // Writing the same entry twice is harmless: its id is the event's position.
      tx.put(UNIT_HISTORY, { _id: historyEntryId(unitId, event.position), unitId, ...fields } satisfies UnitHistoryDoc);
    }
  },
};
