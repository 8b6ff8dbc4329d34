import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Filter, FindOptions, ProjectionTx } from '../../src/readstore/port';
import { findQueries } from '../../src/readstore/sqlite/find-sql';
import { prefixUpperBound, ReadStoreUsageError } from '../../src/readstore/sqlite/filter-sql';
import { SqliteReadStore } from '../../src/readstore/sqlite/sqlite-read-store';
import { describeReadStoreContract } from './read-store.contract';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'read-store-'));
}

describeReadStoreContract('SQLite', async () => {
  const dir = tempDir();
  const store = SqliteReadStore.open(path.join(dir, 'read-model.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteReadStore on the shared handle', () => {
  let dir: string;
  let db: BetterSqlite3.Database;
  let store: SqliteReadStore;

  beforeEach(() => {
    dir = tempDir();
    db = new BetterSqlite3(path.join(dir, 'app.db'));
    store = new SqliteReadStore(db);
    store.ensureCollections([{ name: 'units', indexes: ['regionCode', 'stats.score'] }]);
  });
  afterEach(() => {
    if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const put = (id: string) => store.transaction((tx) => tx.put('units', { _id: id }));

  it('joins a transaction the event store opened, and rolls back with it', async () => {
    const append = db.transaction((fail: boolean) => {
      put('u1');
      store.transaction((tx) => store.setCheckpoint(tx, 'registry', 7));
      if (fail) throw new Error('append failed');
    });
    expect(() => append(true)).toThrow('append failed');
    expect(await store.get('units', 'u1')).toBeNull();
    expect(store.getCheckpoint('registry')).toBe(0);
    append(false);
    expect(await store.get('units', 'u1')).toEqual({ _id: 'u1' });
    expect(store.getCheckpoint('registry')).toBe(7);
  });

  it('refuses a ProjectionTx used outside its transaction, and async transaction bodies', async () => {
    let leaked: ProjectionTx | undefined;
    store.transaction((tx) => {
      leaked = tx;
    });
    expect(() => leaked?.put('units', { _id: 'late' })).toThrow(ReadStoreUsageError);
    expect(() => store.setCheckpoint(leaked as ProjectionTx, 'p', 1)).toThrow(ReadStoreUsageError);
    expect(() =>
      store.transaction(async (tx) => {
        tx.put('units', { _id: 'async' });
      }),
    ).toThrow(/synchronous/);
    expect(await store.get('units', 'async')).toBeNull();
  });

  it('names an undeclared collection', async () => {
    await expect(store.find('nowhere', {})).rejects.toThrow(/nowhere is not declared/);
    expect(() => store.transaction((tx) => tx.put('nowhere', { _id: 'a' }))).toThrow(/not declared/);
  });

  it('binds values, so SQL in a value is only text', async () => {
    put("x'); DROP TABLE rm_units; --");
    expect(await store.count('units', { regionCode: "'; DROP TABLE rm_units; --" })).toBe(0);
    expect(await store.count('units', { _id: { $prefix: "x'); DROP" } })).toBe(1);
  });

  it('answers filters, sorts and cursors from the expression indexes', () => {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rm_units'`);
    expect(tables.all()).toEqual(
      expect.arrayContaining([{ name: 'rm_units.regionCode' }, { name: 'rm_units.stats.score' }]),
    );
    const plans = (filter: Filter, options: FindOptions) =>
      findQueries('rm_units', filter, options).map((query) =>
        db
          .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
          .all(...query.params, ...(options.limit === undefined ? [] : [options.limit]))
          .map((row) => (row as { detail: string }).detail)
          .join('; '),
      );
    expect(plans({ regionCode: { $prefix: '33' } }, {})).toEqual([
      expect.stringMatching(/INDEX rm_units.regionCode \(<expr>>\? AND <expr><\?\)/),
    ]);
    expect(plans({ regionCode: '330106' }, {})).toEqual([
      expect.stringMatching(/INDEX rm_units.regionCode \(<expr>=\?\)/),
    ]);
    const sort = { field: 'stats.score', direction: -1 } as const;
    const pageAfter = { sort, limit: 10, after: { value: 3, id: 'u5' } };
    const [values, nulls] = plans({}, pageAfter);
    expect(values).toMatch(/SEARCH rm_units USING INDEX rm_units.stats.score \(<expr><\?\)/);
    expect(nulls).toMatch(/SEARCH rm_units USING INDEX rm_units.stats.score \(<expr>=\?\)/);
    expect(plans({}, { sort, limit: 10 }).join()).not.toMatch(/TEMP B-TREE/);
  });

  it('keeps documents and checkpoints across reopening the file', async () => {
    put('kept');
    store.transaction((tx) => store.setCheckpoint(tx, 'registry', 3));
    await store.close();
    expect(db.open).toBe(true); // the handle belongs to the app, not to the store
    db.close();
    const reopened = SqliteReadStore.open(path.join(dir, 'app.db'));
    expect(await reopened.get('units', 'kept')).toEqual({ _id: 'kept' });
    expect(reopened.getCheckpoint('registry')).toBe(3);
    await reopened.close();
  });
});

describe('prefixUpperBound', () => {
  it.each([
    ['', null],
    ['33', '34'],
    ['a%', 'a&'],
    ['a\u{10FFFF}', 'b'],
    ['\u{10FFFF}\u{10FFFF}', null],
    ['\uD7FF', '\uE000'],
    ['\uFFFF', '\u{10000}'],
    ['😀', '😁'],
  ])('%j -> %j', (prefix, upper) => expect(prefixUpperBound(prefix)).toBe(upper));
});
