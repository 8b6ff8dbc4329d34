import type { Pool, PoolClient } from 'pg';

/**
 * Schema of the PostgreSQL event store: one table, its triggers and one append function, in a schema of their own
 * (`aol` by default; tests use a fresh schema per store). Everything is created idempotently, under an advisory
 * lock, so that several instances starting together do not race on `CREATE ... IF NOT EXISTS`.
 *
 * Why a function: a whole group of appends (lock, revision checks, id lookups, position allocation, inserts, NOTIFY)
 * runs in ONE round trip and ONE implicit transaction, so the global lock is held only for the server-side work and
 * the commit — never across a network round trip to the client. See postgres-event-store.ts for the ordering argument.
 *
 * `data` and `metadata` are TEXT, not jsonb: jsonb reorders object keys and refuses lone surrogates and \u0000,
 * and the audit trail's canonical bytes and the byte-identical round trip with SQLite need the stored text as is.
 */

/** PostgreSQL identifiers we accept for the schema: plain lower-case names, nothing to quote or inject. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`PostgreSQL event store: schema name "${schema}" must match ${String(SCHEMA_NAME)}`);
  }
}

/** NOTIFY channel of a schema's store (an identifier: at most 63 bytes, which the schema pattern guarantees). */
export function channelOf(schema: string): string {
  return `aol_events_${schema}`;
}

/**
 * SQL for the advisory lock key that serialises the appends of a schema's store. The same key for every process
 * that uses this schema on this server: hashtextextended is deterministic.
 */
export function appendLockKey(schema: string): string {
  return `hashtextextended('archival-oversight-ledger/events:${schema}', 0)`;
}

/** Columns every read selects, in this order. `position` and `revision` come back as text (int8) and are converted. */
export const EVENT_COLUMNS = 'position, id, stream_id, revision, type, schema_version, data, metadata';

/** The columns the store needs, with their types (information_schema names), for the start-up check. */
const EXPECTED_COLUMNS: Record<string, string> = {
  position: 'bigint',
  id: 'text',
  stream_id: 'text',
  revision: 'bigint',
  type: 'text',
  schema_version: 'integer',
  data: 'text',
  metadata: 'text',
  recorded_at: 'timestamp with time zone',
};

function tableDdl(schema: string): string {
  const s = `"${schema}"`;
  return `
CREATE SCHEMA IF NOT EXISTS ${s};

CREATE TABLE IF NOT EXISTS ${s}.events (
  position       bigint      PRIMARY KEY,
  id             text        NOT NULL UNIQUE,
  stream_id      text        NOT NULL,
  revision       bigint      NOT NULL,
  type           text        NOT NULL,
  schema_version integer     NOT NULL,
  data           text        NOT NULL,
  metadata       text        NOT NULL,
  recorded_at    timestamptz NOT NULL,
  UNIQUE (stream_id, revision),
  CHECK (position > 0 AND revision >= 0 AND schema_version > 0)
);
`;
}

