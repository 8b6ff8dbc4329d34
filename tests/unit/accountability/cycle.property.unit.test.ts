import fc from 'fast-check';
import { ACCOUNTABILITY_PROJECTIONS } from '../../../projections/accountability';
import { ProjectionRunner } from '../../../projections/runner';
import { AccountabilityService } from '../../../src/application/accountability.service';
import { knowledgeTime } from '../../../src/domain/accountability/known-facts';
import { addDays, dayOf } from '../../../src/domain/shared/day';
import type { Event, RecordedEvent } from '../../../src/domain/shared/event';
import { INSPECTION_KINDS, type InspectionKind } from '../../../src/domain/supervision/common';
import { MemoryReadStore } from '../../support/memory-read-store';
import { RecordedLog } from '../../support/recorded';
import { conducted, corrected, deregistered, registered, transferred, withdrawn } from './accountability.fixture';
import { referenceStandings, type ReferenceStanding } from './cycle.reference';

/**
 * Random histories — registrations, transfers, deregistrations and re-registrations, inspections of every kind and
 * by any bureau, corrections (some moving the day), withdrawals, and records back-dated by up to three years — are
 * projected into the read model (delivered in random batches, some twice) and asked, for a random day, knowledge
 * time and set of counting kinds, the cycle of every bureau and the standing of every unit. The answers must be
 * those of the plain reference, which replays the known events and walks the days one by one.
 */
const BUREAUS = ['330106', '330110', '330100'];
const UNITS = ['U-A', 'U-B', 'U-C', 'U-D'];
const CLOCK_START = Date.parse('2018-01-01T00:00:00.000Z');
const HOUR = 3_600_000;

type Act =
  | { type: 'register' | 'transfer' | 'deregister'; unit: number; bureau: number }
  | { type: 'inspect'; unit: number; bureau: number; kind: InspectionKind }
  | { type: 'correct'; target: number; dayShift: number | null }
  | { type: 'withdraw'; target: number };

interface Step {
  act: Act;
  /** Server clock advance before this record, in hours (0: the same instant as the previous record). */
  advanceHours: number;
  /** How long before its recording the act happened, in hours (back-dated records go back years). */
  backdateHours: number;
}

const unit = fc.nat(UNITS.length - 1);
const bureau = fc.nat(BUREAUS.length - 1);
const act: fc.Arbitrary<Act> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('register' as const), unit, bureau }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('transfer' as const), unit, bureau }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deregister' as const), unit, bureau }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('inspect' as const), unit, bureau, kind: fc.constantFrom(...INSPECTION_KINDS) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('correct' as const), target: fc.nat(20), dayShift: fc.option(fc.integer({ min: -800, max: 0 }), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('withdraw' as const), target: fc.nat(20) }) },
);
const step: fc.Arbitrary<Step> = fc.record({
  act,
  advanceHours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 24 * 60 })),
  backdateHours: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 * 1100 }) }),
});

/** The steps as recorded events: server time only moves forward; business time may lie far behind it. */
function record(steps: readonly Step[]): RecordedEvent[] {
  const log = new RecordedLog();
  const inspections: { id: string; unitId: string; bureauId: string; day: string }[] = [];
  let clock = CLOCK_START;
  for (const { act: a, advanceHours, backdateHours } of steps) {
    clock += advanceHours * HOUR;
    const occurredAt = new Date(Math.max(CLOCK_START, clock - backdateHours * HOUR)).toISOString();
    const day = dayOf(occurredAt);
    const target = 'target' in a ? inspections[a.target % Math.max(1, inspections.length)] : undefined;
    let event: Event | undefined;
    let streamId: string | undefined;
    switch (a.type) {
      case 'register':
        event = registered(UNITS[a.unit] as string, BUREAUS[a.bureau] as string);
        break;
      case 'transfer':
        event = transferred(UNITS[a.unit] as string, 'any', BUREAUS[a.bureau] as string);
        break;
      case 'deregister':
        event = deregistered(UNITS[a.unit] as string, BUREAUS[a.bureau] as string);
        break;
      case 'inspect': {
        const id = `i${inspections.length}`;
        inspections.push({ id, unitId: UNITS[a.unit] as string, bureauId: BUREAUS[a.bureau] as string, day });
        event = conducted(id, UNITS[a.unit] as string, BUREAUS[a.bureau] as string, day, a.kind);
        streamId = `inspection-${id}`;
        break;
      }
      case 'correct':
        if (!target) continue;
        event = corrected(target.id, target.unitId, target.bureauId, a.dayShift === null ? { conclusion: '更正' } : { day: addDays(day, a.dayShift) });
        streamId = `inspection-${target.id}`;
        break;
      case 'withdraw':
        if (!target) continue;
        event = withdrawn(target.id, target.unitId, target.bureauId);
        streamId = `inspection-${target.id}`;
        break;
    }
    log.record(event, { occurredAt, recordedAt: new Date(clock).toISOString(), ...(streamId && { streamId }) });
  }
  return log.events;
}

