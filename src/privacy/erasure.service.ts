import { ConflictError, NotFoundError, ServiceUnavailableError, ValidationError } from '../domain/shared/errors';
import type { Actor, RecordedEvent } from '../domain/shared/event';
import { uuidv7 } from '../domain/shared/uuid';
import { WrongExpectedRevisionError } from '../eventstore/errors';
import type { EncryptingEventStore } from './encrypting-event-store';
import type { KeyStore } from './key-store';
import { privacyStreamId, PRIVACY_SCHEMA_VERSIONS, type PersonalDataErased } from './privacy.events';
import { BLOCKER_REASONS, footprintOf, type ErasureBlocker } from './retention';

export interface ErasureRequest {
  subjectId: string;
  legalBasis: string;
  actor: Actor;
  correlationId: string;
  occurredAt: string;
}

export interface ErasureResult {
  subjectId: string;
  position: number;
  eventIds: string[];
  /** Keys destroyed now (0 when the subject never had one, e.g. named only before encryption was on). */
  keysDestroyed: number;
}

export interface ErasureDependencies {
  /** The decrypting store: appends go through it, and its gate holds appends while the read models are rebuilt. */
  log: EncryptingEventStore;
  /** The key store (any adapter: SQLite's answers at once, a server's asynchronously). */
  keys: KeyStore;
  blockers: readonly ErasureBlocker[];
  /**
   * How the read models lose the plaintext:
   * - a function: drops every read model and replays the log into it (which now reads the marker for the erased
   *   fields), here, with appends held (the embedded store, whose appends project inline);
   * - 'projector': the writer of the read models (the projector loop of an API instance, or `npm run projector`)
   *   does it when it applies the PersonalDataErased event (src/projector/erasures.ts), wherever it runs;
   * - null: nobody can (the embedded log with its read models in MongoDB, written by no projector that knows of
   *   erasures): erasure is refused rather than leave the plaintext in them.
   */
  rebuildReadModels: (() => Promise<void>) | 'projector' | null;
  /** Rewrites the data file and empties its WAL, so that no freed page still holds the plaintext (the embedded file). */
  compact?: () => void;
}

const MAX_SUBJECT_ID = 200;

/** Who records an erasure the log lost (a data file restored from before it). */
const RESTORE_ACTOR: Actor = { id: 'system:privacy-replay', role: 'SYSTEM' };

/** Rethrows anything but the stream already existing (the erasure already recorded). */
function ignoreAlreadyRecorded(error: unknown): void {
  if (!(error instanceof WrongExpectedRevisionError)) throw error;
}
const MAX_LEGAL_BASIS = 2000;

/**
 * erasePersonalData: the subject's personal fields become unreadable everywhere (crypto-shredding), while every
 * supervisory act stays in the log, intact and provable. In order: checks (form, retention policy); the
 * PersonalDataErased event (the log is the record, replayed onto the key store at start-up, so a crash after this
 * point is finished on the next start); then, with appends held, the keys destroyed, the read models rebuilt and
 * the file compacted.
 *
 * Server modes (EVENT_STORE=postgres|kurrentdb, keys shared in KEY_STORE=postgres|mongodb): the event, then the keys
 * destroyed in the shared store and forgotten here. Appends are not held (other instances append anyway): an append
 * naming the subject meanwhile is encrypted under the key about to be destroyed, or written as the marker once it is.
 * The other instances drop their cached keys when they see the event (EncryptingEventStore.watchErasures; at the
 * latest after KEY_CACHE_TTL_SECONDS), and the writer of the read models rebuilds them when it applies it
 * (src/projector/erasures.ts).
 */
export class ErasureService {
  constructor(private readonly deps: ErasureDependencies) {}

  async erase(request: ErasureRequest): Promise<ErasureResult> {
    const subjectId = request.subjectId.trim();
    const legalBasis = request.legalBasis.trim();
    if (subjectId === '' || subjectId.length > MAX_SUBJECT_ID) {
      throw new ValidationError(`A subject id has 1 to ${MAX_SUBJECT_ID} characters`, 'subjectId', 'INVALID_SUBJECT_ID');
    }
    if (legalBasis === '' || legalBasis.length > MAX_LEGAL_BASIS) {
      throw new ValidationError(`An erasure states its legal basis (1 to ${MAX_LEGAL_BASIS} characters)`, 'legalBasis', 'LEGAL_BASIS_REQUIRED');
    }
    const { log, keys } = this.deps;
    if (this.deps.rebuildReadModels === null) {
      throw new ServiceUnavailableError('Erasure needs read models it can rebuild: beside the embedded log (READ_STORE=sqlite), or written by a projector (a server event store)', 'ERASURE_NEEDS_EMBEDDED_READ_MODELS');
    }
    if ((await keys.isErased(subjectId)) || (await log.raw.readStream(privacyStreamId(subjectId), { maxCount: 1 })).length > 0) {
      throw new ConflictError(`The personal data of subject ${subjectId} was already erased`, 'SUBJECT_ALREADY_ERASED', { subjectId });
    }
    const footprint = await footprintOf(log.raw, subjectId, this.deps.blockers);
    // Asked before the event: in server modes another instance destroys the key too as soon as it sees the event.
    const hadKey = await keys.hasKey(subjectId);
    if (!footprint.named && !hadKey) {
      throw new NotFoundError(`No event names subject ${subjectId}`, 'SUBJECT_NOT_FOUND', { subjectId });
    }
    if (footprint.inClear) {
      // Key destruction cannot reach a field stored in clear, and the log is never edited: saying "erased" would be false.
      throw new ConflictError(
        `Events stored before personal-data encryption was on name subject ${subjectId} in clear; destroying keys cannot erase them`,
        'ERASURE_IMPOSSIBLE_STORED_IN_CLEAR',
        { subjectId },
      );
    }
    const [first] = footprint.blocked;
    if (first) {
      throw new ConflictError(
        `Subject ${subjectId} is named in the record of a unit with an ${first.blocker === 'OPEN_VIOLATION_CASE' ? 'open violation case' : 'open rectification order'}: erase after it closes`,
        BLOCKER_REASONS[first.blocker],
        { subjectId, unitIds: first.unitIds },
      );
    }
    let recorded: { events: RecordedEvent[]; position: number };
    try {
      recorded = await this.record(subjectId, legalBasis, request.actor, request.occurredAt, request.correlationId);
    } catch (error) {
      ignoreAlreadyRecorded(error);
      throw new ConflictError(`The personal data of subject ${subjectId} was already erased`, 'SUBJECT_ALREADY_ERASED', { subjectId });
    }
    const keysDestroyed = Math.max(await this.shred([subjectId], () => legalBasis), hadKey ? 1 : 0);
    return { subjectId, position: recorded.position, eventIds: recorded.events.map((e) => e.id), keysDestroyed };
  }

