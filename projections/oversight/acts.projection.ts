import type { RecordedEvent } from '../../src/domain/shared/event';
import { NATION_CODE } from '../../src/domain/shared/region';
import { OVERSIGHT_EVENT_TYPES, type OversightEvent } from '../../src/domain/oversight/oversight.events';
import type { ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';
import { SUPERVISORY_ACTS, SUPERVISORY_ACT_INDEX, bureauKey, indexRowId, regionKey, unitKey, type ActDoc, type ActIndexDoc } from './acts.model';
import { recordOf, reduceAct } from './acts.reducers';

/** The region-code prefixes a code is listed under: the nation's (''), its province's, prefecture's and county's. */
export function regionPrefixesOf(code: string): string[] {
  if (code === NATION_CODE) return [''];
  return ['', code.slice(0, 2), code.slice(0, 4), code];
}

/** Every key a record is listed under: the regions of its bureaus and units, its units, its bureaus. */
export function indexKeysOf(doc: ActDoc): string[] {
  const keys = new Set<string>();
  // A bureau's id is its region's code.
  for (const code of [...doc.bureauIds, ...Object.values(doc.unitRegions)]) {
    for (const prefix of regionPrefixesOf(code)) keys.add(regionKey(prefix));
  }
  for (const unitId of doc.unitIds) keys.add(unitKey(unitId));
  for (const bureauId of doc.bureauIds) keys.add(bureauKey(bureauId));
  return [...keys];
}

/** The record's variant within its kind, for filters. */
export function variantOf(doc: ActDoc): string | null {
  switch (doc.kind) {
    case 'BULLETIN':
      return doc.bulletinKind;
    case 'ASSESSMENT':
      return doc.assessmentKind;
    case 'GUIDANCE':
      return doc.form;
    case 'LEAD':
      return doc.source;
    default:
      return null;
  }
}

/** Whether the record's index rows would read the same for `before` and `after` (most steps change only the record). */
function sameListing(before: ActDoc, after: ActDoc): boolean {
  if (before.day !== after.day || before.status !== after.status || before.bureauId !== after.bureauId || variantOf(before) !== variantOf(after)) return false;
  const keys = indexKeysOf(before);
  const next = indexKeysOf(after);
  return keys.length === next.length && keys.every((key, i) => key === next[i]);
}

function putIndexRows(doc: ActDoc, tx: ProjectionTx, before: ActDoc | null): void {
  if (before !== null && sameListing(before, doc)) return;
  // Keys only ever grow (a record's units and bureaus are fixed when it is made): rewriting them all keeps the
  // status of every row current without deleting anything.
  for (const key of indexKeysOf(doc)) {
    const row: ActIndexDoc = { _id: indexRowId(doc.kind, key, doc.day, doc.recordId), kind: doc.kind, key, actId: doc._id, bureauId: doc.bureauId, day: doc.day, status: doc.status, variant: variantOf(doc) };
    tx.put(SUPERVISORY_ACT_INDEX, row);
  }
}

/**
 * Every oversight record as one document of `supervisory_acts`, listed in `supervisory_act_index`. Reads oversight
 * events only: the units' regions come with the events that name them, as they stood on the day.
 */
export const supervisoryActsProjection: Projection = {
  name: 'supervisory-acts',
  collections: [
    { name: SUPERVISORY_ACTS, indexes: [] },
    // Every list is a range of `_id`; the other fields are filters applied within the range.
    { name: SUPERVISORY_ACT_INDEX, indexes: [] },
  ],
  handles: OVERSIGHT_EVENT_TYPES,
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const event = recorded as unknown as OversightEvent;
    const id = recordOf(event);
    if (id === null) return;
    const current = tx.get<ActDoc>(SUPERVISORY_ACTS, id);
    if (current && current.lastPosition >= recorded.position) return; // already applied
    const next = reduceAct(current, event, recorded);
    if (!next) return;
    tx.put(SUPERVISORY_ACTS, next);
    putIndexRows(next, tx, current);
  },
};
