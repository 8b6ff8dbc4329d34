import type { Projection } from '../../projections/projection';
import { PROJECTION_SHAPES, resetStaleShapesAsync } from '../../projections/runner';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { applyProjectionsAsync } from '../../src/readstore/mongodb/apply-projections';
import type { ProjectionTx } from '../../src/readstore/port';
import { MongoTestDatabases, mongoSkipReason } from '../support/mongo-server';
import { describeWithServer } from '../support/require-server';

/**
 * Read-model shape versions on MongoDB (the projector's store): given read models written by a projection at version
 * 1, when the writer opens them with the projection at version 2, then that projection's documents and checkpoint are
 * dropped (its replay then writes the new shape) and the other projections keep theirs.
 */
const skip = mongoSkipReason();
const databases = new MongoTestDatabases('shapes');
jest.setTimeout(120_000);

const counting = (name: string, version?: number): Projection => ({
  name,
  ...(version !== undefined && { version }),
  collections: [{ name: `${name}_docs`, indexes: [] }],
  handles: ['*'],
  apply(event: RecordedEvent, tx: ProjectionTx) {
    tx.put(`${name}_docs`, { _id: String(event.position), shape: version ?? 1 });
  },
});

const events: RecordedEvent[] = [1, 2, 3].map((position) => ({
  id: `e${position}`,
  type: 'Noted',
  streamId: 's',
  revision: position - 1,
  position,
  schemaVersion: 1,
  data: {},
  metadata: { actor: { id: 'test', role: 'SYSTEM' }, occurredAt: '2025-01-01T00:00:00.000Z', recordedAt: '2025-01-01T00:00:00.000Z', correlationId: 'c', causationId: null, idempotencyKey: null },
})) as unknown as RecordedEvent[];

describeWithServer('Read-model shape versions on MongoDB (MONGODB_URL)', skip, () => {
  afterAll(() => databases.close());

  it('drops only the read models of an older shape, and records every shape', async () => {
    const { store } = await databases.freshStore();
    const before = [counting('alpha'), counting('beta')];
    store.ensureCollections(before.flatMap((p) => p.collections));
    await applyProjectionsAsync(store, before, events);
    // A first batch from scratch records the shapes.
    expect((await store.find(PROJECTION_SHAPES, {})).map((d) => d._id).sort()).toEqual(['alpha', 'beta']);
    expect(await resetStaleShapesAsync(store, before)).toEqual([]);

    const after = [counting('alpha', 2), counting('beta')];
    expect(await resetStaleShapesAsync(store, after)).toEqual(['alpha']);
    expect(store.getCheckpoint('alpha')).toBe(0);
    expect(await store.find('alpha_docs', {})).toEqual([]);
    expect(store.getCheckpoint('beta')).toBe(3);
    expect(await store.find('beta_docs', {})).toHaveLength(3);

    await applyProjectionsAsync(store, after, events);
    expect((await store.find<{ _id: string; shape: number }>('alpha_docs', {})).map((d) => d.shape)).toEqual([2, 2, 2]);
    expect(await resetStaleShapesAsync(store, after)).toEqual([]);
    await store.close();
  });
});