/** What goes with the table; created once the table is known to be ours. */
function objectsDdl(schema: string): string {
  const s = `"${schema}"`;
  const channel = channelOf(schema);
  const lockKey = appendLockKey(schema);
  return `
CREATE INDEX IF NOT EXISTS events_type ON ${s}.events (type, position);

CREATE OR REPLACE FUNCTION ${s}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'events are immutable: % refused', TG_OP;
END
$fn$;

DO $do$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'events_refuse_update_delete'
                   AND tgrelid = '${s}.events'::regclass) THEN
    CREATE TRIGGER events_refuse_update_delete BEFORE UPDATE OR DELETE ON ${s}.events
      FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_change();
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'events_refuse_truncate'
                   AND tgrelid = '${s}.events'::regclass) THEN
    CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON ${s}.events
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change();
  END IF;
END
$do$;

-- A group of appends, applied in order in ONE transaction (the group commit: one lock, one WAL flush for all).
-- The appends are given flat: p_streams, p_expected and p_counts per append; the events of all appends, in order,
-- in the other arrays (append k owns the p_counts[k] events after those of appends 1..k-1). Returns rows tagged
-- with r_append (1-based) and, in r_kind:
--   'w' the rows written;            'e' the stored rows of the ids already present (the caller decides replay
--   'x' the expectation failed;          or conflict, comparing content as the SQLite adapter does);
--   'h' an empty append that matched (r_position: the stream's last position, 0 if none).
-- Only 'w' writes anything, so one append's refusal never disturbs the others: no savepoints are needed.
-- r_actual is the revision of the stream's last event before the append, -1 when the stream does not exist.
CREATE OR REPLACE FUNCTION ${s}.append_batch(
  p_streams text[], p_expected text[], p_counts integer[],
  p_ids text[], p_types text[], p_schema_versions integer[], p_data text[], p_metadata text[],
  p_placeholder text, p_recorded_at text
) RETURNS TABLE (
  r_append integer, r_kind text, r_actual bigint, r_position bigint, r_id text, r_stream_id text, r_revision bigint,
  r_type text, r_schema_version integer, r_data text, r_metadata text
) LANGUAGE plpgsql AS $fn$
DECLARE
  v_append integer;
  v_from integer := 1;
  v_to integer;
  v_count integer;
  v_ids text[];
  v_actual bigint;
  v_stream_position bigint;
  v_matches boolean;
  v_last bigint;
  v_head_before bigint;
  v_recorded_at text;
BEGIN
  -- Held until this transaction commits: positions are allocated and committed one transaction at a time.
  PERFORM pg_advisory_xact_lock(${lockKey});
  -- Each statement of a VOLATILE function takes a new snapshot (READ COMMITTED): from here on it sees every
  -- transaction that committed before the lock was granted.
  SELECT coalesce(max(e.position), 0) INTO v_last FROM ${s}.events e;
  v_head_before := v_last;

  FOR v_append IN 1 .. coalesce(cardinality(p_streams), 0) LOOP
    v_count := p_counts[v_append];
    v_to := v_from + v_count - 1;
    v_ids := p_ids[v_from:v_to];
    v_actual := NULL;
    v_stream_position := NULL;
    SELECT e.revision, e.position INTO v_actual, v_stream_position
      FROM ${s}.events e WHERE e.stream_id = p_streams[v_append] ORDER BY e.revision DESC LIMIT 1;
    v_actual := coalesce(v_actual, -1);
    -- (In a variable: inside IF … THEN, plpgsql would end the condition at the CASE's first THEN.)
    v_matches := CASE p_expected[v_append]
                   WHEN 'any' THEN true
                   WHEN 'no_stream' THEN v_actual = -1
                   WHEN 'stream_exists' THEN v_actual >= 0
                   ELSE v_actual = p_expected[v_append]::bigint
                 END;

    IF v_count > 0 AND EXISTS (SELECT 1 FROM ${s}.events e WHERE e.id = ANY (v_ids)) THEN
      RETURN QUERY
        SELECT v_append, 'e'::text, v_actual, e.position, e.id, e.stream_id, e.revision, e.type, e.schema_version,
               e.data, e.metadata
          FROM unnest(v_ids) WITH ORDINALITY AS n(id, ord) JOIN ${s}.events e ON e.id = n.id
         ORDER BY n.ord;
    ELSIF NOT v_matches THEN
      RETURN QUERY SELECT v_append, 'x'::text, v_actual, NULL::bigint, NULL::text, NULL::text, NULL::bigint,
                          NULL::text, NULL::integer, NULL::text, NULL::text;
    ELSIF v_count = 0 THEN
      RETURN QUERY SELECT v_append, 'h'::text, v_actual, coalesce(v_stream_position, 0), NULL::text, NULL::text,
                          NULL::bigint, NULL::text, NULL::integer, NULL::text, NULL::text;
    ELSE
      -- Server time by default, taken under the lock: recordedAt then never decreases along the log, whichever
      -- instance wrote. The format is JavaScript's toISOString (milliseconds, Z), as the SQLite adapter writes it.
      v_recorded_at := coalesce(p_recorded_at,
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
      RETURN QUERY
        WITH written AS (
          INSERT INTO ${s}.events (position, id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
          SELECT v_last + n.ord, n.id, p_streams[v_append], v_actual + n.ord, n.type, n.schema_version, n.data,
                 replace(n.metadata, p_placeholder, '"' || v_recorded_at || '"'), v_recorded_at::timestamptz
            FROM unnest(v_ids, p_types[v_from:v_to], p_schema_versions[v_from:v_to], p_data[v_from:v_to],
                        p_metadata[v_from:v_to])
                 WITH ORDINALITY AS n(id, type, schema_version, data, metadata, ord)
          RETURNING *
        )
        SELECT v_append, 'w'::text, v_actual, w.position, w.id, w.stream_id, w.revision, w.type, w.schema_version,
               w.data, w.metadata
          FROM written w ORDER BY w.position;
      v_last := v_last + v_count;
    END IF;
    v_from := v_to + 1;
  END LOOP;

  IF v_last > v_head_before THEN
    -- Delivered at commit, to every listener of the channel (the payload is only a hint: readers re-read).
    PERFORM pg_notify('${channel}', v_last::text);
  END IF;
END
$fn$;
`;
}

/** Creates the schema, table, triggers and function if missing (idempotent, safe with concurrent callers). */
export async function ensureSchema(pool: Pool, schema: string): Promise<void> {
  assertSchemaName(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`archival-oversight-ledger/ddl:${schema}`]);
    await client.query(tableDdl(schema));
    // A table of the same name from something else: say so, rather than fail on an index or the function.
    await checkColumns(client, schema);
    await client.query(objectsDdl(schema));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Throws a message naming what is missing or different when the schema is not the one this adapter writes. */
export async function checkSchema(client: Pool | PoolClient, schema: string): Promise<void> {
  await checkColumns(client, schema);
  const fn = await client.query(
    `SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1 AND p.proname = 'append_batch'`,
    [schema],
  );
  if (fn.rowCount === 0) {
    throw new Error(`PostgreSQL event store: function "${schema}".append_batch is missing (start with schema creation enabled)`);
  }
}

async function checkColumns(client: Pool | PoolClient, schema: string): Promise<void> {
  const { rows } = await client.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'events'`,
    [schema],
  );
  if (rows.length === 0) {
    throw new Error(`PostgreSQL event store: no table "${schema}".events (start with schema creation enabled)`);
  }
  const found = new Map(rows.map((row) => [row.column_name, row.data_type]));
  const wrong = Object.entries(EXPECTED_COLUMNS)
    .filter(([name, type]) => found.get(name) !== type)
    .map(([name, type]) => `${name} ${type} (found: ${found.get(name) ?? 'missing'})`);
  if (wrong.length > 0) {
    throw new Error(`PostgreSQL event store: "${schema}".events is not this store's table; expected ${wrong.join(', ')}`);
  }
}
