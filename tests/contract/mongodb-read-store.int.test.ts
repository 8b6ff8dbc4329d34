import { MongoReadStore, JOURNAL } from '../../src/readstore/mongodb/mongo-read-store';
import { findPlan } from '../../src/readstore/mongodb/mongo-query';
import type { Doc } from '../../src/readstore/port';
import { ReadStoreUsageError } from '../../src/readstore/sqlite/filter-sql';
import { MongoTestDatabases, mongoSkipReason } from '../support/mongo-server';
import { describeWithServer } from '../support/require-server';
import { describeReadStoreContract } from './read-store.contract';

const skip = mongoSkipReason();
// Every call is a round trip to the server: the property's 400 runs take tens of seconds.
jest.setTimeout(180_000);
const databases = new MongoTestDatabases('rs');

afterAll(async () => databases.close());

describeWithServer('MongoReadStore (MONGODB_URL)', skip, () => {
  describeReadStoreContract('MongoDB', async () => {
    const { store, dbName } = await databases.freshStore();
    return {
      store,
      cleanup: async () => {
        await store.close();
        await databases.drop(dbName);
      },
    };
  });

  describe('MongoDB specifics', () => {
    let store: MongoReadStore;
    let dbName: string;

    beforeEach(async () => {
      ({ store, dbName } = await databases.freshStore());
      store.ensureCollections([
        { name: 'units', indexes: ['regionCode', 'stats.score'] },
        { name: 'bureaus', indexes: [] },
      ]);
    });
    afterEach(async () => {
      await store.close();
      await databases.drop(dbName);
    });

    it('says which server it talks to', async () => {
      const info = await MongoReadStore.serverInfo(await databases.connect());
      expect(info.version).toMatch(/^\d+\.\d+/);
      // Printed so that a CI log shows whether FerretDB or MongoDB answered.
      console.info(`MongoDB-wire server: ${info.ferretdb ? `FerretDB ${info.ferretdb}` : `MongoDB ${info.version}`}`);
    });

    it('builds one (field, _id) index per declared field', async () => {
      await store.flush();
      const indexes = await (await databases.connect()).db(dbName).collection('units').indexes();
      expect(indexes.map((index) => [index.name, index.key])).toEqual(
        expect.arrayContaining([
          ['regionCode', { regionCode: 1, _id: 1 }],
          ['stats.score', { 'stats.score': 1, _id: 1 }],
        ]),
      );
    });

    it('transactionAsync fetches what fn reads, re-running fn until it reads nothing new', async () => {
      store.transaction((tx) => {
        tx.put('units', { _id: 'u1', bureauId: 'b1', count: 1 });
        tx.put('bureaus', { _id: 'b1', units: 10 });
      });
      let runs = 0;
      // Each read depends on the one before: the unit, then its bureau.
      const result = await store.transactionAsync((tx) => {
        runs++;
        const unit = tx.get<Doc & { bureauId: string; count: number }>('units', 'u1');
        const bureau = unit ? tx.get<Doc & { units: number }>('bureaus', unit.bureauId) : null;
        const fresh = tx.get('units', 'u2');
        tx.put('units', { _id: 'u1', bureauId: 'b1', count: (unit?.count ?? 0) + 1 });
        tx.put('bureaus', { _id: 'b1', units: (bureau?.units ?? 0) + 1 });
        if (fresh === null) tx.put('units', { _id: 'u2', bureauId: 'b1', count: 1 });
        store.setCheckpoint(tx, 'p', 42);
        return bureau?.units;
      });
      expect(result).toBe(10);
      expect(runs).toBe(3); // nothing known; the unit and u2 fetched; then the bureau
      expect(await store.getMany('units', ['u1', 'u2'])).toEqual([
        { _id: 'u1', bureauId: 'b1', count: 2 },
        { _id: 'u2', bureauId: 'b1', count: 1 },
      ]);
      expect(await store.get('bureaus', 'b1')).toEqual({ _id: 'b1', units: 11 });
      expect(store.getCheckpoint('p')).toBe(42);
      const reader = await MongoReadStore.open(await databases.connect(), dbName);
      expect(reader.getCheckpoint('p')).toBe(42);
      await reader.close();
    });

    it('transactionAsync writes nothing when fn throws, and the store stays usable', async () => {
      await expect(
        store.transactionAsync((tx) => {
          tx.put('units', { _id: 'a' });
          store.setCheckpoint(tx, 'p', 3);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.get('units', 'a')).toBeNull();
      expect(store.getCheckpoint('p')).toBe(0);
      await store.transactionAsync((tx) => tx.put('units', { _id: 'b' }));
      expect(await store.count('units', {})).toBe(1);
    });

    it('a synchronous transaction that read an existing document as missing writes nothing and says why', async () => {
      await store.transactionAsync((tx) => tx.put('units', { _id: 'u1', n: 1 }));
      store.transaction((tx) => {
        const before = tx.get<Doc & { n: number }>('units', 'u1'); // cannot be fetched synchronously: null
        tx.put('units', { _id: 'u1', n: (before?.n ?? 0) + 1 });
        tx.put('units', { _id: 'u9', n: 0 });
      });
      await expect(store.flush()).rejects.toThrow(/read units\/u1 as missing.*use transactionAsync/);
      await expect(store.get('units', 'u1')).rejects.toThrow(ReadStoreUsageError);
      const reopened = await MongoReadStore.open(await databases.connect(), dbName);
      expect(await reopened.getMany('units', ['u1', 'u9'])).toEqual([{ _id: 'u1', n: 1 }, null]);
      await reopened.close();
    });

    it('a reader refuses writes', async () => {
      const reader = await MongoReadStore.open(await databases.connect(), dbName);
      expect(() => reader.transaction((tx) => tx.put('units', { _id: 'x' }))).toThrow(/opened to read/);
      await expect(reader.transactionAsync(() => undefined)).rejects.toThrow(/opened to read/);
      expect(() => reader.reset(['units'], [])).toThrow(/opened to read/);
      await reader.close();
    });

    it('a writer that opens redoes a committed journal batch and drops an uncommitted one', async () => {
      await store.flush();
      const db = (await databases.connect()).db(dbName);
      // What a writer that crashed leaves: batch A committed (marker stored) in two parts, batch B not.
      const part = (puts: { c: string; d: Doc }[], checkpoints: { p: string; position: number }[]) => JSON.stringify({ puts, checkpoints });
      await db.collection(JOURNAL).insertMany([
        { _id: 'A/0', batch: 'A', text: part([{ c: 'units', d: { _id: 'u1', v: 'A' } }], [{ p: 'p', position: 7 }]) },
        { _id: 'A/1', batch: 'A', text: part([{ c: 'bureaus', d: { _id: 'b1', v: 'A' } }], []) },
        { _id: 'A', batch: 'A', marker: true, parts: 2 },
        { _id: 'B/0', batch: 'B', text: part([{ c: 'units', d: { _id: 'u2', v: 'B' } }], [{ p: 'p', position: 9 }]) },
      ] as never[]);
      // The crash came after the first document of A was written: redoing it again is harmless.
      await db.collection('units').insertOne({ _id: 'u1', v: 'A' } as never);
      const reader = await MongoReadStore.open(await databases.connect(), dbName);
      expect(await db.collection(JOURNAL).countDocuments()).toBe(4); // readers never touch the journal
      await reader.close();

      const writer = await MongoReadStore.open(await databases.connect(), dbName, { writer: true });
      expect(await writer.getMany('units', ['u1', 'u2'])).toEqual([{ _id: 'u1', v: 'A' }, null]);
      expect(await writer.get('bureaus', 'b1')).toEqual({ _id: 'b1', v: 'A' });
      expect(writer.getCheckpoint('p')).toBe(7);
      expect(await db.collection(JOURNAL).countDocuments()).toBe(0);
      await writer.close();
    });

    it('journals a batch, then leaves no journal behind', async () => {
      await store.transactionAsync((tx) => {
        for (let i = 0; i < 50; i++) tx.put('units', { _id: `u${i}`, regionCode: '330106', stats: { score: i } });
        store.setCheckpoint(tx, 'p', 50);
      });
      const db = (await databases.connect()).db(dbName);
      expect(await db.collection(JOURNAL).countDocuments()).toBe(0);
      expect(await db.collection('_checkpoints').findOne({ _id: 'p' } as never)).toEqual({ _id: 'p', position: 50 });
      expect(await store.count('units', { regionCode: { $prefix: '33' }, 'stats.score': { $gte: 10, $lt: 20 } })).toBe(10);
    });

    it('never lets a stored array match a scalar, nor a path go through an array', async () => {
      store.transaction((tx) => {
        tx.put('units', { _id: 'arr', regionCode: ['330106'], stats: [{ score: 1 }] });
        tx.put('units', { _id: 'plain', regionCode: '330106', stats: { score: 1 } });
      });
      const ids = async (filter: Parameters<typeof store.find>[1]) => (await store.find('units', filter)).map((d) => d._id);
      expect(await ids({ regionCode: '330106' })).toEqual(['plain']);
      expect(await ids({ regionCode: { $in: ['330106'] } })).toEqual(['plain']);
      expect(await ids({ regionCode: { $ne: '330106' } })).toEqual(['arr']);
      expect(await ids({ 'stats.score': 1 })).toEqual(['plain']);
      expect(await ids({ 'stats.score': null })).toEqual(['arr']);
      expect(await ids({ regionCode: { $prefix: '33' } })).toEqual(['plain']);
    });

    it('keeps field names with dots, dollars and percent signs (stored encoded: FerretDB refuses them)', async () => {
      const doc = { _id: 'k', byItem: { 'units.total': 1, $x: [{ 'a.b': 2 }], '%2E': 3, plain: 'a.b$%' }, regionCode: 'x' };
      store.transaction((tx) => tx.put('units', doc));
      expect(await store.get('units', 'k')).toEqual(doc);
      expect(await store.find('units', { regionCode: 'x' })).toEqual([doc]);
      expect(await store.getMany('units', ['k'])).toEqual([doc]);
      const raw = await (await databases.connect()).db(dbName).collection('units').findOne({ _id: 'k' } as never);
      expect(Object.keys(raw?.['byItem'] as object).sort()).toEqual(['%24x', '%252E', 'plain', 'units%2Etotal'].sort());
    });

    it('refuses bad filters before asking the server', () => {
      expect(() => findPlan({ a: { $regex: 'x' } as never }, {})).toThrow(/unknown operator \$regex/);
      expect(() => findPlan({ a: '\uD800' }, {})).toThrow(/not valid Unicode/);
      expect(() => findPlan({}, { limit: -1 })).toThrow(/Limit/);
      expect(() => findPlan({ 'a.$where': 1 }, {})).toThrow(/Invalid field path/);
    });
  });
});
