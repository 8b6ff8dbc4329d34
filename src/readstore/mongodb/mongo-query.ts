import type { FieldCondition, Filter, FindOptions, Scalar } from '../port';
import { prefixUpperBound, ReadStoreUsageError } from '../sqlite/filter-sql';

/**
 * Translates port filters, sorts and keyset cursors into MongoDB queries with the semantics of
 * `readstore/memory/filter-match.ts`. MongoDB's own matching differs from the reference in one way that
 * matters: a path that meets an array looks inside it (`{ tags: 'a' }` matches `tags: ['a']`, `{ 'a.b': 1 }`
 * matches `a: [{ b: 1 }]`), whereas the reference says that an array equals no scalar and that a path through an
 * array is missing. Every condition is therefore written with explicit array guards:
 *
 * - a value condition (`=`, `$in`, a range, a prefix) holds only where no proper prefix of the path and not the
 *   value itself is an array ("`$not: { $type: 'array' }`");
 * - "null or missing" holds where the field does not exist, is a plain null, or a prefix is an array;
 * - `$ne` is the negation (`$nor`) of the guarded equality.
 *
 * Ranges rely on MongoDB's type bracketing (`$gt: 5` compares numbers only, `$gt: 'a'` strings only, `$gt: false`
 * booleans only), which is the reference's rule. Prefixes become the string range [p, p') of the SQLite adapter,
 * which an index serves and where no character is special. Strings compare by UTF-8 bytes (code points) in
 * MongoDB and in FerretDB. Only the operators FerretDB 1.x implements are used ($and, $or, $nor, $in, $eq,
 * ranges, $exists, $type, $not).
 */

export type MongoQuery = Record<string, unknown>;

const COLLECTION_NAME = /^[a-z][a-z0-9_]*$/;
const PATH_SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** With the `u` flag this matches only unpaired surrogates, which have no UTF-8 (BSON) form. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Matches nothing (an empty `$in` is valid in MongoDB and FerretDB). */
export const NEVER: MongoQuery = { _id: { $in: [] } };
const NOT_ARRAY = { $not: { $type: 'array' } };

/** Collection names are those of the SQLite adapter; the store's own collections start with `_`. */
export function checkCollectionName(collection: unknown): string {
  if (typeof collection !== 'string' || !COLLECTION_NAME.test(collection)) {
    throw new ReadStoreUsageError(`Invalid collection name ${JSON.stringify(collection)}`);
  }
  return collection;
}

export function checkField(field: unknown): string {
  if (field === '_id') return field;
  if (typeof field !== 'string' || !field.split('.').every((segment) => PATH_SEGMENT.test(segment))) {
    throw new ReadStoreUsageError(`Invalid field path ${JSON.stringify(field)}`);
  }
  return field;
}

/** A filter or cursor value: a string (valid Unicode), a finite number, a boolean or null. */
export function checkScalar(value: unknown, context: string): Scalar {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ReadStoreUsageError(`${context}: numbers must be finite`);
    return value;
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new ReadStoreUsageError(`${context}: string is not valid Unicode`);
    return value;
  }
  throw new ReadStoreUsageError(`${context}: expected a string, number, boolean or null`);
}

/** `a` and `a.b` for `a.b.c`. */
function properPrefixes(field: string): string[] {
  const segments = field.split('.');
  return segments.slice(1).map((_, i) => segments.slice(0, i + 1).join('.'));
}

export function and(parts: readonly MongoQuery[]): MongoQuery {
  if (parts.length === 0) return {};
  if (parts.length === 1) return parts[0] as MongoQuery;
  return { $and: parts };
}

function or(parts: readonly MongoQuery[]): MongoQuery {
  if (parts.length === 0) return NEVER;
  if (parts.length === 1) return parts[0] as MongoQuery;
  return { $or: parts };
}

/** The field holds a non-array value and `operators` hold for it; no prefix of the path is an array. */
function valueCondition(field: string, operators: Record<string, unknown>): MongoQuery {
  const own = { [field]: { ...operators, ...NOT_ARRAY } };
  return and([...properPrefixes(field).map((prefix) => ({ [prefix]: NOT_ARRAY })), own]);
}

/** The reference's "null or missing": no such field, a plain null, or a path that goes through an array. */
function nullish(field: string): MongoQuery {
  if (field === '_id') return NEVER; // every document has a string id
  return or([
    ...properPrefixes(field).map((prefix) => ({ [prefix]: { $type: 'array' } })),
    { [field]: { $exists: false } },
    { [field]: { $type: 'null', ...NOT_ARRAY } },
  ]);
}

function equals(field: string, value: Scalar): MongoQuery {
  return value === null ? nullish(field) : valueCondition(field, { $eq: value });
}

function not(query: MongoQuery): MongoQuery {
  return { $nor: [query] };
}

const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);

