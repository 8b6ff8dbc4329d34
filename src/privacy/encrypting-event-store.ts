import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../domain/shared/event';
import type { AppendOptions, AppendResult, EventHandler, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../eventstore/port';
import type { KeyStore, SubjectKey } from './key-store';
import { rewriteFields } from './personal-fields';

/**
 * Personal data in an immutable log: field encryption and erasure by key destruction (crypto-shredding).
 *
 * The design, in one place:
 * - What is personal is declared once per event type (personal-fields.ts): each personal field and whose it is.
 * - On append, this wrapper replaces each such field by an envelope `{ "$enc": "v1", "s": subjectId, "iv", "ct" }`:
 *   AES-256-GCM under the subject's own key (key-store.ts: per-subject keys wrapped by the master key, in their own
 *   file). The ciphertext is bound to its place (AAD: event id and the field's path), so it cannot be moved to
 *   another event or field. The IV is derived, not random: HMAC(subject's IV key, event id, path, plaintext), so
 *   that appending the same event again encrypts to the same bytes and the store recognises the idempotent replay
 *   (it compares the stored data), while two different plaintexts never share an IV under one key.
 * - The raw store keeps the envelopes; the audit ledger hashes those stored bytes, so proofs never depend on keys.
 * - On read (streams, the whole log, subscriptions, an append's answer), envelopes are decrypted. A field whose
 *   subject's key has been destroyed reads as ERASED_MARKER; everything else in the event is unchanged.
 * - Composition (src/composition/embedded.ts): raw SQLite store (ledger seals the stored bytes) → this wrapper →
 *   upcasting wrapper → services, projections, resolvers. The append's inline hook decrypts before projecting.
 * - Erasure (erasure.service.ts): a national administrator's erasePersonalData appends PersonalDataErased, destroys
 *   the keys, rebuilds the read models from the log (which now reads the marker) and compacts the file, so the
 *   plaintext is left nowhere; at start-up every PersonalDataErased in the log is replayed onto the key store.
 *
 * Idempotence, concurrency: appends pass a gate that erasure closes (`exclusive`) while it rebuilds the read
 * models, so no append's inline projection can run between a rebuild's batches.
 */

/** What an erased subject's fields read as, everywhere: histories, read models, exports, rebuilt models. */
export const ERASED_MARKER = '[erased]';

export interface FieldEnvelope {
  $enc: 'v1';
  /** The data subject, whose key encrypts the field. */
  s: string;
  iv: string;
  /** Ciphertext and GCM tag, base64. */
  ct: string;
}

export const isEnvelope = (value: unknown): value is FieldEnvelope =>
  typeof value === 'object' && value !== null && (value as { $enc?: unknown }).$enc === 'v1' && typeof (value as { s?: unknown }).s === 'string';

/** A ciphertext that fails its tag: altered, or moved from another event or field. Reads stop rather than guess. */
export class PersonalDataIntegrityError extends Error {}

const aadOf = (eventId: string, path: string) => Buffer.from(`${eventId}\n${path}`, 'utf8');

/** How many opened fields the cipher keeps (see FieldCipher): plaintext in this process's memory only. */
const OPENED_LIMIT = 100_000;

/**
 * Encrypts and decrypts the declared personal fields of events, with the subjects' keys.
 *
 * Fields it has sealed or opened are remembered (bounded), keyed by their place and ciphertext, so that the append's
 * own answer, the inline projections and a history read again do not pay AES-GCM for every field every time; the
 * key is the ciphertext at its place (event id, path), so a moved ciphertext still meets the tag check. `forget`
 * (after every key destruction) drops them all.
 */
export class FieldCipher {
  private readonly opened = new Map<string, string>();

  constructor(private readonly keys: KeyStore) {}

  /** The event with its personal fields as envelopes (or the marker, for an erased subject); the same object when it has none. */
  encryptEvent<E extends NewEvent>(event: E): E {
    const data = rewriteFields(event.type, event.data, (value, path, owner, field) => {
      if (typeof value !== 'string') return value;
      const subjectId = field.subject(owner);
      if (subjectId === null) return value;
      const key = this.keys.keyFor(subjectId);
      if (!key) return ERASED_MARKER;
      const envelope = encryptField(key, subjectId, event.id, path, value);
      this.remember(`${event.id}\n${path}\n${envelope.ct}`, value);
      return envelope;
    });
    return data === event.data ? event : { ...event, data };
  }

  /** The event with its envelopes opened (the marker where the key is gone); the same object when it has none. */
  decryptEvent<E extends RecordedEvent>(event: E): E {
    const data = rewriteFields(event.type, event.data, (value, path) => {
      if (!isEnvelope(value)) return value;
      // The key first (a map lookup once unwrapped): a destroyed key wins over anything remembered.
      const key = this.keys.keyOf(value.s);
      if (!key) return ERASED_MARKER;
      const place = `${event.id}\n${path}\n${value.ct}`;
      const known = this.opened.get(place);
      if (known !== undefined) return known;
      const plaintext = decryptField(key, event.id, path, value);
      this.remember(place, plaintext);
      return plaintext;
    });
    return data === event.data ? event : { ...event, data };
  }

  /** Drops every remembered field: after a key is destroyed, its fields must read as the marker at once. */
  forget(): void {
    this.opened.clear();
  }

  private remember(place: string, plaintext: string): void {
    if (this.opened.size >= OPENED_LIMIT) this.opened.clear();
    this.opened.set(place, plaintext);
  }
}

function encryptField(key: SubjectKey, subjectId: string, eventId: string, path: string, plaintext: string): FieldEnvelope {
  const iv = createHmac('sha256', key.ivKey).update(`${eventId}\n${path}\n`).update(plaintext, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(aadOf(eventId, path));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { $enc: 'v1', s: subjectId, iv: iv.toString('base64'), ct: ct.toString('base64') };
}

function decryptField(key: SubjectKey, eventId: string, path: string, envelope: FieldEnvelope): string {
  try {
    const sealed = Buffer.from(envelope.ct, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key.encryptionKey, Buffer.from(envelope.iv, 'base64'));
    decipher.setAAD(aadOf(eventId, path));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new PersonalDataIntegrityError(`The personal field ${path} of event ${eventId} does not decrypt: altered, or not in its place`);
  }
}

/**
 * Any event store, with personal fields encrypted on the way in and decrypted on the way out. Hand `raw` to the
 * audit ledger and the auditor's export, which work on the stored (encrypted) bytes.
 */
export class EncryptingEventStore implements EventStore {
  private inFlight = 0;
  private readonly idle: (() => void)[] = [];
  private gate: Promise<void> | null = null;

  constructor(
    readonly raw: EventStore,
    readonly cipher: FieldCipher,
    /** Closes what the wrapper brought (the key store) once the log is closed. */
    private readonly onClose: () => void = () => undefined,
  ) {}

  async appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    while (this.gate) await this.gate;
    this.inFlight += 1;
    try {
      const result = await this.raw.appendToStream(streamId, events.map((event) => this.cipher.encryptEvent(event)), options);
      return { ...result, events: result.events.map((event) => this.cipher.decryptEvent(event)) };
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

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.raw.readStream(streamId, options)).map((event) => this.cipher.decryptEvent(event));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.raw.readAll(options)).map((event) => this.cipher.decryptEvent(event));
  }

  subscribeToAll(handler: EventHandler, options?: SubscribeOptions): Subscription {
    return this.raw.subscribeToAll((event) => handler(this.cipher.decryptEvent(event)), options);
  }

  headPosition(): Promise<number> {
    return this.raw.headPosition();
  }

  async close(): Promise<void> {
    await this.raw.close();
    this.onClose();
  }
}
