import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../domain/shared/event';
import type { KeyStore, SubjectKey } from './key-store';
import { fieldPath, rewriteOwners, type OwnedField, type OwnerRewrite } from './personal-fields';

/**
 * The field cipher: envelopes of personal fields, sealed and opened with the subjects' keys. The design is described
 * in encrypting-event-store.ts (which re-exports what others use of this file).
 *
 * Two envelope versions, both AES-256-GCM under the subject's key with a derived IV (HMAC-SHA256 under the subject's
 * IV key of the place and the plaintext: the same event encrypts to the same bytes, an idempotent replay is
 * recognised, and two different plaintexts never share an IV under one key):
 * - v1, one field sealed alone: `{ "$enc": "v1", "s", "iv", "ct" }` in the field's place. AAD: `eventId \n path`.
 *   Written when a person has one personal field in an owner (an archivist's name); every log before v2 holds only these.
 * - v2, all of one person's fields in one owner sealed together (an inspector's name and credential number: one
 *   AES-GCM operation, not one per field). The first of those fields (in declaration order) holds
 *   `{ "$enc": "v2", "s", "iv", "ct" }`, the ciphertext of the JSON array of their values; each other one holds
 *   `{ "$enc": "v2", "s" }` (sealed with it). AAD: `v2 \n length of the event id \n event id \n owner path \n field
 *   names (one a line)`, so the envelope cannot be moved to another event or owner, and removing or adding a field
 *   of the group fails the tag; a second sealed envelope, or one not in the first field, is refused.
 * An erased subject's fields, of either version, read as ERASED_MARKER.
 */

/** What an erased subject's fields read as, everywhere: histories, read models, exports, rebuilt models. */
export const ERASED_MARKER = '[erased]';

/** v1: one field, sealed alone. */
export interface SealedField {
  $enc: 'v1';
  /** The data subject, whose key encrypts the field. */
  s: string;
  iv: string;
  /** Ciphertext and GCM tag, base64. */
  ct: string;
}

/** v2, in the first of a person's fields in an owner: all of them sealed together (a JSON array of their values). */
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

/** Whatever stands in a personal field's place in the stored log. */
export type FieldEnvelope = SealedField | SealedPerson | SealedWithPerson;

export const isEnvelope = (value: unknown): value is FieldEnvelope => {
  if (typeof value !== 'object' || value === null) return false;
  const version = (value as { $enc?: unknown }).$enc;
  return (version === 'v1' || version === 'v2') && typeof (value as { s?: unknown }).s === 'string';
};

/** A ciphertext that fails its tag: altered, or moved from another event or field. Reads stop rather than guess. */
export class PersonalDataIntegrityError extends Error {}

/** How many opened events the cipher remembers: plaintext in this process's memory only. */
const OPENED_LIMIT = 100_000;
/**
 * How many sealed events it remembers until they are opened: the appends of a group commit (at most 4,096 by
 * default) are opened by their inline projection and their answer right after; beyond this, they are decrypted.
 */
const SEALED_LIMIT = 20_000;

/** An envelope (v1) or a person's group of envelopes (v2) remembered: its place, its ciphertext, what it holds. */
interface Opened {
  eventId: string;
  /** The owner's path (`inspectors[1]`; '' for the data itself). */
  ownerPath: string;
  /** v1: the field's name; v2: the names of the fields sealed together, in declaration order. */
  keys: string | readonly string[];
  ct: string;
  plain: string | readonly string[];
}

/** The event being opened: what memory holds for it, and what its envelopes turn out to be. */
interface Opening {
  eventId: string;
  /** What was sealed or opened for this event, in walk order (undefined: nothing remembered). */
  known: readonly Opened[] | undefined;
  /** How many envelopes (v1) and groups (v2) were met so far. */
  rank: number;
  /** What they were, once one differed from `known` (null while each is the one remembered in its rank). */
  found: Opened[] | null;
}

/** One person's string fields in one owner, in declaration order. */
interface PersonFields {
  subjectId: string;
  keys: string[];
  values: string[];
}

/** A v2 envelope (sealed, or sealed with it) of this subject. */
const isSealedWith = (value: unknown, subjectId: string): boolean =>
  typeof value === 'object' && value !== null && (value as { $enc?: unknown }).$enc === 'v2' && (value as { s?: unknown }).s === subjectId;

/** Whether a field before `i` holds a v2 envelope of the subject (their fields were opened there). */
function personBefore(owner: Record<string, unknown>, fields: readonly OwnedField[], i: number, subjectId: string): boolean {
  for (let j = 0; j < i; j++) if (isSealedWith(owner[(fields[j] as OwnedField).key], subjectId)) return true;
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
 * answer and inline projection open them at once), those of the events it opened by their position in the log (a
 * map of numbers: no hashing of ciphertexts on the read path). Memory answers only for the same ciphertext at the
 * same place (event id, owner path, fields): a moved ciphertext still meets the tag check. The key is asked first:
 * a destroyed key wins over anything remembered. `forget` (after every key destruction) drops it all.
 */
