import { createCipheriv, createDecipheriv, createHash, hash as cryptoHash } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../domain/shared/event';
import type { KeyStore, SubjectKey } from './key-store';
import { fieldPath, rewriteOwners, type OwnedField, type OwnerRewrite } from './personal-fields';

/**
 * The field cipher: envelopes of personal fields, sealed and opened with the subjects' keys. The design is described
 * in encrypting-event-store.ts (which re-exports what others use of this file).
 *
 * Three envelope versions, all AES-256-GCM under the subject's key with an IV derived under the subject's IV key
 * from the AAD and the plaintext, not random: the same event encrypts to the same bytes, so that an idempotent
 * replay (a retry, here or on another instance) is recognised by the store comparing stored data, and two different
 * plaintexts never share an IV under one key. v1 and v2 derive it with HMAC-SHA256, v3 with one keyed SHA-256 (see
 * `ivOf`). Written now: v3. Read: all three (old logs hold v1 and v2, and are never rewritten).
 * - v3, all of one person's fields in one owner sealed together, as strings (written since v3): the first of those
 *   fields (in declaration order) holds `"\uFEFFv3:<subject>:<base64url of iv ‖ ciphertext ‖ tag>"`, each other one
 *   `"\uFEFFv3:<subject>:"` (sealed with it). The plaintext is the value itself for one field, else the JSON array
 *   of the values. AAD: `v3 \n length of the event id \n event id \n owner path \n field names (one a line)`: bound
 *   to the event, the owner and the fields, as v2. A string rather than an object because the stored event is what
 *   every append serialises, parses back, hashes (the ledger's canonical JSON sorts each object's keys) and writes,
 *   and every read parses: v3 adds about two thirds of the bytes v1 and v2 add, and no objects. The prefix U+FEFF is one no validated text
 *   can begin with (text is trimmed at the edge, and trim removes it), and JSON writes it as it is (no escape); the
 *   subject comes before the last colon (subject ids may hold colons, base64url never does).
 * - v2 (read only): the same grouping as objects: `{ "$enc": "v2", "s", "iv", "ct" }` in the first field (the JSON
 *   array of the values), `{ "$enc": "v2", "s" }` in the others; AAD as v3 with `v2` first.
 * - v1 (read only), one field sealed alone: `{ "$enc": "v1", "s", "iv", "ct" }`. AAD: `eventId \n path`.
 * In v2 and v3, removing or adding a field of the group fails the tag; a second sealed envelope, or one not in the
 * first field, is refused. An erased subject's fields, of any version, read as ERASED_MARKER.
 */

/** What an erased subject's fields read as, everywhere: histories, read models, exports, rebuilt models. */
export const ERASED_MARKER = '[erased]';

/** v1 (read only: logs written before v2): one field, sealed alone. */
export interface SealedField {
  $enc: 'v1';
  /** The data subject, whose key encrypts the field. */
  s: string;
  iv: string;
  /** Ciphertext and GCM tag, base64. */
  ct: string;
}

/** v2 (read only: logs written before v3), in the first of a person's fields in an owner: all of them sealed together (a JSON array of their values). */
export interface SealedPerson {
  $enc: 'v2';
  s: string;
  iv: string;
  /** Ciphertext and GCM tag, base64. */
  ct: string;
}

/** v2, in each other of the person's fields in that owner: sealed in the SealedPerson beside it. */
export interface SealedWithPerson {
  $enc: 'v2';
  s: string;
}

/** v3: the start of every envelope (sealed, or sealed with it). */
const V3 = '\uFEFFv3:';

/**
 * v3, a string: `V3 subject ":" payload`, the payload the base64url of iv ‖ ciphertext ‖ tag in the first of a
 * person's fields in an owner, empty in the others (sealed with it).
 */
export type SealedString = string;

/** Whatever stands in a personal field's place in the stored log (v3 strings, v1 and v2 objects). */
export type FieldEnvelope = SealedField | SealedPerson | SealedWithPerson | SealedString;

