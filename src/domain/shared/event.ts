/**
 * The event envelope shared by every area of the domain and every store adapter.
 * Events are plain, serialisable records (JSON), never edited once stored.
 */

export type ActorRole =
  | 'NATIONAL_ADMIN'
  | 'BUREAU_STAFF'
  | 'AUDITOR'
  | 'ANALYST'
  | 'UNIT_REPORTER'
  | 'SYSTEM';

export interface Actor {
  /** Who did it: a person's or a system's stable id. */
  id: string;
  role: ActorRole;
  /** The bureau the actor acts for, when the role is bound to one. */
  bureauId?: string | null;
  /** The unit the actor acts for (unit reporters). */
  unitId?: string | null;
  /** The region whose subtree the actor may read (auditors, analysts). */
  regionCode?: string | null;
}

/** Metadata the caller supplies with a command; `recordedAt` is added by the store. */
export interface EventMetadataInput {
  actor: Actor;
  /** Business time: when the act happened, given by the caller (ISO-8601). */
  occurredAt: string;
  correlationId: string;
  causationId?: string | null;
  /** The idempotency key of the command that produced the event, if any. */
  idempotencyKey?: string | null;
  /** With an idempotency key: a digest of the request, so that the key reused for another request is refused. */
  inputDigest?: string | null;
}

export interface EventMetadata extends EventMetadataInput {
  /** Server time at which the store recorded the event (ISO-8601, UTC). */
  recordedAt: string;
}

/** An event as a decider emits it: type and data only. */
export interface Event<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
}

/** An event ready to append: id, schema version and metadata attached. */
export interface NewEvent<Type extends string = string, Data extends object = object>
  extends Event<Type, Data> {
  /** Time-ordered id (UUIDv7). Appending the same id again is a no-op. */
  id: string;
  schemaVersion: number;
  metadata: EventMetadataInput;
}

/** An event as stored: with its stream, revision in that stream and global position. */
export interface RecordedEvent<Type extends string = string, Data extends object = object>
  extends Event<Type, Data> {
  id: string;
  schemaVersion: number;
  streamId: string;
  /** 0-based revision of the event within its stream. */
  revision: number;
  /** 1-based position in the global order of the whole log. */
  position: number;
  metadata: EventMetadata;
}