export class FieldCipher {
  private readonly sealedById = new Map<string, readonly Opened[]>();
  private readonly openedAt = new Map<number, readonly Opened[]>();
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
    const opening = this.opening;
    let known = this.openedAt.get(event.position);
    // Opened at this position before; else sealed here (just appended: its answer, its inline projection).
    let atPosition = known !== undefined && known[0]?.eventId === event.id;
    if (!atPosition) known = this.sealedById.get(event.id);
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
    return { ...event, data };
  }

  /** Drops everything remembered: after a key is destroyed, its fields must read as the marker at once. */
  forget(): void {
    this.sealedById.clear();
    this.openedAt.clear();
  }

  private sealOwner(eventId: string, owner: Record<string, unknown>, ownerPath: string, fields: readonly OwnedField[], sealed: Opened[]): Record<string, unknown> {
    let people: PersonFields[] | null = null;
    for (const { key, field } of fields) {
      const value = owner[key];
      if (typeof value !== 'string') continue;
      const subjectId = field.subject(owner);
      if (subjectId === null) continue;
      people ??= [];
      let person: PersonFields | undefined;
      for (const p of people) if (p.subjectId === subjectId) person = p;
      if (person) {
        person.keys.push(key);
        person.values.push(value);
      } else {
        people.push({ subjectId, keys: [key], values: [value] });
      }
    }
    if (!people) return owner;
    const out = { ...owner };
    for (const { subjectId, keys, values } of people) {
      const key = this.keys.keyFor(subjectId);
      if (!key) {
        for (const k of keys) out[k] = ERASED_MARKER;
      } else if (keys.length === 1) {
        const k = keys[0] as string;
        const value = values[0] as string;
        const { iv, ct } = seal(key, aadOfField(eventId, fieldPath(ownerPath, k)), value);
        out[k] = { $enc: 'v1', s: subjectId, iv, ct } satisfies SealedField;
        sealed.push({ eventId, ownerPath, keys: k, ct, plain: value });
      } else {
        const { iv, ct } = seal(key, aadOfPerson(eventId, ownerPath, keys), JSON.stringify(values));
        out[keys[0] as string] = { $enc: 'v2', s: subjectId, iv, ct } satisfies SealedPerson;
        for (let i = 1; i < keys.length; i++) out[keys[i] as string] = { $enc: 'v2', s: subjectId } satisfies SealedWithPerson;
        sealed.push({ eventId, ownerPath, keys, ct, plain: values });
      }
    }
    return out;
  }

  private openOwner(owner: Record<string, unknown>, ownerPath: string, fields: readonly OwnedField[]): Record<string, unknown> {
    let out: Record<string, unknown> | null = null;
    for (let i = 0; i < fields.length; i++) {
      const k = (fields[i] as OwnedField).key;
      const value = owner[k];
      if (!isEnvelope(value)) continue;
      if (value.$enc === 'v1') {
        (out ??= { ...owner })[k] = this.openField(ownerPath, k, value as SealedField);
        continue;
      }
      // v2: a person's fields are opened together, at the first of them.
      const subjectId = value.s;
      if (personBefore(owner, fields, i, subjectId)) continue;
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

  private openField(ownerPath: string, k: string, envelope: SealedField): string {
    // The key first (a map lookup once unwrapped): a destroyed key wins over anything remembered.
    const key = this.keys.keyOf(envelope.s);
    if (!key) return ERASED_MARKER;
    const known = this.recall(ownerPath, k, envelope.ct);
    if (known && typeof known.plain === 'string') return known.plain;
    const { eventId } = this.opening;
    const path = fieldPath(ownerPath, k);
    const plain = open(key, envelope, aadOfField(eventId, path), () => `The personal field ${path} of event ${eventId} does not decrypt: altered, or not in its place`);
    this.opening.found?.push({ eventId, ownerPath, keys: k, ct: envelope.ct, plain });
    return plain;
  }

  /**
   * The values of the person's fields (the v2 envelopes of `subjectId` in the owner, from `first`), in their order;
   * null when their key is gone (every field reads as the marker).
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
    const json = open(key, sealed, aadOfPerson(eventId, ownerPath, keys), () => personRefused(eventId, ownerPath, keys, 'do not decrypt: altered, or not in their place'));
    let values: unknown;
    try {
      values = JSON.parse(json);
    } catch {
      values = null;
    }
    if (!Array.isArray(values) || values.length !== keys.length || !values.every((v) => typeof v === 'string')) {
      throw new PersonalDataIntegrityError(personRefused(eventId, ownerPath, keys, 'do not hold what was sealed'));
    }
    this.opening.found?.push({ eventId, ownerPath, keys, ct: sealed.ct, plain: values as string[] });
    return values as string[];
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

const aadOfField = (eventId: string, path: string): string => `${eventId}\n${path}`;
/** v2 AAD: `v2`, the event id's length and the id, the owner's path, the field names (unambiguous: paths hold no newline). */
const aadOfPerson = (eventId: string, ownerPath: string, keys: readonly string[]): string => `v2\n${eventId.length}\n${eventId}\n${ownerPath}\n${keys.join('\n')}`;

/**
 * AES-256-GCM of `plaintext` bound to `aad`, with the IV HMAC(ivKey, aad ‖ "\n" ‖ plaintext) cut to 12 bytes. For v1
 * the HMAC input is `eventId \n path \n plaintext`, as it always was (replays of old events still match).
 */
function seal(key: SubjectKey, aad: string, plaintext: string): { iv: string; ct: string } {
  const iv = createHmac('sha256', key.ivKey).update(`${aad}\n`).update(plaintext, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64') };
}

function open(key: SubjectKey, envelope: { iv: string; ct: string }, aad: string, refused: () => string): string {
  try {
    const sealed = Buffer.from(envelope.ct, 'base64');
    if (sealed.length < 16) throw new Error('too short');
    const decipher = createDecipheriv('aes-256-gcm', key.encryptionKey, Buffer.from(envelope.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new PersonalDataIntegrityError(refused());
  }
}
