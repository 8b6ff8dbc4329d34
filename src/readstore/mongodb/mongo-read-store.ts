import { randomUUID } from 'node:crypto';
import { type AnyBulkWriteOperation, type Collection, type Db, MongoClient, type MongoClientOptions } from 'mongodb';
import type { AsyncReadModelStore, CollectionSpec, Doc, Filter, FindOptions, ProjectionTx } from '../port';
import { ReadStoreUsageError } from '../sqlite/filter-sql';
import { decodeKeys, encodeKeys } from './field-names';
import { checkCollectionName, checkField, filterQuery, findPlan } from './mongo-query';

/** The store's own collections; port collection names start with a letter, so these never clash. */
export const CHECKPOINTS = '_checkpoints';
export const JOURNAL = '_journal';
/** Ids per `getMany` / prefetch query. */
const IDS_PER_QUERY = 1000;
/** JSON characters per journal part: even at 3 UTF-8 bytes a character (Chinese text) well below the 16 MiB BSON limit. */
const JOURNAL_PART_CHARS = 2 * 1024 * 1024;
/** Fetch rounds of `transactionAsync` before giving up on a `fn` that keeps reading new ids (not deterministic). */
const MAX_PASSES = 100;

export interface MongoReadStoreOptions {
  /**
   * Whether this instance writes (the projector) or only reads (API instances). Only the writer recovers the
   * journal when it opens and may call `transaction`, `transactionAsync` and `reset`; there must be one writer
   * per database at a time. Default: false.
   */
  writer?: boolean;
}

/** The server behind the URL, for tests and the README: FerretDB lacks transactions, among other things. */
export interface MongoServerInfo {
  version: string;
  ferretdb: string | null;
}

type Staged = {
  /** Documents written, as JSON text (what SQLite keeps: -0 becomes 0, undefined members vanish). */
  readonly puts: Map<string, Map<string, string>>;
  readonly checkpoints: Map<string, number>;
  /** Sync mode: ids read as missing, verified before the writes; async mode: ids not fetched yet. */
  readonly misses: Map<string, Set<string>>;
  readonly tx: ProjectionTx;
};

/**
 * The read-model store on MongoDB (tested against FerretDB 1.24 and meant for MongoDB 5+): one collection per
 * read model, holding the documents as they are (`_id` the port's id), one `{field: 1, _id: 1}` index per declared
 * field, the projections' checkpoints in `_checkpoints`. Queries follow `mongo-query.ts`.
 *
 * Writing. `ProjectionTx.get` is synchronous, which a network store cannot answer, so:
 * - `transactionAsync(fn)` (the projector's way, see `apply-projections.ts`) runs `fn` against what it fetched so
 *   far: an id not fetched yet reads as null and is recorded; the recorded ids are fetched (one query per
 *   collection) and `fn` runs again on a fresh overlay, until a run reads nothing new. `fn` must be deterministic.
 *   Then the last run's writes are stored, and the promise resolves.
 * - `transaction(fn)`, the port's synchronous form, is optimistic: reads see the transaction's own writes and
 *   those of earlier transactions not stored yet; any other id reads as missing and is checked before the writes:
 *   if it exists after all, nothing is written, the store refuses every later call with the error (naming
 *   `transactionAsync`), and must be reopened. Its writes are queued; every read of this instance waits for
 *   them, and `flush()` resolves when they are stored. It serves write-only bodies (tests, tools).
 *
 * Atomicity without transactions. FerretDB 1.24 has no multi-document transactions (a session transaction fails
 * with `unknown field "autocommit"`) and a standalone MongoDB neither, so a batch is made atomic by a redo journal:
 * its writes and checkpoints are first stored as journal parts (JSON text), then a marker document (one insert,
 * atomic) commits the batch; then the documents are written per collection (MongoDB: one `bulkWrite` of upserting
 * replaces; FerretDB, detected by `buildInfo.ferretdbVersion`: delete then insert, see `redo`), then the
 * checkpoints, then the journal is deleted. A writer that opens redoes a batch whose marker
 * exists (puts replace whole documents, so redoing is harmless) and drops parts without a marker (that batch never
 * committed, its checkpoints did not move, and the projector applies it again). So a crash at any point leaves the
 * read models and checkpoints of a whole number of batches; in addition projections guard each document by the
 * position of the last event applied to it. A batch of one document and no checkpoint skips the journal.
 *
 * Checkpoints are cached in memory: the writer's cache is exact (it is the one writer); a reader's is the value
 * when it opened, `refreshCheckpoints()` reloads it.
 */
