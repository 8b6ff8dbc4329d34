import { ValidationError } from './errors';

/**
 * Business days. Acts happen on days in China (UTC+8 all year, no daylight saving), so the day of an instant is
 * its date at +08:00: 2025-02-28T17:30Z is 1 March 01:30 in Beijing, a 1 March act. Days are ISO strings
 * 'YYYY-MM-DD', which sort like dates.
 */
export type Day = string;

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The business day (in China) of an ISO-8601 instant. */
export function dayOf(instant: string): Day {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new ValidationError(`${instant} is not a date and time`, 'occurredAt', 'INVALID_DATE');
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function requireDay(value: string, field: string): Day {
  if (!isDay(value)) throw new ValidationError(`${field} must be a date YYYY-MM-DD`, field, 'INVALID_DATE');
  return value;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The same calendar day `months` later (or earlier, when negative); the month's last day where that day does not
 * exist (31 March minus one month is 28 or 29 February). The two-year cycle is counted this way.
 */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
