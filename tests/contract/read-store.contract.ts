import type { CollectionSpec, Doc, Filter, ReadModelStore, Scalar, SortSpec } from '../../src/readstore/port';
import { findInMemory, readPath } from '../../src/readstore/memory/filter-match';
import { describeReadStoreProperties } from './read-store.property';

export interface ReadStoreFixture {
  store: ReadModelStore;
  cleanup: () => Promise<void>;
}

/** The collections every contract test may use; each test gets a fresh, empty store from the factory. */
export const CONTRACT_COLLECTIONS: readonly CollectionSpec[] = [
  { name: 'units', indexes: ['regionCode', 'active', 'stats.score', 'name', 'rank'] },
  { name: 'others', indexes: [] },
  { name: 'props', indexes: ['s', 'n', 'b', 'mixed', 'nested.x'] },
];

export function putAll(store: ReadModelStore, collection: string, docs: readonly Doc[]): void {
  store.transaction((tx) => docs.forEach((doc) => tx.put(collection, doc)));
}

const ids = (docs: readonly Doc[]): string[] => docs.map((doc) => doc._id);

/**
 * The behaviour every `ReadModelStore` adapter must show, with `filter-match.ts` as the reference for filter
 * and sort semantics. Adapters run it from their own `*.int.test.ts` with a factory for a fresh store.
 */
