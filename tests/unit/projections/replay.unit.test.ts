import fc from 'fast-check';
import { ALL_PROJECTIONS } from '../../../projections/index';
import type { Projection } from '../../../projections/projection';
import { ProjectionRunner } from '../../../projections/runner';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import type { EventStore, ReadAllOptions } from '../../../src/eventstore/port';
import { MemoryReadStore, type ReadModelDump } from '../../support/memory-read-store';
import { realisticHistory } from './registry-history.fixture';

/**
 * Projections are idempotent by position and rebuildable: whatever way the same log is delivered (twice, in
 * overlapping batches, one by one, by a rebuild) the read model comes out the same, document for document.
 */

const events = realisticHistory().log.events;
const last = events.length;

function deliver(batches: readonly (readonly RecordedEvent[])[], projections: readonly Projection[]): ReadModelDump {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, projections, (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store.dump();
}

/** Only what the event store port needs for catchUp and rebuild. */
function logOf(recorded: readonly RecordedEvent[]): EventStore {
  const unused = () => {
    throw new Error('not used by the runner');
  };
  return {
    readAll: async ({ after = 0, maxCount = Infinity }: ReadAllOptions = {}) => recorded.filter((e) => e.position > after).slice(0, maxCount),
    headPosition: async () => recorded.length,
    appendToStream: unused,
    readStream: unused,
    subscribeToAll: unused,
    close: async () => undefined,
  };
}

/** This log holds registry events only: the projections that read none of them are replayed by their own areas' specs. */
const readsRegistry = (p: Projection) => p.handles.includes('*') || p.handles.some((type) => events.some((e) => e.type === type));
const cases: [string, readonly Projection[]][] = [
  ['all projections together', ALL_PROJECTIONS],
  ...ALL_PROJECTIONS.filter(readsRegistry).map((p): [string, readonly Projection[]] => [p.name, [p]]),
];

describe.each(cases)('replaying the log: %s', (_name, projections) => {
  const once = deliver([events], projections);

  it('builds something and moves every checkpoint to the end of the log', () => {
    expect(Object.values(once.collections).some((docs) => docs.length > 0)).toBe(true);
    expect(once.checkpoints).toEqual(Object.fromEntries(projections.map((p) => [p.name, last])));
  });

  it('changes nothing when the whole batch is delivered again', () => {
    expect(deliver([events, events], projections)).toEqual(once);
  });

  it('changes nothing when batches overlap', () => {
    expect(deliver([events.slice(0, 15), events.slice(10, 20), events.slice(5), events.slice(20)], projections)).toEqual(once);
  });

  it('gives the same read model applied one event at a time as in one batch', () => {
    expect(deliver(events.map((e) => [e]), projections)).toEqual(once);
  });

  it('gives the same read model for any split into contiguous, possibly overlapping or repeated batches', () => {
    // Each batch ends at or after the previous one and starts no later than where the previous one ended: the
    // runner trusts the log to be delivered without gaps (positions may legitimately skip numbers).
    const step = fc.tuple(fc.integer({ min: 0, max: last }), fc.integer({ min: 0, max: last }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), fc.nat(), (steps, finalStart) => {
        const batches: RecordedEvent[][] = [];
        let covered = 0;
        for (const [end, start] of [...steps].sort((a, b) => a[0] - b[0])) {
          batches.push(events.slice(Math.min(start, covered), end));
          covered = Math.max(covered, end);
        }
        batches.push(events.slice(finalStart % (covered + 1)));
        expect(deliver(batches, projections)).toEqual(once);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same read model by rebuild (in small batches) as incrementally, even over a stale read model', async () => {
    const store = new MemoryReadStore();
    const runner = new ProjectionRunner(store, projections);
    runner.apply(events.slice(0, 9));
    const progress: [number, number][] = [];
    expect(await runner.rebuild(logOf(events), (done, total) => progress.push([done, total]), 4)).toBe(last);
    expect(store.dump()).toEqual(once);
    expect(progress[progress.length - 1]).toEqual([last, last]);
    expect(runner.position()).toBe(last);
  });

  it('catches up from its checkpoint without applying anything twice', async () => {
    const store = new MemoryReadStore();
    const runner = new ProjectionRunner(store, projections);
    runner.apply(events.slice(0, 12));
    expect(await runner.catchUp(logOf(events), undefined, 5)).toBe(last - 12);
    expect(store.dump()).toEqual(once);
    expect(await runner.catchUp(logOf(events))).toBe(0);
  });
});
