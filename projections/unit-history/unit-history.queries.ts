import type { ReadStore } from '../../src/readstore/port';
import { UNIT_HISTORY, historyEntryId, type UnitHistoryDoc } from './unit-history.projection';

/** A unit's history in the order of the log, strictly after `afterPosition`. */
export function findUnitHistory(store: ReadStore, unitId: string, limit: number, afterPosition?: number): Promise<UnitHistoryDoc[]> {
  return store.find<UnitHistoryDoc>(
    UNIT_HISTORY,
    { unitId },
    {
      sort: { field: 'position', direction: 1 },
      limit,
      ...(afterPosition !== undefined && { after: { value: afterPosition, id: historyEntryId(unitId, afterPosition) } }),
    },
  );
}

export function countUnitHistory(store: ReadStore, unitId: string): Promise<number> {
  return store.count(UNIT_HISTORY, { unitId });
}