const isV3 = (value: unknown): value is string => typeof value === 'string' && value.charCodeAt(0) === 0xfeff && value.startsWith(V3);

/** The subject of a v3 envelope (between the prefix and the last colon). */
const subjectOfV3 = (envelope: string): string => envelope.slice(V3.length, envelope.lastIndexOf(':'));

/** A v3 envelope of this subject (sealed, or sealed with it). */
const isV3Of = (value: unknown, subjectId: string): value is string =>
  isV3(value) && value.lastIndexOf(':') === V3.length + subjectId.length && value.startsWith(subjectId, V3.length);

/** A v1 or v2 envelope (an object). */
const isObjectEnvelope = (value: unknown): value is SealedField | SealedPerson | SealedWithPerson => {
  if (typeof value !== 'object' || value === null) return false;
  const version = (value as { $enc?: unknown }).$enc;
  return (version === 'v1' || version === 'v2') && typeof (value as { s?: unknown }).s === 'string';
};

export const isEnvelope = (value: unknown): value is FieldEnvelope => isV3(value) || isObjectEnvelope(value);

/** The data subject whose key an envelope (of any version) needs; null when the value is not an envelope. */
export function envelopeSubject(value: unknown): string | null {
  if (isV3(value)) return subjectOfV3(value);
  return isObjectEnvelope(value) ? value.s : null;
}

/** A ciphertext that fails its tag: altered, or moved from another event or field. Reads stop rather than guess. */
export class PersonalDataIntegrityError extends Error {}

/** How many opened events the cipher remembers: plaintext in this process's memory only. */
const OPENED_LIMIT = 100_000;
/**
 * How many sealed events it remembers until they are opened: the appends of a group commit (at most 4,096 by
 * default) are opened by their inline projection and their answer right after; beyond this, they are decrypted.
 */
const SEALED_LIMIT = 20_000;

/** An envelope (v1) or a person's group of envelopes (v2, v3) remembered: its place, its ciphertext, what it holds. */
interface Opened {
  eventId: string;
  subjectId: string;
  /** The owner's path (`inspectors[1]`; '' for the data itself). */
  ownerPath: string;
  /** v1: the field's name; v2, v3: the names of the fields sealed together, in declaration order. */
  keys: string | readonly string[];
  /** v1, v2: the ciphertext (base64); v3: the whole sealed envelope (its payload is the ciphertext). */
  ct: string;
  plain: string | readonly string[];
}

/** The event being opened: what memory holds for it, and what its envelopes turn out to be. */
interface Opening {
  eventId: string;
  /** What was sealed or opened for this event, in walk order (undefined: nothing remembered). */
  known: readonly Opened[] | undefined;
  /** How many envelopes (v1) and groups (v2, v3) were met so far. */
  rank: number;
  /** What they were, once one differed from `known` (null while each is the one remembered in its rank). */
  found: Opened[] | null;
}

/** One person's string fields in one owner, in declaration order. */
interface PersonFields {
  subjectId: string;
  keys: readonly string[];
  values: string[];
}

/** A v2 envelope (sealed, or sealed with it) of this subject. */
const isSealedWith = (value: unknown, subjectId: string): boolean =>
  typeof value === 'object' && value !== null && (value as { $enc?: unknown }).$enc === 'v2' && (value as { s?: unknown }).s === subjectId;

/** Whether a field before `i` holds an envelope of the subject of this version (their fields were opened there). */
function personBefore(owner: Record<string, unknown>, fields: readonly OwnedField[], i: number, subjectId: string, v3: boolean): boolean {
  for (let j = 0; j < i; j++) {
    const value = owner[(fields[j] as OwnedField).key];
    if (v3 ? isV3Of(value, subjectId) : isSealedWith(value, subjectId)) return true;
  }
  return false;
}

const personRefused = (eventId: string, ownerPath: string, keys: readonly string[], why: string): string =>
  `The personal fields ${keys.map((k) => fieldPath(ownerPath, k)).join(', ')} of event ${eventId} (sealed together) ${why}`;

