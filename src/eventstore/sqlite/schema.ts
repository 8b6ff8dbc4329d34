import type { Database } from 'better-sqlite3';

/**
 * Schema and connection settings of the embedded event store.
 *
 * `position` is the rowid alias (INTEGER PRIMARY KEY without AUTOINCREMENT): SQLite hands out max(rowid) + 1,
 * which is gap-free and monotonic as long as no row is ever deleted — and the triggers below refuse deletes.
 * A rolled-back savepoint gives its positions back, so a failed append in a group commit leaves no hole.
 * AUTOINCREMENT would add a write to sqlite_sequence on every commit for no gain here.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  id             TEXT    NOT NULL UNIQUE,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_type ON events (type);
CREATE TRIGGER IF NOT EXISTS events_refuse_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are immutable: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS events_refuse_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are immutable: DELETE refused'); END;
`;

export interface ConnectionSettings {
  /** Milliseconds a writer waits for another connection's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs: number;
}

/**
 * WAL lets readers run beside the writer; synchronous=FULL fsyncs the WAL on every commit, so an
 * acknowledged append survives a power cut. Both are per-connection (WAL is also sticky in the file), so they
 * are set on a shared handle too: the read models living in the same file get the same durability.
 */
export function configureConnection(db: Database, settings: ConnectionSettings): void {
  if (!db.memory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(settings.busyTimeoutMs))}`);
  // Savepoint journals in memory rather than temporary files: each append has one.
  db.pragma('temp_store = MEMORY');
  // 64 MiB of page cache: the read models' indexes are written at random places (credit codes, ids).
  db.pragma('cache_size = -65536');
}

export function ensureSchema(db: Database): void {
  db.exec(DDL);
}
