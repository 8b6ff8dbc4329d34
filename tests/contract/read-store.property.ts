import fc from 'fast-check';
import type {
  Doc,
  FieldCondition,
  Filter,
  FindOptions,
  ReadModelStore,
  Scalar,
  SortSpec,
} from '../../src/readstore/port';
import { findInMemory, readPath } from '../../src/readstore/memory/filter-match';

/**
 * Random documents, filters and sorts: an adapter's `find` and `count` must equal the in-memory reference.
 * Values come from small pools so that equal values, prefixes and ties are frequent; strings mix in `%`, `_`,
 * and characters whose UTF-16 and code-point orders differ. Sort fields each hold one type (plus
 * null/missing): mixed-type sort order is not portable between adapters (see filter-match.ts).
 */
const COLLECTION = 'props';

const text = fc.string({
  unit: fc.constantFrom('a', 'b', '3', '%', '_', 'é', '中', '\uFFFF', '😀', '\u007F'),
  maxLength: 4,
});
const number = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0.5, -1.5, 2.25, 1e9, -0));
const scalar: fc.Arbitrary<Scalar> = fc.oneof(text, number, fc.boolean(), fc.constant(null));
const orNull = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 4 });

const doc: fc.Arbitrary<Omit<Doc, '_id'>> = fc.record(
  {
    s: orNull(text),
    n: orNull(number),
    b: orNull(fc.boolean()),
    mixed: scalar,
    nested: fc.oneof(fc.record({ x: orNull(number) }, { requiredKeys: [] }), number, fc.constant([1, 2])),
  },
  { requiredKeys: [] },
);

const docs: fc.Arbitrary<Doc[]> = fc
  .uniqueArray(fc.tuple(text, doc), { maxLength: 30, selector: ([id]) => id })
  .map((pairs) => pairs.map(([id, fields]) => ({ ...fields, _id: id })));

const FILTER_FIELDS = ['s', 'n', 'b', 'mixed', 'nested', 'nested.x', '_id'];

/**
 * A condition on one field whose values are drawn half from the pools and half from what is stored in that
 * field (prefixes cut at whole code points), so that conditions often hit existing values and boundaries.
 */
function condition(stored: readonly Doc[], field: string): fc.Arbitrary<FieldCondition> {
  const present = stored.map((d) => readPath(d, field) ?? null);
  const scalars = present.filter((v): v is Scalar => v === null || typeof v !== 'object');
  const value = scalars.length === 0 ? scalar : fc.oneof(scalar, fc.constantFrom(...scalars));
  const strings = scalars.filter((v): v is string => typeof v === 'string');
  const cutPrefix =
    strings.length === 0
      ? text
      : fc.tuple(fc.constantFrom(...strings), fc.nat(4)).map(([s, n]) => Array.from(s).slice(0, n).join(''));
  const range = fc.record({ $gt: value, $gte: value, $lt: value, $lte: value }, { requiredKeys: [] });
  return fc.oneof(
    value,
    fc.record({ $in: fc.array(value, { maxLength: 4 }) }),
    fc.record({ $ne: value }),
    fc.record({ $prefix: fc.oneof(text, cutPrefix) }),
    range as fc.Arbitrary<FieldCondition>,
  );
}

function filter(stored: readonly Doc[]): fc.Arbitrary<Filter> {
  return fc
    .uniqueArray(fc.constantFrom(...FILTER_FIELDS), { maxLength: 3 })
    .chain((fields) =>
      fc
        .tuple(...fields.map((field) => condition(stored, field)))
        .map((conditions): Filter => {
          const entries = fields.map((field, i) => [field, conditions[i] as FieldCondition] as const);
          return Object.fromEntries(entries);
        }),
    );
}

/** Sort fields with one type each, and a cursor value of that type or null. */
const sortFields: Record<string, fc.Arbitrary<Scalar>> = {
  s: orNull(text),
  n: orNull(number),
  b: orNull(fc.boolean()),
  'nested.x': orNull(number),
  _id: text,
};

const sort: fc.Arbitrary<SortSpec> = fc.record({
  field: fc.constantFrom(...Object.keys(sortFields)),
  direction: fc.constantFrom(1 as const, -1 as const),
});

/** Options with no cursor, a cursor on a stored document, or one on an arbitrary position. */
function options(stored: readonly Doc[]): fc.Arbitrary<FindOptions> {
  const shape = fc.record({
    sort: fc.option(sort, { nil: undefined }),
    limit: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    cursor: fc.constantFrom('none', 'onDoc', 'free'),
    docIndex: fc.nat(),
    freeId: text,
  });
  return shape.chain((o) => {
    const field = o.sort?.field ?? '_id';
    return (sortFields[field] as fc.Arbitrary<Scalar>).map((freeValue): FindOptions => {
      const result: FindOptions = {};
      if (o.sort) result.sort = o.sort;
      if (o.limit !== undefined) result.limit = o.limit;
      const onDoc = stored.length > 0 ? stored[o.docIndex % stored.length] : undefined;
      if (o.cursor === 'onDoc' && onDoc) {
        result.after = { value: (readPath(onDoc, field) ?? null) as Scalar, id: onDoc._id };
      } else if (o.cursor === 'free') {
        result.after = { value: field === '_id' ? o.freeId : freeValue, id: o.freeId };
      }
      return result;
    });
  });
}

/** JSON, not the objects themselves, is what a store keeps: -0 becomes 0, undefined keys vanish. */
const roundTrip = (values: Doc[]): Doc[] => JSON.parse(JSON.stringify(values)) as Doc[];

export function describeReadStoreProperties(getStore: () => ReadModelStore): void {
  it('find and count agree with the in-memory reference on random data (property)', async () => {
    const scenario = docs.chain((stored) => {
      const queries = fc.array(fc.tuple(filter(stored), options(stored)), { minLength: 1, maxLength: 5 });
      return fc.tuple(fc.constant(stored), queries);
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ([stored, queries]) => {
        const store = getStore();
        store.reset([COLLECTION], []);
        store.transaction((tx) => stored.forEach((d) => tx.put(COLLECTION, d)));
        const reference = roundTrip(stored);
        for (const [where, findOptions] of queries) {
          const found = await store.find(COLLECTION, where, findOptions);
          expect(found).toEqual(findInMemory(reference, where, findOptions));
          expect(await store.count(COLLECTION, where)).toBe(findInMemory(reference, where).length);
        }
      }),
      { numRuns: 400 },
    );
  });
}
