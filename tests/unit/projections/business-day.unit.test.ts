import fc from 'fast-check';
import { businessDayOrNull } from '../../../projections/accountability/days';

/** What businessDayOrNull answered before its fast path: Date.parse, eight hours on, the UTC date of that. */
function byDateParse(instant: string): string | null {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : new Date(ms + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('businessDayOrNull', () => {
  it('answers as Date.parse does for any instant of the log, to the second or the millisecond', () => {
    const instant = fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2100-12-31T23:59:59Z') });
    fc.assert(
      fc.property(instant, fc.boolean(), (ms, millis) => {
        const iso = new Date(ms).toISOString();
        const text = millis ? iso : `${iso.slice(0, 19)}Z`;
        expect(businessDayOrNull(text)).toBe(byDateParse(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    '2024-05-31T15:59:59.999Z', // the last instant of a China day
    '2024-05-31T16:00:00.000Z', // the first of the next, and of the next month
    '2024-12-31T16:00:00Z', // of the next year
    '2024-02-28T16:00:00Z', // of a leap day
    '2021-02-30T00:00:00Z', // a day Date.parse rolls over into March
    '2021-13-01T00:00:00Z', // no month: null
    '2021-01-01T24:00:00Z', // the end of a day, as Date.parse takes it
    '2021-01-01T23:59:60Z', // a leap second: null, as Date.parse
    '2021-01-01T10:00:00.1234Z', // more digits
    '2021-01-01T10:00Z', // fewer
    '2021-01-01T20:00:00+08:00', // an offset
    '2021-01-01', // a date alone
    'not an instant',
    '',
  ])('answers %s as Date.parse does', (text) => {
    expect(businessDayOrNull(text)).toBe(byDateParse(text));
  });
});
