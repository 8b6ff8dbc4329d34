import { Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../domain/shared/errors';

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new ValidationError(`first must be between 1 and ${MAX_PAGE_SIZE}`, 'first', 'INVALID_PAGE_SIZE', { max: MAX_PAGE_SIZE });
  }
  return size;
}

/** Cursors are opaque to clients: a kind tag and a key, base64url-encoded. */
export function encodeCursor(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | null | undefined): string | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(`${kind}:`)) throw new ValidationError('Invalid cursor', 'after', 'INVALID_CURSOR');
  return text.slice(kind.length + 1);
}

/** Fetches one more than asked to learn whether a next page exists. */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => string): { nodes: T[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last === undefined ? null : cursorOf(last) } };
}
