import { createHash } from 'node:crypto';
import type { Decider } from '../domain/shared/decider';
import { ConflictError } from '../domain/shared/errors';
import type { Actor, Event, NewEvent, RecordedEvent } from '../domain/shared/event';
import { uuidv7 } from '../domain/shared/uuid';
import { WrongExpectedRevisionError } from '../eventstore/errors';
import type { EventStore } from '../eventstore/port';
import { canonicalJson } from '../ledger/canonical';

/** Who acts, when the act happened, and the ids that tie a request's events together. */
export interface CommandMetadata {
  actor: Actor;
  occurredAt: string;
  correlationId: string;
  causationId?: string | null;
  idempotencyKey?: string | null;
}

export interface CommandResult {
  streamId: string;
  /** The events the command appended (or had appended before, for a repeated idempotency key). */
  events: RecordedEvent[];
  /** Global position of the last event written; the stream's head position when nothing was written. */
  position: number;
  /** Revision of the stream's last event afterwards (-1: the stream does not exist). */
  revision: number;
  /** True when a repeated idempotency key answered with the first result: nothing was written now. */
  replayed?: boolean;
}

export interface HandleOptions<State, Command, E extends Event, Context> {
  store: EventStore;
  streamId: string;
  decider: Decider<State, Command, E, Context>;
  command: Command;
  metadata: CommandMetadata;
  schemaVersionOf: (type: E['type']) => number;
  /** Loads what the decision needs beyond this stream (another aggregate's state), given the current state. */
  loadContext: (state: State) => Promise<Context>;
}

/** Optimistic concurrency: a lost race is retried on fresh state, which the decider judges again. */
const MAX_ATTEMPTS = 5;

/** What a command decided on the stream as it was read: commit it, or throw it away. */
export interface Decision<E extends Event> {
  history: RecordedEvent[];
  decided: E[];
}

/**
 * Load → decide → append with the revision that was read. The decider throws for a broken rule before any
 * event is built, so a refused command writes nothing.
 */
export async function handleCommand<State, Command, E extends Event, Context>(
  options: HandleOptions<State, Command, E, Context>,
): Promise<CommandResult> {
  return commitDecision(options, await decideOn(options));
}

/**
 * Appends what was decided, expecting the stream unchanged since it was read. A lost race is decided again on
 * fresh state (the decider judges anew), a few times.
 */
export async function commitDecision<State, Command, E extends Event, Context>(
  options: HandleOptions<State, Command, E, Context>,
  first: Decision<E>,
): Promise<CommandResult> {
  const { store, streamId, metadata } = options;
  let decision = first;
  for (let attempt = 1; ; attempt++) {
    const { history, decided } = decision;
    const key = metadata.idempotencyKey;
    const digest = key ? inputDigest(streamId, options.command) : null;
    const earlier = key ? earlierResult(history, key, digest) : [];
    if (earlier.length > 0) return resultOf(streamId, earlier, history);
    const revision = history.length - 1;
    if (decided.length === 0) {
      const last = history[history.length - 1];
      return { streamId, events: [], position: last?.position ?? 0, revision };
    }
    const toAppend: NewEvent[] = decided.map((event) => ({
      id: uuidv7(),
      type: event.type,
      data: event.data,
      schemaVersion: options.schemaVersionOf(event.type),
      metadata: {
        actor: metadata.actor,
        occurredAt: metadata.occurredAt,
        correlationId: metadata.correlationId,
        causationId: metadata.causationId ?? null,
        idempotencyKey: key ?? null,
        ...(digest ? { inputDigest: digest } : {}),
      },
    }));
    try {
      const appended = await store.appendToStream(streamId, toAppend, {
        expectedRevision: revision < 0 ? 'no_stream' : revision,
      });
      return { streamId, events: appended.events, position: appended.lastPosition, revision: appended.nextExpectedRevision };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      decision = await decideOn(options);
    }
  }
}

/**
 * Load and decide without appending: what the command would write now, or the domain error it would meet.
 * A repeated idempotency key decides nothing (the first result stands) — but only after `loadContext`, where
 * services check that the actor may act on this stream: a replayed key is no way around scope.
 */
export async function decideOn<State, Command, E extends Event, Context>(
  options: Omit<HandleOptions<State, Command, E, Context>, 'schemaVersionOf'>,
): Promise<Decision<E>> {
  const { store, streamId, decider, metadata } = options;
  const history = await store.readStream(streamId);
  let state = decider.initialState();
  for (const event of history) state = decider.evolve(state, event as unknown as E);
  const context = await options.loadContext(state);
  const key = metadata.idempotencyKey;
  if (key && earlierResult(history, key, inputDigest(streamId, options.command)).length > 0) return { history, decided: [] };
  return { history, decided: decider.decide(options.command, state, context) };
}

/**
 * What a command asked, as a digest: the stream and the command as the service built it (record ids derived from the
 * key included). A retry asks the same; a different request under a used key does not.
 */
function inputDigest(streamId: string, command: unknown): string {
  return createHash('sha256').update(`${streamId}\n${canonicalJson(JSON.parse(JSON.stringify(command ?? null)))}`).digest('base64url');
}

/**
 * The events an earlier command with this idempotency key wrote on the stream (none: the key is new here). The same
 * key with a different request is refused (CONFLICT, IDEMPOTENCY_KEY_REUSED) rather than answered with a result that
 * is not this request's; events written before digests were kept carry none and are taken as the same request.
 */
function earlierResult(history: readonly RecordedEvent[], key: string, digest: string | null): RecordedEvent[] {
  const earlier = history.filter((e) => e.metadata.idempotencyKey === key);
  const stored = earlier[0]?.metadata.inputDigest;
  if (stored && digest && stored !== digest) {
    throw new ConflictError('This idempotency key was already used for a different request: use a new key for a new request', 'IDEMPOTENCY_KEY_REUSED', { idempotencyKey: key });
  }
  return earlier;
}

function resultOf(streamId: string, events: RecordedEvent[], history: RecordedEvent[]): CommandResult {
  const last = events[events.length - 1] as RecordedEvent;
  return { streamId, events, position: last.position, revision: history.length - 1, replayed: true };
}
