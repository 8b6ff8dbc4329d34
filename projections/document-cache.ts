import type { Doc, ProjectionTx } from '../src/readstore/port';

/** When a catch-up writes what it holds, and how much it keeps. */
export interface CacheLimits {
  /** Write (and move the checkpoints) after this many events at most: what a crash makes the next start replay. */
  flushEvents: number;
  /** ... or once this many documents wait to be written. */
  maxDirty: number;
  /** Documents kept (read or written) beyond which, once written, those least recently used are let go. */
  maxEntries: number;
  /** A guard besides: past this much heap, write and let half of the documents go. */
  heapBytes: number;
}

/**
 * At most 200,000 events between writes (a crash replays at most that), fewer when 20,000 documents wait: most of a
 * rebuild's documents are written once (evidence items, acts' index rows) and only take memory until written; the hot
 * ones (a region's months, a bureau's counts) are written once per write instead of once per batch of events. 30,000
 * documents kept, and a guard at 256 MiB of heap: the issue's budget is 1 GiB for the whole process, which needs
 * about 550 MiB without the cache at 100,000 units, and a region-activity unit takes about 5 KiB parsed (120,000
 * documents took region activity's build to 1,167 MiB; 60,000 and a 384 MiB guard to 928–1,015 MiB, for 3–8% less
 * CPU: too close to the budget for what it gains).
 */
export const DEFAULT_CACHE_LIMITS: CacheLimits = { flushEvents: 200_000, maxDirty: 20_000, maxEntries: 30_000, heapBytes: 256 * 2 ** 20 };

interface Entry {
  doc: Doc | null;
  dirty: boolean;
  /** The batch that last read or wrote it (eviction lets the oldest go first). */
  used: number;
}

/**
 * The documents a catch-up has read or written, kept parsed across its batches: the next event's read is a map
 * lookup, not a query and a JSON.parse, and a document written by every batch is encoded and stored once per write
 * (`write`), not once per batch. Absent documents are remembered too (a first registration asks for many).
 *
 * Projections get the cached object itself and change it in place before putting it, as they do with the runner's
 * write-behind transaction; a document is written only if it was put.
 */
export class DocumentCache {
  private readonly collections = new Map<string, Map<string, Entry>>();
  private dirty = 0;
  private entries = 0;
  private batch = 0;
  private sinceWrite = 0;
  /** The checkpoints as the store has them. */
  private readonly stored: Map<string, number>;

  constructor(
    /** Each projection's checkpoint as applied in memory (the store's move when `write` answers them). */
    readonly checkpoints: Map<string, number>,
    private readonly limits: CacheLimits,
  ) {
    this.stored = new Map(checkpoints);
  }

  /** The projections' transaction for a batch: reads through the cache to `inner`, writes into the cache. */
  over(inner: ProjectionTx): ProjectionTx {
    const batch = ++this.batch;
    return {
      get: <T extends Doc>(collection: string, id: string): T | null => {
        const docs = this.docsOf(collection);
        let entry = docs.get(id);
        if (entry === undefined) {
          docs.set(id, (entry = { doc: inner.get<T>(collection, id), dirty: false, used: batch }));
          this.entries++;
        } else entry.used = batch;
        return entry.doc as T | null;
      },
      put: (collection: string, doc: Doc): void => {
        const docs = this.docsOf(collection);
        const entry = docs.get(doc._id);
        if (entry === undefined) {
          docs.set(doc._id, { doc, dirty: true, used: batch });
          this.entries++;
          this.dirty++;
          return;
        }
        if (!entry.dirty) this.dirty++;
        entry.doc = doc;
        entry.dirty = true;
        entry.used = batch;
      },
    };
  }

  /** A batch of `events` applied. */
  applied(events: number): void {
    this.sinceWrite += events;
  }

  /** Whether the held documents should be written now. */
  due(): boolean {
    return (
      this.sinceWrite >= this.limits.flushEvents ||
      this.dirty >= this.limits.maxDirty ||
      this.entries >= this.limits.maxEntries * 1.5 ||
      process.memoryUsage().heapUsed >= this.limits.heapBytes
    );
  }

  /**
   * Writes every document put since the last write, in id order per collection (neighbouring rows of the table's
   * B-tree together), and answers the checkpoints that moved since, to store with them.
   */
  write(inner: ProjectionTx): Map<string, number> {
    for (const [collection, docs] of this.collections) {
      const dirty: Entry[] = [];
      for (const entry of docs.values()) if (entry.dirty) dirty.push(entry);
      dirty.sort((a, b) => ((a.doc as Doc)._id < (b.doc as Doc)._id ? -1 : 1));
      for (const entry of dirty) {
        inner.put(collection, entry.doc as Doc);
        entry.dirty = false;
      }
    }
    this.dirty = 0;
    this.sinceWrite = 0;
    const moved = new Map<string, number>();
    for (const [name, position] of this.checkpoints) {
      if (position !== this.stored.get(name)) moved.set(name, position);
      this.stored.set(name, position);
    }
    return moved;
  }

  /**
   * After a write (nothing dirty): lets go of the documents least recently used, oldest batches first, down to
   * `maxEntries`, or to half of them when the heap is over its guard (the garbage collector reclaims them afterwards,
   * so the heap cannot be watched while evicting).
   */
  trim(): void {
    const keep = process.memoryUsage().heapUsed >= this.limits.heapBytes ? Math.floor(this.entries / 2) : this.limits.maxEntries;
    if (this.entries <= keep) return;
    const byBatch = new Map<number, number>();
    for (const docs of this.collections.values()) for (const e of docs.values()) byBatch.set(e.used, (byBatch.get(e.used) ?? 0) + 1);
    let drop = this.entries - keep;
    let before = 0;
    for (const [used, n] of [...byBatch].sort((a, b) => a[0] - b[0])) {
      before = used;
      drop -= n;
      if (drop <= 0) break;
    }
    for (const docs of this.collections.values()) {
      for (const [id, e] of docs) {
        if (e.used > before) continue;
        docs.delete(id);
        this.entries--;
      }
    }
  }

  private docsOf(collection: string): Map<string, Entry> {
    let docs = this.collections.get(collection);
    if (docs === undefined) this.collections.set(collection, (docs = new Map()));
    return docs;
  }
}