export class MongoReadStore implements AsyncReadModelStore {
  private callCount = 0;
  private readonly declared = new Set<string>();
  private readonly checkpoints = new Map<string, number>();
  /** Queued work (index creation, synchronous transactions' writes, resets), in call order. */
  private tail: Promise<void> = Promise.resolve();
  /** Set when queued work failed: every later call rejects with it. */
  private failure: Error | null = null;
  /** Writes of synchronous transactions that are queued and not stored yet. */
  private readonly pending = new Map<string, Map<string, string>>();
  /** The transaction `fn` is running in (nested calls join it). */
  private current: Staged | null = null;
  private readonly writer: boolean;
  /** Set when the server is FerretDB, whose replaces are slow (see `redo`). */
  private ferretdb = false;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly ownsClient: boolean,
    options: MongoReadStoreOptions,
  ) {
    this.writer = options.writer ?? false;
  }

  /** Connects to `url` (the store owns the client and closes it) and opens database `dbName`. */
  static async connect(
    url: string,
    dbName: string,
    options: MongoReadStoreOptions & { client?: MongoClientOptions } = {},
  ): Promise<MongoReadStore> {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000, ...options.client });
    await client.connect();
    try {
      return await MongoReadStore.open(client, dbName, options, true);
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  /** Opens database `dbName` on a connected client: recovers the journal (writer), loads the checkpoints. */
  static async open(
    client: MongoClient,
    dbName: string,
    options: MongoReadStoreOptions = {},
    ownsClient = false,
  ): Promise<MongoReadStore> {
    const store = new MongoReadStore(client, client.db(dbName), ownsClient, options);
    store.ferretdb = (await MongoReadStore.serverInfo(client)).ferretdb !== null;
    if (store.writer) await store.recover();
    await store.refreshCheckpoints();
    const names = await store.db.listCollections({}, { nameOnly: true }).toArray();
    for (const { name } of names) if (!name.startsWith('_')) store.declared.add(name);
    return store;
  }

  /** The server's version, and FerretDB's when it is FerretDB (`buildInfo.ferretdbVersion`). */
  static async serverInfo(client: MongoClient): Promise<MongoServerInfo> {
    const info = await client.db('admin').command({ buildInfo: 1 });
    return {
      version: String(info['version']),
      ferretdb: typeof info['ferretdbVersion'] === 'string' ? info['ferretdbVersion'] : null,
    };
  }

  get calls(): number {
    return this.callCount;
  }

  /**
   * A reader's declaration of the collections it will read, which the writer creates (an API instance beside the
   * projector): nothing is created, and until the writer has made one, reading it answers nothing. Without it, a
   * reader that opened before the projector had created a collection refused every query on it as undeclared.
   */
  declareCollections(specs: readonly CollectionSpec[]): void {
    for (const spec of specs) this.declared.add(checkCollectionName(spec.name));
  }

  ensureCollections(specs: readonly CollectionSpec[]): void {
    // Every name is checked before anything is queued, so a bad spec changes nothing.
    const checked = specs.map((spec) => ({
      name: checkCollectionName(spec.name),
      indexes: spec.indexes.map((field) => {
        if (field === '_id') throw new ReadStoreUsageError('_id is always indexed');
        return checkField(field);
      }),
    }));
    for (const spec of checked) this.declared.add(spec.name);
    void this.enqueue(async () => {
      const existing = new Set(
        (await this.db.listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name),
      );
      for (const spec of checked) {
        if (!existing.has(spec.name)) {
          await this.db.createCollection(spec.name).catch((error: unknown) => {
            // Another instance may have created it meanwhile (NamespaceExists).
            if ((error as { code?: number }).code !== 48) throw error;
          });
        }
        if (spec.indexes.length === 0) continue;
        // The `_id` tie-break of sorts and cursors comes from the index too; the index is named by its field. Only
        // the missing ones are created, one at a time: FerretDB 1.24 drops the connection when `createIndexes` is
        // sent several indexes that already exist (a writer reopening its database).
        const indexes = this.db.collection(spec.name);
        const present = new Set((await indexes.listIndexes().toArray()).map((index) => String(index.name)));
        for (const field of spec.indexes) {
          if (!present.has(field)) await indexes.createIndex({ [field]: 1, _id: 1 }, { name: field });
        }
      }
    }, true);
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    this.callCount++;
    const docs = this.collection(collection);
    checkId(id);
    await this.settled();
    const doc = await docs.findOne({ _id: id });
    return doc === null ? null : decodeKeys(doc as T);
  }

  async getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<(T | null)[]> {
    this.callCount++;
    const docs = this.collection(collection);
    for (const id of ids) checkId(id);
    await this.settled();
    const found = await this.fetch(docs, ids);
    const handedOut = new Set<string>();
    // A repeated id gets its own copy, so that callers never share one object.
    return ids.map((id) => {
      const doc = found.get(id);
      if (doc === undefined) return null;
      if (handedOut.has(id)) return structuredClone(doc) as T;
      handedOut.add(id);
      return doc as T;
    });
  }

  async find<T extends Doc>(collection: string, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    this.callCount++;
    const docs = this.collection(collection);
    const plan = findPlan(filter, options);
    await this.settled();
    // MongoDB reads a limit of 0 as "no limit".
    if (plan.limit === 0) return [];
    let cursor = docs.find(plan.query).sort(plan.sort);
    if (plan.limit !== undefined) cursor = cursor.limit(plan.limit);
    return (await cursor.toArray()).map((doc) => decodeKeys(doc as T));
  }

  async count(collection: string, filter: Filter): Promise<number> {
    this.callCount++;
    const docs = this.collection(collection);
    const query = filterQuery(filter);
    await this.settled();
    return docs.countDocuments(query);
  }

  transaction<R>(fn: (tx: ProjectionTx) => R): R {
    if (this.current) return fn(this.current.tx);
    this.assertWriter('transaction');
    this.assertHealthy();
    const staged = this.newStaged('sync', new Map());
    const result = this.runIn(staged, fn);
    if (isThenable(result)) {
      throw new ReadStoreUsageError('A read-store transaction must be synchronous (fn returned a promise)');
    }
    // Accepted: later synchronous reads and checkpoints see it at once; the server gets it in call order.
    for (const [collection, docs] of staged.puts) {
      let pending = this.pending.get(collection);
      if (!pending) this.pending.set(collection, (pending = new Map()));
      for (const [id, json] of docs) pending.set(id, json);
    }
    for (const [projection, position] of staged.checkpoints) this.checkpoints.set(projection, position);
    void this.enqueue(async () => {
      await this.verifyMissing(staged.misses);
      await this.commit(staged);
      for (const [collection, docs] of staged.puts) {
        const pending = this.pending.get(collection);
        for (const [id, json] of docs) if (pending?.get(id) === json) pending.delete(id);
      }
    }, true);
    return result;
  }

  async transactionAsync<R>(fn: (tx: ProjectionTx) => R): Promise<R> {
    if (this.current) throw new ReadStoreUsageError('transactionAsync cannot run inside another transaction');
    this.assertWriter('transactionAsync');
    // One job in the queue: earlier writes are stored before the first fetch, later ones wait for this one.
    return this.enqueue(async () => {
      /** Fetched documents as JSON text; null: known to be missing. */
      const known = new Map<string, Map<string, string | null>>();
      for (let pass = 1; ; pass++) {
        const staged = this.newStaged('async', known);
        const result = this.runIn(staged, fn);
        if (isThenable(result)) {
          throw new ReadStoreUsageError('A read-store transaction must be synchronous (fn returned a promise)');
        }
        if (staged.misses.size === 0) {
          await this.commit(staged);
          for (const [projection, position] of staged.checkpoints) this.checkpoints.set(projection, position);
          return result;
        }
        if (pass >= MAX_PASSES) {
          throw new ReadStoreUsageError(`transactionAsync: fn still read new ids after ${MAX_PASSES} passes`);
        }
        for (const [collection, ids] of staged.misses) {
          const found = await this.fetch(this.db.collection<Doc>(collection), [...ids]);
          let cache = known.get(collection);
          if (!cache) known.set(collection, (cache = new Map()));
          for (const id of ids) {
            const doc = found.get(id);
            cache.set(id, doc === undefined ? null : JSON.stringify(doc));
          }
        }
      }
    }, false);
  }

  async flush(): Promise<void> {
    await this.settled();
  }

  getCheckpoint(projection: string): number {
    checkProjection(projection);
    return this.checkpoints.get(projection) ?? 0;
  }

  setCheckpoint(tx: ProjectionTx, projection: string, position: number): void {
    if (this.current?.tx !== tx) {
      throw new ReadStoreUsageError('This ProjectionTx is not an open transaction of this store');
    }
    checkProjection(projection);
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new ReadStoreUsageError(`Checkpoint position must be a non-negative integer, got ${String(position)}`);
    }
    this.current.checkpoints.set(projection, position);
  }

  /** Reloads the checkpoints from the server (a reader's view of the projector's progress). */
  async refreshCheckpoints(): Promise<void> {
    const rows = await this.db.collection<{ _id: string; position: number }>(CHECKPOINTS).find({}).toArray();
    this.checkpoints.clear();
    for (const row of rows) this.checkpoints.set(row._id, row.position);
  }

  reset(collections: readonly string[], projections: readonly string[]): void {
    this.assertWriter('reset');
    this.assertHealthy();
    collections.forEach(checkCollectionName);
    projections.forEach(checkProjection);
    for (const collection of collections) this.pending.delete(collection);
    for (const projection of projections) this.checkpoints.delete(projection);
    void this.enqueue(async () => {
      for (const collection of collections) await this.db.collection(collection).deleteMany({});
      if (projections.length > 0) await this.db.collection<Doc>(CHECKPOINTS).deleteMany({ _id: { $in: [...projections] } });
    }, true);
  }

  async close(): Promise<void> {
    await this.tail;
    if (this.ownsClient) await this.client.close();
  }

  /** Runs `fn` with `staged` as the open transaction; its tx refuses use afterwards. */
  private runIn<R>(staged: Staged, fn: (tx: ProjectionTx) => R): R {
    this.current = staged;
    try {
      return fn(staged.tx);
    } finally {
      this.current = null;
    }
  }

  private newStaged(mode: 'sync' | 'async', known: Map<string, Map<string, string | null>>): Staged {
    const puts = new Map<string, Map<string, string>>();
    const misses = new Map<string, Set<string>>();
    const assertOpen = () => {
      if (this.current?.tx !== tx) {
        throw new ReadStoreUsageError('This ProjectionTx is not an open transaction of this store');
      }
    };
    const tx: ProjectionTx = {
      get: <T extends Doc>(collection: string, id: string): T | null => {
        assertOpen();
        this.collection(collection);
        checkId(id);
        const json =
          puts.get(collection)?.get(id) ??
          (mode === 'sync' ? this.pending.get(collection)?.get(id) : known.get(collection)?.get(id));
        if (json === undefined) {
          let ids = misses.get(collection);
          if (!ids) misses.set(collection, (ids = new Set()));
          ids.add(id);
          return null;
        }
        // Parsed per read, as SQLite does: a caller that mutates what it got changes nothing stored.
        return json === null ? null : (JSON.parse(json) as T);
      },
      put: (collection: string, doc: Doc): void => {
        assertOpen();
        this.collection(collection);
        checkId(doc?._id);
        let docs = puts.get(collection);
        if (!docs) puts.set(collection, (docs = new Map()));
        docs.set(doc._id, JSON.stringify(doc));
      },
    };
    return { puts, checkpoints: new Map(), misses, tx };
  }

  /** A synchronous transaction read these ids as missing: refuse the batch if one exists after all. */
  private async verifyMissing(misses: Map<string, Set<string>>): Promise<void> {
    for (const [collection, ids] of misses) {
      const found = await this.fetch(this.db.collection<Doc>(collection), [...ids]);
      if (found.size > 0) {
        const id = found.keys().next().value as string;
        throw new ReadStoreUsageError(
          `MongoReadStore.transaction read ${collection}/${id} as missing, but it exists: the synchronous ` +
            'transaction cannot fetch documents; use transactionAsync (nothing of this transaction was written)',
        );
      }
    }
  }

  /** Stores a batch: journal, marker, documents, checkpoints, journal deleted (see the class comment). */
  private async commit(staged: Staged): Promise<void> {
    const puts = [...staged.puts].flatMap(([collection, docs]) =>
      [...docs.values()].map((json) => ({ c: collection, d: encodeKeys(JSON.parse(json) as Doc), size: json.length })),
    );
    const checkpoints = [...staged.checkpoints].map(([p, position]) => ({ p, position }));
    if (puts.length === 0 && checkpoints.length === 0) return;
    const single = puts[0];
    if (puts.length === 1 && checkpoints.length === 0 && single) {
      await this.db.collection<Doc>(single.c).replaceOne({ _id: single.d._id }, single.d, { upsert: true });
      return;
    }
    const journal = this.db.collection<JournalDoc>(JOURNAL);
    const batch = `${Date.now().toString(36).padStart(10, '0')}-${randomUUID()}`;
    const parts: JournalPart[] = [];
    let part: JournalPart = { puts: [], checkpoints };
    let size = 0;
    for (const put of puts) {
      if (size + put.size > JOURNAL_PART_CHARS && part.puts.length > 0) {
        parts.push(part);
        part = { puts: [], checkpoints: [] };
        size = 0;
      }
      part.puts.push({ c: put.c, d: put.d });
      size += put.size;
    }
    parts.push(part);
    // Each part is stored as one JSON string: FerretDB stores a long string far faster than as many nested
    // documents (a batch of 2,500 documents: ~0.6 s as documents).
    await journal.insertMany(parts.map((p, i) => ({ _id: `${batch}/${i}`, batch, text: JSON.stringify(p) })));
    // From here on the batch is committed: a failure leaves the store unusable until a writer reopens it and
    // redoes the journal.
    await this.failing(async () => {
      await journal.insertOne({ _id: batch, batch, marker: true, parts: parts.length });
      await this.redo(parts);
      await journal.deleteMany({ _id: { $in: [batch, ...parts.map((_, i) => `${batch}/${i}`)] } });
    });
  }

  /** Writes a committed batch's documents, then its checkpoints. Idempotent. */
  private async redo(parts: readonly JournalPart[]): Promise<void> {
    const byCollection = new Map<string, Doc[]>();
    const checkpoints: { p: string; position: number }[] = [];
    for (const part of parts) {
      for (const { c, d } of part.puts) {
        let docs = byCollection.get(c);
        if (!docs) byCollection.set(c, (docs = []));
        docs.push(d);
      }
      checkpoints.push(...part.checkpoints);
    }
    for (const [collection, docs] of byCollection) {
      const target = this.db.collection<Doc>(collection);
      if (this.ferretdb) {
        // FerretDB 1.24 (SQLite) replaces a document in ~5 ms at 1,000 documents, more as the collection grows,
        // but deletes and inserts batches at ~0.1 ms a document. A reader may miss a rewritten document for the
        // moment between the two; the journal covers a crash in between.
        for (let start = 0; start < docs.length; start += IDS_PER_QUERY) {
          await target.deleteMany({ _id: { $in: docs.slice(start, start + IDS_PER_QUERY).map((doc) => doc._id) } });
        }
        await target.insertMany(docs, { ordered: false });
      } else {
        const operations: AnyBulkWriteOperation<Doc>[] = docs.map((doc) => ({
          replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true },
        }));
        await target.bulkWrite(operations, { ordered: false });
      }
    }
    if (checkpoints.length > 0) {
      await this.db.collection<{ _id: string; position: number }>(CHECKPOINTS).bulkWrite(
        checkpoints.map(({ p, position }) => ({
          replaceOne: { filter: { _id: p }, replacement: { _id: p, position }, upsert: true },
        })),
        { ordered: true },
      );
    }
  }

  /** Redoes the batches whose marker was stored and drops the parts of batches that never committed. */
  private async recover(): Promise<void> {
    const journal = this.db.collection<JournalDoc>(JOURNAL);
    const markers = await journal.find({ marker: true }).sort({ _id: 1 }).toArray();
    for (const marker of markers) {
      const stored = await journal.find({ batch: marker.batch, marker: { $exists: false } }).toArray();
      if (stored.length !== marker.parts) {
        throw new Error(`Read-store journal: batch ${marker.batch} has ${stored.length} of ${String(marker.parts)} parts`);
      }
      stored.sort((a, b) => partNumber(a) - partNumber(b));
      await this.redo(stored.map((part) => JSON.parse(part.text as string) as JournalPart));
      await journal.deleteMany({ batch: marker.batch });
    }
    await journal.deleteMany({});
  }

  /** Documents by id, fetched in chunks. */
  private async fetch(docs: Collection<Doc>, ids: readonly string[]): Promise<Map<string, Doc>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, Doc>();
    for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
      const chunk = unique.slice(start, start + IDS_PER_QUERY);
      for (const doc of await docs.find({ _id: { $in: chunk } }).toArray()) {
        found.set(doc._id, decodeKeys(doc));
      }
    }
    return found;
  }

  /** Queues `job` after everything queued before; `poison`: its failure makes the store refuse every later call. */
  private enqueue<R>(job: () => Promise<R>, poison: boolean): Promise<R> {
    const run = this.tail.then(() => {
      if (this.failure) throw this.failure;
      return job();
    });
    this.tail = run.then(
      () => undefined,
      (error: unknown) => {
        if (poison && !this.failure) this.failure = asError(error);
      },
    );
    return run;
  }

  private async failing(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      this.failure ??= asError(error);
      throw error;
    }
  }

  /** Waits for the queued writes; rejects when one failed. */
  private async settled(): Promise<void> {
    await this.tail;
    this.assertHealthy();
  }

  private assertHealthy(): void {
    if (this.failure) throw this.failure;
  }

  private assertWriter(operation: string): void {
    if (!this.writer) {
      throw new ReadStoreUsageError(`MongoReadStore.${operation}: this store was opened to read (writer: false)`);
    }
  }

  /** A declared collection; an undeclared one is a wiring bug, reported by name. */
  private collection(collection: string): Collection<Doc> {
    checkCollectionName(collection);
    if (!this.declared.has(collection)) {
      throw new ReadStoreUsageError(`Collection ${collection} is not declared: call ensureCollections first`);
    }
    return this.db.collection<Doc>(collection);
  }
}

/** A journal document: a part (`<batch>/<n>`, its `JournalPart` as JSON text) or a batch's marker (`<batch>`). */
interface JournalDoc {
  _id: string;
  batch: string;
  text?: string;
  marker?: true;
  parts?: number;
}

/** Documents as stored (keys encoded) and checkpoints. */
interface JournalPart {
  puts: { c: string; d: Doc }[];
  checkpoints: { p: string; position: number }[];
}

function partNumber(part: JournalDoc): number {
  return Number(part._id.slice(part._id.lastIndexOf('/') + 1));
}

function checkId(id: unknown): asserts id is string {
  if (typeof id !== 'string') throw new ReadStoreUsageError(`Document ids are strings, got ${typeof id}`);
}

function checkProjection(projection: unknown): void {
  if (typeof projection !== 'string' || projection.length === 0) {
    throw new ReadStoreUsageError('A projection name is a non-empty string');
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}
