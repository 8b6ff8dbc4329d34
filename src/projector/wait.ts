import { ServiceUnavailableError, ValidationError } from '../domain/shared/errors';
import type { ProjectionProgress } from './target';

/**
 * Read-your-writes across instances. A mutation answers the position it wrote; a query sent with
 * `x-min-position: N` is executed only once the projections have applied the log up to N, or is refused with
 * SERVICE_UNAVAILABLE / PROJECTION_LAG (and the position reached) when that takes longer than
 * READ_YOUR_WRITES_TIMEOUT_MS. In the embedded mode the projections move in the append's transaction, so every
 * acknowledged position is already applied and the wait returns at once.
 */

export const MIN_POSITION_HEADER = 'x-min-position';

export class ProjectionLagError extends ServiceUnavailableError {
  constructor(minPosition: number, position: number, timeoutMs: number) {
    super(
      `The read models reached position ${position}, not ${minPosition}, within ${timeoutMs} ms; retry later`,
      'PROJECTION_LAG',
      { position, minPosition },
    );
  }
}

/** The header's position, or null when absent; anything but a non-negative integer is refused. */
export function parseMinPosition(header: string | string[] | undefined): number | null {
  if (header === undefined) return null;
  const raw = (Array.isArray(header) ? header.join(',') : header).trim();
  const value = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) {
    throw new ValidationError(`The ${MIN_POSITION_HEADER} header must be a non-negative integer`, MIN_POSITION_HEADER, 'INVALID_MIN_POSITION');
  }
  return value;
}

export interface PositionWaiter {
  /** Resolves with the position reached (at least `minPosition`); rejects with ProjectionLagError on timeout. */
  waitFor(minPosition: number): Promise<number>;
}

export interface WaiterOptions {
  /** The projections move in the append's transaction (embedded mode): nothing to wait for. */
  inline: boolean;
  timeoutMs: number;
  /** How often the store is asked while waiting. Default 25 ms. */
  pollMs?: number;
}

/**
 * Waits by asking the store for the lowest checkpoint. Concurrent waiters share one question at a time (with many
 * waiting requests the store is asked once per poll, not once per request), and a position once seen is kept:
 * checkpoints only move forwards.
 */
export function createPositionWaiter(progress: Pick<ProjectionProgress, 'position'>, options: WaiterOptions): PositionWaiter {
  const pollMs = options.pollMs ?? 25;
  let known = 0;
  let askedAt = -Infinity;
  let asking: Promise<number> | null = null;
  const ask = (): Promise<number> => {
    if (asking) return asking;
    // An answer younger than one poll is as good as a new one: waiters that wake at different moments share it.
    if (Date.now() - askedAt < pollMs) return Promise.resolve(known);
    askedAt = Date.now();
    asking = progress
      .position()
      .then((position) => (known = Math.max(known, position)))
      .finally(() => {
        asking = null;
      });
    return asking;
  };

  return {
    async waitFor(minPosition) {
      if (options.inline) return minPosition;
      if (minPosition <= known) return known;
      const deadline = Date.now() + options.timeoutMs;
      for (;;) {
        const position = await ask();
        if (position >= minPosition) return position;
        const left = deadline - Date.now();
        if (left <= 0) throw new ProjectionLagError(minPosition, position, options.timeoutMs);
        await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, left)));
      }
    },
  };
}