  /**
   * Start-up, both ways between the log and the key store:
   * - every subject with a PersonalDataErased in the log has no key (a key store restored from an old backup, or a
   *   crash between the event and the destruction);
   * - every subject the key store says was erased has its PersonalDataErased in the log: a data file restored from a
   *   backup older than the erasure lost the event, and its read models hold the plaintext again; the event is
   *   recorded anew (by SYSTEM, with the legal basis the key store kept), once.
   * Answers how many keys it destroyed; when it changed anything, the read models are rebuilt and the file compacted
   * (embedded; in server modes an event recorded again reaches the projector, which rebuilds).
   */
  async replayErasures(batchSize = 5000): Promise<number> {
    const subjects = new Map<string, string>();
    for (let after = 0; ; ) {
      const batch = await this.deps.log.raw.readAll({ after, maxCount: batchSize, filter: { eventTypes: ['PersonalDataErased'] } });
      if (batch.length === 0) break;
      for (const event of batch) {
        const { subjectId, legalBasis } = event.data as { subjectId?: unknown; legalBasis?: unknown };
        if (typeof subjectId === 'string') subjects.set(subjectId, typeof legalBasis === 'string' ? legalBasis : '');
      }
      after = (batch[batch.length - 1] as RecordedEvent).position;
    }
    const pending: string[] = [];
    for (const id of subjects.keys()) if ((await this.deps.keys.hasKey(id)) || !(await this.deps.keys.isErased(id))) pending.push(id);
    const lost = (await this.deps.keys.erasedSubjects()).filter((erased) => !subjects.has(erased.subjectId));
    for (const { subjectId, legalBasis } of lost) await this.record(subjectId, legalBasis || 'recorded again from the key store', RESTORE_ACTOR, new Date().toISOString(), 'privacy-replay').catch(ignoreAlreadyRecorded);
    if (pending.length === 0 && lost.length === 0) return 0;
    return this.shred(pending, (id) => subjects.get(id) ?? '');
  }

  /** Appends the PersonalDataErased event, first of its stream (a second erasure of the subject meets a WrongExpectedRevisionError). */
  private async record(subjectId: string, legalBasis: string, actor: Actor, occurredAt: string, correlationId: string): Promise<{ events: RecordedEvent[]; position: number }> {
    const event: PersonalDataErased = { type: 'PersonalDataErased', data: { subjectId, legalBasis } };
    const result = await this.deps.log.appendToStream(
      privacyStreamId(subjectId),
      [{ ...event, id: uuidv7(), schemaVersion: PRIVACY_SCHEMA_VERSIONS.PersonalDataErased, metadata: { actor, occurredAt, correlationId, causationId: null, idempotencyKey: null } }],
      { expectedRevision: 'no_stream' },
    );
    return { events: result.events, position: result.lastPosition };
  }

  /**
   * Keys destroyed; then, with no append running, the read models rebuilt and the file compacted (embedded). With
   * the read models left to the projector, the keys are destroyed and forgotten here; the projector rebuilds when
   * it applies the PersonalDataErased (and destroys the keys itself first, should this process have died before).
   */
  private async shred(subjectIds: string[], legalBasisOf: (subjectId: string) => string): Promise<number> {
    const { log, keys, rebuildReadModels, compact } = this.deps;
    if (typeof rebuildReadModels !== 'function') {
      const destroyed = await keys.destroy(subjectIds, legalBasisOf);
      log.forgetSubjects(subjectIds);
      compact?.();
      return destroyed;
    }
    return log.exclusive(async () => {
      const destroyed = await keys.destroy(subjectIds, legalBasisOf);
      log.forgetSubjects(subjectIds);
      await rebuildReadModels();
      compact?.();
      return destroyed;
    });
  }
}
