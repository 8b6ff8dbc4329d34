import type { EventMetadata, RecordedEvent } from '../../domain/shared/event';
import { EventIdConflictError, WrongExpectedRevisionError } from '../errors';
import type { AppendResult } from '../port';
import type { PreparedAppend } from '../sqlite/append-input';
import { sameJson } from '../sqlite/rows';
import { EVENT_COLUMNS, appendLockKey, channelOf } from './schema';

/** The PostgreSQL store's statements and what their rows come to. */

/** A stored event as the tables hold it: data and metadata as JSON text, for verbatim copies and comparisons. */
export interface StoredEventText {
  position: number;
  id: string;
  streamId: string;
  revision: number;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
  /** ISO-8601 UTC with milliseconds, as metadata.recordedAt. */
  recordedAt: string;
}

export interface AppendRow {
  r_append: number;
  r_kind: 'w' | 'e' | 'x' | 'h';
  r_actual: string;
  r_position: string | null;
  r_id: string | null;
  r_stream_id: string | null;
  r_revision: string | null;
  r_type: string | null;
  r_schema_version: number | null;
  r_data: string | null;
  r_metadata: string | null;
}

export interface EventRow {
  position: string;
  id: string;
  stream_id: string;
  revision: string;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
}
/** Named statements: prepared once per connection. The name carries the schema: one process may hold several. */
export function statements(schema: string) {
  const s = `"${schema}"`;
  const from = `SELECT ${EVENT_COLUMNS} FROM ${s}.events`;
  return {
    append: {
      name: `aol_append_${schema}`,
      text: `SELECT * FROM ${s}.append_batch($1::text[], $2::text[], $3::integer[], $4::text[], $5::text[], $6::integer[],
        $7::text[], $8::text[], $9, $10)`,
    },
    streamForwards: {
      name: `aol_stream_fwd_${schema}`,
      text: `${from} WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
    },
    streamBackwards: {
      name: `aol_stream_bwd_${schema}`,
      text: `${from} WHERE stream_id = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`,
    },
    // The head and the page in one statement, hence one snapshot: the page holds every event up to the head that
    // passes the filter, unless it is full. A LEFT JOIN so that an empty page still answers the head.
    page: {
      name: `aol_page_${schema}`,
      text: `WITH h AS (SELECT coalesce(max(position), 0) AS head FROM ${s}.events)
        SELECT h.head, e.* FROM h LEFT JOIN LATERAL (
          ${from}
           WHERE position > $1 AND position <= h.head
             AND ($2::text[] IS NULL OR type = ANY ($2::text[]))
             AND ($3::text IS NULL OR starts_with(stream_id, $3::text))
           ORDER BY position LIMIT $4
        ) e ON true ORDER BY e.position`,
    },
    head: { name: `aol_head_${schema}`, text: `SELECT coalesce(max(position), 0) AS head FROM ${s}.events` },
    // The same lock and channel as append_batch (schema.ts).
    lock: `SELECT pg_advisory_xact_lock(${appendLockKey(schema)})`,
    notify: `SELECT pg_notify('${channelOf(schema)}', $1)`,
    importRows: `INSERT INTO ${s}.events (position, id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
      SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::integer[], $7::text[],
                           $8::text[], $9::timestamptz[])`,
    // recordedAt as toISOString writes it (the SQLite column's format).
    storedText: `SELECT ${EVENT_COLUMNS},
        to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at
      FROM ${s}.events WHERE position > $1 ORDER BY position LIMIT $2`,
  };
}
/** What append_batch's rows for one append (schema.ts) come to; throws the append's refusal. */
export function outcomeOf(append: PreparedAppend, rows: readonly AppendRow[]): AppendResult {
  const first = rows[0];
  if (!first) throw new Error('append_batch returned no row for an append');
  const actual = Number(first.r_actual);
  switch (first.r_kind) {
    case 'x':
      throw new WrongExpectedRevisionError(append.streamId, append.expected, actual === -1 ? 'no_stream' : actual);
    case 'h':
      return { nextExpectedRevision: actual, lastPosition: Number(first.r_position), events: [], written: false };
    case 'e':
      return replayOf(append, rows, actual);
    case 'w': {
      const events = rows.map(fromAppendRow);
      const last = events[events.length - 1] as RecordedEvent;
      return { nextExpectedRevision: last.revision, lastPosition: last.position, events, written: true };
    }
    default:
      throw new Error(`append_batch returned an unknown row kind ${String(first.r_kind)}`);
  }
}

/**
 * Ids already stored: a replay when all are, in this stream, with the same type and data (metadata is not
 * compared), returning the stored events; otherwise an EventIdConflictError naming the first id that differs.
 */
function replayOf(append: PreparedAppend, rows: readonly AppendRow[], actual: number): AppendResult {
  const byId = new Map(rows.map((row) => [row.r_id, row]));
  const events = append.events.map((event) => {
    const row = byId.get(event.id);
    const same =
      row !== undefined &&
      row.r_stream_id === append.streamId &&
      row.r_type === event.type &&
      sameJson(row.r_data as string, event.dataJson);
    if (!same) throw new EventIdConflictError(event.id);
    return fromAppendRow(row);
  });
  const last = events[events.length - 1] as RecordedEvent;
  return { nextExpectedRevision: actual, lastPosition: last.position, events, written: false };
}

function fromAppendRow(row: AppendRow): RecordedEvent {
  return {
    id: row.r_id as string,
    type: row.r_type as string,
    schemaVersion: row.r_schema_version as number,
    streamId: row.r_stream_id as string,
    revision: Number(row.r_revision),
    position: Number(row.r_position),
    data: JSON.parse(row.r_data as string) as object,
    metadata: JSON.parse(row.r_metadata as string) as EventMetadata,
  };
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: Number(row.position),
    data: JSON.parse(row.data) as object,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}
