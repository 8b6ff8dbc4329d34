import type { Doc, FieldCondition, Filter, FindOptions, Scalar, SortSpec } from '../port';

/**
 * The reference semantics of the read-model port's filters and sorts, evaluated in memory. Every adapter must
 * return exactly what `findInMemory` returns over the same documents; the contract suite checks it.
 *
 * Filters (MongoDB-like, type-strict so that MongoDB maps onto them directly):
 * - a path reaches into nested objects only (`a.b`); through an array or a scalar it is missing;
 * - `null` equals a missing field or a JSON null; any other scalar equals only a value of the same JSON type
 *   (`true` never equals `1`, `'1'` never equals `1`); objects and arrays equal no scalar;
 * - `$ne` is the negation of equality (so `{ $ne: 'x' }` matches missing fields, `{ $ne: null }` does not);
 * - `$in` is equality with any listed value (an empty list matches nothing);
 * - `$gt/$gte/$lt/$lte` compare only values of the bound's type (numbers with numbers, strings with strings,
 *   booleans with booleans, false < true); a `null` bound matches null/missing for `$gte/$lte`, nothing for
 *   `$gt/$lt`; operators given together must all hold; an operator whose value is `undefined` is ignored;
 * - `$prefix` matches strings that start with the prefix, taken literally ('' matches every string);
 * - strings compare by Unicode code point (= UTF-8 byte order, what SQLite and MongoDB use).
 *
 * Sort order: missing and null first (ascending), then numbers, then strings, then booleans, then objects
 * and arrays (by JSON text); ties broken by `_id` in the same direction; descending is the exact reverse.
 * A sort field should hold one JSON type (plus null/missing): the SQLite adapter orders booleans as 0/1 among
 * numbers, so mixing booleans with numbers in one sort field is not portable.
 */

/** The value at a dotted path, or undefined when the path does not exist. */
export function readPath(doc: Doc, field: string): unknown {
  let current: unknown = doc;
  for (const segment of field.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function matches(doc: Doc, filter: Filter): boolean {
  return Object.entries(filter).every(([field, condition]) => conditionHolds(readPath(doc, field), condition));
}

function conditionHolds(value: unknown, condition: FieldCondition): boolean {
  if (condition === null || typeof condition !== 'object') return scalarEquals(value, condition);
  return Object.entries(condition as Record<string, unknown>).every(([op, bound]) => {
    if (bound === undefined) return true;
    switch (op) {
      case '$in':
        return (bound as readonly Scalar[]).some((item) => scalarEquals(value, item));
      case '$ne':
        return !scalarEquals(value, bound as Scalar);
      case '$prefix':
        return typeof value === 'string' && value.startsWith(bound as string);
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte':
        return rangeHolds(value, op, bound as Scalar);
      default:
        throw new Error(`Unknown filter operator ${op}`);
    }
  });
}

export function scalarEquals(value: unknown, scalar: Scalar): boolean {
  if (scalar === null) return value === null || value === undefined;
  return typeof value === typeof scalar && value === scalar;
}

function rangeHolds(value: unknown, op: '$gt' | '$gte' | '$lt' | '$lte', bound: Scalar): boolean {
  if (bound === null) return (op === '$gte' || op === '$lte') && (value === null || value === undefined);
  if (typeof value !== typeof bound) return false;
  const order = compareValues(value, bound);
  switch (op) {
    case '$gt':
      return order > 0;
    case '$gte':
      return order >= 0;
    case '$lt':
      return order < 0;
    case '$lte':
      return order <= 0;
  }
}

/** Strings by code point: UTF-16 code units fixed up so that surrogate pairs sort above U+E000..U+FFFF. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointOrderUnit(x) - codePointOrderUnit(y);
  }
  return a.length - b.length;
}

function codePointOrderUnit(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

function typeRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  switch (typeof value) {
    case 'number':
      return 1;
    case 'string':
      return 2;
    case 'boolean':
      return 3;
    default:
      return 4;
  }
}

/** Ascending sort order of two field values (see the module comment). */
export function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return Math.sign(rank);
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return Math.sign(compareStrings(a, b));
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeRank(a) === 0) return 0;
  return Math.sign(compareStrings(JSON.stringify(a), JSON.stringify(b)));
}

const DEFAULT_SORT: SortSpec = { field: '_id', direction: 1 };

/** Order of two documents under a sort: the field, then `_id`, both in the sort's direction. */
export function compareForSort(a: Doc, b: Doc, sort: SortSpec = DEFAULT_SORT): number {
  const byField = sort.field === '_id' ? 0 : compareValues(readPath(a, sort.field), readPath(b, sort.field));
  const order = byField !== 0 ? byField : Math.sign(compareStrings(a._id, b._id));
  return order * sort.direction;
}

/** Whether a document comes strictly after the keyset cursor. With an `_id` sort only `after.id` counts. */
export function isAfter(doc: Doc, after: { value: Scalar; id: string }, sort: SortSpec = DEFAULT_SORT): boolean {
  const cursor: Doc = { _id: after.id };
  if (sort.field !== '_id') writePath(cursor, sort.field, after.value);
  return compareForSort(doc, cursor, sort) > 0;
}

function writePath(doc: Doc, field: string, value: unknown): void {
  const segments = field.split('.');
  let target: Record<string, unknown> = doc;
  for (const segment of segments.slice(0, -1)) {
    const next: Record<string, unknown> = {};
    target[segment] = next;
    target = next;
  }
  target[segments[segments.length - 1] as string] = value;
}

/** The reference `find`: filter, sort, keyset cursor, limit. */
export function findInMemory<T extends Doc>(docs: readonly T[], filter: Filter, options: FindOptions = {}): T[] {
  const sort = options.sort ?? DEFAULT_SORT;
  const after = options.after;
  const found = docs
    .filter((doc) => matches(doc, filter) && (after === undefined || isAfter(doc, after, sort)))
    .sort((a, b) => compareForSort(a, b, sort));
  return options.limit === undefined ? found : found.slice(0, options.limit);
}
