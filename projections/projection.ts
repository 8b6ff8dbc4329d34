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
  apply(event: RecordedEvent, tx: ProjectionTx): void;
}