const sameKeys = (a: string | readonly string[], b: string | readonly string[]): boolean => {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string' || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Whether a remembered envelope is this one, at this place: the same ciphertext, event, owner and fields. */
const isAt = (opened: Opened | undefined, eventId: string, ownerPath: string, keys: string | readonly string[], ct: string): opened is Opened =>
  opened !== undefined && opened.ct === ct && opened.eventId === eventId && opened.ownerPath === ownerPath && sameKeys(opened.keys, keys);

/**
 * Encrypts and decrypts the declared personal fields of events, with the subjects' keys.
 *
 * What it seals or opens is remembered (bounded), so that the append's own answer, its inline projections and a
 * history read again do not pay AES-GCM every time: the envelopes of the events it sealed by event id (the append's
 * inline projection opens them at once), those of the events it opened by their position in the log (a map of
 * numbers: no hashing of ciphertexts on the read path), and a just-appended event as opened, by its position and
 * the recorded object itself (the inline projection and the append's answer are handed the same object: the second
 * asks nothing). Memory answers only for the same ciphertext at the same place (event id, owner path, fields): a
 * moved ciphertext still meets the tag check. The key is asked before anything remembered is answered: a destroyed
 * key wins (but for the same object opened moments before, by the inline projection, answered to the append).
 * `forget` (after every key destruction) drops it all.
 */
export class FieldCipher {
  private readonly sealedById = new Map<string, readonly Opened[]>();
  private readonly openedAt = new Map<number, readonly Opened[]>();
  /** Just-appended events as their inline projection opened them, by position, until their answer asks (once). */
  private readonly justOpened = new Map<number, { stored: RecordedEvent; opened: RecordedEvent }>();
  /** The event being opened (decryptEvent is synchronous, and nothing in it opens another). */
  private readonly opening: Opening = { eventId: '', known: undefined, rank: 0, found: null };
  private readonly openOwnerOf: OwnerRewrite = (owner, ownerPath, fields) => this.openOwner(owner, ownerPath, fields);

  constructor(private readonly keys: KeyStore) {}

  /** The event with its personal fields as envelopes (or the marker, for an erased subject); the same object when it has none. */
  encryptEvent<E extends NewEvent>(event: E): E {
    const sealed: Opened[] = [];
    const data = rewriteOwners(event.type, event.data, (owner, ownerPath, fields) => this.sealOwner(event.id, owner, ownerPath, fields, sealed));
    if (data === event.data) return event;
    if (sealed.length > 0) {
      if (this.sealedById.size >= SEALED_LIMIT) this.sealedById.clear();
      this.sealedById.set(event.id, sealed);
    }
    return { ...event, data };
  }

  /** The event with its envelopes opened (the marker where the key is gone); the same object when it has none. */
  decryptEvent<E extends RecordedEvent>(event: E): E {
    // Empty but for the moments between an append's projection and its answer: a history read skips the lookup.
    const just = this.justOpened.size === 0 ? undefined : this.justOpened.get(event.position);
    if (just !== undefined) {
      this.justOpened.delete(event.position);
      if (just.stored === event) return just.opened as E;
    }
    const opening = this.opening;
    let known = this.openedAt.get(event.position);
    // Opened at this position before; else sealed here (just appended: its inline projection, its answer).
    let atPosition = known !== undefined && known[0]?.eventId === event.id;
    let justSealed = false;
    if (!atPosition) {
      known = this.sealedById.get(event.id);
      justSealed = known !== undefined;
    }
    opening.eventId = event.id;
    opening.known = known;
    opening.rank = 0;
    opening.found = null;
    const data = rewriteOwners(event.type, event.data, this.openOwnerOf);
    if (data === event.data) return event;
    if (opening.found !== null || opening.rank !== known?.length) {
      known = opening.found ?? known?.slice(0, opening.rank) ?? [];
      atPosition = false;
    }
    if (!atPosition) {
      if (this.openedAt.size >= OPENED_LIMIT) this.openedAt.clear();
      this.openedAt.set(event.position, known as readonly Opened[]);
    }
    const opened = { ...event, data };
    if (justSealed) {
      // Bounded: where nothing asks twice (a server store: no inline projection), entries are never taken.
      if (this.justOpened.size >= SEALED_LIMIT) this.justOpened.clear();
      this.justOpened.set(event.position, { stored: event, opened });
    }
    return opened;
  }

  /** Drops everything remembered: after a key is destroyed, its fields must read as the marker at once. */
  forget(): void {
    this.sealedById.clear();
    this.openedAt.clear();
    this.justOpened.clear();
  }

  private sealOwner(eventId: string, owner: Record<string, unknown>, ownerPath: string, fields: readonly OwnedField[], sealed: Opened[]): Record<string, unknown> {
    let people: PersonFields[] | null = null;
    for (const { key, field, alone } of fields) {
      const value = owner[key];
      if (typeof value !== 'string') continue;
      const subjectId = field.subject(owner);
      if (subjectId === null) {
        // Kept in clear; it would read back as an envelope (and fail), so it is refused rather than stored. Validated
        // text cannot start so (it is trimmed), only an event built around the validation.
        if (isV3(value)) throw new PersonalDataIntegrityError(`The personal field ${fieldPath(ownerPath, key)} of event ${eventId} holds no subject and reads as an envelope`);
        continue;
      }
      people ??= [];
      let person: PersonFields | undefined;
      for (const p of people) if (p.subjectId === subjectId) person = p;
      if (person) {
        // The shared `[key]` of its first field becomes this person's own list.
        person.keys = [...person.keys, key];
        person.values.push(value);
      } else {
        people.push({ subjectId, keys: alone, values: [value] });
      }
    }
    if (!people) return owner;
    const out = { ...owner };
    for (const { subjectId, keys, values } of people) {
      const key = this.keys.keyFor(subjectId);
      if (!key) {
        for (const k of keys) out[k] = ERASED_MARKER;
        continue;
      }
      const plaintext = keys.length === 1 ? (values[0] as string) : JSON.stringify(values);
      const envelope = `${V3}${subjectId}:${seal(key, aadOfPerson('v3', eventId, ownerPath, keys), plaintext)}`;
      out[keys[0] as string] = envelope;
      if (keys.length > 1) {
        const companion = `${V3}${subjectId}:`;
        for (let i = 1; i < keys.length; i++) out[keys[i] as string] = companion;
      }
      sealed.push({ eventId, subjectId, ownerPath, keys, ct: envelope, plain: values });
    }
    return out;
  }

  private openOwner(owner: Record<string, unknown>, ownerPath: string, fields: readonly OwnedField[]): Record<string, unknown> {
    let out: Record<string, unknown> | null = null;
    for (let i = 0; i < fields.length; i++) {
      const k = (fields[i] as OwnedField).key;
      const value = owner[k];
      if (typeof value === 'string') {
        if (isV3(value)) this.openV3(owner, (out ??= { ...owner }), ownerPath, fields, i, value);
        continue;
      }
      if (!isObjectEnvelope(value)) continue;
      if (value.$enc === 'v1') {
        (out ??= { ...owner })[k] = this.openField(ownerPath, k, value as SealedField);
        continue;
      }
      // v2: a person's fields are opened together, at the first of them.
      const subjectId = value.s;
      if (personBefore(owner, fields, i, subjectId, false)) continue;
      const values = this.openPerson(owner, ownerPath, fields, i, subjectId);
      out ??= { ...owner };
      let n = 0;
      for (let j = i; j < fields.length; j++) {
        const kj = (fields[j] as OwnedField).key;
        if (isSealedWith(owner[kj], subjectId)) out[kj] = values === null ? ERASED_MARKER : values[n++];
      }
    }
    return out ?? owner;
  }

  /**
   * Opens into `out` the v3 group of the envelope in field `i` (nothing when it belongs to a group met at an earlier
   * field). The owner's only personal field (an archivist's name: most history reads) is a group of one: what memory
   * holds is recognised by the envelope string alone (it names the subject), before anything is parsed.
   */
  private openV3(owner: Record<string, unknown>, out: Record<string, unknown>, ownerPath: string, fields: readonly OwnedField[], i: number, envelope: string): void {
    const field = fields[i] as OwnedField;
    if (fields.length === 1) {
      const known = this.recall(ownerPath, field.alone, envelope);
      const subjectId = known?.subjectId ?? this.subjectOf(envelope, ownerPath, field.key);
      const key = this.keys.keyOf(subjectId);
      if (!key) {
        out[field.key] = ERASED_MARKER;
      } else if (known) {
        out[field.key] = (known.plain as readonly string[])[0];
      } else {
        out[field.key] = (this.openSealedV3(key, ownerPath, subjectId, field.alone, envelope) as readonly string[])[0];
      }
      return;
    }
    const subjectId = this.subjectOf(envelope, ownerPath, field.key);
    if (personBefore(owner, fields, i, subjectId, true)) return;
    const keys: string[] = [];
    let sealed: string | null = null;
    let tampered = false;
    const companionLength = V3.length + subjectId.length + 1;
    for (let j = i; j < fields.length; j++) {
      const kj = (fields[j] as OwnedField).key;
      const value = owner[kj];
      if (!isV3Of(value, subjectId)) continue;
      keys.push(kj);
      if (value.length > companionLength) {
        // One sealed envelope, in the first of the person's fields: anything else is not what the cipher writes.
        tampered ||= sealed !== null || keys.length > 1;
        sealed = value;
      }
    }
    const key = this.keys.keyOf(subjectId);
    let values: readonly string[] | null = null;
    if (key) {
      if (sealed === null || tampered) throw new PersonalDataIntegrityError(personRefused(this.opening.eventId, ownerPath, keys, 'do not decrypt: altered, or not in their place'));
      const known = this.recall(ownerPath, keys, sealed);
      values = known && typeof known.plain !== 'string' ? known.plain : this.openSealedV3(key, ownerPath, subjectId, keys, sealed);
    }
    for (let n = 0; n < keys.length; n++) out[keys[n] as string] = values === null ? ERASED_MARKER : values[n];
  }

  /** The subject a v3 envelope names; one that names none is refused (an erased subject's would read as the marker). */
  private subjectOf(envelope: string, ownerPath: string, k: string): string {
    const subjectId = subjectOfV3(envelope);
    if (subjectId === '') throw new PersonalDataIntegrityError(`The personal field ${fieldPath(ownerPath, k)} of event ${this.opening.eventId} is not an envelope the cipher writes`);
    return subjectId;
  }

  /** Decrypts a v3 group (`sealed`: the envelope in the first of `keys`), remembers it, answers the values in the order of `keys`. */
  private openSealedV3(key: SubjectKey, ownerPath: string, subjectId: string, keys: readonly string[], sealed: string): readonly string[] {
    const { eventId } = this.opening;
    const refused = (why: string) => new PersonalDataIntegrityError(personRefused(eventId, ownerPath, keys, why));
    const payloadAt = V3.length + subjectId.length + 1;
    // The subject named up to the last colon; a companion (no payload) where the sealed envelope should be is refused.
    if (sealed.length <= payloadAt || sealed.lastIndexOf(':') !== payloadAt - 1) throw refused('do not decrypt: altered, or not in their place');
    const plaintext = openSealed(key, sealed.slice(payloadAt), aadOfPerson('v3', eventId, ownerPath, keys), () =>
      personRefused(eventId, ownerPath, keys, 'do not decrypt: altered, or not in their place'),
    );
    const values = keys.length === 1 ? [plaintext] : valuesOf(plaintext, keys.length);
    if (values === null) throw refused('do not hold what was sealed');
    this.opening.found?.push({ eventId, subjectId, ownerPath, keys, ct: sealed, plain: values });
    return values;
  }

  private openField(ownerPath: string, k: string, envelope: SealedField): string {
    // The key first (a map lookup once unwrapped): a destroyed key wins over anything remembered.
    const key = this.keys.keyOf(envelope.s);
    if (!key) return ERASED_MARKER;
    const known = this.recall(ownerPath, k, envelope.ct);
    if (known && typeof known.plain === 'string') return known.plain;
    const { eventId } = this.opening;
    const path = fieldPath(ownerPath, k);
    const plain = open(key, envelope, aadOfField(eventId, path), () => `The personal field ${path} of event ${eventId} does not decrypt: altered, or not in its place`);
    this.opening.found?.push({ eventId, subjectId: envelope.s, ownerPath, keys: k, ct: envelope.ct, plain });
    return plain;
  }

  /**
   * v2: the values of the person's fields (the v2 envelopes of `subjectId` in the owner, from `first`), in their
   * order; null when their key is gone (every field reads as the marker).
   */
  private openPerson(owner: Record<string, unknown>, ownerPath: string, fields: readonly OwnedField[], first: number, subjectId: string): readonly string[] | null {
    const key = this.keys.keyOf(subjectId);
    if (!key) return null;
    const keys: string[] = [];
    let sealed: SealedPerson | null = null;
    let tampered = false;
    for (let j = first; j < fields.length; j++) {
      const kj = (fields[j] as OwnedField).key;
      const value = owner[kj];
      if (!isSealedWith(value, subjectId)) continue;
      keys.push(kj);
      if ((value as { ct?: unknown }).ct !== undefined) {
        // One sealed envelope, in the first of the person's fields: anything else is not what the cipher writes.
        tampered ||= sealed !== null || keys.length > 1;
        sealed = value as SealedPerson;
      }
    }
    const { eventId } = this.opening;
    if (!sealed || tampered) throw new PersonalDataIntegrityError(personRefused(eventId, ownerPath, keys, 'do not decrypt: altered, or not in their place'));
    const known = this.recall(ownerPath, keys, sealed.ct);
    if (known && typeof known.plain !== 'string') return known.plain;
    const json = open(key, sealed, aadOfPerson('v2', eventId, ownerPath, keys), () => personRefused(eventId, ownerPath, keys, 'do not decrypt: altered, or not in their place'));
    const values = valuesOf(json, keys.length);
    if (values === null) throw new PersonalDataIntegrityError(personRefused(eventId, ownerPath, keys, 'do not hold what was sealed'));
    this.opening.found?.push({ eventId, subjectId, ownerPath, keys, ct: sealed.ct, plain: values });
    return values;
  }

  /**
   * What memory holds for this envelope at this place (in the same rank of what the event held, or in another).
   * Counts the envelope; from the first that is not the one remembered in its rank, records each in `found` (the
   * caller records what it opens itself), so that the event is remembered anew.
   */
  private recall(ownerPath: string, keys: string | readonly string[], ct: string): Opened | undefined {
    const opening = this.opening;
    const rank = opening.rank++;
    const known = opening.known;
    let hit = known?.[rank];
    if (isAt(hit, opening.eventId, ownerPath, keys, ct)) {
      if (opening.found === null) return hit;
    } else {
      opening.found ??= known?.slice(0, rank) ?? [];
      hit = known?.find((k) => isAt(k, opening.eventId, ownerPath, keys, ct));
      if (hit === undefined) return undefined;
    }
    opening.found?.push(hit);
    return hit;
  }
}

/** The JSON array of `count` strings a group was sealed as; null when it is not that. */
function valuesOf(json: string, count: number): string[] | null {
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch {
    return null;
  }
  return Array.isArray(values) && values.length === count && values.every((v) => typeof v === 'string') ? (values as string[]) : null;
}

const aadOfField = (eventId: string, path: string): string => `${eventId}\n${path}`;
/**
 * v2 and v3 AAD: the version, the event id's length and the id, the owner's path, the field names (unambiguous:
 * paths hold no newline). The version first: an envelope cannot be read as the other version's.
 */
const aadOfPerson = (version: 'v2' | 'v3', eventId: string, ownerPath: string, keys: readonly string[]): string =>
  `${version}\n${eventId.length}\n${eventId}\n${ownerPath}\n${keys.join('\n')}`;

/** 12 bytes of IV, 16 of GCM tag: what a v3 payload holds besides the ciphertext. */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The subject's IV key in hex: 64 characters, exactly one SHA-256 block (made once per key: the key store hands out
 * the same object while it holds the key).
 */
