import { DEFAULT_COUNTING_KINDS, INSPECTION_KINDS, type InspectionKind } from '../supervision/common';

/** The environment variable that names the kinds counting for the cycle (read by src/config.ts). */
export const COUNTING_KINDS_VARIABLE = 'CYCLE_COUNTING_KINDS';

/**
 * Parses a comma-separated list of inspection kinds (`LAW_ENFORCEMENT,SPECIAL_BUSINESS,ANNUAL`, the default when
 * unset or blank). Throws a RangeError naming the variable on an unknown kind or an empty list; the config loader
 * turns it into its ConfigError. The result has no duplicates and follows INSPECTION_KINDS' order.
 */
export function parseCountingKinds(raw: string | undefined): InspectionKind[] {
  if (raw === undefined || raw.trim() === '') return [...DEFAULT_COUNTING_KINDS];
  const named = raw
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== '');
  const unknown = named.filter((s) => !(INSPECTION_KINDS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new RangeError(`${COUNTING_KINDS_VARIABLE} names unknown inspection kinds (${unknown.join(', ')}); known: ${INSPECTION_KINDS.join(', ')}`);
  }
  if (named.length === 0) throw new RangeError(`${COUNTING_KINDS_VARIABLE} must name at least one inspection kind`);
  return INSPECTION_KINDS.filter((kind) => named.includes(kind));
}
