import type { Filter, FindOptions } from '../port';
import { type BindValue, bindScalar, fieldSql, filterToSql, ReadStoreUsageError, type SqlPart } from './filter-sql';

/** One SELECT of a `find`. With a limit its SQL ends in `LIMIT ?`: the rows still wanted, bound after `params`. */
export interface FindQuery {
  readonly sql: string;
  readonly params: readonly BindValue[];
}

/**
 * The SELECTs that answer a `find`, run in order until `limit` rows are found (see `findSegments`).
 * `table` must come from `tableName`.
 */
export function findQueries(table: string, filter: Filter, options: FindOptions): FindQuery[] {
  const where = filterToSql(filter);
  const limited = checkLimit(options.limit) !== undefined;
  return findSegments(options).map((segment) => ({
    sql:
      `SELECT doc FROM ${table} WHERE (${where.sql}) AND (${segment.where.sql}) ORDER BY ${segment.orderBy}` +
      (limited ? ' LIMIT ?' : ''),
    params: [...where.params, ...segment.where.params],
  }));
}

/** One ordered slice of a `find`: its own keyset condition and ORDER BY, queried after the previous slice. */
export interface FindSegment {
  readonly where: SqlPart;
  readonly orderBy: string;
}

const ALL: SqlPart = { sql: '1', params: [] };

/**
 * The ORDER BY and keyset conditions of a `find`. Order is (field, id) in the sort's direction, where SQLite
 * puts NULL (null or missing) first ascending and last descending — the reference order of `filter-match.ts`.
 *
 * A cursor inside the non-null values becomes `x >= v AND (x > v OR id > ?)` (mirrored for descending),
 * which the (expr, id) index answers by a seek. A single condition that also admitted the NULL part would
 * need an OR that SQLite answers by sorting every remaining row, so the rows after the cursor are read as up
 * to two segments: the rest of the cursor's part (null or non-null), then the whole other part if it comes
 * later in the order.
 */
export function findSegments(options: FindOptions): FindSegment[] {
  const sort = options.sort ?? { field: '_id', direction: 1 };
  if (sort.direction !== 1 && sort.direction !== -1) {
    throw new ReadStoreUsageError(`Sort direction must be 1 or -1, got ${String(sort.direction)}`);
  }
  const ascending = sort.direction === 1;
  const dir = ascending ? 'ASC' : 'DESC';
  const field = fieldSql(sort.field);
  const orderBy = sort.field === '_id' ? `id ${dir}` : `${field.value} ${dir}, id ${dir}`;
  const after = options.after;
  if (after === undefined) return [{ where: ALL, orderBy }];

  if (typeof after.id !== 'string') throw new ReadStoreUsageError('Cursor id must be a string');
  const idAfter = ascending ? '>' : '<';
  // Sorted by _id the cursor's id is its whole position; `after.value` is not consulted.
  if (sort.field === '_id') return [{ where: { sql: `id ${idAfter} ?`, params: [after.id] }, orderBy }];

  const x = field.value;
  const nullPart: SqlPart = { sql: `${x} IS NULL`, params: [] };
  const nonNullPart: SqlPart = { sql: `${x} IS NOT NULL`, params: [] };
  const value = bindScalar(after.value, 'Cursor value');
  if (value === null) {
    const restOfNulls = { sql: `${x} IS NULL AND id ${idAfter} ?`, params: [after.id] };
    return ascending
      ? [
          { where: restOfNulls, orderBy },
          { where: nonNullPart, orderBy },
        ]
      : [{ where: restOfNulls, orderBy }];
  }
  const [outer, strict] = ascending ? ['>=', '>'] : ['<=', '<'];
  const restOfValues = {
    sql: `${x} ${outer} ? AND (${x} ${strict} ? OR id ${idAfter} ?)`,
    params: [value, value, after.id],
  };
  return ascending
    ? [{ where: restOfValues, orderBy }]
    : [
        { where: restOfValues, orderBy },
        { where: nullPart, orderBy },
      ];
}

/** A limit is a whole number of rows, 0 included; undefined means no limit. */
export function checkLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new ReadStoreUsageError(`Limit must be a non-negative integer, got ${String(limit)}`);
  }
  return limit;
}
