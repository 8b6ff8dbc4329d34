import { closeSync, fsyncSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The stable start-up failure of a data folder the server cannot write (read-only, full, wrong owner). */
export class DataDirError extends Error {
  readonly code = 'DATA_DIR_NOT_WRITABLE';

  constructor(
    readonly dataDir: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(`${'DATA_DIR_NOT_WRITABLE'}: the data folder ${dataDir} cannot be written (${cause.code ?? 'error'}): the embedded store needs to create and write files there`);
  }
}

/** The exit code of a start-up refused for its data folder (2 is a configuration error, 1 anything else). */
export const EXIT_DATA_DIR_NOT_WRITABLE = 3;

/**
 * Proves, before any store opens, that the data folder takes a new file and a synced write, and that the store's
 * existing files may be written: SQLite would otherwise fail later and obscurely (a read-only WAL, a key that
 * cannot be saved), or, worse, open read-only and fail on the first append.
 */
export function assertDataDirWritable(dataDir: string, existingFiles: readonly string[] = []): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = path.join(dataDir, `.write-probe-${process.pid}`);
    const fd = openSync(probe, 'w', 0o600);
    try {
      writeSync(fd, 'probe');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      unlinkSync(probe);
    }
    for (const file of existingFiles) {
      let handle: number;
      try {
        handle = openSync(file, 'r+');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      closeSync(handle);
    }
  } catch (error) {
    throw new DataDirError(dataDir, error as NodeJS.ErrnoException);
  }
}
