import fc from 'fast-check';
import { bureauDecider, type BureauState } from '../../../src/domain/registry/bureau.decider';
import { DEREGISTRATION_REASONS, UNIT_CATEGORIES, UNIT_CLASSES, type UnitEvent } from '../../../src/domain/registry/registry.events';
import type { UnitCommand } from '../../../src/domain/registry/unit.commands';
import { bureauNeededFor, decideUnit } from '../../../src/domain/registry/unit.decider';
import { evolveUnit, initialUnitState, type UnitState } from '../../../src/domain/registry/unit.state';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import { AppError, RuleViolation } from '../../../src/domain/shared/errors';
import { findRegion, isWithin, NATION_CODE } from '../../../src/domain/shared/region';

/**
 * Random command sequences on one unit, each judged by decideUnit with the bureau the handler would load and
 * folded by evolveUnit when accepted. Pools are small so that collisions (same archivist, same bureau) are common.
 */

const UNIT_ID = makeCreditCode(777, { region: '330106' });
const OTHER_UNIT = makeCreditCode(778, { region: '330106' });

function established(code: string): BureauState {
  const region = code === NATION_CODE ? { code, name: '中华人民共和国', level: 'NATION' as const } : findRegion(code);
  if (!region) throw new Error(`no region ${code}`);
  return bureauDecider.evolve(bureauDecider.initialState(), {
    type: 'BureauEstablished',
    data: { bureauId: code, name: `${region.name}档案局`, level: region.level, region: { code, name: region.name } },
  });
}

/** Established bureaus; '330105' is named by commands but never established. */
const BUREAUS = new Map<string, BureauState>(['330106', '330102', '330100', '330000', '440000', NATION_CODE].map((c) => [c, established(c)]));
const bureauIds = fc.constantFrom('330106', '330102', '330100', '330000', '440000', NATION_CODE, '330105');
const regionCodes = fc.constantFrom('330106', '330102', '330105', '330100', '440106', '330199');
const archivistIds = fc.constantFrom('a-1', 'a-2', 'a-3', ' a-2 ', 'bad id');
/** Mostly valid text, so that commands get far enough to meet the rules that matter here. */
const text = fc.oneof({ arbitrary: fc.constantFrom('说明', '另一说明'), weight: 8 }, { arbitrary: fc.constantFrom('', '  ', 'x'.repeat(201)), weight: 1 });
const optionalText = fc.option(text, { nil: null });
const unitIdAsTyped = fc.constantFrom(UNIT_ID, UNIT_ID.toLowerCase(), `${UNIT_ID.slice(0, 9)} ${UNIT_ID.slice(9)}`);

const command: fc.Arbitrary<UnitCommand> = fc.oneof(
  fc.record({
    type: fc.constant('RegisterUnit' as const),
    data: fc.record({
      unitId: unitIdAsTyped,
      name: text,
      category: fc.constantFrom(...UNIT_CATEGORIES),
      unitClass: fc.option(fc.constantFrom(...UNIT_CLASSES), { nil: null }),
      regionCode: regionCodes,
      bureauId: bureauIds,
      address: optionalText,
      checkOverrideReason: fc.constant(null),
    }),
  }),
  fc.record({
    type: fc.constant('AmendUnitDetails' as const),
    data: fc.record(
      {
        unitId: fc.constant(UNIT_ID),
        name: text,
        address: optionalText,
        category: fc.constantFrom(...UNIT_CATEGORIES),
        regionCode: regionCodes,
        reason: optionalText,
      },
      { requiredKeys: ['unitId', 'reason'] },
    ),
  }),
  fc.record({
    type: fc.constant('ClassifyUnit' as const),
    data: fc.record({ unitId: fc.constant(UNIT_ID), unitClass: fc.constantFrom(...UNIT_CLASSES), reason: optionalText }),
  }),
  fc.record({
    type: fc.constant('TransferUnit' as const),
    data: fc.record({ unitId: fc.constant(UNIT_ID), toBureauId: bureauIds, reason: text }),
  }),
  fc.record({
    type: fc.constant('DeregisterUnit' as const),
    data: fc.record({
      unitId: fc.constant(UNIT_ID),
      reason: fc.constantFrom(...DEREGISTRATION_REASONS),
      mergedInto: fc.option(fc.constantFrom(OTHER_UNIT, UNIT_ID, 'garbage'), { nil: null }),
      note: optionalText,
    }),
  }),
  fc.record({
    type: fc.constant('AssignArchivist' as const),
    data: fc.record({ unitId: fc.constant(UNIT_ID), archivistId: archivistIds, name: text, partTime: fc.boolean(), duties: optionalText }),
  }),
  fc.record({
    type: fc.constant('ReleaseArchivist' as const),
    data: fc.record({ unitId: fc.constant(UNIT_ID), archivistId: archivistIds, reason: optionalText }),
  }),
);

