import Database from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { describeEventStoreContract, newEvent } from './event-store.contract';

function tempPath(): string {
  return join(tmpdir(), `event-store-${process.pid}-${uuidv7()}.sqlite`);
}

async function removeDatabase(path: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })));
}

describeEventStoreContract('SqliteEventStore', async () => {
  const path = tempPath();
  const store = SqliteEventStore.open(path);
  return {
    store,
    cleanup: async () => {
      await store.close();
      await removeDatabase(path);
    },
  };
});

describe('SqliteEventStore — SQLite specifics', () => {
  const paths: string[] = [];
  const toClose: { close(): unknown }[] = [];
  function newPath(): string {
    const path = tempPath();
    paths.push(path);
    return path;
  }
  afterEach(async () => {
    for (const closable of toClose.splice(0)) await closable.close();
    await Promise.all(paths.splice(0).map(removeDatabase));
  });
  function open(options?: Parameters<typeof SqliteEventStore.open>[1]): SqliteEventStore {
    const store = SqliteEventStore.open(newPath(), options);
    toClose.push(store);
    return store;
  }

  it('runs the connection in WAL mode with synchronous=FULL and a busy timeout', () => {
    const { database } = open();
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(database.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('refuses UPDATE and DELETE of stored events', async () => {
    const store = open();
    const streamId = `s-${uuidv7()}`;
    await store.appendToStream(streamId, [newEvent()]);
    const db = store.database;
    expect(() => db.prepare('UPDATE events SET type = ? WHERE stream_id = ?').run('Edited', streamId)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM events WHERE stream_id = ?').run(streamId)).toThrow(/immutable/);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('keeps the events in the file: a reopened store reads them and continues the positions', async () => {
    const path = newPath();
    const streamId = `s-${uuidv7()}`;
    const first = SqliteEventStore.open(path);
    const written = await first.appendToStream(streamId, [newEvent(), newEvent()]);
    await first.close();

    const reopened = SqliteEventStore.open(path);
    toClose.push(reopened);
    expect(await reopened.readStream(streamId)).toEqual(written.events);
    const next = await reopened.appendToStream(streamId, [newEvent()], { expectedRevision: 1 });
    expect(next.lastPosition).toBe(3);
  });

  it('shares a handle it does not own and leaves it open on close', async () => {
    const db = new Database(newPath());
    toClose.push(db);
    const store = new SqliteEventStore(db);
    await store.appendToStream(`s-${uuidv7()}`, [newEvent()]);
    await store.close();
    expect(db.open).toBe(true);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
    await expect(store.appendToStream(`s-${uuidv7()}`, [newEvent()])).rejects.toThrow(/closed/);
  });

  it('records recordedAt from the injected clock', async () => {
    const store = open({ clock: () => new Date('2024-05-06T07:08:09.010Z') });
    const { events } = await store.appendToStream(`s-${uuidv7()}`, [newEvent()]);
    expect(events[0]?.metadata.recordedAt).toBe('2024-05-06T07:08:09.010Z');
  });

  describe('inline hook', () => {
    it('runs inside the append transaction, after the rows are inserted', async () => {
      const store = open();
      const seen: { inTransaction: boolean; stored: number; events: RecordedEvent[] }[] = [];
      store.setInlineHook((events) => {
        const stored = store.database.prepare('SELECT count(*) FROM events WHERE stream_id = ?').pluck().get(events[0]?.streamId);
        seen.push({ inTransaction: store.database.inTransaction, stored: Number(stored), events });
      });
      const result = await store.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()]);
      expect(seen).toEqual([{ inTransaction: true, stored: 2, events: result.events }]);
    });

    it('rolls back the append and its writes when it throws, failing only that append', async () => {
      const store = open();
      const db = store.database;
      db.exec('CREATE TABLE projection (id TEXT PRIMARY KEY)');
      const write = db.prepare('INSERT INTO projection (id) VALUES (?)');
      store.setInlineHook((events) => {
        for (const event of events) write.run(event.id);
        if (events.some((e) => e.type === 'Poison')) throw new Error('projection failed');
      });
      const [good, bad, alsoGood] = await Promise.allSettled([
        store.appendToStream(`s-${uuidv7()}`, [newEvent('Fine')]),
        store.appendToStream(`s-${uuidv7()}`, [newEvent('Fine'), newEvent('Poison')]),
        store.appendToStream(`s-${uuidv7()}`, [newEvent('Fine')]),
      ]);
      expect([good?.status, alsoGood?.status]).toEqual(['fulfilled', 'fulfilled']);
      expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'projection failed' } });
      expect(db.prepare('SELECT count(*) FROM projection').pluck().get()).toBe(2);
      expect((await store.readAll()).map((e) => e.position)).toEqual([1, 2]);
    });

    it('runs once for a group of concurrent appends, with all their events in position order', async () => {
      const store = open();
      const calls: number[][] = [];
      store.setInlineHook((events) => calls.push(events.map((e) => e.position)));
      await Promise.all(Array.from({ length: 5 }, () => store.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()])));
      expect(calls).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]);
    });

    it('is not called for an idempotent replay, and its own UNIQUE violations do not pass for one', async () => {
      const store = open();
      const db = store.database;
      db.exec('CREATE TABLE unit_events (id TEXT PRIMARY KEY)');
      const write = db.prepare("INSERT INTO unit_events (id) VALUES ('same-key')");
      let calls = 0;
      store.setInlineHook(() => {
        calls += 1;
        write.run();
      });
      const streamId = `s-${uuidv7()}`;
      const event = newEvent();
      await store.appendToStream(streamId, [event]);
      await expect(store.appendToStream(streamId, [event])).resolves.toMatchObject({ written: false });
      expect(calls).toBe(1);
      await expect(store.appendToStream(streamId, [newEvent()])).rejects.toMatchObject({ message: expect.stringMatching(/UNIQUE constraint failed: unit_events.id/) }); // a cross-realm SqliteError under jest: match its message
      expect(await store.readStream(streamId)).toHaveLength(1);
    });
  });

  describe('group commit', () => {
    function openCountingTransactions(): { store: SqliteEventStore; commits: () => number } {
      const log: string[] = [];
      const db = new Database(newPath(), { verbose: (sql) => log.push(String(sql)) });
      const store = new SqliteEventStore(db);
      toClose.push({ close: async () => (await store.close(), db.close()) });
      return { store, commits: () => log.filter((sql) => sql === 'COMMIT').length };
    }

    it('writes the appends of one tick in one transaction', async () => {
      const { store, commits } = openCountingTransactions();
      const before = commits();
      const results = await Promise.all(Array.from({ length: 50 }, () => store.appendToStream(`s-${uuidv7()}`, [newEvent()])));
      expect(commits() - before).toBe(1);
      expect(results.map((r) => r.lastPosition)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    });

    it('caps a group at maxGroupSize appends', async () => {
      const log: string[] = [];
      const db = new Database(newPath(), { verbose: (sql) => log.push(String(sql)) });
      const store = new SqliteEventStore(db, { maxGroupSize: 10 });
      toClose.push({ close: async () => (await store.close(), db.close()) });
      await Promise.all(Array.from({ length: 25 }, () => store.appendToStream(`s-${uuidv7()}`, [newEvent()])));
      expect(log.filter((sql) => sql === 'COMMIT')).toHaveLength(3);
    });

    it('applies the appends of one group to the same stream in call order, failing only the conflicting one', async () => {
      const store = open();
      const streamId = `s-${uuidv7()}`;
      await store.appendToStream(streamId, [newEvent('Seeded')]);
      const outcomes = await Promise.allSettled([
        store.appendToStream(streamId, [newEvent('A')], { expectedRevision: 0 }),
        store.appendToStream(streamId, [newEvent('B')], { expectedRevision: 1 }),
        store.appendToStream(streamId, [newEvent('C')], { expectedRevision: 0 }),
        store.appendToStream(streamId, [newEvent('D')], { expectedRevision: 'stream_exists' }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['Seeded', 'A', 'B', 'D']);
      expect((await store.readAll()).map((e) => e.position)).toEqual([1, 2, 3, 4]);
    });

    it('commits the queue on flush() and on close(), before resolving', async () => {
      const path = newPath();
      const store = SqliteEventStore.open(path);
      const pending = store.appendToStream(`s-${uuidv7()}`, [newEvent()]);
      await store.flush();
      const second = store.appendToStream(`s-${uuidv7()}`, [newEvent()]);
      await store.close();
      await expect(Promise.all([pending, second])).resolves.toHaveLength(2);
      const check = new Database(path, { readonly: true });
      expect(check.prepare('SELECT count(*) FROM events').pluck().get()).toBe(2);
      check.close();
    });
  });

  it('reports a handler error to onError with the failing event', async () => {
    const store = open();
    const { events } = await store.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()]);
    const failure = new Error('projection bug');
    const reported: [unknown, RecordedEvent | null][] = [];
    const subscription = store.subscribeToAll(
      (event) => {
        if (event.revision === 1) throw failure;
      },
      { onError: (error, event) => reported.push([error, event]) },
    );
    await expect(subscription.caughtUp).rejects.toBe(failure);
    await subscription.stop();
    expect(reported).toEqual([[failure, events[1]]]);
  });

  it('rejects bad input before queueing it', async () => {
    const store = open();
    const event = newEvent();
    await expect(store.appendToStream('', [event])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'streamId' } });
    await expect(store.appendToStream(`s-${uuidv7()}`, [event, event])).rejects.toMatchObject({ reason: 'DUPLICATE_EVENT_ID' });
    await expect(store.readStream('s', { maxCount: -1 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