/** A random knowledge time: none, exactly a record's time, just before one, or anywhere. */
function knowledgeFrom(events: readonly RecordedEvent[], choice: number, pick: number, offsetHours: number): string | null {
  const chosen = events[pick % Math.max(1, events.length)];
  if (choice === 0 || !chosen) return null;
  const at = Date.parse(chosen.metadata.recordedAt);
  if (choice === 1) return new Date(at).toISOString();
  if (choice === 2) return new Date(at - 1).toISOString();
  return new Date(at + offsetHours * HOUR).toISOString();
}

const seen = { COVERED: 0, NOT_YET_DUE: 0, OVERDUE: 0, outOfScope: 0, knownDiffers: 0 };

describe('the cycle read model against a plain replay of the events', () => {
  it('agrees on every bureau and every unit, for random histories, days, knowledge times and counting kinds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 8, maxLength: 60 }),
        fc.tuple(fc.nat(100), fc.integer({ min: -60, max: 900 })),
        fc.tuple(fc.nat(3), fc.nat(100), fc.integer({ min: -2000, max: 2000 })),
        fc.subarray([...INSPECTION_KINDS], { minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 8 }),
        async (steps, [near, days], [choice, pick, offset], kinds, cuts) => {
          const events = record(steps);
          // A day near the history: some act's business day, moved by up to ~2.5 years.
          const nearEvent = events[near % Math.max(1, events.length)];
          const asOf = addDays(nearEvent ? dayOf(nearEvent.metadata.occurredAt) : '2018-01-01', days);
          const knownAt = knowledgeFrom(events, choice, pick, offset);

          const store = new MemoryReadStore();
          const runner = new ProjectionRunner(store, ACCOUNTABILITY_PROJECTIONS, (name, event, error) => {
            throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
          });
          // Random batches, overlapping now and then: delivery must not matter.
          for (let at = 0, i = 0; at < events.length; i++) {
            const size = cuts[i % cuts.length] as number;
            runner.apply(events.slice(Math.max(0, at - (i % 3 === 2 ? 2 : 0)), at + size));
            at += size;
          }
          const service = new AccountabilityService(store, kinds);
          const expected = referenceStandings(events, asOf, knownAt, kinds);
          const now = referenceStandings(events, asOf, null, kinds);

          const actual = await service.unitStandings(UNITS, asOf, knowledgeTime(knownAt));
          UNITS.forEach((unitId, i) => {
            const want = expected.get(unitId) ?? null;
            expect({ unitId, standing: actual[i] ?? null }).toEqual({ unitId, standing: want });
            if (want) seen[want.state]++;
            else seen.outOfScope++;
            if (JSON.stringify(want) !== JSON.stringify(now.get(unitId) ?? null)) seen.knownDiffers++;
          });

          for (const bureauId of BUREAUS) {
            const report = await service.bureauCycle(bureauId, asOf, knowledgeTime(knownAt));
            const inScope = [...expected.entries()].filter((e): e is [string, ReferenceStanding] => e[1]?.bureauId === bureauId);
            const overdue = inScope.filter(([, s]) => s.state === 'OVERDUE');
            expect(report).toMatchObject({
              unitsInScope: inScope.length,
              covered: inScope.filter(([, s]) => s.state === 'COVERED').length,
              notYetDue: inScope.filter(([, s]) => s.state === 'NOT_YET_DUE').length,
              overdue: overdue.length,
              met: overdue.length === 0,
            });
            const wanted = overdue
              .map(([unitId, s]) => ({ unitId, dueOn: s.dueOn, daysOverdue: s.daysOverdue, lastCountingInspectionOn: s.lastCountingInspectionOn, enteredScopeOn: s.enteredScopeOn }))
              .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.unitId < b.unitId ? -1 : 1));
            expect(report.overdueUnits.map(({ unitId, dueOn, daysOverdue, lastCountingInspectionOn, enteredScopeOn }) => ({ unitId, dueOn, daysOverdue, lastCountingInspectionOn, enteredScopeOn }))).toEqual(wanted);
          }
        },
      ),
      { seed: 20_261_205, numRuns: 400 },
    );
  }, 120_000);

  it('exercised every state, units out of scope, and knowledge times that change the answer', () => {
    
    expect(seen.COVERED).toBeGreaterThan(50);
    expect(seen.NOT_YET_DUE).toBeGreaterThan(50);
    expect(seen.OVERDUE).toBeGreaterThan(50);
    expect(seen.outOfScope).toBeGreaterThan(50);
    expect(seen.knownDiffers).toBeGreaterThan(50);
  });
});
