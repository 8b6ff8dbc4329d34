import { EventEmitter } from 'node:events';
import {
  BACKWARDS,
  END,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendStreamRequest,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { KurrentEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store';
import { describeEventStoreContract, newEvent } from './event-store.contract';

/**
 * The KurrentDB adapter's own logic (dense positions through the log stream, retries when another instance wins
 * the log's next revision, idempotency through the id streams), run through the contract suite on a stand-in for the
 * client that keeps streams in memory.
 *
 * This is NOT the integration test (kurrentdb-event-store.int.test.ts runs the same suite on a real server where
 * KURRENTDB_URL is set): the stand-in encodes our reading of KurrentDB's documented behaviour, which only a real
 * server can confirm — multi-stream appends are atomic and check every expected state; a missing stream reads as
 * StreamNotFoundError; a backwards read from END starts at the last event; JSON data comes back parsed.
 */
class InMemoryKurrent {
  private readonly streams = new Map<string, { id: string; type: string; data: unknown }[]>();
  private readonly live = new Map<string, Set<EventEmitter>>();
  private logPosition = 0;
  appends = 0;
  readonly capabilities = Promise.resolve({ serverVersion: '25.1.0' });

  async multiStreamAppend(requests: AppendStreamRequest[]): Promise<{ position: bigint; responses: { streamName: string; revision: bigint }[] }> {
    await new Promise((resolve) => setImmediate(resolve)); // other appends may run in between, as on a server
    this.appends += 1;
    for (const request of requests) {
      const current = this.streams.get(request.streamName);
      const actual = current ? current.length - 1 : -1;
      const expected = request.expectedState;
      const ok =
        expected === 'any' ||
        (expected === 'no_stream' && actual === -1) ||
        (expected === 'stream_exists' && actual >= 0) ||
        (typeof expected === 'bigint' && BigInt(actual) === expected);
      if (!ok) {
        throw new WrongExpectedVersionError(undefined, {
          streamName: request.streamName,
          expected,
          current: actual === -1 ? 'no_stream' : BigInt(actual),
        });
      }
    }
    const responses = requests.map((request) => {
      const stream = this.streams.get(request.streamName) ?? [];
      this.streams.set(request.streamName, stream);
      for (const event of request.events) {
        stream.push({ id: event.id, type: event.type, data: JSON.parse(JSON.stringify(event.data)) });
        this.logPosition += 1;
      }
      for (const emitter of this.live.get(request.streamName) ?? []) emitter.emit('data', {});
      return { streamName: request.streamName, revision: BigInt(stream.length - 1) };
    });
    return { position: BigInt(this.logPosition), responses };
  }

  readStream(
    name: string,
    options: { direction?: unknown; fromRevision?: bigint | typeof END; maxCount?: number | bigint },
  ): AsyncIterable<{ event: { data: unknown; revision: bigint } }> {
    const streams = this.streams;
    return (async function* () {
      await new Promise((resolve) => setImmediate(resolve));
      const stream = streams.get(name);
      if (!stream) throw new StreamNotFoundError(undefined, name);
      const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
      const snapshot = stream.slice();
      let indexes: number[];
      if (options.direction === BACKWARDS) {
        const from = options.fromRevision === END || options.fromRevision === undefined ? snapshot.length - 1 : Math.min(Number(options.fromRevision), snapshot.length - 1);
        indexes = [];
        for (let i = from; i >= 0 && indexes.length < max; i--) indexes.push(i);
      } else {
        const from = options.fromRevision === END ? snapshot.length : Number(options.fromRevision ?? 0);
        indexes = [];
        for (let i = from; i < snapshot.length && indexes.length < max; i++) indexes.push(i);
      }
      for (const i of indexes) yield { event: { data: JSON.parse(JSON.stringify(snapshot[i]?.data)), revision: BigInt(i) } };
    })();
  }

  subscribeToStream(name: string): EventEmitter & { unsubscribe(): Promise<void> } {
    const emitter = new EventEmitter() as EventEmitter & { unsubscribe(): Promise<void> };
    const set = this.live.get(name) ?? new Set();
    this.live.set(name, set);
    set.add(emitter);
    emitter.unsubscribe = async () => void set.delete(emitter);
    return emitter;
  }

  async dispose(): Promise<void> {}
}

function storeOn(server: InMemoryKurrent, prefix = ''): KurrentEventStore {
  return new KurrentEventStore(server as unknown as KurrentDBClient, { streamPrefix: prefix, pollIntervalMs: 50 });
}

describeEventStoreContract('KurrentEventStore on an in-memory stand-in of the client', async () => {
  const store = storeOn(new InMemoryKurrent());
  return { store, cleanup: () => store.close() };
});

describe('KurrentEventStore — several instances on one log (stand-in client)', () => {
  it('keeps positions dense and each event once when instances race for the log, and a subscriber sees 1..N in order', async () => {
    const server = new InMemoryKurrent();
    const [a, b, c, reader] = [storeOn(server), storeOn(server), storeOn(server), storeOn(server)];
    const seen: RecordedEvent[] = [];
    const subscription = reader.subscribeToAll((e) => void seen.push(e), { batchSize: 7 });
    await subscription.caughtUp;
    const results = await Promise.all(
      [a, b, c].flatMap((store) => Array.from({ length: 20 }, (_, i) => store.appendToStream(`s-${uuidv7()}`, [newEvent('A', { i }), newEvent('B', { i })]))),
    );
    const positions = results.flatMap((r) => r.events.map((e) => e.position)).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(server.appends).toBeGreaterThan(60); // some lost the race and retried
    const deadline = Date.now() + 5000;
    while (seen.length < 120 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await subscription.stop();
    expect(seen.map((e) => e.position)).toEqual(positions);
    expect(await reader.readAll()).toEqual(seen);
    await Promise.all([a, b, c, reader].map((store) => store.close()));
  });

  it('answers a replay from another instance with the stored events, and a foreign stream id as a conflict', async () => {
    const server = new InMemoryKurrent();
    const [a, b] = [storeOn(server), storeOn(server)];
    const event = newEvent('A', { x: 1 });
    const streamId = `s-${uuidv7()}`;
    const first = await a.appendToStream(streamId, [event]);
    await expect(b.appendToStream(streamId, [event], { expectedRevision: 'no_stream' })).resolves.toEqual({ ...first, written: false });
    await expect(b.appendToStream(`t-${uuidv7()}`, [event])).rejects.toMatchObject({ reason: 'EVENT_ID_CONFLICT' });
    await expect(b.appendToStream('aol-log', [newEvent()])).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await Promise.all([a.close(), b.close()]);
  });
});
