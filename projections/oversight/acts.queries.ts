import type { Day } from '../../src/domain/shared/day';
import type { Filter, ReadStore } from '../../src/readstore/port';
import { SUPERVISORY_ACTS, SUPERVISORY_ACT_INDEX, type ActDoc, type ActIndexDoc, type ActKind } from './acts.model';

/** One list of records: a kind, one lookup key (`R:<prefix>`, `U:<unit>`, `B:<bureau>`), and filters within it. */
export interface ActListQuery {
  kind: ActKind;
  key: string;
  /** Records that began on or after / on or before these days. */
  from?: Day;
  to?: Day;
  /** The acting bureau (used where the key is a region's). */
  bureauId?: string;
  status?: string;
  variant?: string;
}

/** `~` sorts after every character of a day or a record id, so the upper bound takes in the whole last day. */
function toFilter(q: ActListQuery): Filter {
  const head = `${q.kind}|${q.key}|`;
  return {
    _id: { $gte: `${head}${q.from ?? ''}`, $lte: `${head}${q.to ?? '9999-12-31'}|~` },
    ...(q.bureauId !== undefined && { bureauId: q.bureauId }),
    ...(q.status !== undefined && { status: q.status }),
    ...(q.variant !== undefined && { variant: q.variant }),
  };
}

/** Whether an index row id belongs to the query's list (for cursors). */
export const isRowOf = (q: ActListQuery, rowId: string): boolean => rowId.startsWith(`${q.kind}|${q.key}|`);

/** A page of records, newest day first, strictly after the row `afterRowId`. */
export async function findActs<T extends ActDoc>(store: ReadStore, q: ActListQuery, limit: number, afterRowId?: string): Promise<{ rowId: string; doc: T }[]> {
  const rows = await store.find<ActIndexDoc>(SUPERVISORY_ACT_INDEX, toFilter(q), {
    sort: { field: '_id', direction: -1 },
    limit,
    ...(afterRowId !== undefined && { after: { value: afterRowId, id: afterRowId } }),
  });
  const docs = await store.getMany<T>(SUPERVISORY_ACTS, rows.map((r) => r.actId));
  return rows.flatMap((row, i) => {
    const doc = docs[i];
    return doc ? [{ rowId: row._id, doc }] : [];
  });
}

export function countActs(store: ReadStore, q: ActListQuery): Promise<number> {
  return store.count(SUPERVISORY_ACT_INDEX, toFilter(q));
}

/** How many records of each kind a list key holds (activity figures). */
export async function countActsByKind(store: ReadStore, kinds: readonly ActKind[], q: Omit<ActListQuery, 'kind'>): Promise<{ kind: ActKind; count: number }[]> {
  return Promise.all(kinds.map(async (kind) => ({ kind, count: await countActs(store, { ...q, kind }) })));
}
