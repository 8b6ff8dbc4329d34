import type { EventMetadata, RecordedEvent } from '../../domain/shared/event';

/** The columns every read selects, in this order; statements run in raw mode (arrays are cheaper than objects). */
export const EVENT_COLUMNS = 'position, id, stream_id, revision, type, schema_version, data, metadata';

export type EventRow = [
  position: number,
  id: string,
  streamId: string,
  revision: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
];

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row[1],
    type: row[4],
    schemaVersion: row[5],
    streamId: row[2],
    revision: row[3],
    position: row[0],
    data: JSON.parse(row[6]) as object,
    metadata: JSON.parse(row[7]) as EventMetadata,
  };
}

export function toRecordedEvents(rows: readonly EventRow[]): RecordedEvent[] {
  const events = new Array<RecordedEvent>(rows.length);
  for (let i = 0; i < rows.length; i++) events[i] = toRecordedEvent(rows[i] as EventRow);
  return events;
}

/** Two JSON texts hold the same value (object key order does not matter). */
export function sameJson(a: string, b: string): boolean {
  return a === b || jsonValueEqual(JSON.parse(a) as unknown, JSON.parse(b) as unknown);
}

function jsonValueEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonValueEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && jsonValueEqual(left[key], right[key]));
}
