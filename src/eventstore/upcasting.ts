import { INSPECTION_SCHEMA_VERSIONS } from '../domain/inspection/inspection.schema-versions';
import { INSPECTION_UPCASTERS } from '../domain/inspection/inspection.upcasters';
import { OVERSIGHT_SCHEMA_VERSIONS } from '../domain/oversight/oversight.events';
import { RECTIFICATION_SCHEMA_VERSIONS } from '../domain/rectification/rectification.versions';
import { REGISTRY_SCHEMA_VERSIONS } from '../domain/registry/registry.events';
import type { NewEvent, RecordedEvent } from '../domain/shared/event';
import type { AppendOptions, AppendResult, EventHandler, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from './port';

/**
 * Event evolution (STYLE.md, convention 1): events are never edited once stored, so an event type whose shape
 * changes gets a new schema version, and the old versions are brought to the current shape on read by a chain of
 * small pure steps (v1 → v2 → v3 …), each a function of the stored data (the event is handed over read-only, for
 * steps that need its envelope). Deciders, services and projections then only ever see the current shape.
 *
 * What must see the stored bytes never reads through this: the audit ledger hashes them (sealing, `npm run verify`,
 * the auditor's export), so it reads the raw store.
 */

/** Lifts an event's data by one version. */
export type UpcastStep = (data: object, event: Readonly<RecordedEvent>) => object;

/** One event type's steps, keyed by the version each lifts from (1: 1 → 2). */
export type UpcastSteps = Readonly<Record<number, UpcastStep>>;

/**
 * The log holds an event this code cannot read: a version newer than the code knows (the code is older than the
 * log: a rolled-back deployment, or an older server beside a newer one), or an old version no step lifts.
 */
export class SchemaVersionError extends Error {
  override readonly name = 'SchemaVersionError';

  constructor(
    message: string,
    readonly eventType: string,
    readonly schemaVersion: number,
    readonly currentVersion: number,
  ) {
    super(message);
  }
}

/** A flaw in a registry: a chain with a gap, a step beyond the current version, steps for a type it does not know. */
export interface ChainProblem {
  type: string;
  problem: string;
}

export class Upcasters {
  private readonly current: ReadonlyMap<string, number>;
  private readonly steps: ReadonlyMap<string, UpcastSteps>;

  constructor(currentVersions: Readonly<Record<string, number>>, steps: Readonly<Record<string, UpcastSteps>>) {
    this.current = new Map(Object.entries(currentVersions));
    this.steps = new Map(Object.entries(steps));
  }

  /** The current schema version of a type; undefined for a type this code does not know. */
  currentVersion(type: string): number | undefined {
    return this.current.get(type);
  }

  /** Every type this registry knows, with its current version. */
  types(): [type: string, currentVersion: number][] {
    return [...this.current];
  }

  /**
   * The event in the current shape of its type. An unknown type, or one already current, is answered as it is
   * (the same object, not a copy: the common case costs nothing). The answer's `schemaVersion` is the version its
   * data now has.
   */
  upcast(event: RecordedEvent): RecordedEvent {
    const current = this.current.get(event.type);
    if (current === undefined || event.schemaVersion === current) return event;
    const where = `event ${event.id} (${event.type}, position ${event.position})`;
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      const message = `The log holds ${where} with schema version ${String(event.schemaVersion)}, not a positive integer`;
      throw new SchemaVersionError(message, event.type, event.schemaVersion, current);
    }
    if (event.schemaVersion > current) {
      throw new SchemaVersionError(
        `The log holds ${where} at schema version ${event.schemaVersion}, but this code knows ${event.type} only up to version ${current}: ` +
          'the code is older than the log; run the version that wrote it, or a newer one',
        event.type,
        event.schemaVersion,
        current,
      );
    }
    const steps = this.steps.get(event.type) ?? {};
    let data: object = event.data;
    for (let version = event.schemaVersion; version < current; version += 1) {
      const step = steps[version];
      if (!step) {
        const message = `No upcaster lifts ${event.type} from version ${version} to ${version + 1} (${where})`;
        throw new SchemaVersionError(message, event.type, event.schemaVersion, current);
      }
      data = step(data, event);
    }
    return { ...event, schemaVersion: current, data };
  }

  /**
   * What keeps a chain from bringing every stored version to the current one: each type's steps must cover 1 → 2 →
   * … → current with nothing missing and nothing beyond, and name only known types. Empty when sound.
   */
  problems(): ChainProblem[] {
    const problems: ChainProblem[] = [];
    for (const [type, steps] of this.steps) {
      const current = this.current.get(type);
      if (current === undefined) {
        problems.push({ type, problem: 'steps for a type that has no current version' });
        continue;
      }
      for (const key of Object.keys(steps)) {
        const from = Number(key);
        if (!Number.isInteger(from) || from < 1 || from >= current) problems.push({ type, problem: `a step from version ${key}, outside 1..${current - 1}` });
      }
    }
    for (const [type, current] of this.current) {
      if (!Number.isInteger(current) || current < 1) {
        problems.push({ type, problem: `current version ${current} is not a positive integer` });
        continue;
      }
      const steps = this.steps.get(type) ?? {};
      for (let from = 1; from < current; from += 1) {
        if (typeof steps[from] !== 'function') problems.push({ type, problem: `no step from version ${from} to ${from + 1}` });
      }
    }
    return problems;
  }
}

/** The current version of every event type the code writes (the areas' version tables, each its own source). */
export const CURRENT_SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  ...REGISTRY_SCHEMA_VERSIONS,
  ...INSPECTION_SCHEMA_VERSIONS,
  ...RECTIFICATION_SCHEMA_VERSIONS,
  ...OVERSIGHT_SCHEMA_VERSIONS,
};

/** Every area's steps. A new version of a type: bump it in its area's table and add its step here. */
export const EVENT_UPCASTERS = new Upcasters(CURRENT_SCHEMA_VERSIONS, {
  ...INSPECTION_UPCASTERS,
});

/** An event in the current shape of its type (see Upcasters.upcast). */
export const upcast = (event: RecordedEvent): RecordedEvent => EVENT_UPCASTERS.upcast(event);

/**
 * Any event store, read in the current shapes: readStream, readAll, subscribeToAll and the events of an append's
 * result come out upcast. Appends pass through untouched (new events are written in the current version). Hand this
 * to services, projections and resolvers; hand `raw` to the audit ledger, which hashes what is stored.
 */
export class UpcastingEventStore implements EventStore {
  constructor(
    readonly raw: EventStore,
    private readonly upcasters: Upcasters = EVENT_UPCASTERS,
  ) {}

  private upcastAll(events: RecordedEvent[]): RecordedEvent[] {
    return events.map((event) => this.upcasters.upcast(event));
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    const result = await this.raw.appendToStream(streamId, events, options);
    // An idempotent replay answers the events already stored, which may be of an older version.
    return { ...result, events: this.upcastAll(result.events) };
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.raw.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.raw.readAll(options));
  }

  subscribeToAll(handler: EventHandler, options?: SubscribeOptions): Subscription {
    return this.raw.subscribeToAll((event) => handler(this.upcasters.upcast(event)), options);
  }

  headPosition(): Promise<number> {
    return this.raw.headPosition();
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}
