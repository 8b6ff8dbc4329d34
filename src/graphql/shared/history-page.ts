import type { HistoryEntryFields } from '../../../projections/history-entry';
import { ValidationError } from '../../domain/shared/errors';
import type { HistoryConnection } from '../registry/history.type';
import { decodeCursor, encodeCursor, pageSize, toPage } from './page';

const HISTORY_CURSOR = 'history';

/** How one kind of history (a unit's, a bureau's) reads its entries. */
export interface HistorySource {
  find(limit: number, afterPosition?: number): Promise<HistoryEntryFields[]>;
  count(): Promise<number>;
}

/** A Relay page of a history, keyed by log position. */
export async function historyPage(source: HistorySource, first: number | null | undefined, after: string | null | undefined): Promise<HistoryConnection> {
  const size = pageSize(first);
  const afterKey = decodeCursor(HISTORY_CURSOR, after);
  const afterPosition = afterKey === undefined ? undefined : Number(afterKey);
  if (afterPosition !== undefined && !Number.isSafeInteger(afterPosition)) {
    throw new ValidationError('Invalid cursor', 'after', 'INVALID_CURSOR');
  }
  const [rows, totalCount] = await Promise.all([source.find(size + 1, afterPosition), source.count()]);
  const cursorOf = (row: HistoryEntryFields) => encodeCursor(HISTORY_CURSOR, row.position);
  const page = toPage(rows, size, cursorOf);
  return {
    nodes: page.nodes,
    edges: page.nodes.map((node) => ({ node, cursor: cursorOf(node) })),
    pageInfo: page.pageInfo,
    totalCount,
  } as HistoryConnection;
}
