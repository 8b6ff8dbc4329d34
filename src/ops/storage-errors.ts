import type { GraphQLFormattedError } from 'graphql';

/** Why the store could not do its work, as the client sees it (extensions.reason of SERVICE_UNAVAILABLE). */
export type StorageFailure = 'STORAGE_FULL' | 'STORAGE_READ_ONLY' | 'STORAGE_IO_ERROR' | 'STORAGE_BUSY';

/** SQLite's result codes (extended codes start with these) that say the disk, not the request, is at fault. */
const SQLITE_CODES: readonly [prefix: string, failure: StorageFailure][] = [
  ['SQLITE_FULL', 'STORAGE_FULL'],
  ['SQLITE_READONLY', 'STORAGE_READ_ONLY'],
  ['SQLITE_IOERR', 'STORAGE_IO_ERROR'],
  ['SQLITE_CANTOPEN', 'STORAGE_IO_ERROR'],
  ['SQLITE_BUSY', 'STORAGE_BUSY'],
];

/** The storage failure inside an error, wherever graphql-js, Apollo or the event store wrapped it. */
export function storageFailureIn(error: unknown): { failure: StorageFailure; code: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { code, originalError, cause } = current as { code?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof code === 'string') {
      const match = SQLITE_CODES.find(([prefix]) => code.startsWith(prefix));
      if (match) return { failure: match[1], code };
    }
    current = originalError ?? cause;
  }
  return undefined;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * A disk that is full, read-only or failing is not a bug in the request: it answers SERVICE_UNAVAILABLE with the
 * reason (the client may retry later; nothing was written, the transaction rolled back), instead of the
 * INTERNAL_SERVER_ERROR an unknown error gets. Everything else goes to the app's formatError unchanged.
 */
export function withStorageErrors(format: FormatError, onFailure: (failure: StorageFailure, sqliteCode: string) => void): FormatError {
  return (formatted, error) => {
    const found = storageFailureIn(error);
    if (!found) return format(formatted, error);
    try {
      onFailure(found.failure, found.code);
    } catch {
      // Reporting must not stop the answer.
    }
    return {
      message: 'The store cannot take writes right now; nothing was written. Retry later.',
      ...(formatted.path && { path: formatted.path }),
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: found.failure },
    };
  };
}