export function describeReadStoreContract(name: string, factory: () => Promise<ReadStoreFixture>): void {
  describe(`ReadModelStore contract: ${name}`, () => {
    let store: ReadModelStore;
    let cleanup: () => Promise<void>;
    /** What `given` stored in 'units', for the reference. */
    let stored: Doc[] = [];

    beforeEach(async () => {
      stored = [];
      ({ store, cleanup } = await factory());
      store.ensureCollections(CONTRACT_COLLECTIONS);
    });
    afterEach(async () => cleanup());

    function given(docs: readonly Doc[]): void {
      putAll(store, 'units', docs);
      stored = [...docs];
    }

    /** Checks `find` and `count` on 'units', and the reference over the same documents. */
    async function expectFind(filter: Filter, expected: string[]): Promise<void> {
      expect(ids(await store.find('units', filter))).toEqual(expected);
      expect(ids(findInMemory(stored, filter))).toEqual(expected);
      expect(await store.count('units', filter)).toBe(expected.length);
    }

    describe('documents', () => {
      it('gets what was put, and null for a missing id', async () => {
        const doc = { _id: 'u1', name: '档案馆', stats: { score: 3.5, tags: ['a'] }, active: true, note: null };
        putAll(store, 'units', [doc]);
        expect(await store.get('units', 'u1')).toEqual(doc);
        expect(await store.get('units', 'nope')).toBeNull();
        expect(await store.get('others', 'u1')).toBeNull();
      });

      it('getMany answers in key order, with null for missing and repeated ids', async () => {
        putAll(store, 'units', [{ _id: 'a' }, { _id: 'b' }, { _id: 'c' }]);
        const docs = await store.getMany('units', ['c', 'x', 'a', 'c', 'b']);
        expect(docs.map((doc) => doc?._id ?? null)).toEqual(['c', null, 'a', 'c', 'b']);
        expect(await store.getMany('units', [])).toEqual([]);
      });

      it('getMany serves more ids than one query takes', async () => {
        const stored = Array.from({ length: 1200 }, (_, i) => ({ _id: `id${i}`, i }));
        putAll(store, 'units', stored);
        const wanted = Array.from({ length: 1300 }, (_, i) => `id${1299 - i}`);
        const docs = await store.getMany('units', wanted);
        expect(docs.map((doc) => (doc === null ? null : doc['i']))).toEqual(
          wanted.map((id) => (Number(id.slice(2)) < 1200 ? Number(id.slice(2)) : null)),
        );
      });

      it('put replaces the whole document (upsert)', async () => {
        putAll(store, 'units', [{ _id: 'u1', name: 'old', regionCode: '330106' }]);
        putAll(store, 'units', [{ _id: 'u1', name: 'new' }]);
        expect(await store.get('units', 'u1')).toEqual({ _id: 'u1', name: 'new' });
        expect(await store.count('units', {})).toBe(1);
        expect(await store.count('units', { regionCode: '330106' })).toBe(0);
      });

      it('reads its own writes inside a transaction', () => {
        store.transaction((tx) => {
          expect(tx.get('units', 'u1')).toBeNull();
          tx.put('units', { _id: 'u1', n: 1 });
          expect(tx.get('units', 'u1')).toEqual({ _id: 'u1', n: 1 });
        });
      });

      it('refuses invalid collection and field names', async () => {
        await expect(store.find('Bad-Name', {})).rejects.toThrow();
        await expect(store.find('units', { "x') OR 1=1 --": 1 })).rejects.toThrow();
        await expect(store.find('units', {}, { sort: { field: 'a b', direction: 1 } })).rejects.toThrow();
        expect(() => store.ensureCollections([{ name: 'units', indexes: ['a;b'] }])).toThrow();
      });
    });

    describe('filters', () => {
      const regions = [
        { _id: 'r1', regionCode: '330106' },
        { _id: 'r2', regionCode: '340000' },
        { _id: 'r3', regionCode: '33' },
        { _id: 'r4', regionCode: '3' },
        { _id: 'r5', regionCode: 330106 },
        { _id: 'r6' },
        { _id: 'r7', regionCode: null },
        { _id: 'r8', regionCode: '33\u{10FFFF}' },
      ];

      it('scalar equality is type-strict', async () => {
        given(regions);
        await expectFind({ regionCode: '330106' }, ['r1']);
        await expectFind({ regionCode: 330106 }, ['r5']);
      });

      it('null matches missing and null', async () => {
        given(regions);
        await expectFind({ regionCode: null }, ['r6', 'r7']);
      });

      it('$in matches any listed value, null included; an empty list matches nothing', async () => {
        given(regions);
        await expectFind({ regionCode: { $in: ['3', 330106, null] } }, ['r4', 'r5', 'r6', 'r7']);
        await expectFind({ regionCode: { $in: [] } }, []);
      });

      it('$ne negates equality (missing is not equal to a value)', async () => {
        given(regions);
        await expectFind({ regionCode: { $ne: '330106' } }, ['r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']);
        await expectFind({ regionCode: { $ne: null } }, ['r1', 'r2', 'r3', 'r4', 'r5', 'r8']);
      });

      it('$prefix matches strings that start with the prefix', async () => {
        given(regions);
        await expectFind({ regionCode: { $prefix: '33' } }, ['r1', 'r3', 'r8']);
        await expectFind({ regionCode: { $prefix: '3301' } }, ['r1']);
        await expectFind({ regionCode: { $prefix: '33\u{10FFFF}' } }, ['r8']);
        await expectFind({ regionCode: { $prefix: '' } }, ['r1', 'r2', 'r3', 'r4', 'r8']);
      });

      it('$prefix takes % and _ literally', async () => {
        const docs = ['a%b', 'axb', 'a_c', 'abc', 'a%', 'a\\b', 'b%'].map((name, i) => ({ _id: `n${i}`, name }));
        given(docs);
        await expectFind({ name: { $prefix: 'a%' } }, ['n0', 'n4']);
        await expectFind({ name: { $prefix: 'a_' } }, ['n2']);
        await expectFind({ name: { $prefix: 'a\\' } }, ['n5']);
      });

      it('$prefix is exact around code-point boundaries', async () => {
        const names = ['\uD7FF', '\uD7FFa', '\uE000', '\uFFFF', '\uFFFFz', '😀', '😀x', 'z'];
        const docs = names.map((name, i) => ({ _id: `c${i}`, name }));
        given(docs);
        await expectFind({ name: { $prefix: '\uD7FF' } }, ['c0', 'c1']);
        await expectFind({ name: { $prefix: '\uFFFF' } }, ['c3', 'c4']);
        await expectFind({ name: { $prefix: '😀' } }, ['c5', 'c6']);
      });

      it('booleans match booleans only', async () => {
        const docs = [
          { _id: 'b1', active: true },
          { _id: 'b2', active: false },
          { _id: 'b3', active: 1 },
          { _id: 'b4', active: 0 },
          { _id: 'b5' },
        ];
        given(docs);
        await expectFind({ active: true }, ['b1']);
        await expectFind({ active: false }, ['b2']);
        await expectFind({ active: 1 }, ['b3']);
        await expectFind({ active: { $ne: true } }, ['b2', 'b3', 'b4', 'b5']);
        await expectFind({ active: { $in: [true, 0] } }, ['b1', 'b4']);
        await expectFind({ active: { $gt: false } }, ['b1']);
      });

      it('range operators compare within the bound type and combine', async () => {
        const docs = [
          { _id: 'g1', rank: 1 },
          { _id: 'g2', rank: 2.5 },
          { _id: 'g3', rank: 4 },
          { _id: 'g4', rank: '3' },
          { _id: 'g5', rank: null },
          { _id: 'g6' },
          { _id: 'g7', rank: true },
        ];
        given(docs);
        await expectFind({ rank: { $gt: 1 } }, ['g2', 'g3']);
        await expectFind({ rank: { $gte: 1, $lt: 4 } }, ['g1', 'g2']);
        await expectFind({ rank: { $lte: 2.5 } }, ['g1', 'g2']);
        await expectFind({ rank: { $gte: '0' } }, ['g4']);
        await expectFind({ rank: { $gte: null } }, ['g5', 'g6']);
        await expectFind({ rank: { $gt: null } }, []);
        await expectFind({ rank: { $gt: 0, $lt: 'z' } }, []);
        await expectFind({ rank: { $gt: undefined } }, ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7']);
      });

      it('dotted paths reach into objects only', async () => {
        const docs = [
          { _id: 'd1', stats: { score: 5 } },
          { _id: 'd2', stats: { score: 7 } },
          { _id: 'd3', stats: 5 },
          { _id: 'd4', stats: [{ score: 5 }] },
          { _id: 'd5' },
        ];
        given(docs);
        await expectFind({ 'stats.score': 5 }, ['d1']);
        await expectFind({ 'stats.score': { $gte: 5 } }, ['d1', 'd2']);
        await expectFind({ 'stats.score': null }, ['d3', 'd4', 'd5']);
      });

      it('filters on _id and on several fields at once', async () => {
        given(regions);
        await expectFind({ _id: { $in: ['r2', 'r1', 'zz'] } }, ['r1', 'r2']);
        await expectFind({ _id: { $prefix: 'r' }, regionCode: { $prefix: '3' } }, ['r1', 'r2', 'r3', 'r4', 'r8']);
        await expectFind({ _id: 'r3', regionCode: '33' }, ['r3']);
      });
    });

    describe('sorting and paging', () => {
      const docs: Doc[] = Array.from({ length: 57 }, (_, i) => {
        const id = `p${String((i * 37) % 57).padStart(2, '0')}`;
        if (i % 9 === 0) return { _id: id };
        if (i % 11 === 0) return { _id: id, rank: null };
        return { _id: id, rank: i % 7, region: `33${i % 3}` };
      });

      it('sorts by the field then _id in the same direction, missing and null first ascending', async () => {
        putAll(store, 'units', docs);
        for (const sort of [
          { field: 'rank', direction: 1 },
          { field: 'rank', direction: -1 },
          { field: '_id', direction: -1 },
        ] as const) {
          const expected = ids(findInMemory(docs, {}, { sort }));
          expect(ids(await store.find('units', {}, { sort }))).toEqual(expected);
        }
        const ascending = await store.find('units', {}, { sort: { field: 'rank', direction: 1 } });
        expect(ascending.slice(0, 10).every((doc) => doc['rank'] === undefined || doc['rank'] === null)).toBe(true);
        expect(ids(await store.find('units', {}))).toEqual(ids(docs).sort());
        expect(ids(await store.find('units', {}, { limit: 3 }))).toEqual(ids(docs).sort().slice(0, 3));
        expect(await store.find('units', {}, { limit: 0 })).toEqual([]);
      });

      async function walk(sort: SortSpec, filter: Filter, pageSize: number): Promise<string[]> {
        const seen: string[] = [];
        let after: { value: Scalar; id: string } | undefined;
        for (;;) {
          const page = await store.find('units', filter, { sort, limit: pageSize, ...(after ? { after } : {}) });
          seen.push(...ids(page));
          const last = page[page.length - 1];
          if (page.length < pageSize || last === undefined) return seen;
          after = { value: (readPath(last, sort.field) ?? null) as Scalar, id: last._id };
        }
      }

      it.each([
        ['rank', 1],
        ['rank', -1],
        ['_id', 1],
        ['_id', -1],
      ] as const)('keyset pages of 10 by %s (%d) yield every document once, in order', async (field, direction) => {
        putAll(store, 'units', docs);
        const sort: SortSpec = { field, direction };
        const seen = await walk(sort, {}, 10);
        expect(seen).toHaveLength(57);
        expect(new Set(seen).size).toBe(57);
        expect(seen).toEqual(ids(findInMemory(docs, {}, { sort })));
        const filter: Filter = { region: { $prefix: '33' }, rank: { $ne: 3 } };
        expect(await walk(sort, filter, 4)).toEqual(ids(findInMemory(docs, filter, { sort })));
      });

      it('a cursor may sit on a value no document has', async () => {
        putAll(store, 'units', docs);
        const options = { sort: { field: 'rank', direction: -1 } as const, after: { value: 3.5, id: '' } };
        expect(ids(await store.find('units', {}, options))).toEqual(ids(findInMemory(docs, {}, options)));
      });
    });

    it('counts with filters', async () => {
      putAll(store, 'units', [
        { _id: 'a', regionCode: '330106', active: true },
        { _id: 'b', regionCode: '330107', active: false },
        { _id: 'c', regionCode: '340000', active: true },
      ]);
      expect(await store.count('units', {})).toBe(3);
      expect(await store.count('units', { regionCode: { $prefix: '33' }, active: true })).toBe(1);
      expect(await store.count('others', {})).toBe(0);
    });

    it('counts exactly one call per read, whatever its size', async () => {
      const before = store.calls;
      await store.get('units', 'a');
      await store.getMany('units', Array.from({ length: 1100 }, (_, i) => `id${i}`));
      await store.find('units', {}, { sort: { field: 'rank', direction: -1 }, after: { value: 1, id: 'x' } });
      await store.count('units', { rank: 1 });
      expect(store.calls - before).toBe(4);
    });

    describe('transactions', () => {
      it('writes nothing when fn throws', async () => {
        expect(() =>
          store.transaction((tx) => {
            tx.put('units', { _id: 'a' });
            store.setCheckpoint(tx, 'p', 9);
            throw new Error('boom');
          }),
        ).toThrow('boom');
        expect(await store.get('units', 'a')).toBeNull();
        expect(store.getCheckpoint('p')).toBe(0);
      });

      it('nested transactions join the outer one', async () => {
        const result = store.transaction((outer) => {
          outer.put('units', { _id: 'a' });
          return store.transaction((inner) => {
            expect(inner.get('units', 'a')).toEqual({ _id: 'a' });
            inner.put('units', { _id: 'b' });
            return 42;
          });
        });
        expect(result).toBe(42);
        expect(await store.count('units', {})).toBe(2);
        expect(() =>
          store.transaction(() => {
            store.transaction((inner) => inner.put('units', { _id: 'c' }));
            throw new Error('outer fails');
          }),
        ).toThrow('outer fails');
        expect(await store.get('units', 'c')).toBeNull();
      });
    });

    it('keeps one checkpoint per projection, 0 when none', () => {
      expect(store.getCheckpoint('registry')).toBe(0);
      store.transaction((tx) => store.setCheckpoint(tx, 'registry', 5));
      store.transaction((tx) => store.setCheckpoint(tx, 'registry', 8));
      store.transaction((tx) => store.setCheckpoint(tx, 'inspections', 2));
      expect(store.getCheckpoint('registry')).toBe(8);
      expect(store.getCheckpoint('inspections')).toBe(2);
    });

    it('reset empties the given collections and checkpoints only', async () => {
      putAll(store, 'units', [{ _id: 'a' }]);
      putAll(store, 'others', [{ _id: 'b' }]);
      store.transaction((tx) => {
        store.setCheckpoint(tx, 'one', 3);
        store.setCheckpoint(tx, 'two', 4);
      });
      store.reset(['units'], ['one']);
      expect(await store.count('units', {})).toBe(0);
      expect(await store.get('others', 'b')).toEqual({ _id: 'b' });
      expect(store.getCheckpoint('one')).toBe(0);
      expect(store.getCheckpoint('two')).toBe(4);
      putAll(store, 'units', [{ _id: 'a2' }]);
      expect(await store.count('units', {})).toBe(1);
    });

    describeReadStoreProperties(() => store);
  });
}
