import type { FieldCondition, Filter, Scalar } from '../port';

/**
 * Translates port filters into SQL over `rm_<collection>(id, doc)`, with the semantics of
 * `readstore/memory/filter-match.ts`. Only validated identifiers are ever written into the SQL text; every
 * value is bound. A field reads as `json_extract(doc, '$.path')` — the very expression the indexes are built
 * on, so that SQLite uses them — and a `json_type` check keeps comparisons type-strict (json_extract gives
 * 1/0 for JSON true/false, and JSON text for objects and arrays).
 */

export type BindValue = string | number | null;

export interface SqlPart {
  readonly sql: string;
  readonly params: readonly BindValue[];
}

/** A query the port cannot express or a name that is not allowed: a bug in the caller, not bad user input. */
export class ReadStoreUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadStoreUsageError';
  }
}

export const CHECKPOINT_TABLE = 'rm_checkpoints';
const COLLECTION_NAME = /^[a-z][a-z0-9_]*$/;
const PATH_SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** With the `u` flag this matches only unpaired surrogates, which have no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export function tableName(collection: string): string {
  const table = `rm_${collection}`;
  if (typeof collection !== 'string' || !COLLECTION_NAME.test(collection) || table === CHECKPOINT_TABLE) {
    throw new ReadStoreUsageError(`Invalid collection name ${JSON.stringify(collection)}`);
  }
  return table;
}

/** SQL for a field's value and its JSON type; `_id` is the primary-key column. */
export interface FieldSql {
  readonly value: string;
  readonly type: string;
}

export function fieldSql(field: string): FieldSql {
  if (field === '_id') return { value: 'id', type: `'text'` };
  if (typeof field !== 'string' || !field.split('.').every((segment) => PATH_SEGMENT.test(segment))) {
    throw new ReadStoreUsageError(`Invalid field path ${JSON.stringify(field)}`);
  }
  const path = `'$.${field}'`;
  return { value: `json_extract(doc, ${path})`, type: `json_type(doc, ${path})` };
}

/** Checks a filter or cursor value and binds it as SQLite sees JSON: booleans become 1/0. */
export function bindScalar(value: unknown, context: string): BindValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
      return value ? 1 : 0;
    case 'number':
      if (!Number.isFinite(value)) throw new ReadStoreUsageError(`${context}: numbers must be finite`);
      return value;
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new ReadStoreUsageError(`${context}: string is not valid Unicode`);
      return value;
    default:
      throw new ReadStoreUsageError(`${context}: expected a string, number, boolean or null`);
  }
}

/** A condition that is never NULL (so that NOT works): a missing field makes `json_type(..) IS 'x'` false. */
function typeCheck(field: FieldSql, value: string | number | boolean): string {
  switch (typeof value) {
    case 'string':
      return `${field.type} IS 'text'`;
    case 'number':
      return `(${field.type} IS 'integer' OR ${field.type} IS 'real')`;
    case 'boolean':
      return `(${field.type} IS 'true' OR ${field.type} IS 'false')`;
  }
}

function equalsSql(field: FieldSql, value: Scalar, context: string): SqlPart {
  const bound = bindScalar(value, context);
  if (value === null) return { sql: `${field.value} IS NULL`, params: [] };
  if (typeof value === 'boolean') {
    return { sql: `(${field.value} = ? AND ${field.type} IS '${String(value)}')`, params: [bound] };
  }
  return { sql: `(${field.value} = ? AND ${typeCheck(field, value)})`, params: [bound] };
}

function inSql(field: FieldSql, values: unknown, context: string): SqlPart {
  if (!Array.isArray(values)) throw new ReadStoreUsageError(`${context}: $in takes an array`);
  const parts: SqlPart[] = [];
  // Strings and numbers go in one IN list each, which SQLite answers from the expression index.
  for (const kind of ['string', 'number'] as const) {
    const same = values.filter((value) => typeof value === kind);
    if (same.length === 0) continue;
    const params = same.map((value) => bindScalar(value, context));
    const sample = same[0] as string | number;
    parts.push({
      sql: `(${field.value} IN (${params.map(() => '?').join(', ')}) AND ${typeCheck(field, sample)})`,
      params,
    });
  }
  for (const value of values) {
    if (value === null || typeof value === 'boolean') parts.push(equalsSql(field, value, context));
    else bindScalar(value, context);
  }
  return join(parts, ' OR ');
}

