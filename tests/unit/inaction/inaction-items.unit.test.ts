import fc from 'fast-check';
import { overdueStretches, unattendedStretches } from '../../../projections/inaction/inaction-items';
import { cycleStandingOn, type CycleFacts } from '../../../src/domain/accountability/cycle';
import { orderStandingOn, type DatedRectificationEvent } from '../../../src/domain/rectification/order-status';
import type { RectificationEvent } from '../../../src/domain/rectification/rectification.events';
import { addDays, type Day } from '../../../src/domain/shared/day';
import { DEFAULT_COUNTING_KINDS, INSPECTION_KINDS } from '../../../src/domain/supervision/common';

/**
 * The stretches the inaction items are made of, against the rules walked day by day: on every day, a unit is overdue
 * in a bureau's scope with a due day exactly when one of its stretches holds that day with that due day; an order is
 * overdue with a deadline and a last attending act exactly when one of its stretches holds that day with them.
 */
const START: Day = '2019-01-01';
const day = (n: number): Day => addDays(START, n);
const BUREAUS = ['B1', 'B2'];

const facts: fc.Arbitrary<CycleFacts> = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: 0, max: 2200 }), { minLength: 1, maxLength: 4 }),
    bureaus: fc.array(fc.nat(1), { minLength: 4, maxLength: 4 }),
    open: fc.boolean(),
    inspections: fc.array(fc.record({ at: fc.integer({ min: 0, max: 2200 }), kind: fc.constantFrom(...INSPECTION_KINDS), withdrawn: fc.boolean(), bureau: fc.nat(1) }), { maxLength: 5 }),
  })
  .map(({ cuts, bureaus, open, inspections }) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const intervals = sorted.map((from, i) => ({ bureauId: BUREAUS[bureaus[i] as number] as string, from: day(from), to: i + 1 < sorted.length ? day(sorted[i + 1] as number) : open ? null : day(from + 900) }));
    return {
      intervals,
      inspections: inspections.map((x, i) => ({ inspectionId: `i${i}`, bureauId: BUREAUS[x.bureau] as string, kind: x.kind, day: day(x.at), withdrawn: x.withdrawn })),
    };
  });

describe('overdue stretches', () => {
  it('hold exactly the days on which the cycle rules find the unit overdue, with its due day', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const stretches = overdueStretches(f, DEFAULT_COUNTING_KINDS);
        for (let n = 0; n <= 3300; n += 1) {
          const d = day(n);
          const standing = cycleStandingOn(f, d, DEFAULT_COUNTING_KINDS);
          const holding = stretches.filter((s) => addDays(s.dueOn, 1) <= d && (s.to === null || d < s.to));
          const want = standing?.state === 'OVERDUE' ? [{ bureauId: standing.bureauId, dueOn: standing.dueOn }] : [];
          expect({ d, got: holding.map(({ bureauId, dueOn }) => ({ bureauId, dueOn })) }).toEqual({ d, got: want });
        }
      }),
      { seed: 20_261_128, numRuns: 20 },
    );
  }, 120_000);
});

const ATTENDING = new Set(['RectificationReportSubmitted', 'RectificationReviewed', 'RectificationFollowedUp', 'RectificationDeadlineExtended']);
const rectAct = (type: string, at: number, data: object = {}): DatedRectificationEvent => ({ event: { type, data } as RectificationEvent, day: day(at) });
const acts: fc.Arbitrary<{ orderedOn: Day; acts: DatedRectificationEvent[] }> = fc
  .record({
    orderedAt: fc.integer({ min: 0, max: 30 }),
    dataOrderedAt: fc.integer({ min: 0, max: 40 }),
    deadline: fc.integer({ min: 0, max: 60 }),
    more: fc.array(
      fc.record({ type: fc.constantFrom('RectificationDeadlineExtended', 'RectificationReportSubmitted', 'RectificationReviewed', 'RectificationFollowedUp'), at: fc.integer({ min: -5, max: 200 }), deadline: fc.integer({ min: 0, max: 200 }), accepted: fc.boolean() }),
      { maxLength: 6 },
    ),
  })
  .map(({ orderedAt, dataOrderedAt, deadline, more }) => ({
    orderedOn: day(dataOrderedAt),
    acts: [
      rectAct('RectificationOrdered', orderedAt, { deadline: day(orderedAt + deadline) }),
      ...more.map((m) => rectAct(m.type, m.at, m.type === 'RectificationDeadlineExtended' ? { deadline: day(m.at + m.deadline) } : m.type === 'RectificationReviewed' ? { outcome: m.accepted ? 'ACCEPTED' : 'REJECTED' } : {})),
    ],
  }));

describe('unattended stretches', () => {
  it('hold exactly the days on which the order is overdue, with the deadline and last attending act of that day', () => {
    fc.assert(
      fc.property(acts, ({ orderedOn, acts: list }) => {
        const stretches = unattendedStretches(orderedOn, list);
        for (let n = -10; n <= 500; n += 1) {
          const d = day(n);
          const standing = d >= orderedOn ? orderStandingOn(list, d) : null;
          const holding = stretches.filter((s) => s.from <= d && (s.to === null || d < s.to));
          let want: { deadline: Day; lastActOn: Day | null }[] = [];
          if (standing?.status === 'OVERDUE') {
            const lastActOn = list.reduce<Day | null>((last, a) => (a.day <= d && ATTENDING.has(a.event.type) && (last === null || a.day > last) ? a.day : last), null);
            want = [{ deadline: standing.deadline, lastActOn }];
          }
          expect({ d, got: holding.map(({ deadline, lastActOn }) => ({ deadline, lastActOn })) }).toEqual({ d, got: want });
        }
      }),
      { seed: 20_261_128, numRuns: 120 },
    );
  }, 120_000);
});