type Step = { command: UnitCommand; before: UnitState; outcome: { events: UnitEvent[] } | { error: unknown } };

function run(commands: readonly UnitCommand[]): { state: UnitState; steps: Step[] } {
  let state = initialUnitState();
  const steps: Step[] = [];
  for (const cmd of commands) {
    const needed = bureauNeededFor(cmd, state);
    const context = { bureau: needed === null ? null : BUREAUS.get(needed) ?? bureauDecider.initialState() };
    const before = state;
    try {
      const events = decideUnit(cmd, state, context);
      state = events.reduce(evolveUnit, state);
      steps.push({ command: cmd, before, outcome: { events } });
    } catch (error) {
      steps.push({ command: cmd, before, outcome: { error } });
    }
    checkInvariants(state);
  }
  return { state, steps };
}

function checkInvariants(state: UnitState): void {
  if (state.status === 'unregistered') return;
  const ids = state.archivists.map((a) => a.archivistId);
  expect(new Set(ids).size).toBe(ids.length);
  if (state.status === 'deregistered') expect(state.archivists).toEqual([]);
  // The unit always lies within the region of the bureau that supervises it.
  const bureau = BUREAUS.get(state.bureauId);
  expect(bureau?.status).toBe('established');
  if (bureau?.status === 'established') expect(isWithin(state.regionCode, bureau.regionCode)).toBe(true);
}

describe('unit decider properties', () => {
  it('keeps archivist ids unique, and a unit always inside its bureau, whatever the commands', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        run(commands);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses every act but RegisterUnit on a deregistered unit, with UNIT_DEREGISTERED', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        for (const step of run(commands).steps) {
          if (step.before.status !== 'deregistered' || step.command.type === 'RegisterUnit') continue;
          expect('error' in step.outcome).toBe(true);
          if ('error' in step.outcome) {
            expect(step.outcome.error).toBeInstanceOf(RuleViolation);
            expect((step.outcome.error as RuleViolation).reason).toBe('UNIT_DEREGISTERED');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses only with domain errors, and every event names the unit by its normalised code', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        for (const step of run(commands).steps) {
          if ('error' in step.outcome) expect(step.outcome.error).toBeInstanceOf(AppError);
          else for (const event of step.outcome.events) expect(event.data.unitId).toBe(UNIT_ID);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reaches deregistered states and archivist collisions often enough to mean something', () => {
    const seen = { deregisteredThenActed: 0, duplicateAssign: 0 };
    fc.assert(
      fc.property(fc.array(command, { minLength: 10, maxLength: 40 }), (commands) => {
        for (const step of run(commands).steps) {
          if (step.before.status === 'deregistered' && step.command.type !== 'RegisterUnit') seen.deregisteredThenActed++;
          if ('error' in step.outcome && step.outcome.error instanceof AppError && step.outcome.error.reason === 'ARCHIVIST_ALREADY_ASSIGNED') {
            seen.duplicateAssign++;
          }
        }
      }),
      { numRuns: 200, seed: 20240601 },
    );
    expect(seen.deregisteredThenActed).toBeGreaterThan(50);
    expect(seen.duplicateAssign).toBeGreaterThan(10);
  });
});
