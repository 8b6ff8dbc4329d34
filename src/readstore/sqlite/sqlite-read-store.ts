import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { AsyncReadModelStore, CollectionSpec, Doc, Filter, FindOptions, ProjectionTx } from '../port';
import {
  type BindValue,
  CHECKPOINT_TABLE,
  fieldSql,
  filterToSql,
  ReadStoreUsageError,
  tableName,
} from './filter-sql';
import { checkLimit, findQueries } from './find-sql';

/** Ids per `getMany` query. Chunks are padded to a power of two so that few statement shapes exist. */
const GET_MANY_CHUNK = 512;
/** Prepared statements kept; filters of the app have few shapes, so this is a guard, not a tuning knob. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The read-model store on SQLite: one table `rm_<collection>(id, doc)` per collection with the document as
 * JSON text, one expression index per declared field on `(json_extract(doc, '$.field'), id)` (the id makes
 * the `_id` tie-break of sorts and keyset cursors come from the index too), and the projections'
 * checkpoints in `rm_checkpoints`.
 *
 * It is built on the app's one SQLite handle, shared with the event store, whose append transaction runs the
 * projections: `transaction` therefore joins a transaction that is already open instead of starting one.
 * Filter and sort semantics are those of `readstore/memory/filter-match.ts`.
 */
export class SqliteReadStore implements AsyncReadModelStore {
  private callCount = 0;
  private readonly statements = new Map<string, Statement<BindValue[], unknown>>();
  /** Collections whose table is known to exist. */
  private readonly tables = new Set<string>();
  private readonly openTxs = new Set<ProjectionTx>();
  /** Each table's point read and upsert, prepared once: projections call them for nearly every event. */
  private readonly docStatements = new Map<string, { get: Statement<[string], string>; put: Statement<[string, string]> }>();
  private readonly runInTransaction: Transaction<(body: () => unknown) => unknown>;

