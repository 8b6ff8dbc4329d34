/**
 * Field names the port allows but FerretDB refuses (and MongoDB before 5.0, and MongoDB's query language cannot
 * address): a name with `.` or `$` in it — e.g. a map keyed by an item code such as `units.total`. Such names are
 * stored percent-encoded (`%` itself too, so that decoding is exact): `.` → `%2E`, `$` → `%24`, `%` → `%25`.
 * Filters and sorts never need this: their paths are plain identifiers separated by dots.
 */

const SPECIAL = /[.$%]/;
const SPECIAL_ALL = /[.$%]/g;
const ENCODED = /%(2E|24|25)/g;
const DECODED: Record<string, string> = { '2E': '.', '24': '$', '25': '%' };

function mapKeys(value: unknown, needs: RegExp, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapKeys(item, needs, rename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    out[needs.test(key) ? rename(key) : key] = mapKeys(inner, needs, rename);
  }
  return out;
}

/** A document as stored: every key with `.`, `$` or `%` encoded, at any depth. */
export function encodeKeys<T>(doc: T): T {
  return mapKeys(doc, SPECIAL, (key) => key.replace(SPECIAL_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)) as T;
}

/** The document as it was put. */
export function decodeKeys<T>(doc: T): T {
  return mapKeys(doc, /%/, (key) => key.replace(ENCODED, (_, hex: string) => DECODED[hex] as string)) as T;
}
