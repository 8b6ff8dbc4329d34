import type { Day } from '../../src/domain/shared/day';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The business day (China time) of an instant, or null for one that does not parse: a projection never throws on data. */
export function businessDayOrNull(instant: string): Day | null {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