  /** `ownsDatabase`: whether `close()` closes the handle (only for a store made by `open`). */
  constructor(
    private readonly db: Database,
    private readonly ownsDatabase = false,
  ) {
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${CHECKPOINT_TABLE} (projection TEXT PRIMARY KEY, position INTEGER NOT NULL)`,
    );
    this.runInTransaction = db.transaction((body: () => unknown) => body());
  }

  /** A store on its own file, for standalone use (tools, tests): WAL, and durable commits. */
  static open(path: string): SqliteReadStore {
    const db = new BetterSqlite3(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      return new SqliteReadStore(db, true);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  get calls(): number {
    return this.callCount;
  }

  ensureCollections(specs: readonly CollectionSpec[]): void {
    this.inOneTransaction(() => {
      for (const spec of specs) {
        const table = tableName(spec.name);
        this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
        for (const field of new Set(spec.indexes)) {
          if (field === '_id') continue; // the primary key
          // fieldSql validated the path, so it may be quoted into the index name.
          const expression = fieldSql(field).value;
          this.db.exec(`CREATE INDEX IF NOT EXISTS "${table}.${field}" ON ${table} (${expression}, id)`);
        }
      }
    });
    for (const spec of specs) this.tables.add(spec.name);
  }

  dropIndexes(specs: readonly CollectionSpec[]): void {
    this.inOneTransaction(() => {
      for (const spec of specs) {
        const table = tableName(spec.name);
        for (const field of new Set(spec.indexes)) {
          if (field === '_id') continue;
          fieldSql(field); // validates the path, as ensureCollections did before quoting it
          this.db.exec(`DROP INDEX IF EXISTS "${table}.${field}"`);
        }
      }
    });
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    this.callCount++;
    return this.readDoc<T>(collection, id);
  }

  async getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<(T | null)[]> {
    this.callCount++;
    const table = this.table(collection);
    for (const id of ids) checkId(id);
    const unique = [...new Set(ids)];
    const texts = new Map<string, string>();
    for (let start = 0; start < unique.length; start += GET_MANY_CHUNK) {
      const chunk = unique.slice(start, start + GET_MANY_CHUNK);
      const size = nextPowerOfTwo(chunk.length);
      const params = [...chunk, ...new Array<string>(size - chunk.length).fill(chunk[0] as string)];
      const placeholders = new Array<string>(size).fill('?').join(', ');
      const rows = this.all<{ id: string; doc: string }>(
        `SELECT id, doc FROM ${table} WHERE id IN (${placeholders})`,
        params,
      );
      for (const row of rows) texts.set(row.id, row.doc);
    }
    // Parsed per position, so that a repeated id never hands out one shared object.
    return ids.map((id) => {
      const text = texts.get(id);
      return text === undefined ? null : parseDoc<T>(text);
    });
  }

  async find<T extends Doc>(collection: string, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    this.callCount++;
    const table = this.table(collection);
    const limit = checkLimit(options.limit);
    const found: T[] = [];
    for (const query of findQueries(table, filter, options)) {
      const remaining = limit === undefined ? undefined : limit - found.length;
      if (remaining === 0) break;
      const params = remaining === undefined ? query.params : [...query.params, remaining];
      for (const row of this.all<{ doc: string }>(query.sql, params)) found.push(parseDoc<T>(row.doc));
    }
    return found;
  }

  async count(collection: string, filter: Filter): Promise<number> {
    this.callCount++;
    const table = this.table(collection);
    const where = filterToSql(filter);
    const row = this.one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where.sql}`, [...where.params]);
    return row?.n ?? 0;
  }

  /**
   * Runs `fn` in an IMMEDIATE transaction, or inside the one already open on the handle (the event store's
   * append). Joining means an inner failure that the outer code catches does not undo the inner writes; the
   * event store runs each append in its own savepoint for that. `fn` must be synchronous.
   */
  transaction<R>(fn: (tx: ProjectionTx) => R): R {
    return this.inOneTransaction(() => {
      const tx = this.newTx();
      this.openTxs.add(tx);
      try {
        const result = fn(tx);
        if (isThenable(result)) {
          throw new ReadStoreUsageError('A read-store transaction must be synchronous (fn returned a promise)');
        }
        return result;
      } finally {
        this.openTxs.delete(tx);
      }
    });
  }

  /** The port's asynchronous variant: SQLite answers `get` at once, so `fn` runs exactly once. */
  async transactionAsync<R>(fn: (tx: ProjectionTx) => R): Promise<R> {
    return this.transaction(fn);
  }

  /** Writes are stored when `transaction` returns: nothing is ever pending. */
  async flush(): Promise<void> {}

  getCheckpoint(projection: string): number {
    checkProjection(projection);
    const row = this.one<{ position: number }>(
      `SELECT position FROM ${CHECKPOINT_TABLE} WHERE projection = ?`,
      [projection],
    );
    return row?.position ?? 0;
  }

  setCheckpoint(tx: ProjectionTx, projection: string, position: number): void {
    this.assertOpen(tx);
    checkProjection(projection);
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new ReadStoreUsageError(`Checkpoint position must be a non-negative integer, got ${String(position)}`);
    }
    this.run(
      `INSERT INTO ${CHECKPOINT_TABLE} (projection, position) VALUES (?, ?)
       ON CONFLICT (projection) DO UPDATE SET position = excluded.position`,
      [projection, position],
    );
  }

  reset(collections: readonly string[], projections: readonly string[]): void {
    const tables = collections.map(tableName);
    projections.forEach(checkProjection);
    this.inOneTransaction(() => {
      collections.forEach((collection, i) => {
        if (this.tableExists(collection)) this.run(`DELETE FROM ${tables[i] as string}`, []);
      });
      for (const projection of projections) {
        this.run(`DELETE FROM ${CHECKPOINT_TABLE} WHERE projection = ?`, [projection]);
      }
    });
  }

  async close(): Promise<void> {
    this.statements.clear();
    this.docStatements.clear();
    if (this.ownsDatabase && this.db.open) this.db.close();
  }

  private inOneTransaction<R>(body: () => R): R {
    if (this.db.inTransaction) return body();
    return this.runInTransaction.immediate(body) as R;
  }

  /** The write side handed to `fn`; it refuses use once its transaction call has returned. */
  private newTx(): ProjectionTx {
    const tx: ProjectionTx = {
      get: <T extends Doc>(collection: string, id: string): T | null => {
        this.assertOpen(tx);
        return this.readDoc<T>(collection, id);
      },
      put: (collection: string, doc: Doc): void => {
        this.assertOpen(tx);
        checkId(doc?._id);
        this.docStatementsOf(collection).put.run(doc._id, JSON.stringify(doc));
      },
    };
    return tx;
  }

  private assertOpen(tx: ProjectionTx): void {
    if (!this.openTxs.has(tx)) {
      throw new ReadStoreUsageError('This ProjectionTx is not an open transaction of this store');
    }
  }

  private readDoc<T extends Doc>(collection: string, id: string): T | null {
    checkId(id);
    const text = this.docStatementsOf(collection).get.get(id);
    return text === undefined ? null : parseDoc<T>(text);
  }

  private docStatementsOf(collection: string): { get: Statement<[string], string>; put: Statement<[string, string]> } {
    let statements = this.docStatements.get(collection);
    if (statements === undefined) {
      const table = this.table(collection);
      statements = {
        get: this.db.prepare<[string], string>(`SELECT doc FROM ${table} WHERE id = ?`).pluck(),
        put: this.db.prepare<[string, string]>(`INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`),
      };
      this.docStatements.set(collection, statements);
    }
    return statements;
  }

  /** The table of a declared collection; an undeclared one is a wiring bug, reported by name. */
  private table(collection: string): string {
    const table = tableName(collection);
    if (!this.tableExists(collection)) {
      throw new ReadStoreUsageError(`Collection ${collection} is not declared: call ensureCollections first`);
    }
    return table;
  }

  private tableExists(collection: string): boolean {
    if (this.tables.has(collection)) return true;
    const found = this.one(`SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?`, [
      tableName(collection),
    ]);
    if (found !== undefined) this.tables.add(collection);
    return found !== undefined;
  }

  private statement(sql: string): Statement<BindValue[], unknown> {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare<BindValue[], unknown>(sql);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.statements.keys().next().value as string;
        this.statements.delete(oldest);
      }
    } else {
      this.statements.delete(sql); // re-inserted below: the Map's order is the LRU order
    }
    this.statements.set(sql, statement);
    return statement;
  }

  private all<R>(sql: string, params: readonly BindValue[]): R[] {
    return this.statement(sql).all(...params) as R[];
  }

  private one<R>(sql: string, params: readonly BindValue[]): R | undefined {
    return this.statement(sql).get(...params) as R | undefined;
  }

  private run(sql: string, params: readonly BindValue[]): void {
    this.statement(sql).run(...params);
  }
}

function parseDoc<T extends Doc>(text: string): T {
  return JSON.parse(text) as T;
}

function checkId(id: unknown): asserts id is string {
  if (typeof id !== 'string') throw new ReadStoreUsageError(`Document ids are strings, got ${typeof id}`);
}

function checkProjection(projection: unknown): void {
  if (typeof projection !== 'string' || projection.length === 0) {
    throw new ReadStoreUsageError('A projection name is a non-empty string');
  }
}

function nextPowerOfTwo(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}