const RANGE_OPERATORS = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' } as const;
type RangeOperator = keyof typeof RANGE_OPERATORS;

function rangeSql(field: FieldSql, op: RangeOperator, value: Scalar, context: string): SqlPart {
  const bound = bindScalar(value, context);
  if (value === null) return { sql: op === '$gte' || op === '$lte' ? `${field.value} IS NULL` : '0', params: [] };
  return { sql: `(${field.value} ${RANGE_OPERATORS[op]} ? AND ${typeCheck(field, value)})`, params: [bound] };
}

/**
 * Prefixes become a range, so the index serves them and `%`/`_` mean nothing: in code-point order the
 * strings starting with P are exactly those in [P, P'), P' being P with its last code point incremented
 * (code points at U+10FFFF are dropped first; none left means no upper bound).
 */
export function prefixUpperBound(prefix: string): string | null {
  const codePoints = Array.from(prefix, (char) => char.codePointAt(0) as number);
  while (codePoints.length > 0) {
    const last = codePoints.pop() as number;
    if (last < 0x10ffff) {
      // U+D800..U+DFFF are not characters; the next one after U+D7FF is U+E000.
      codePoints.push(last === 0xd7ff ? 0xe000 : last + 1);
      return String.fromCodePoint(...codePoints);
    }
  }
  return null;
}

function prefixSql(field: FieldSql, prefix: unknown, context: string): SqlPart {
  if (typeof prefix !== 'string') throw new ReadStoreUsageError(`${context}: $prefix takes a string`);
  const lower = bindScalar(prefix, context);
  const upper = prefixUpperBound(prefix);
  if (upper === null) return { sql: `(${field.value} >= ? AND ${field.type} IS 'text')`, params: [lower] };
  return {
    sql: `(${field.value} >= ? AND ${field.value} < ? AND ${field.type} IS 'text')`,
    params: [lower, upper],
  };
}

function conditionSql(fieldName: string, condition: FieldCondition): SqlPart {
  const field = fieldSql(fieldName);
  const context = `Filter on ${fieldName}`;
  if (condition === null || typeof condition !== 'object') return equalsSql(field, condition, context);
  if (Array.isArray(condition)) throw new ReadStoreUsageError(`${context}: use { $in: [...] } for a list`);
  const parts: SqlPart[] = [];
  for (const [op, value] of Object.entries(condition as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (op === '$in') parts.push(inSql(field, value, context));
    else if (op === '$ne') parts.push(negate(equalsSql(field, value as Scalar, context)));
    else if (op === '$prefix') parts.push(prefixSql(field, value, context));
    else if (op in RANGE_OPERATORS) parts.push(rangeSql(field, op as RangeOperator, value as Scalar, context));
    else throw new ReadStoreUsageError(`${context}: unknown operator ${op}`);
  }
  return join(parts, ' AND ');
}

/** The WHERE condition of a filter ('1' when empty). */
export function filterToSql(filter: Filter): SqlPart {
  if (filter === null || typeof filter !== 'object') throw new ReadStoreUsageError('A filter must be an object');
  const parts = Object.entries(filter).map(([field, condition]) => {
    if (condition === undefined) throw new ReadStoreUsageError(`Filter on ${field}: undefined (use null)`);
    return conditionSql(field, condition);
  });
  return join(parts, ' AND ');
}

function negate(part: SqlPart): SqlPart {
  return { sql: `NOT (${part.sql})`, params: part.params };
}

/** Joins conditions; no conditions is true for AND and false for OR. */
export function join(parts: readonly SqlPart[], operator: ' AND ' | ' OR '): SqlPart {
  if (parts.length === 0) return { sql: operator === ' AND ' ? '1' : '0', params: [] };
  if (parts.length === 1) return parts[0] as SqlPart;
  return { sql: `(${parts.map((part) => part.sql).join(operator)})`, params: parts.flatMap((part) => part.params) };
}
