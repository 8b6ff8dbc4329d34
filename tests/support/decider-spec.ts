import type { Decider } from '../../src/domain/shared/decider';
import { AppError } from '../../src/domain/shared/errors';
import type { Event } from '../../src/domain/shared/event';

/**
 * Given/When/Then specifications for deciders, in the manner of Emmett's `DeciderSpecification`:
 *
 *   const spec = DeciderSpecification.for(unitDecider, { bureau: null });
 *   spec.given([registered]).when(classify).then([classified]);
 *   spec.given([]).when(classify).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
 *
 * The given events and every state folded from them are deep-frozen, so a decider or `evolve` that mutates its
 * input fails the spec instead of passing by accident.
 */

/** A domain error class, as `thenThrows` receives it (constructor arguments do not matter here). */
export type ErrorClass<E extends AppError> = abstract new (...args: never[]) => E;

/** What a refusal must carry: the stable code and reason, and optionally the field and some details. */
export interface ErrorExpectation<E extends AppError> {
  code: E['code'];
  reason: string;
  /** For validation errors: the offending input. */
  field?: string;
  /** Matched as a subset of the error's details. */
  details?: Record<string, unknown>;
}

export interface ThenClause<E extends Event> {
  /** The decider emits exactly these events, in this order. */
  then(expected: readonly E[]): void;
  /** The decider refuses with this error class, code and reason (and passes `predicate`, when given). */
  thenThrows<Err extends AppError>(
    errorClass: ErrorClass<Err>,
    expected: ErrorExpectation<Err>,
    predicate?: (error: Err) => boolean,
  ): void;
  /** The command is accepted and changes nothing: no events, no error. */
  thenNothingHappened(): void;
}

export interface WhenClause<Command, E extends Event, Context> {
  /** `context` defaults to the one given to `DeciderSpecification.for`. */
  when(command: Command, context?: Context): ThenClause<E>;
}

export interface DeciderSpec<Command, E extends Event, Context> {
  given(events: readonly E[]): WhenClause<Command, E, Context>;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Structured copies: freezing must never reach the caller's own fixtures. */
const copy = <T>(value: T): T => structuredClone(value);

type Outcome<E> = { kind: 'events'; events: E[] } | { kind: 'error'; error: unknown };

function describeOutcome<E>(outcome: Outcome<E>): string {
  if (outcome.kind === 'events') return `events ${JSON.stringify(outcome.events)}`;
  const error = outcome.error;
  if (error instanceof AppError) return `${error.name} ${error.code}/${error.reason}: ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function specify<State, Command, E extends Event, Context>(
  decider: Decider<State, Command, E, Context>,
  defaultContext: Context,
): DeciderSpec<Command, E, Context> {
  return {
    given(givenEvents) {
      return {
        when(command, context) {
          const run = (): Outcome<E> => {
            let state = deepFreeze(decider.initialState());
            for (const event of copy(givenEvents)) state = deepFreeze(decider.evolve(state, deepFreeze(event)));
            try {
              const ctx = context === undefined ? defaultContext : context;
              return { kind: 'events', events: decider.decide(deepFreeze(copy(command)), state, deepFreeze(copy(ctx))) };
            } catch (error) {
              return { kind: 'error', error };
            }
          };
          return {
            then(expected) {
              const outcome = run();
              if (outcome.kind === 'error') throw new Error(`Expected events, but the decider threw ${describeOutcome(outcome)}`);
              expect(outcome.events).toEqual(expected);
            },
            thenNothingHappened() {
              const outcome = run();
              if (outcome.kind === 'error') throw new Error(`Expected nothing to happen, but the decider threw ${describeOutcome(outcome)}`);
              expect(outcome.events).toEqual([]);
            },
            thenThrows(errorClass, expected, predicate) {
              const outcome = run();
              if (outcome.kind === 'events') {
                throw new Error(`Expected ${errorClass.name} ${expected.code}/${expected.reason}, but got ${describeOutcome(outcome)}`);
              }
              const error = outcome.error;
              if (!(error instanceof errorClass)) {
                throw new Error(`Expected ${errorClass.name}, but the decider threw ${describeOutcome(outcome)}`);
              }
              expect({ code: error.code, reason: error.reason }).toEqual({ code: expected.code, reason: expected.reason });
              if (expected.field !== undefined) expect(error.details).toMatchObject({ field: expected.field });
              if (expected.details !== undefined) expect(error.details).toMatchObject(expected.details);
              if (predicate && !predicate(error)) {
                throw new Error(`${errorClass.name} ${error.reason} did not satisfy the predicate: ${error.message}`);
              }
            },
          };
        },
      };
    },
  };
}

export const DeciderSpecification = {
  /** A decider without context (e.g. the bureau's). */
  for: forDecider,
};

function forDecider<State, Command, E extends Event>(decider: Decider<State, Command, E, undefined>): DeciderSpec<Command, E, undefined>;
/** A decider with context: `defaultContext` is used where `when` is given none. */
function forDecider<State, Command, E extends Event, Context>(
  decider: Decider<State, Command, E, Context>,
  defaultContext: Context,
): DeciderSpec<Command, E, Context>;
function forDecider<State, Command, E extends Event, Context>(
  decider: Decider<State, Command, E, Context>,
  defaultContext?: Context,
): DeciderSpec<Command, E, Context> {
  return specify(decider, defaultContext as Context);
}
