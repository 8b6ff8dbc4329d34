import type { RecordedEvent } from '../src/domain/shared/event';
import type { EventStore } from '../src/eventstore/port';
import type { AsyncReadModelStore, Doc, ProjectionTx, ReadModelStore } from '../src/readstore/port';
import { DEFAULT_CACHE_LIMITS, DocumentCache, type CacheLimits } from './document-cache';
import type { Projection } from './projection';

/** The collection that records the shape version each projection's documents were written in. */
export const PROJECTION_SHAPES = 'projection_shapes';

interface ShapeDoc extends Doc {
  version: number | string;
}

export const versionOf = (projection: Projection): number | string => projection.version ?? 1;

/** The shape record a projection's first batch from scratch writes (in that batch's transaction). */
export const shapeRecordOf = (projection: Projection): ShapeDoc => ({ _id: projection.name, version: versionOf(projection) });

/**
 * Whether a projection's read model is of an older shape than its code: `recorded` is the version recorded beside it
 * (undefined: none, i.e. nothing applied yet — any shape will do — or applied before versions were recorded: 1).
 */
export function isStaleShape(projection: Projection, recorded: number | string | undefined, checkpoint: number): boolean {
  return (recorded ?? (checkpoint === 0 ? versionOf(projection) : 1)) !== versionOf(projection);
}

/**
 * ProjectionRunner.resetStaleShapes for a store written asynchronously (MongoDB, by its one writer): read models of an
 * older shape lose their documents and checkpoints, to be replayed by the writer's catch-up. Answers their names.
 */
export async function resetStaleShapesAsync(store: AsyncReadModelStore, projections: readonly Projection[]): Promise<string[]> {
  store.ensureCollections([{ name: PROJECTION_SHAPES, indexes: [] }]);
  const stale: Projection[] = [];
  for (const p of projections) {
    if (isStaleShape(p, (await store.get<ShapeDoc>(PROJECTION_SHAPES, p.name))?.version, store.getCheckpoint(p.name))) stale.push(p);
  }
  if (stale.length > 0) {
    store.reset(
      stale.flatMap((p) => p.collections.map((c) => c.name)),
      stale.map((p) => p.name),
    );
  }
  await store.transactionAsync((tx) => {
    for (const p of projections) tx.put(PROJECTION_SHAPES, shapeRecordOf(p));
  });
  return stale.map((p) => p.name);
}

export type ProjectionErrorHandler = (projection: string, event: RecordedEvent, error: unknown) => void;

/** Whether the projection handles events of a type ('*': all). */
export function handlesOf(projection: Projection): (type: string) => boolean {
  const types = new Set(projection.handles);
  return (type) => types.has('*') || types.has(type);
}

/**
 * Applies the events after `checkpoint` to one projection, through `tx`; answers its new checkpoint (the last event
 * seen, handled or not). Every writer of read models applies events so: the runner (SQLite, in the append's
 * transaction or a catch-up's) and the projector's MongoDB writer (applyProjectionsAsync). A projection's failure goes
 * to `failed` and the next event follows: a projection must never block the log.
 */
export function applyEvents(
  projection: Projection,
  handles: (type: string) => boolean,
  events: readonly RecordedEvent[],
  checkpoint: number,
  tx: ProjectionTx,
  failed: (event: RecordedEvent, error: unknown) => void,
): number {
  let last = checkpoint;
  // Replaying from the start: the documents will be of this shape.
  if (checkpoint === 0) tx.put(PROJECTION_SHAPES, shapeRecordOf(projection));
  for (const event of events) {
    if (event.position <= checkpoint) continue;
    last = event.position;
    if (!handles(event.type)) continue;
    try {
      projection.apply(event, tx);
    } catch (error) {
      failed(event, error);
    }
  }
  return last;
}

export interface Progress {
  (done: number, total: number): void;
}

/**
 * Applies events to projections, each guarded by its checkpoint: an event at or below a projection's
 * checkpoint is skipped, and the checkpoint moves in the same transaction as the writes, so delivering the
 * same events twice changes nothing.
 */
