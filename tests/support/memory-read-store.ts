import { findInMemory, matches } from '../../src/readstore/memory/filter-match';
import type { CollectionSpec, Doc, Filter, FindOptions, ProjectionTx, ReadModelStore } from '../../src/readstore/port';

/** Every collection's documents (sorted by `_id`) and every checkpoint: what "the read model" is, for comparisons. */
export interface ReadModelDump {
  collections: Record<string, Doc[]>;
  checkpoints: Record<string, number>;
}

/**
 * A `ReadModelStore` in memory for projection unit tests, with the filter and sort semantics of
 * `src/readstore/memory/filter-match.ts` (the reference the adapters are held to).
 *
 * Documents are stored as JSON copies, as a real adapter would: a projection that keeps a reference to what it
 * put, or mutates what it got, cannot change the store behind its back. A transaction stages its writes and
 * commits them when `fn` returns; a throw discards them; a nested call joins the open transaction.
 */
export class MemoryReadStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, string>>();
  private readonly checkpoints = new Map<string, number>();
  private staged: { docs: Map<string, Map<string, string>>; checkpoints: Map<string, number> } | null = null;
  private callCount = 0;

  get calls(): number {
    return this.callCount;
  }

  ensureCollections(specs: readonly CollectionSpec[]): void {
    for (const spec of specs) if (!this.collections.has(spec.name)) this.collections.set(spec.name, new Map());
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    this.callCount++;
    return this.read<T>(collection, id);
  }

  async getMany<T extends Doc>(collection: string, ids: readonly string[]): Promise<(T | null)[]> {
    this.callCount++;
    return ids.map((id) => this.read<T>(collection, id));
  }

  async find<T extends Doc>(collection: string, filter: Filter, options?: FindOptions): Promise<T[]> {
    this.callCount++;
    return findInMemory(this.all<T>(collection), filter, options);
  }

  async count(collection: string, filter: Filter): Promise<number> {
    this.callCount++;
    return this.all(collection).filter((doc) => matches(doc, filter)).length;
  }

  transaction<R>(fn: (tx: ProjectionTx) => R): R {
    if (this.staged) return fn(this.tx);
    this.staged = { docs: new Map(), checkpoints: new Map() };
    try {
      const result = fn(this.tx);
      for (const [name, docs] of this.staged.docs) {
        const target = this.table(name);
        for (const [id, json] of docs) target.set(id, json);
      }
      for (const [name, position] of this.staged.checkpoints) this.checkpoints.set(name, position);
      return result;
    } finally {
      this.staged = null;
    }
  }

  getCheckpoint(projection: string): number {
    return this.staged?.checkpoints.get(projection) ?? this.checkpoints.get(projection) ?? 0;
  }

  setCheckpoint(_tx: ProjectionTx, projection: string, position: number): void {
    if (!this.staged) throw new Error('setCheckpoint outside a transaction');
    this.staged.checkpoints.set(projection, position);
  }

  reset(collections: readonly string[], projections: readonly string[]): void {
    for (const name of collections) this.collections.get(name)?.clear();
    for (const name of projections) this.checkpoints.delete(name);
  }

  async close(): Promise<void> {}

  /** The whole read model, for "nothing changed" and "same as a rebuild" comparisons. */
  dump(): ReadModelDump {
    const collections: Record<string, Doc[]> = {};
    for (const name of [...this.collections.keys()].sort()) collections[name] = this.all(name);
    const checkpoints: Record<string, number> = {};
    for (const name of [...this.checkpoints.keys()].sort()) checkpoints[name] = this.checkpoints.get(name) as number;
    return { collections, checkpoints };
  }

  /** Every document of a collection, sorted by `_id` (outside transactions: committed state only). */
  all<T extends Doc>(collection: string): T[] {
    const docs = this.table(collection);
    return [...docs.keys()].sort().map((id) => JSON.parse(docs.get(id) as string) as T);
  }

  private readonly tx: ProjectionTx = {
    get: <T extends Doc>(collection: string, id: string): T | null => {
      const json = this.staged?.docs.get(collection)?.get(id) ?? this.table(collection).get(id);
      return json === undefined ? null : (JSON.parse(json) as T);
    },
    put: (collection: string, doc: Doc): void => {
      if (!this.staged) throw new Error('put outside a transaction');
      this.table(collection); // an undeclared collection is a bug in the projection's spec
      const docs = this.staged.docs.get(collection) ?? new Map<string, string>();
      docs.set(doc._id, JSON.stringify(doc));
      this.staged.docs.set(collection, docs);
    },
  };

  private read<T extends Doc>(collection: string, id: string): T | null {
    const json = this.table(collection).get(id);
    return json === undefined ? null : (JSON.parse(json) as T);
  }

  private table(collection: string): Map<string, string> {
    const docs = this.collections.get(collection);
    if (!docs) throw new Error(`Collection ${collection} was never declared with ensureCollections`);
    return docs;
  }
}
