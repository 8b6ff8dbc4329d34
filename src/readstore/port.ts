/**
 * The read-model port: a small document store, shaped so that MongoDB maps onto it directly and SQLite
 * implements it with one table per collection. Resolvers and projections never see SQL.
 */

export type Scalar = string | number | boolean | null;

/** A stored document. `_id` is unique in its collection. */
export interface Doc {
  _id: string;
  [field: string]: unknown;
}

/** A condition on one field (dotted paths reach into nested objects). */
export type FieldCondition =
  | Scalar
  | { $in: readonly Scalar[] }
  | { $ne: Scalar }
  /** String starts with the prefix (region-code roll-ups). */
  | { $prefix: string }
  | { $gt?: Scalar; $gte?: Scalar; $lt?: Scalar; $lte?: Scalar };

/** All conditions must hold (AND). */
export type Filter = Readonly<Record<string, FieldCondition>>;

export interface SortSpec {
  field: string;
  direction: 1 | -1;
}

export interface FindOptions {
  /** Results are ordered by `sort.field`, then by `_id` in the same direction. Default: `_id` ascending. */
  sort?: SortSpec;
  limit?: number;
  /** Keyset pagination: only documents strictly after this (sort value, _id) pair. */
  after?: { value: Scalar; id: string };
}

/** Read side, used by resolvers and loaders. */
export interface ReadStore {
  get<T extends Doc>(collection: string, id: string): Promise<T | null>;
  /** Results in the order of `ids`, null where missing (DataLoader-ready). */
  getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<(T | null)[]>;
  find<T extends Doc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: string, filter: Filter): Promise<number>;
  /** Number of read-store calls served so far (lets tests prove DataLoader batching). */
  readonly calls: number;
}

/**
 * Write side, handed to projections inside one transaction. Synchronous so that the embedded store can
 * run projections inside the very transaction that appends the events.
 */
export interface ProjectionTx {
  get<T extends Doc>(collection: string, id: string): T | null;
  put(collection: string, doc: Doc): void;
}

/** Declared once per collection so that adapters can build indexes (SQLite expression indexes, Mongo). */
export interface CollectionSpec {
  name: string;
  /** Fields that filters or sorts use. */
  indexes: readonly string[];
}

export interface ReadModelStore extends ReadStore {
  ensureCollections(specs: readonly CollectionSpec[]): void;
  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<R>(fn: (tx: ProjectionTx) => R): R;
  /** A projection's checkpoint: the position of the last event it applied (0 when none). */
  getCheckpoint(projection: string): number;
  setCheckpoint(tx: ProjectionTx, projection: string, position: number): void;
  /** Drops every document of the collections and the checkpoints of the projections (rebuild). */
  reset(collections: readonly string[], projections: readonly string[]): void;
  /**
   * Optional: drops the collections' secondary indexes (those of `ensureCollections`, which builds them again), so
   * that a rebuild filling empty collections builds each index once at the end instead of entry by entry. Documents
   * are still found by id meanwhile; filters and sorts are slow until the indexes are back.
   */
  dropIndexes?(specs: readonly CollectionSpec[]): void;
  close(): Promise<void>;
}

/**
 * A store that projections can also reach asynchronously, as a server store (MongoDB) must be written: its
 * `get` cannot answer synchronously, so `fn` may be run more than once — against what was fetched so far, until
 * a run reads nothing new — and only the last run's writes count. `fn` must therefore be synchronous and
 * deterministic (its answer depends only on what it reads). Resolves once the writes and checkpoints are stored.
 */
export interface AsyncReadModelStore extends ReadModelStore {
  transactionAsync<R>(fn: (tx: ProjectionTx) => R): Promise<R>;
  /** Resolves when every write accepted so far is stored; rejects with the error of one that failed. */
  flush(): Promise<void>;
}