export class ProjectionRunner {
  private readonly handles: Map<string, (type: string) => boolean>;
  /** A catch-up's documents between its batches (null when none runs). */
  private cache: DocumentCache | null = null;
  /** A catch-up is under way: it applies everything up to the log's head, appends made meanwhile included. */
  private catchingUp = false;
  /** An inline batch was left to the catch-up under way (it reads the head again before it ends). */
  private leftToCatchUp = false;

  constructor(
    private readonly store: ReadModelStore,
    readonly projections: readonly Projection[],
    private readonly onError: ProjectionErrorHandler = () => undefined,
    private readonly cacheLimits: CacheLimits = DEFAULT_CACHE_LIMITS,
  ) {
    this.handles = new Map(projections.map((p) => [p.name, handlesOf(p)]));
    store.ensureCollections([...projections.flatMap((p) => p.collections), { name: PROJECTION_SHAPES, indexes: [] }]);
  }

  /**
   * Read models written in an older shape than their projection's (`Projection.version`; documents from before
   * versions were recorded are version 1) lose their documents and checkpoint, so that the next catch-up replays the
   * log into them; then every projection's version is recorded. Answers the names of those reset.
   */
  resetStaleShapes(): string[] {
    const stale = this.projections.filter((p) =>
      isStaleShape(p, this.store.transaction((tx) => tx.get<ShapeDoc>(PROJECTION_SHAPES, p.name))?.version, this.store.getCheckpoint(p.name)),
    );
    if (stale.length > 0) this.cache = null;
    for (const projection of stale) {
      this.store.reset(
        projection.collections.map((c) => c.name),
        [projection.name],
      );
    }
    this.recordShapes();
    return stale.map((p) => p.name);
  }

  private recordShapes(): void {
    this.store.transaction((tx) => {
      for (const p of this.projections) {
        if (tx.get<ShapeDoc>(PROJECTION_SHAPES, p.name)?.version !== versionOf(p)) tx.put(PROJECTION_SHAPES, shapeRecordOf(p));
      }
    });
  }

  /** Applies a batch in one transaction (joining the caller's, such as the event store's append). */
  apply(events: readonly RecordedEvent[]): void {
    if (events.length === 0) return;
    // A catch-up under way (the erasure's rebuild while the embedded server appends): applied here, these events would
    // move the checkpoints past what it has not replayed yet, and it would skip all of that. It applies them itself,
    // in order; until then the read models are behind, as they are anyway while a rebuild runs.
    if (this.catchingUp) {
      this.leftToCatchUp = true;
      return;
    }
    this.store.transaction((storeTx) => {
      const tx = new WriteBehindTx(storeTx);
      for (const projection of this.projections) {
        const checkpoint = this.store.getCheckpoint(projection.name);
        const last = this.applyTo(projection, events, checkpoint, tx);
        if (last > checkpoint) this.store.setCheckpoint(storeTx, projection.name, last);
      }
      tx.flush();
    });
  }

  /** Applies the events after `checkpoint` to one projection; answers its new checkpoint. */
  private applyTo(projection: Projection, events: readonly RecordedEvent[], checkpoint: number, tx: ProjectionTx): number {
    const handles = this.handles.get(projection.name) as (type: string) => boolean;
    return applyEvents(projection, handles, events, checkpoint, tx, (event, error) => this.onError(projection.name, event, error));
  }

  /**
   * A catch-up's batch: applied against the documents kept in memory across batches (DocumentCache), in a
   * transaction that writes them, with the checkpoints, only when the cache says so. Should anything throw, the cache
   * is dropped: the store still holds the last state written, checkpoints and documents together.
   */
  private applyCached(events: readonly RecordedEvent[]): void {
    try {
      this.store.transaction((storeTx) => {
        const cache = (this.cache ??= new DocumentCache(
          new Map(this.projections.map((p) => [p.name, this.store.getCheckpoint(p.name)])),
          this.cacheLimits,
        ));
        const tx = cache.over(storeTx);
        for (const projection of this.projections) {
          const checkpoint = cache.checkpoints.get(projection.name) as number;
          cache.checkpoints.set(projection.name, this.applyTo(projection, events, checkpoint, tx));
        }
        cache.applied(events.length);
        if (cache.due()) this.writeCache(storeTx, true);
      });
    } catch (error) {
      this.cache = null;
      throw error;
    }
  }

