import { Client } from 'pg';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { openPostgresEventStore, type PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { describeWithServer } from '../support/require-server';
import { newEvent } from './event-store.contract';
import { POSTGRES_URL, dropSchema, freshSchemaName, postgresSkipReason } from './postgres-support';

/**
 * The global order under concurrent writers: several instances (each its own pool of connections) append at once
 * while live subscribers read; a subscriber must see every event exactly once, in position order, with no gap —
 * including an event whose transaction commits late.
 */
describeWithServer('PostgresEventStore — global order under concurrent writers', postgresSkipReason, () => {
  jest.setTimeout(120_000);
  let schema: string;
  const stores: PostgresEventStore[] = [];
  beforeEach(() => {
    schema = freshSchemaName();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await dropSchema(schema);
  });
  async function instance(poolSize = 4): Promise<PostgresEventStore> {
    const store = await openPostgresEventStore(POSTGRES_URL, { schema, poolSize, pollIntervalMs: 250 });
    stores.push(store);
    return store;
  }

  /** Records what a subscriber sees, and fails at once on a gap or a repeat (not only at the end). */
  function watch(store: PostgresEventStore, after = 0) {
    const seen: RecordedEvent[] = [];
    const problems: string[] = [];
    let last = after;
    const subscription = store.subscribeToAll(
      (event) => {
        if (event.position !== last + 1) problems.push(`after ${last} came ${event.position}`);
        last = event.position;
        seen.push(event);
      },
      { after, batchSize: 100 },
    );
    return { seen, problems, subscription, last: () => last };
  }

  it('4 writers × 4 concurrent loops append ~5,000 events; live subscribers see 1..N once each, in order', async () => {
    const writers = await Promise.all([1, 2, 3, 4].map(() => instance(4)));
    const reader = await instance(2);
    const live = watch(reader);
    await live.subscription.caughtUp;

    const acknowledged: RecordedEvent[] = [];
    let lateJoiner = null as ReturnType<typeof watch> | null;
    const loops = writers.flatMap((writer, w) =>
      [0, 1, 2, 3].map(async (loop) => {
        for (let i = 0; i < 150; i++) {
          // 1 to 3 events per append; some loops keep appending to one stream with an expected revision.
          const count = 1 + ((w + loop + i) % 3);
          const streamId = loop === 0 ? `order-w${w}` : `order-${uuidv7()}`;
          const events = Array.from({ length: count }, () => newEvent('Ticked', { w, loop, i }));
          const result = await writer.appendToStream(streamId, events, loop === 0 ? { expectedRevision: 'any' } : { expectedRevision: 'no_stream' });
          acknowledged.push(...result.events);
          if (w === 0 && loop === 1 && i === 75) lateJoiner = watch(reader); // catches up while the others write
        }
      }),
    );
    await Promise.all(loops);
    const total = acknowledged.length;
    expect(total).toBeGreaterThan(4000);

    await waitFor(() => live.seen.length >= total && (lateJoiner?.seen.length ?? 0) >= total, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more may arrive
    await live.subscription.stop();
    await lateJoiner!.subscription.stop();

    const all = await reader.readAll();
    expect(all.map((e) => e.position)).toEqual(range(1, total + 1));
    for (const watcher of [live, lateJoiner!]) {
      expect(watcher.problems).toEqual([]);
      expect(watcher.seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
    }
    // Every acknowledged event is stored exactly as acknowledged.
    const byPosition = new Map(all.map((e) => [e.position, e]));
    for (const event of acknowledged) expect(byPosition.get(event.position)).toEqual(event);
    // And each writer's own stream has dense revisions.
    for (let w = 0; w < 4; w++) {
      const stream = await reader.readStream(`order-w${w}`);
      expect(stream.map((e) => e.revision)).toEqual(range(0, stream.length));
    }
  });

  it('holds every later position back while an append commits late, and gives nothing away on a rollback', async () => {
    const writer = await instance(4);
    const reader = await instance(2);
    await writer.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()]); // positions 1, 2
    const live = watch(reader);
    await live.subscription.caughtUp;

    // A slow transaction: it has called append_batch (lock taken, position 3 allocated) but not committed.
    const slow = new Client({ connectionString: POSTGRES_URL });
    await slow.connect();
    try {
      const late = newEvent('Late');
      await slow.query('BEGIN');
      const { rows } = await slow.query<{ r_position: string }>(
        `SELECT r_position FROM "${schema}".append_batch(ARRAY[$1], ARRAY['any'], ARRAY[1], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], '"x"', NULL)`,
        [`late-${uuidv7()}`, [late.id], [late.type], [1], [JSON.stringify(late.data)], [JSON.stringify({ ...late.metadata, recordedAt: 'x' })]],
      );
      expect(rows.map((r) => Number(r.r_position))).toEqual([3]);

      // Other writers start meanwhile: they wait for the lock; none of them may take or publish a position.
      let settled = 0;
      const others = Array.from({ length: 10 }, () =>
        writer.appendToStream(`s-${uuidv7()}`, [newEvent()]).finally(() => (settled += 1)),
      );
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(settled).toBe(0);
      expect(live.last()).toBe(2);
      expect(await reader.headPosition()).toBe(2);

      await slow.query('COMMIT');
      const results = await Promise.all(others);
      expect(results.map((r) => r.lastPosition).sort((a, b) => a - b)).toEqual(range(4, 14));
      await waitFor(() => live.last() === 13, 10_000);
      expect(live.problems).toEqual([]);
      expect(live.seen.find((e) => e.position === 3)?.id).toBe(late.id);

      // A transaction that allocates and rolls back leaves no hole: the next append takes its position.
      const gone = newEvent('RolledBack');
      await slow.query('BEGIN');
      await slow.query(
        `SELECT r_position FROM "${schema}".append_batch(ARRAY[$1], ARRAY['any'], ARRAY[1], $2::text[], $3::text[], $4::integer[], $5::text[], $6::text[], '"x"', NULL)`,
        [`gone-${uuidv7()}`, [gone.id], [gone.type], [1], [JSON.stringify(gone.data)], [JSON.stringify({ ...gone.metadata, recordedAt: 'x' })]],
      );
      const waiting = writer.appendToStream(`s-${uuidv7()}`, [newEvent()]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await slow.query('ROLLBACK');
      expect((await waiting).lastPosition).toBe(14);
      await waitFor(() => live.last() === 14, 10_000);
      await live.subscription.stop();
      expect(live.problems).toEqual([]);
      expect((await reader.readAll()).map((e) => e.position)).toEqual(range(1, 15));
    } finally {
      await slow.end();
    }
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