const IV_KEY_BLOCKS = new WeakMap<SubjectKey, string>();
function ivKeyBlock(key: SubjectKey): string {
  let block = IV_KEY_BLOCKS.get(key);
  if (block === undefined) IV_KEY_BLOCKS.set(key, (block = key.ivKey.toString('hex')));
  return block;
}

/** One-shot SHA-256 (node ≥ 20.12): no Hash object per call. Older nodes build one; the bytes are the same. */
const sha256: (text: string) => Buffer =
  typeof cryptoHash === 'function' ? (text) => cryptoHash('sha256', text, 'buffer') : (text) => createHash('sha256').update(text, 'utf8').digest();

/**
 * v3's IV: SHA-256(IV key block ‖ aad ‖ "\n" ‖ plaintext) cut to 12 bytes. Deterministic (an idempotent replay
 * encrypts to the same bytes), distinct for distinct places or plaintexts (collision resistance, as HMAC's was), and
 * unpredictable without the key: the secret first block makes the rest a hash with a secret starting state, and
 * the 12 bytes shown out of 32 leave nothing to extend (the length-extension that makes a bare keyed SHA-256 a poor
 * MAC needs the whole digest). One hash where HMAC (v1, v2) takes two and an object per call: its cost was a
 * third of sealing a person.
 */
