import { ValidationError } from './errors';

/** Upper bounds on free text, so that a single event stays small and a hostile client cannot bloat the log. */
export const TEXT_LIMITS = { name: 200, address: 500, reason: 2000, id: 64 } as const;

/** Trimmed, non-empty, at most `max` characters. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw new ValidationError(`${field} must not be empty`, field, 'REQUIRED');
  if (text.length > max) throw new ValidationError(`${field} is longer than ${max} characters`, field, 'TOO_LONG', { max });
  return text;
}

/** Trimmed; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length === 0) return null;
  if (text.length > max) throw new ValidationError(`${field} is longer than ${max} characters`, field, 'TOO_LONG', { max });
  return text;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** External ids chosen by callers (archivist ids, person ids): short, printable, no spaces. */
export function requireId(value: string, field: string): string {
  const id = value.trim();
  if (!ID_PATTERN.test(id) || id.length > TEXT_LIMITS.id) {
    throw new ValidationError(`${field} must be 1-${TEXT_LIMITS.id} letters, digits or . _ : -`, field, 'INVALID_ID');
  }
  return id;
}
