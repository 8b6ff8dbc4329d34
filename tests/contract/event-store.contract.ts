import type { NewEvent, RecordedEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { EventIdConflictError, WrongExpectedRevisionError } from '../../src/eventstore/errors';
import type { AppendResult, EventStore, ExpectedRevision } from '../../src/eventstore/port';

/**
 * The feature suite every event store adapter runs (SQLite now; PostgreSQL and KurrentDB later). It speaks only
 * the port. The factory is called once for the suite's shared store and once more for each test that needs an
 * empty log; every other test works on its own streams, types and stream prefixes, so tests never see each other.
 */
export type EventStoreFactory = () => Promise<{ store: EventStore; cleanup: () => Promise<void> }>;

export function describeEventStoreContract(name: string, factory: EventStoreFactory): void {
  describe(`${name} — event store contract`, () => {
    let store: EventStore;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ store, cleanup } = await factory());
    });
    afterAll(async () => {
      await cleanup();
    });

    /** Runs `body` on a store of its own, whose log starts empty. */
    async function withEmptyStore(body: (empty: EventStore) => Promise<void>): Promise<void> {
      const fresh = await factory();
      try {
        await body(fresh.store);
      } finally {
        await fresh.cleanup();
      }
    }

    describe('append and read back', () => {
      it('round-trips every envelope field and records the time', async () => {
        const streamId = newStreamId();
        const first = newEvent('UnitRegistered', { unitId: 'u1', name: '档案馆', tags: ['a', 'b'], nested: { n: 1 } });
        const second = newEvent('UnitAmended', { unitId: 'u1', name: null }, { causationId: first.id });
        const before = Date.now();

        const result = await store.appendToStream(streamId, [first, second], { expectedRevision: 'no_stream' });

        expect(result).toMatchObject({ written: true, nextExpectedRevision: 1 });
        const read = await store.readStream(streamId);
        expect(read).toEqual(result.events);
        expect(read.map((e) => e.revision)).toEqual([0, 1]);
        expect(read[1]?.position).toBe((read[0]?.position ?? 0) + 1);
        expect(result.lastPosition).toBe(read[1]?.position);
        [first, second].forEach((sent, i) => {
          const stored = read[i] as RecordedEvent;
          expect(stored).toMatchObject({
            id: sent.id,
            type: sent.type,
            schemaVersion: sent.schemaVersion,
            streamId,
            data: sent.data,
          });
          expect(stored.metadata).toEqual({ ...sent.metadata, recordedAt: stored.metadata.recordedAt });
          expectRecentUtcTimestamp(stored.metadata.recordedAt, before);
        });
      });

      it('reads a stream that does not exist as empty', async () => {
        await expect(store.readStream(newStreamId())).resolves.toEqual([]);
        await expect(store.readStream(newStreamId(), { direction: 'backwards' })).resolves.toEqual([]);
      });
    });

    describe('expected revision', () => {
      const refusals: { title: string; existing: number; expected: ExpectedRevision }[] = [
        { title: 'no_stream on an existing stream', existing: 2, expected: 'no_stream' },
        { title: 'stream_exists on a missing stream', existing: 0, expected: 'stream_exists' },
        { title: 'a revision behind the stream', existing: 3, expected: 1 },
        { title: 'a revision ahead of the stream', existing: 2, expected: 5 },
        { title: 'a revision on a missing stream', existing: 0, expected: 0 },
      ];
      it.each(refusals)('refuses $title, writing nothing', async ({ existing, expected }) => {
        const streamId = await streamWith(existing);
        const error = await store.appendToStream(streamId, [newEvent()], { expectedRevision: expected }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error).toMatchObject({ code: 'CONFLICT', reason: 'WRONG_EXPECTED_REVISION' });
        expect(await store.readStream(streamId)).toHaveLength(existing);
      });

      const acceptances: { title: string; existing: number; expected?: ExpectedRevision; revision: number }[] = [
        { title: 'no_stream on a missing stream', existing: 0, expected: 'no_stream', revision: 0 },
        { title: 'stream_exists on an existing stream', existing: 1, expected: 'stream_exists', revision: 1 },
        { title: "the stream's last revision", existing: 3, expected: 2, revision: 3 },
        { title: 'any on a missing stream', existing: 0, expected: 'any', revision: 0 },
        { title: 'any on an existing stream', existing: 2, expected: 'any', revision: 2 },
        { title: 'no expectation at all', existing: 2, revision: 2 },
      ];
      it.each(acceptances)('accepts $title', async ({ existing, expected, revision }) => {
        const streamId = await streamWith(existing);
        const result = await store.appendToStream(streamId, [newEvent()], { expectedRevision: expected });
        expect(result).toMatchObject({ written: true, nextExpectedRevision: revision });
        expect((await store.readStream(streamId)).map((e) => e.revision)).toEqual(range(0, existing + 1));
      });

      it('checks the expectation of an empty append and writes nothing', async () => {
        const streamId = await streamWith(2);
        const head = await store.headPosition();
        const result = await store.appendToStream(streamId, [], { expectedRevision: 1 });
        expect(result).toMatchObject({ written: false, events: [], nextExpectedRevision: 1 });
        await expect(store.appendToStream(streamId, [], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        expect(await store.headPosition()).toBe(head);
      });

      it('lets exactly one of two concurrent appends with the same expected revision win', async () => {
        const streamId = await streamWith(1);
        const outcomes = await Promise.allSettled([
          store.appendToStream(streamId, [newEvent('A')], { expectedRevision: 0 }),
          store.appendToStream(streamId, [newEvent('B')], { expectedRevision: 0 }),
        ]);
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]?.reason).toMatchObject({ code: 'CONFLICT' });
        expect(await store.readStream(streamId)).toHaveLength(2);
      });
    });

    describe('idempotency by event id', () => {
      it('replays the same ids as a no-op returning the stored events, whatever the expectation', async () => {
        const streamId = newStreamId();
        const events = [newEvent('A', { x: 1, y: [1, 2] }), newEvent('B')];
        const first = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
        await store.appendToStream(streamId, [newEvent('C')]);

        const reordered = { ...events[0], data: { y: [1, 2], x: 1 } } as NewEvent;
        const replay = await store.appendToStream(streamId, [reordered, events[1] as NewEvent], {
          expectedRevision: 'no_stream',
        });

        expect(replay.written).toBe(false);
        expect(replay.events).toEqual(first.events);
        expect(replay.lastPosition).toBe(first.lastPosition);
        expect(replay.nextExpectedRevision).toBe(2);
        expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('replays concurrently without duplicating', async () => {
        const streamId = newStreamId();
        const events = [newEvent('A'), newEvent('B')];
        const results = await Promise.all([1, 2, 3].map(() => store.appendToStream(streamId, events)));
        expect(results.filter((r) => r.written)).toHaveLength(1);
        expect(new Set(results.map((r) => r.lastPosition)).size).toBe(1);
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('refuses a stored id with other content, another type or in another stream', async () => {
        const streamId = newStreamId();
        const event = newEvent('A', { x: 1 });
        await store.appendToStream(streamId, [event]);
        const variants: [string, NewEvent][] = [
          [streamId, { ...event, data: { x: 2 } }],
          [streamId, { ...event, type: 'B' }],
          [newStreamId(), event],
        ];
        for (const [target, variant] of variants) {
          const error = await store.appendToStream(target, [variant]).catch((e) => e);
          expect(error).toBeInstanceOf(EventIdConflictError);
          expect(error).toMatchObject({ code: 'CONFLICT', reason: 'EVENT_ID_CONFLICT' });
        }
        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('refuses a batch of which only some ids are stored, writing none of it', async () => {
        const streamId = newStreamId();
        const stored = newEvent('A');
        await store.appendToStream(streamId, [stored]);
        const error = await store.appendToStream(streamId, [newEvent('B'), stored]).catch((e) => e);
        expect(error).toBeInstanceOf(EventIdConflictError);
        expect(await store.readStream(streamId)).toHaveLength(1);
      });
    });

    describe('reading a stream', () => {
      it('reads forwards from a revision, backwards, and at most maxCount', async () => {
        const streamId = await streamWith(6);
        const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
          (await store.readStream(streamId, options)).map((e) => e.revision);
        expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5]);
        expect(await revisions({ fromRevision: 3 })).toEqual([3, 4, 5]);
        expect(await revisions({ fromRevision: 1, maxCount: 2 })).toEqual([1, 2]);
        expect(await revisions({ direction: 'backwards' })).toEqual([5, 4, 3, 2, 1, 0]);
        expect(await revisions({ direction: 'backwards', fromRevision: 3 })).toEqual([3, 2, 1, 0]);
        expect(await revisions({ direction: 'backwards', maxCount: 1 })).toEqual([5]);
        expect(await revisions({ direction: 'backwards', fromRevision: 4, maxCount: 2 })).toEqual([4, 3]);
        expect(await revisions({ fromRevision: 6 })).toEqual([]);
        expect(await revisions({ maxCount: 0 })).toEqual([]);
      });
    });

    describe('reading all', () => {
      it('reads in global order, after a position, at most maxCount', async () => {
        const head = await store.headPosition();
        const a = newStreamId();
        const b = newStreamId();
        await store.appendToStream(a, [newEvent('A1')]);
        await store.appendToStream(b, [newEvent('B1'), newEvent('B2')]);
        await store.appendToStream(a, [newEvent('A2')]);

        const all = await store.readAll({ after: head });
        const mine = all.filter((e) => e.streamId === a || e.streamId === b);
        expect(mine.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        expectIncreasingPositions(all);
        expect(all.every((e) => e.position > head)).toBe(true);

        const page = await store.readAll({ after: head, maxCount: 2 });
        expect(page).toEqual(all.slice(0, 2));
        const next = await store.readAll({ after: page[1]?.position, maxCount: 2 });
        expect(next).toEqual(all.slice(2, 4));
      });

      it('filters by event type and by stream prefix', async () => {
        const tag = uuidv7().replace(/-/g, '');
        const [typeX, typeY] = [`X${tag}`, `Y${tag}`];
        const prefix = `filter-${tag}-`;
        await store.appendToStream(`${prefix}1`, [newEvent(typeX), newEvent('Other')]);
        await store.appendToStream(`other-${tag}`, [newEvent(typeY), newEvent(typeX)]);
        await store.appendToStream(`${prefix}2`, [newEvent(typeY)]);

        const byType = await store.readAll({ filter: { eventTypes: [typeX, typeY] } });
        expect(byType.map((e) => [e.streamId, e.type])).toEqual([
          [`${prefix}1`, typeX],
          [`other-${tag}`, typeY],
          [`other-${tag}`, typeX],
          [`${prefix}2`, typeY],
        ]);
        expectIncreasingPositions(byType);

        const byPrefix = await store.readAll({ filter: { streamPrefix: prefix } });
        expect(byPrefix.map((e) => [e.streamId, e.type])).toEqual([
          [`${prefix}1`, typeX],
          [`${prefix}1`, 'Other'],
          [`${prefix}2`, typeY],
        ]);

        const both = await store.readAll({ filter: { streamPrefix: prefix, eventTypes: [typeY] }, maxCount: 5 });
        expect(both.map((e) => e.streamId)).toEqual([`${prefix}2`]);
      });

      it('reports the head position: 0 on an empty log, then the last position', async () => {
        await withEmptyStore(async (empty) => {
          expect(await empty.headPosition()).toBe(0);
          await expect(empty.readAll()).resolves.toEqual([]);
          const result = await empty.appendToStream(newStreamId(), [newEvent(), newEvent()]);
          expect(result.lastPosition).toBe(2);
          expect(await empty.headPosition()).toBe(2);
        });
      });

      it('gives 200 concurrent appends to different streams the gap-free positions 1..200', async () => {
        await withEmptyStore(async (empty) => {
          const results = await Promise.all(range(0, 200).map(() => empty.appendToStream(newStreamId(), [newEvent()])));
          expect(results.every((r) => r.written)).toBe(true);
          expect(results.map((r) => r.lastPosition).sort((x, y) => x - y)).toEqual(range(1, 201));
          expect((await empty.readAll()).map((e) => e.position)).toEqual(range(1, 201));
          expect(await empty.headPosition()).toBe(200);
        });
      });
    });

    describe('catch-up subscription', () => {
      it('delivers history then live events, each once and in order, filtered, and nothing after stop', async () => {
        const prefix = `sub-${uuidv7()}-`;
        const history = await appendAll(prefix, 5);
        await store.appendToStream(newStreamId(), [newEvent()]); // outside the filter
        const received: RecordedEvent[] = [];
        const subscription = store.subscribeToAll((e) => void received.push(e), {
          filter: { streamPrefix: prefix },
          batchSize: 2,
        });

        await subscription.caughtUp;
        expect(received.map((e) => e.id)).toEqual(history.map((e) => e.id));

        const live = await appendAll(prefix, 4);
        await waitFor(() => received.length >= 9);
        expect(received.map((e) => e.id)).toEqual([...history, ...live].map((e) => e.id));
        expectIncreasingPositions(received);

        await subscription.stop();
        await appendAll(prefix, 2);
        await sleep(50);
        expect(received).toHaveLength(9);
      });

      it('misses nothing appended while catching up, with a slow async handler', async () => {
        const prefix = `sub-${uuidv7()}-`;
        const history = await appendAll(prefix, 6);
        const received: RecordedEvent[] = [];
        let running = 0;
        const subscription = store.subscribeToAll(
          async (e) => {
            running += 1;
            expect(running).toBe(1); // never called concurrently
            await sleep(1);
            received.push(e);
            running -= 1;
          },
          { filter: { streamPrefix: prefix }, batchSize: 4 },
        );
        const during = (await Promise.all(range(0, 10).map(() => appendAll(prefix, 1)))).flat();
        await subscription.caughtUp;
        await waitFor(() => received.length >= 16);
        await sleep(20);
        await subscription.stop();
        const expected = [...history, ...during].sort((x, y) => x.position - y.position);
        expect(received.map((e) => e.id)).toEqual(expected.map((e) => e.id));
      });

      it('delivers a live event committed while the handler is still busy with the previous one', async () => {
        const prefix = `sub-${uuidv7()}-`;
        const received: string[] = [];
        let entered = false;
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const subscription = store.subscribeToAll(
          async (e) => {
            entered = true;
            if (received.length === 0) await gate;
            received.push(e.id);
          },
          { filter: { streamPrefix: prefix } },
        );
        await subscription.caughtUp;
        const [first] = await appendAll(prefix, 1);
        await waitFor(() => entered);
        const [second] = await appendAll(prefix, 1); // committed while the handler waits at the gate
        release();
        await waitFor(() => received.length >= 2);
        await subscription.stop();
        expect(received).toEqual([first?.id, second?.id]);
      });

      it('starts after a given position and filters by type', async () => {
        const tag = uuidv7().replace(/-/g, '');
        const streamId = newStreamId();
        const [first] = (await store.appendToStream(streamId, [newEvent(`T${tag}`)])).events;
        await store.appendToStream(streamId, [newEvent(`T${tag}`), newEvent('Other'), newEvent(`T${tag}`)]);
        const received: RecordedEvent[] = [];
        const subscription = store.subscribeToAll((e) => void received.push(e), {
          after: first?.position,
          filter: { eventTypes: [`T${tag}`] },
        });
        await subscription.caughtUp;
        await subscription.stop();
        expect(received.map((e) => e.revision)).toEqual([1, 3]);
      });

      it('stops on a handler error: caughtUp rejects and the handler is not called again', async () => {
        const prefix = `sub-${uuidv7()}-`;
        await appendAll(prefix, 3);
        const failure = new Error('projection bug');
        let calls = 0;
        const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
          const subscription = store.subscribeToAll(
            () => {
              calls += 1;
              if (calls === 2) throw failure;
            },
            { filter: { streamPrefix: prefix } },
          );
          await expect(subscription.caughtUp).rejects.toBe(failure);
          await appendAll(prefix, 1);
          await sleep(30);
          await subscription.stop();
          expect(calls).toBe(2);
        } finally {
          quiet.mockRestore();
        }
      });
    });

    function newStreamId(): string {
      return `contract-${uuidv7()}`;
    }

    /** A new stream holding `count` events ('Seeded', …), or a fresh stream id when count is 0. */
    async function streamWith(count: number): Promise<string> {
      const streamId = newStreamId();
      if (count > 0) await store.appendToStream(streamId, range(0, count).map(() => newEvent('Seeded')));
      return streamId;
    }

    /** Appends one event to each of `count` new streams under `prefix`, sequentially. */
    async function appendAll(prefix: string, count: number): Promise<RecordedEvent[]> {
      const recorded: RecordedEvent[] = [];
      for (let i = 0; i < count; i++) {
        const result: AppendResult = await store.appendToStream(`${prefix}${uuidv7()}`, [newEvent('Ticked', { i })]);
        recorded.push(...result.events);
      }
      return recorded;
    }
  });
}

export function newEvent(
  type = 'ThingHappened',
  data: object = { value: 1 },
  metadata: { causationId?: string | null } = {},
): NewEvent {
  return {
    id: uuidv7(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'staff-1', role: 'BUREAU_STAFF', bureauId: 'bureau-1', unitId: null },
      occurredAt: '2024-03-01T08:30:00.000+08:00',
      correlationId: uuidv7(),
      causationId: metadata.causationId ?? null,
      idempotencyKey: `key-${uuidv7()}`,
    },
  };
}

function expectRecentUtcTimestamp(value: string, notBefore: number): void {
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  const time = Date.parse(value);
  // A minute of slack each way: a server-side clock (PostgreSQL) may drift from ours.
  expect(time).toBeGreaterThanOrEqual(notBefore - 60_000);
  expect(time).toBeLessThanOrEqual(Date.now() + 60_000);
}

function expectIncreasingPositions(events: readonly RecordedEvent[]): void {
  events.forEach((e, i) => {
    if (i > 0) expect(e.position).toBeGreaterThan((events[i - 1] as RecordedEvent).position);
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
}
