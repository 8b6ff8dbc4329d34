import { ALL_PROJECTIONS, projectionsFor } from '../../../projections/index';
import { DEFAULT_COUNTING_KINDS } from '../../../src/domain/supervision/common';
import type { Projection } from '../../../projections/projection';
import { ProjectionRunner } from '../../../projections/runner';
import { UNITS, type UnitDoc } from '../../../projections/units/units.projection';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import type { ProjectionTx } from '../../../src/readstore/port';
import { MemoryReadStore } from '../../support/memory-read-store';
import { U, projectInOneBatch, realisticHistory } from './registry-history.fixture';

const events = realisticHistory().log.events;
const last = events.length;

/** A projection that fails on one event type, after writing something for it. */
function exploding(onType: string, seen: number[] = []): Projection {
  return {
    name: 'exploding',
    collections: [{ name: 'exploding_docs', indexes: [] }],
    handles: ['*'],
    apply(event: RecordedEvent, tx: ProjectionTx) {
      seen.push(event.position);
      if (event.type === onType) throw new Error(`cannot handle ${event.type}`);
      tx.put('exploding_docs', { _id: String(event.position), type: event.type });
    },
  };
}

describe('ProjectionRunner', () => {
  it('keeps going when a projection throws: reports it, applies the other projections, still moves every checkpoint', () => {
    const store = new MemoryReadStore();
    const seen: number[] = [];
    const errors: { projection: string; position: number; message: string }[] = [];
    const runner = new ProjectionRunner(store, [exploding('UnitClassified', seen), ...ALL_PROJECTIONS], (projection, event, error) =>
      errors.push({ projection, position: event.position, message: (error as Error).message }),
    );
    runner.apply(events);

    expect(errors).toEqual([{ projection: 'exploding', position: 17, message: 'cannot handle UnitClassified' }]);
    // It went on past the failure: every event was offered, every other event written.
    expect(seen).toEqual(events.map((e) => e.position));
    expect(store.all('exploding_docs')).toHaveLength(last - 1);
    // The failing projection's checkpoint moved past the event: it is reported, not retried for ever.
    expect(store.getCheckpoint('exploding')).toBe(last);
    expect(runner.position()).toBe(last);
    // The real projections came out exactly as without the failing one.
    const { collections, checkpoints } = store.dump();
    delete collections['exploding_docs'];
    delete checkpoints['exploding'];
    collections['projection_shapes'] = (collections['projection_shapes'] ?? []).filter((d) => d._id !== 'exploding');
    expect({ collections, checkpoints }).toEqual(projectInOneBatch(events).dump());
  });

  it('does not call the failing projection again for that event on redelivery', () => {
    const store = new MemoryReadStore();
    const onError = jest.fn();
    const runner = new ProjectionRunner(store, [exploding('UnitClassified'), ...ALL_PROJECTIONS], onError);
    runner.apply(events);
    runner.apply(events);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('delivers a projection only the event types it handles, but moves its checkpoint over the others', () => {
    const store = new MemoryReadStore();
    const received: string[] = [];
    const onlyClassifications: Projection = {
      name: 'classifications',
      collections: [],
      handles: ['UnitClassified'],
      apply: (event) => void received.push(`${event.position}:${event.type}`),
    };
    new ProjectionRunner(store, [onlyClassifications]).apply(events);
    expect(received).toEqual(['17:UnitClassified']);
    expect(store.getCheckpoint('classifications')).toBe(last);
  });

  it('brings a projection added later up to date without touching the others', () => {
    const store = new MemoryReadStore();
    const [units, ...others] = ALL_PROJECTIONS as [Projection, ...Projection[]];
    new ProjectionRunner(store, others).apply(events);
    const before = store.dump();
    const runner = new ProjectionRunner(store, ALL_PROJECTIONS);
    expect(runner.position()).toBe(0);
    runner.apply(events);
    const after = store.dump();
    expect(after.checkpoints[units.name]).toBe(last);
    for (const p of others) {
      for (const c of p.collections) expect(after.collections[c.name]).toEqual(before.collections[c.name]);
    }
    expect(store.all<UnitDoc>(UNITS).find((u) => u._id === U.u1)?.lastPosition).toBe(last);
  });

  it('does nothing for an empty batch', () => {
    const store = new MemoryReadStore();
    const runner = new ProjectionRunner(store, ALL_PROJECTIONS);
    runner.apply([]);
    expect(store.dump().checkpoints).toEqual({});
    expect(runner.position()).toBe(0);
  });
});

/**
 * STYLE.md: "projections that guard each write with the event's position, tested by delivering the same events
 * twice". The runner's checkpoint is one guard; these specs check that each projection is idempotent on its own,
 * so that a read model stays right if the checkpoint and the documents ever disagree.
 */
describe.each(ALL_PROJECTIONS.map((p) => [p.name, p] as const))('%s applied directly, bypassing the checkpoint', (_name, projection) => {
  const handled = events.filter((e) => projection.handles.includes('*') || projection.handles.includes(e.type));
  function applied(batches: readonly (readonly RecordedEvent[])[]): MemoryReadStore {
    const store = new MemoryReadStore();
    store.ensureCollections(projection.collections);
    for (const batch of batches) store.transaction((tx) => batch.forEach((e) => projection.apply(e, tx)));
    return store;
  }
  const once = applied([handled]).dump();

  it('changes nothing when the whole log is applied a second time', () => {
    expect(applied([handled, handled]).dump()).toEqual(once);
  });

  it('changes nothing when any one earlier event is delivered again', () => {
    const changedBy = handled.filter((e) => JSON.stringify(applied([handled, [e]]).dump()) !== JSON.stringify(once));
    expect(changedBy.map((e) => `${e.position}:${e.type}`)).toEqual([]);
  });
});

describe('ProjectionRunner: read models of an older shape', () => {
  /** A projection counting events, whose documents' shape is `version`. */
  const counting = (version?: number): Projection => ({
    name: 'counting',
    ...(version !== undefined && { version }),
    collections: [{ name: 'counting_docs', indexes: [] }],
    handles: ['*'],
    apply(event: RecordedEvent, tx: ProjectionTx) {
      tx.put('counting_docs', { _id: String(event.position), shape: version ?? 1 });
    },
  });

  it('given read models written before versions were recorded, when the projection is still version 1, then nothing is reset', () => {
    const store = new MemoryReadStore();
    new ProjectionRunner(store, [counting()]).apply(events);
    const runner = new ProjectionRunner(store, [counting()]);
    expect(runner.resetStaleShapes()).toEqual([]);
    expect(store.getCheckpoint('counting')).toBe(last);
    expect(store.all('counting_docs')).toHaveLength(last);
  });

  it('given read models of version 1, when the projection is version 2, then its documents and checkpoint are dropped and a catch-up replays the log in the new shape', async () => {
    const store = new MemoryReadStore();
    const old = new ProjectionRunner(store, [counting(), ...ALL_PROJECTIONS]);
    old.apply(events);
    expect(old.resetStaleShapes()).toEqual([]);
    const before = store.dump();

    const runner = new ProjectionRunner(store, [counting(2), ...ALL_PROJECTIONS]);
    expect(runner.resetStaleShapes()).toEqual(['counting']);
    expect(store.getCheckpoint('counting')).toBe(0);
    expect(store.all('counting_docs')).toEqual([]);
    // The other projections keep their documents and checkpoints.
    expect(store.getCheckpoint(ALL_PROJECTIONS[0]!.name)).toBe(last);
    const log = { readAll: async ({ after = 0, maxCount = Infinity }: { after?: number; maxCount?: number }) => events.filter((e) => e.position > after).slice(0, maxCount), headPosition: async () => last };
    expect(await runner.catchUp(log as never)).toBe(last);
    expect(store.all<{ _id: string; shape: number }>('counting_docs').map((d) => d.shape)).toEqual(events.map(() => 2));
    const after = store.dump();
    delete after.collections['counting_docs'];
    delete before.collections['counting_docs'];
    delete after.collections['projection_shapes'];
    delete before.collections['projection_shapes'];
    expect(after).toEqual(before);

    // Recorded: the next start finds nothing stale.
    expect(new ProjectionRunner(store, [counting(2)]).resetStaleShapes()).toEqual([]);
    expect(store.all('counting_docs')).toHaveLength(last);
  });
});

describe('ProjectionRunner: the cycle counting kinds of the configuration', () => {
  it('given read models built for the default kinds, when CYCLE_COUNTING_KINDS changes, then region activity and the inaction facts (only) are replayed; back to the same kinds, nothing is', () => {
    const store = new MemoryReadStore();
    const built = new ProjectionRunner(store, projectionsFor());
    expect(built.resetStaleShapes()).toEqual([]);
    built.apply(events);
    expect(new ProjectionRunner(store, projectionsFor([...DEFAULT_COUNTING_KINDS].reverse())).resetStaleShapes()).toEqual([]);
    expect(new ProjectionRunner(store, projectionsFor(['ANNUAL'])).resetStaleShapes()).toEqual(['inaction-facts', 'region-activity']);
    expect(store.getCheckpoint('region-activity')).toBe(0);
    expect(store.getCheckpoint('inaction-facts')).toBe(0);
    expect(store.getCheckpoint('units')).toBe(last);
    expect(new ProjectionRunner(store, projectionsFor(['ANNUAL'])).resetStaleShapes()).toEqual([]);
  });
});
