import type { RecordedEvent } from '../src/domain/shared/event';
import type { CollectionSpec, ProjectionTx } from '../src/readstore/port';

/**
 * A projection turns events into store-neutral document writes. It never throws on data (an event it
 * cannot use is ignored) and is idempotent by position: the runner skips events at or below its checkpoint.
 */
export interface Projection {
  name: string;
  collections: readonly CollectionSpec[];
  /** Event types it reads; others are never delivered. */
  handles: readonly string[];
  /**
   * The shape of its documents (1 when absent). Bump it when a change makes documents written before it wrong for the
   * code after it: at start-up the runner finds read models of an older shape, drops them and replays the log into
   * them (ProjectionRunner.resetStaleShapes), rather than serve answers from documents it no longer understands. A
   * string also names configuration the documents depend on (region activity's counting kinds).
   */
  version?: number | string;
  apply(event: RecordedEvent, tx: ProjectionTx): void;
}
