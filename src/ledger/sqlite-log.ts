import type { Database, Statement } from 'better-sqlite3';
import type { RecordedEvent } from '../domain/shared/event';
import type { ReadAllOptions } from '../eventstore/port';
import { EVENT_COLUMNS, toRecordedEvents, type EventRow } from '../eventstore/sqlite/rows';

/**
 * Read-only access to the embedded log for the ledger's own needs: the position of an event by id (proofs asked by
 * event id), and reading the log of a file without opening an event store on it (offline verification, which must
 * neither write to the file nor need the server stopped).
 */
export class SqliteLogReader {
  private byId: Statement<[string], number> | undefined;
  private page: Statement<[number, number], EventRow> | undefined;
  private head: Statement<[], number> | undefined;

  constructor(private readonly db: Database) {}

  /** Statements are prepared on first use: the events table may be created after this reader. */
  async positionOf(eventId: string): Promise<number | null> {
    this.byId ??= this.db.prepare<[string], number>('SELECT position FROM events WHERE id = ?').pluck();
    return this.byId.get(eventId) ?? null;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.page ??= this.db
      .prepare<[number, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
      .raw(true);
    return toRecordedEvents(this.page.all(options.after ?? 0, options.maxCount ?? -1));
  }

  async headPosition(): Promise<number> {
    this.head ??= this.db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM events').pluck();
    return this.head.get() ?? 0;
  }
}
