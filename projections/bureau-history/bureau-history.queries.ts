import type { ReadStore } from '../../src/readstore/port';
import { historyEntryKey } from '../history-entry';
import { BUREAU_HISTORY, type BureauHistoryDoc } from './bureau-history.projection';

/** A bureau's history in the order of the log, strictly after `afterPosition`. */
export function findBureauHistory(store: ReadStore, bureauId: string, limit: number, afterPosition?: number): Promise<BureauHistoryDoc[]> {
  return store.find<BureauHistoryDoc>(
    BUREAU_HISTORY,
    { bureauId },
    {
      sort: { field: 'position', direction: 1 },
      limit,
      ...(afterPosition !== undefined && { after: { value: afterPosition, id: historyEntryKey(bureauId, afterPosition) } }),
    },
  );
}

export function countBureauHistory(store: ReadStore, bureauId: string): Promise<number> {
  return store.count(BUREAU_HISTORY, { bureauId });
}
