import type { Projection } from '../../projections/projection';
import { ProjectionRunner } from '../../projections/runner';
import type { RecordedEvent } from '../domain/shared/event';
import { applyProjectionsAsync } from '../readstore/mongodb/apply-projections';
import type { MongoReadStore } from '../readstore/mongodb/mongo-read-store';
import type { Doc, ReadModelStore } from '../readstore/port';
import type { EventStore } from '../eventstore/port';

/**
 * Where the projections stand, and (for the process that applies them) how a batch is applied. Two shapes of read
 * store: SQLite, written synchronously by ProjectionRunner (the checkpoint moves in the writes' transaction), and
 * MongoDB, written through `applyProjectionsAsync` (a journaled batch: documents, then checkpoints; see
 * mongo-read-store.ts). Either way a projection skips every event at or below its checkpoint, so a batch delivered
 * again after a crash changes nothing.
 */

export interface ProjectionCheckpoint {
  name: string;
  checkpoint: number;
}

/** The read side of the projections' progress: what an API instance asks (status query, read-your-writes, lag). */
export interface ProjectionProgress {
  /** The lowest checkpoint: every projection has applied the log up to here. Read fresh from the store. */
  position(): Promise<number>;
  checkpoints(): Promise<ProjectionCheckpoint[]>;
}

/** The projector's liveness, stored beside the checkpoints (`npm run projector -- --check` reads it). */
export interface Heartbeat {
  /** ISO time of the beat. */
  at: string;
  /** The position applied when it beat, and the log head it saw. */
  position: number;
  head: number;
  pid: number;
}

export interface ProjectionTarget extends ProjectionProgress {
  /** Applies a batch (events in position order) and moves the checkpoints with the writes. */
  apply(events: readonly RecordedEvent[]): Promise<void>;
  writeHeartbeat(beat: Heartbeat): Promise<void>;
}

export type ProjectionFailure = (projection: string, event: RecordedEvent, error: unknown) => void;

/** The collection of the heartbeat: not a projection's, so a rebuild leaves it alone. */
export const PROJECTOR_STATUS = 'projector_status';
const HEARTBEAT_ID = 'projector';

type HeartbeatDoc = Doc & Heartbeat;

export async function readHeartbeat(store: Pick<ReadModelStore, 'get'>): Promise<Heartbeat | null> {
  const doc = await store.get<HeartbeatDoc>(PROJECTOR_STATUS, HEARTBEAT_ID);
  return doc ? { at: doc.at, position: doc.position, head: doc.head, pid: doc.pid } : null;
}

function lowest(checkpoints: readonly ProjectionCheckpoint[]): number {
  return checkpoints.length === 0 ? 0 : Math.min(...checkpoints.map((c) => c.checkpoint));
}

function checkpointsOf(store: Pick<ReadModelStore, 'getCheckpoint'>, projections: readonly Projection[]): ProjectionCheckpoint[] {
  return projections.map((p) => ({ name: p.name, checkpoint: store.getCheckpoint(p.name) }));
}

/** A SQLite read store (its own file, or the embedded one), applied through ProjectionRunner. */
export function sqliteTarget(store: ReadModelStore, runner: ProjectionRunner): ProjectionTarget {
  store.ensureCollections([{ name: PROJECTOR_STATUS, indexes: [] }]);
  return {
    async apply(events) {
      runner.apply(events);
    },
    async position() {
      return runner.position();
    },
    async checkpoints() {
      return checkpointsOf(store, runner.projections);
    },
    async writeHeartbeat(beat) {
      store.transaction((tx) => tx.put(PROJECTOR_STATUS, { _id: HEARTBEAT_ID, ...beat }));
    },
  };
}

/**
 * A MongoDB read store. The writer (the projector) knows its checkpoints exactly; a reader (an API instance)
 * reloads them from the server on each question.
 */
export function mongoTarget(store: MongoReadStore, projections: readonly Projection[], writer: boolean, onError: ProjectionFailure): ProjectionTarget {
  const collections = [...projections.flatMap((p) => p.collections), { name: PROJECTOR_STATUS, indexes: [] }];
  // A reader may open before the projector has created them: it declares them only (see declareCollections).
  if (writer) store.ensureCollections(collections);
  else store.declareCollections(collections);
  const fresh = async () => {
    if (!writer) await store.refreshCheckpoints();
    return checkpointsOf(store, projections);
  };
  return {
    async apply(events) {
      await applyProjectionsAsync(store, projections, events, onError);
    },
    async position() {
      return lowest(await fresh());
    },
    checkpoints: fresh,
    async writeHeartbeat(beat) {
      await store.transactionAsync((tx) => tx.put(PROJECTOR_STATUS, { _id: HEARTBEAT_ID, ...beat }));
    },
  };
}

/**
 * Empties a MongoDB read store's projections and replays the log into them (the writer only): what `npm run
 * rebuild` does for SQLite (ProjectionRunner.rebuild), here through `applyProjectionsAsync` in batches.
 */
export async function rebuildMongo(
  store: MongoReadStore,
  projections: readonly Projection[],
  events: EventStore,
  onError: ProjectionFailure,
  batchSize = 2000,
): Promise<number> {
  store.reset(
    projections.flatMap((p) => p.collections.map((c) => c.name)),
    projections.map((p) => p.name),
  );
  const head = await events.headPosition();
  let after = 0;
  let applied = 0;
  while (after < head) {
    const batch = await events.readAll({ after, maxCount: batchSize });
    if (batch.length === 0) break;
    await applyProjectionsAsync(store, projections, batch, onError);
    applied += batch.length;
    after = (batch[batch.length - 1] as RecordedEvent).position;
  }
  return applied;
}

/** Asks of a target that only its progress be read (an API instance that leaves the writing to the projector). */
export function progressOnly(target: ProjectionProgress): ProjectionProgress {
  return { position: () => target.position(), checkpoints: () => target.checkpoints() };
}
