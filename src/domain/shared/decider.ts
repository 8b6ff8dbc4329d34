import type { Event } from './event';

/**
 * A decider (Emmett's shape): pure functions over one stream's state. `decide` returns the new events or
 * throws a domain error before any event is built; `evolve` folds an event into the state and ignores
 * events it does not know.
 */
export interface Decider<State, Command, E extends Event, Context = undefined> {
  initialState(): State;
  evolve(state: State, event: E): State;
  decide(command: Command, state: State, context: Context): E[];
}

export function foldEvents<State, E extends Event>(
  decider: Pick<Decider<State, never, E, unknown>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event as E);
  return state;
}
