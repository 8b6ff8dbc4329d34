import type { RecordedEvent } from '../../domain/shared/event';
import type { AsyncReadModelStore } from '../port';
import type { Projection } from '../../../projections/projection';
import { applyEvents, handlesOf, PROJECTION_SHAPES } from '../../../projections/runner';

export type AsyncProjectionErrorHandler = (projection: string, event: RecordedEvent, error: unknown) => void;

/**
 * Applies a batch of events to projections through `transactionAsync`, with the rules of `ProjectionRunner.apply`:
 * each projection skips events at or below its checkpoint, and its checkpoint moves with its writes. This is how
 * a projector writes a server store (MongoDB), where `ProjectionTx.get` is only answered from prefetched documents.
 *
 * `transactionAsync` may run the body several times (until it reads nothing new); a run that read an id not
 * fetched yet saw null, so a projection may fail in it for no reason of its own. Only the errors of the last run,
 * the one whose writes are stored, are reported. The store must have been given the projections' collections
 * (`ensureCollections`).
 */
export async function applyProjectionsAsync(
  store: AsyncReadModelStore,
  projections: readonly Projection[],
  events: readonly RecordedEvent[],
  onError: AsyncProjectionErrorHandler = () => undefined,
): Promise<void> {
  if (events.length === 0) return;
  const wants = new Map(projections.map((p) => [p.name, handlesOf(p)]));
  // A projection replaying from the start records its shape: the collection must be there.
  if (projections.some((p) => store.getCheckpoint(p.name) === 0)) store.ensureCollections([{ name: PROJECTION_SHAPES, indexes: [] }]);
  let failures: [string, RecordedEvent, unknown][] = [];
  await store.transactionAsync((tx) => {
    failures = [];
    for (const projection of projections) {
      const checkpoint = store.getCheckpoint(projection.name);
      const handles = wants.get(projection.name) as (type: string) => boolean;
      const last = applyEvents(projection, handles, events, checkpoint, tx, (event, error) => failures.push([projection.name, event, error]));
      if (last > checkpoint) store.setCheckpoint(tx, projection.name, last);
    }
  });
  for (const [name, event, error] of failures) onError(name, event, error);
}