  /** Writes what the cache holds that the store has not, and the checkpoints; `keep`: the cache goes on (else dropped). */
  private writeCache(storeTx: ProjectionTx, keep = false): void {
    const cache = this.cache;
    if (cache === null) return;
    this.cache = null; // dropped, should a write throw
    for (const [name, position] of cache.write(storeTx)) this.store.setCheckpoint(storeTx, name, position);
    if (keep) {
      cache.trim();
      this.cache = cache;
    }
  }

  /** The lowest checkpoint: every projection has applied the log up to here. */
  position(): number {
    return Math.min(...this.projections.map((p) => this.store.getCheckpoint(p.name)));
  }

  /**
   * Applies whatever the log holds beyond the checkpoints (start-up, after a crash, after a rebuild). The documents
   * stay in memory from one batch to the next (DocumentCache): a document touched by many events of the log (a
   * region's month, a bureau's counts, a unit) is read and parsed once and written once per flush, not once per batch.
   * The checkpoints move in the transaction that writes the documents, so a crash replays from where they were.
   */
  async catchUp(events: EventStore, progress?: Progress, batchSize = 2000): Promise<number> {
    const outer = this.catchingUp;
    this.catchingUp = true;
    let after = this.position();
    const start = after;
    let applied = 0;
    try {
      for (;;) {
        // Read again after the last batch: appends made meanwhile were left to this catch-up (apply). A batch left
        // while the head is being read is seen by the flag (nothing runs between this read's answer and the end).
        this.leftToCatchUp = false;
        const head = await events.headPosition();
        if (after >= head && !this.leftToCatchUp) break;
        const from = after;
        while (after < head) {
          const batch = await events.readAll({ after, maxCount: batchSize });
          if (batch.length === 0) break;
          this.applyCached(batch);
          applied += batch.length;
          after = (batch[batch.length - 1] as RecordedEvent).position;
          progress?.(after - start, head - start);
        }
        // Nothing more to read below the head (a store whose head is not an event's position): done.
        if (after === from && !this.leftToCatchUp) break;
      }
      if (this.cache !== null) this.store.transaction((storeTx) => this.writeCache(storeTx));
    } finally {
      this.cache = null;
      this.catchingUp = outer;
    }
    return applied;
  }

  /**
   * Drops every read model and replays the whole log into it. `deferIndexes`: for a rebuild nothing reads meanwhile
   * (`npm run rebuild`), the secondary indexes are dropped and built once at the end (projections read by id only),
   * rather than kept entry by entry; an interrupted rebuild leaves them to the next start's ensureCollections.
   */
  async rebuild(events: EventStore, progress?: Progress, batchSize = 2000, options: { deferIndexes?: boolean } = {}): Promise<number> {
    this.cache = null; // what a catch-up under way holds is of the read models about to be dropped
    this.store.reset(
      this.projections.flatMap((p) => p.collections.map((c) => c.name)),
      this.projections.map((p) => p.name),
    );
    this.recordShapes();
    const collections = this.projections.flatMap((p) => p.collections);
    const deferred = options.deferIndexes === true && this.store.dropIndexes !== undefined;
    if (deferred) this.store.dropIndexes?.(collections);
    try {
      return await this.catchUp(events, progress, batchSize);
    } finally {
      if (deferred) this.store.ensureCollections(collections);
    }
  }
}

/**
 * Keeps a batch's writes and writes each document once at the end: counters (a bureau's units, a region's) are
 * touched by many events of a batch, and a group commit of thousands of registrations would otherwise rewrite the
 * same rows and index entries thousands of times. Reads see the batch's own writes.
 */
class WriteBehindTx implements ProjectionTx {
  private readonly pending = new Map<string, Map<string, Doc>>();

  constructor(private readonly inner: ProjectionTx) {}

  get<T extends Doc>(collection: string, id: string): T | null {
    const written = this.pending.get(collection)?.get(id);
    return written ? (written as T) : this.inner.get<T>(collection, id);
  }

  put(collection: string, doc: Doc): void {
    let docs = this.pending.get(collection);
    if (!docs) this.pending.set(collection, (docs = new Map()));
    docs.set(doc._id, doc);
  }

  flush(): void {
    for (const [collection, docs] of this.pending) for (const doc of docs.values()) this.inner.put(collection, doc);
    this.pending.clear();
  }
}