function conditionQuery(field: string, condition: FieldCondition): MongoQuery {
  const context = `Filter on ${field}`;
  if (condition === null || typeof condition !== 'object') return equals(field, checkScalar(condition, context));
  if (Array.isArray(condition)) throw new ReadStoreUsageError(`${context}: use { $in: [...] } for a list`);
  const parts: MongoQuery[] = [];
  const bounds: Record<string, Scalar> = {};
  for (const [op, raw] of Object.entries(condition as Record<string, unknown>)) {
    if (raw === undefined) continue;
    if (op === '$in') {
      if (!Array.isArray(raw)) throw new ReadStoreUsageError(`${context}: $in takes an array`);
      const values = raw.map((value) => checkScalar(value, context));
      const present = values.filter((value) => value !== null);
      parts.push(
        or([
          ...(present.length > 0 ? [valueCondition(field, { $in: present })] : []),
          ...(values.includes(null) ? [nullish(field)] : []),
        ]),
      );
    } else if (op === '$ne') {
      parts.push(not(equals(field, checkScalar(raw, context))));
    } else if (op === '$prefix') {
      if (typeof raw !== 'string') throw new ReadStoreUsageError(`${context}: $prefix takes a string`);
      checkScalar(raw, context);
      const upper = prefixUpperBound(raw);
      parts.push(valueCondition(field, upper === null ? { $gte: raw } : { $gte: raw, $lt: upper }));
    } else if (RANGE_OPERATORS.has(op)) {
      const bound = checkScalar(raw, context);
      if (bound !== null) bounds[op] = bound;
      // A null bound: `$gte`/`$lte` match null or missing, `$gt`/`$lt` nothing (the reference's rule).
      else parts.push(op === '$gte' || op === '$lte' ? nullish(field) : NEVER);
    } else {
      throw new ReadStoreUsageError(`${context}: unknown operator ${op}`);
    }
  }
  // Bounds on one field go into one condition, which an index answers as one range.
  if (Object.keys(bounds).length > 0) parts.push(valueCondition(field, bounds));
  return and(parts);
}

/** The MongoDB query of a port filter (`{}` when empty). */
export function filterQuery(filter: Filter): MongoQuery {
  if (filter === null || typeof filter !== 'object') throw new ReadStoreUsageError('A filter must be an object');
  return and(
    Object.entries(filter).map(([field, condition]) => {
      checkField(field);
      if (condition === undefined) throw new ReadStoreUsageError(`Filter on ${field}: undefined (use null)`);
      return conditionQuery(field, condition);
    }),
  );
}

export interface FindPlan {
  /** The filter and the keyset condition together. */
  query: MongoQuery;
  sort: Record<string, 1 | -1>;
  limit: number | undefined;
}

/**
 * The query, sort and limit of a `find`: ordered by (field, `_id`) in the sort's direction; MongoDB puts null and
 * missing first ascending (equal to each other), as the reference does. The cursor keeps the documents strictly
 * after (value, id): the rest of its value's run by `_id`, then the values beyond it — and, descending, the
 * null/missing part that comes last. A sort field holds one type (plus null/missing), as in the reference.
 */
export function findPlan(filter: Filter, options: FindOptions): FindPlan {
  const query = filterQuery(filter);
  const sortSpec = options.sort ?? { field: '_id', direction: 1 };
  const field = checkField(sortSpec.field);
  const direction = sortSpec.direction;
  if (direction !== 1 && direction !== -1) {
    throw new ReadStoreUsageError(`Sort direction must be 1 or -1, got ${String(direction)}`);
  }
  const limit = options.limit;
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) {
    throw new ReadStoreUsageError(`Limit must be a non-negative integer, got ${String(limit)}`);
  }
  const sort: Record<string, 1 | -1> = field === '_id' ? { _id: direction } : { [field]: direction, _id: direction };
  const after = options.after;
  if (after === undefined) return { query, sort, limit };

  if (typeof after.id !== 'string') throw new ReadStoreUsageError('Cursor id must be a string');
  const ascending = direction === 1;
  const idAfter = { _id: { [ascending ? '$gt' : '$lt']: after.id } };
  if (field === '_id') return { query: and([query, idAfter]), sort, limit };

  const value = checkScalar(after.value, 'Cursor value');
  let keyset: MongoQuery;
  if (value === null) {
    keyset = ascending ? or([and([nullish(field), idAfter]), not(nullish(field))]) : and([nullish(field), idAfter]);
  } else {
    const beyond = valueCondition(field, { [ascending ? '$gt' : '$lt']: value });
    const sameValueLater = and([valueCondition(field, { $eq: value }), idAfter]);
    keyset = or(ascending ? [beyond, sameValueLater] : [beyond, sameValueLater, nullish(field)]);
  }
  return { query: and([query, keyset]), sort, limit };
}
