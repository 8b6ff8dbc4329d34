import type { RecordedEvent } from '../../src/domain/shared/event';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import { historyEntryFields, historyEntryKey, type HistoryEntryFields } from '../history-entry';
import type { Projection } from '../projection';

export const BUREAU_HISTORY = 'bureau_history';

/** One entry of a bureau's history: an act the bureau did, or one done to it (a unit transferred in, a review). */
export interface BureauHistoryDoc extends Doc, HistoryEntryFields {
  bureauId: string;
}

/** Fields by which an event names bureaus. Later areas only need to use these names to appear in the history. */
const BUREAU_FIELDS = ['bureauId', 'fromBureauId', 'toBureauId', 'reviewedBureauId', 'reportingBureauId'] as const;

export function bureausTouchedBy(event: RecordedEvent): string[] {
  const data = event.data as Record<string, unknown>;
  const ids = new Set<string>();
  for (const field of BUREAU_FIELDS) {
    const value = data[field];
    if (typeof value === 'string') ids.add(value);
  }
  return [...ids];
}

export const bureauHistoryProjection: Projection = {
  name: 'bureau-history',
  collections: [{ name: BUREAU_HISTORY, indexes: ['bureauId'] }],
  handles: ['*'],
  apply(event: RecordedEvent, tx: ProjectionTx): void {
    const fields = historyEntryFields(event);
    for (const bureauId of bureausTouchedBy(event)) {
      tx.put(BUREAU_HISTORY, { _id: historyEntryKey(bureauId, event.position), bureauId, ...fields } satisfies BureauHistoryDoc);
    }
  },
};
