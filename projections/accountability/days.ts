import type { Day } from '../../src/domain/shared/day';
import { remembered } from '../../src/domain/shared/remembered';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An instant as the log writes them (UTC, to the second or millisecond), the hour apart. */
const CANONICAL = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?Z$/;
/** Per UTC date: the business day of its instants before 16:00 UTC and from 16:00 on (null: not a date). */
const businessDaysOf = remembered((date: string): readonly [Day, Day] | null => {
  const midnight = Date.parse(`${date}T00:00:00.000Z`);
  return Number.isNaN(midnight) ? null : [new Date(midnight).toISOString().slice(0, 10), new Date(midnight + 24 * 60 * 60 * 1000).toISOString().slice(0, 10)];
});

/**
 * The business day (China time) of an instant, or null for one that does not parse: a projection never throws on data.
 * Every projection asks it of every event: the log's own form is answered from its UTC date and hour (Date.parse and
 * toISOString were a tenth of a rebuild), anything else as Date.parse reads it.
 */
export function businessDayOrNull(instant: string): Day | null {
  const canonical = CANONICAL.exec(instant);
  if (canonical !== null) {
    const days = businessDaysOf(canonical[1] as string);
    if (days !== null) return Number(canonical[2]) * 60 * 60 * 1000 + CHINA_OFFSET_MS >= 24 * 60 * 60 * 1000 ? days[1] : days[0];
  }
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