const ivOf = (key: SubjectKey, aad: string, plaintext: string): Buffer => sha256(`${ivKeyBlock(key)}${aad}\n${plaintext}`).subarray(0, IV_BYTES);

/** AES-256-GCM of `plaintext` bound to `aad`, with v3's IV: the v3 payload, base64url of iv ‖ ciphertext ‖ tag. */
function seal(key: SubjectKey, aad: string, plaintext: string): string {
  const iv = ivOf(key, aad, plaintext);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = cipher.update(plaintext, 'utf8');
  cipher.final();
  return Buffer.concat([iv, ct, cipher.getAuthTag()]).toString('base64url');
}

/** The plaintext of a v3 payload; a PersonalDataIntegrityError when it does not decrypt at this place. */
function openSealed(key: SubjectKey, payload: string, aad: string, refused: () => string): string {
  return decrypt(key, aad, refused, () => {
    const bytes = Buffer.from(payload, 'base64url');
    return { iv: bytes.subarray(0, IV_BYTES), sealed: bytes.length < IV_BYTES + TAG_BYTES ? null : bytes.subarray(IV_BYTES) };
  });
}

/** The plaintext of a v1 or v2 envelope (iv and ciphertext ‖ tag in base64). */
function open(key: SubjectKey, envelope: { iv: string; ct: string }, aad: string, refused: () => string): string {
  return decrypt(key, aad, refused, () => ({ iv: Buffer.from(envelope.iv, 'base64'), sealed: Buffer.from(envelope.ct, 'base64') }));
}

/**
 * AES-256-GCM decryption of `sealed` (ciphertext ‖ tag; null: too short to hold one) bound to `aad`, as every envelope
 * version lays it out (`parts`); anything that fails, its decoding included, is a PersonalDataIntegrityError.
 */
function decrypt(key: SubjectKey, aad: string, refused: () => string, parts: () => { iv: Buffer; sealed: Buffer | null }): string {
  try {
    const { iv, sealed } = parts();
    if (sealed === null || sealed.length < TAG_BYTES) throw new Error('too short');
    const decipher = createDecipheriv('aes-256-gcm', key.encryptionKey, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new PersonalDataIntegrityError(refused());
  }
}
