import type { RecordedEvent } from '../domain/shared/event';

/**
 * The canonical bytes of a recorded event: what the ledger hashes into a leaf. Every event store backend must
 * reproduce them from what it stored, byte for byte, so the definition is part of the audit contract and is
 * versioned (`CANONICAL_EVENT_FORMAT`). A change of definition is a new format, never an edit of this one.
 *
 * Definition (aol-canonical-event/v1):
 *
 * 1. The event is mapped to the JSON object
 *      { position, id, streamId, revision, type, schemaVersion, data, metadata }
 *    with `data` exactly as stored and `metadata` as stored, except that these optional members are always present
 *    and are `null` when the store holds them as absent or undefined:
 *      metadata.actor.bureauId, metadata.actor.unitId, metadata.causationId, metadata.idempotencyKey.
 *    Every other metadata member is kept as stored (members whose value is undefined are left out, as JSON does).
 *    So `{causationId: undefined}`, `{}` and `{causationId: null}` all give the same bytes, whichever store the
 *    event went through.
 * 2. That object is written as JSON in the manner of RFC 8785 (JCS):
 *    - no whitespace between tokens;
 *    - object members sorted by key, comparing the keys as sequences of UTF-16 code units;
 *    - strings as ECMAScript JSON.stringify writes them (`"` and `\` escaped, U+0000–U+001F as \b \t \n \f \r or
 *      \u00xx in lower-case hex, everything else literal; a lone surrogate as a \udxxx escape — where RFC 8785
 *      would refuse it);
 *    - numbers as ECMAScript prints them (Number.prototype.toString: 1, 1.5, 1e+21, -0 as 0); NaN and the
 *      infinities are refused;
 *    - true, false, null literally; arrays in order (an undefined element is written null, as JSON does).
 * 3. The bytes are the UTF-8 encoding of that text (no BOM, no trailing newline).
 *
 * Example: {"data":{"unitId":"u1"},"id":"e1","metadata":{"actor":{"bureauId":null,"id":"a","role":"SYSTEM",
 * "unitId":null},"causationId":null,"correlationId":"c","idempotencyKey":null,"occurredAt":"…","recordedAt":"…"},
 * "position":1,"revision":0,"schemaVersion":1,"streamId":"unit-u1","type":"UnitRegistered"}
 */
export const CANONICAL_EVENT_FORMAT = 'aol-canonical-event/v1';

/** The object that is written canonically (step 1 of the definition). */
export function canonicalEventObject(event: RecordedEvent): Record<string, unknown> {
  const metadata = event.metadata as unknown as Record<string, unknown>;
  const actor = (metadata.actor ?? {}) as Record<string, unknown>;
  return {
    position: event.position,
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: {
      ...metadata,
      actor: { ...actor, bureauId: actor.bureauId ?? null, unitId: actor.unitId ?? null },
      causationId: metadata.causationId ?? null,
      idempotencyKey: metadata.idempotencyKey ?? null,
    },
  };
}

/** The canonical text of an event (steps 1 and 2). */
export function canonicalEventJson(event: RecordedEvent): string {
  return canonicalJson(canonicalEventObject(event));
}

/** The canonical bytes of an event (steps 1 to 3): the input of its leaf hash. */
export function canonicalEventBytes(event: RecordedEvent): Buffer {
  return Buffer.from(canonicalEventJson(event), 'utf8');
}

/** A JSON value written as step 2 says. Throws a TypeError on what JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  const text = write(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value is not JSON (undefined)');
  return text;
}

/** What JSON.stringify escapes in a string: quote, backslash, controls, and (lone) surrogates — sent the slow way. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Object keys repeat from event to event (the envelope, the data of each type): quoted once. */
const quotedKeys = new Map<string, string>();
const QUOTED_KEYS_LIMIT = 10_000;

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < QUOTED_KEYS_LIMIT) quotedKeys.set(key, quoted);
  }
  return quoted;
}

// Written for speed (it runs for every event inside the append's transaction): string concatenation, no
// intermediate arrays; the output is exactly what JSON.stringify gives each token.
function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value); // Number.prototype.toString, with -0 as 0
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return undefined;
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? writeArray(value) : writeObject(value);
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

function writeArray(items: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    out += write(items[i]) ?? 'null';
  }
  return `${out}]`;
}

function writeObject(value: object): string {
  if (!isPlainObject(value)) {
    throw new TypeError(`canonicalJson: only plain objects are JSON, got ${value.constructor?.name ?? 'an object'}`);
  }
  const record = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units, as RFC 8785 asks.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = write(record[key]);
    if (member === undefined) continue;
    out += first ? `${quoteKey(key)}:${member}` : `,${quoteKey(key)}:${member}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * A plain object of any realm: its prototype is null or an Object.prototype (one whose own prototype is null).
 * Realm-neutral on purpose: objects from structuredClone or another vm context have another realm's prototype.
 */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}
