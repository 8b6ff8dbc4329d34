import type { NewEvent, RecordedEvent } from '../domain/shared/event';
import type { AppendOptions, AppendResult, EventHandler, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../eventstore/port';
import { envelopeSubject, FieldCipher } from './field-cipher';
import type { KeyStore } from './key-store';
import { rewriteFields } from './personal-fields';

export { ERASED_MARKER, FieldCipher, PersonalDataIntegrityError, envelopeSubject, isEnvelope, type FieldEnvelope } from './field-cipher';

/**
 * Personal data in an immutable log: field encryption and erasure by key destruction (crypto-shredding).
 *
 * The design, in one place:
 * - What is personal is declared once per event type (personal-fields.ts): each personal field and whose it is.
 * - On append, this wrapper replaces each such field by an envelope (field-cipher.ts): AES-256-GCM under the subject's
 *   own key (key-store.ts: per-subject keys wrapped by the master key, kept apart from the log). A person's fields in
 *   one owner (an inspector's name and credential number) are sealed together, once, as a string (v3): the first field
 *   holds `"\uFEFFv3:<subject>:<base64url iv ‖ ciphertext ‖ tag>"`, the others `"\uFEFFv3:<subject>:"`. Logs written
 *   before hold objects, `{ "$enc": "v1" | "v2", "s", "iv", "ct" }`: they read and verify unchanged. The ciphertext
 *   is bound to its place (AAD: event id, the owner's or field's path, the field names), so it cannot be moved to
 *   another event or field. The IV is derived, not random (v3: a SHA-256 keyed by the subject's IV key over the AAD
 *   and the plaintext; v1 and v2: HMAC), so that appending the same event again encrypts to the same bytes and the
 *   store recognises the idempotent replay (it compares the stored data, in every adapter, in this process or another
 *   instance), while two different plaintexts never share an IV under one key. (An event first appended by an older version and replayed with the same id by this one is
 *   refused as an id conflict rather than recognised: only a retry straddling that upgrade meets it.)
 * - The raw store keeps the envelopes; the audit ledger hashes those stored bytes, so proofs never depend on keys.
 * - On read (streams, the whole log, subscriptions, an append's answer), envelopes are decrypted. A field whose
 *   subject's key has been destroyed reads as ERASED_MARKER; everything else in the event is unchanged.
 * - Composition (src/composition/embedded.ts): raw SQLite store (ledger seals the stored bytes) → this wrapper →
 *   upcasting wrapper → services, projections, resolvers. The append's inline hook decrypts before projecting.
 * - Erasure (erasure.service.ts): a national administrator's erasePersonalData appends PersonalDataErased, destroys
 *   the keys, rebuilds the read models from the log (which now reads the marker) and compacts the file, so the
 *   plaintext is left nowhere; at start-up every PersonalDataErased in the log is replayed onto the key store.
 *
 * - Server modes (src/composition/stores.ts): the keys are on a server shared by every instance (key-store.ts), which
 *   answers asynchronously; before the cipher runs, this wrapper `prepare`s the keys of the subjects a batch names
 *   (on append it creates the missing ones, durably, before the event is appended). A PersonalDataErased seen on a
 *   subscription drops the subject's cached key and every opened field, so an instance stops decrypting a subject
 *   erased by another one as soon as its subscription reaches the erasure (and at the latest when its cached key
 *   expires: KEY_CACHE_TTL_SECONDS).
 *
 * Idempotence, concurrency: appends pass a gate that erasure closes (`exclusive`) while it rebuilds the read
 * models, so no append's inline projection can run between a rebuild's batches.
 */

/** The subjects whose fields a new event will encrypt (named beside a string in a personal field). */
export function subjectsToEncrypt(events: readonly NewEvent[]): Set<string> {
  const subjects = new Set<string>();
  for (const event of events) {
    rewriteFields(event.type, event.data, (value, _path, owner, field) => {
      if (typeof value === 'string') {
        const subjectId = field.subject(owner);
        if (subjectId !== null) subjects.add(subjectId);
      }
      return value;
    });
  }
  return subjects;
}

/** The subjects whose keys the envelopes of stored events need. */
export function subjectsToDecrypt(events: readonly RecordedEvent[]): Set<string> {
  const subjects = new Set<string>();
  for (const event of events) {
    rewriteFields(event.type, event.data, (value) => {
      const subjectId = envelopeSubject(value);
      if (subjectId !== null) subjects.add(subjectId);
      return value;
    });
  }
  return subjects;
}

/** The subject a PersonalDataErased names, or null for any other event. */
export function erasedSubjectOf(event: RecordedEvent): string | null {
  if (event.type !== 'PersonalDataErased') return null;
  const subjectId = (event.data as { subjectId?: unknown }).subjectId;
  return typeof subjectId === 'string' ? subjectId : null;
}

/**
 * Any event store, with personal fields encrypted on the way in and decrypted on the way out. Hand `raw` to the
 * audit ledger and the auditor's export, which work on the stored (encrypted) bytes.
 */
export class EncryptingEventStore implements EventStore {
  private inFlight = 0;
  private readonly idle: (() => void)[] = [];
  private gate: Promise<void> | null = null;
  /** The key store, when its keys must be loaded before the cipher asks (a server's); null: it answers synchronously. */
  private readonly preparing: KeyStore | null;
  private watcher: Subscription | null = null;

  constructor(
    readonly raw: EventStore,
    readonly cipher: FieldCipher,
    /** Closes what the wrapper brought (the key store) once the log is closed. */
    private readonly onClose: () => unknown = () => undefined,
    /** The cipher's key store; needed when it is a server's (keys loaded before use, erasures seen on subscriptions). */
    readonly keys: KeyStore | null = null,
  ) {
    this.preparing = keys && !keys.synchronous ? keys : null;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    while (this.gate) await this.gate;
    this.inFlight += 1;
    try {
      // Keys of new subjects are stored before the event that needs them.
      if (this.preparing) await this.preparing.prepare(subjectsToEncrypt(events), true);
      const result = await this.raw.appendToStream(streamId, events.map((event) => this.cipher.encryptEvent(event)), options);
      return { ...result, events: await this.decrypt(result.events) };
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
    }
  }

  /**
   * Runs `work` with no append in flight and none starting until it ends (appends wait; reads go on). Erasure
   * uses it to rebuild the read models: an append's inline projection between two batches of a rebuild would move
   * the checkpoints past events not yet replayed.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    let open!: () => void;
    this.gate = new Promise<void>((resolve) => (open = resolve));
    try {
      if (this.inFlight > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      return await work();
    } finally {
      this.gate = null;
      open();
    }
  }

  /** Drops what this process remembers of the subjects (keys, opened fields): they were erased, here or elsewhere. */
  forgetSubjects(subjectIds: Iterable<string>): void {
    this.keys?.forget(subjectIds);
    this.cipher.forget();
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.decrypt(await this.raw.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.decrypt(await this.raw.readAll(options));
  }

  subscribeToAll(handler: EventHandler, options?: SubscribeOptions): Subscription {
    const keys = this.preparing;
    if (!keys) return this.raw.subscribeToAll((event) => handler(this.cipher.decryptEvent(event)), options);
    const readAhead = options?.batchSize ?? 500;
    return this.raw.subscribeToAll(async (event) => {
      const erased = erasedSubjectOf(event);
      // Erased (by this instance or another): the key this process may still hold is dropped before anything after.
      if (erased !== null) this.forgetSubjects([erased]);
      const subjects = subjectsToDecrypt([event]);
      if (!keys.loaded(subjects)) {
        // A key not in memory (a catch-up, a new subject): the keys of the events ahead are loaded with it, one read
        // of the log and one of the key store for the next `readAhead` events, rather than a round trip per event.
        const ahead = await this.raw.readAll({ after: event.position, maxCount: readAhead, ...(options?.filter && { filter: options.filter }) });
        await keys.prepare([...subjects, ...subjectsToDecrypt(ahead)], false);
      }
      return handler(this.cipher.decryptEvent(event));
    }, options);
  }

  headPosition(): Promise<number> {
    return this.raw.headPosition();
  }

  /**
   * Server modes: follows the log's PersonalDataErased events from `after` (the head at start-up) and drops the
   * erased subjects' cached keys and the opened fields as each arrives, so that this instance stops decrypting a
   * subject another instance erased even when it runs no projector (PROJECTIONS=external). Stopped by `close`.
   */
  watchErasures(after: number, onError?: (error: unknown) => void): void {
    if (this.watcher) return;
    const options: SubscribeOptions & { onError?: (error: unknown) => void } = { after, filter: { eventTypes: ['PersonalDataErased'] }, ...(onError && { onError }) };
    this.watcher = this.raw.subscribeToAll(async (event) => {
      const erased = erasedSubjectOf(event);
      if (erased === null) return;
      // Destroyed here too (idempotent): the erasing instance appends the event before it destroys the keys, and a
      // read here in between must not fetch the key again and keep it for KEY_CACHE_TTL_SECONDS.
      const legalBasis = (event.data as { legalBasis?: unknown }).legalBasis;
      await this.keys?.destroy([erased], () => (typeof legalBasis === 'string' ? legalBasis : ''));
      this.forgetSubjects([erased]);
    }, options);
    this.watcher.caughtUp.catch((error: unknown) => onError?.(error));
  }

  async close(): Promise<void> {
    await this.watcher?.stop().catch(() => undefined);
    await this.raw.close();
    await this.onClose();
  }

  /** Synchronous when the keys are (no extra turn of the event loop on the embedded store's hot path). */
  private decrypt(events: RecordedEvent[]): RecordedEvent[] | Promise<RecordedEvent[]> {
    const loading = this.preparing?.prepare(subjectsToDecrypt(events), false);
    if (!loading) return events.map((event) => this.cipher.decryptEvent(event));
    return loading.then(() => events.map((event) => this.cipher.decryptEvent(event)));
  }
}
