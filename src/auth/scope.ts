import type { Actor } from '../domain/shared/event';
import { findRegion, regionPrefix } from '../domain/shared/region';

/**
 * What an actor may read: everything, a region's subtree (by GB/T 2260 code prefix), or one unit. Every read
 * path asks these functions; nothing outside the scope is shown, counted or admitted to exist.
 */
export type ReadScope =
  | { kind: 'everything' }
  | { kind: 'region'; regionCode: string; prefix: string }
  | { kind: 'unit'; unitId: string };

const NOTHING: ReadScope = { kind: 'unit', unitId: '' };

function regionScope(code: string | null | undefined): ReadScope {
  const region = code ? findRegion(code) : undefined;
  if (!region) return NOTHING;
  return region.level === 'NATION' ? { kind: 'everything' } : { kind: 'region', regionCode: region.code, prefix: regionPrefix(region) };
}

export function readScopeOf(actor: Actor | null): ReadScope {
  if (!actor) return NOTHING;
  switch (actor.role) {
    case 'NATIONAL_ADMIN':
    case 'SYSTEM':
      return { kind: 'everything' };
    case 'BUREAU_STAFF':
      // A bureau's id is its region's code: staff read their region's subtree.
      return regionScope(actor.bureauId);
    case 'AUDITOR':
    case 'ANALYST':
      return regionScope(actor.regionCode);
    case 'UNIT_REPORTER':
      return actor.unitId ? { kind: 'unit', unitId: actor.unitId } : NOTHING;
  }
}

/** A region is readable when it lies in the scope's subtree (its own prefix extends the scope's). */
export function canReadRegion(scope: ReadScope, region: { code: string; level: Parameters<typeof regionPrefix>[0]['level'] }): boolean {
  if (scope.kind === 'everything') return true;
  if (scope.kind === 'unit') return false;
  return regionPrefix(region).startsWith(scope.prefix);
}

export function canReadRegionCode(scope: ReadScope, code: string): boolean {
  const region = findRegion(code);
  return region !== undefined && canReadRegion(scope, region);
}

export function canReadUnit(scope: ReadScope, unit: { unitId: string; regionCode: string }): boolean {
  if (scope.kind === 'everything') return true;
  if (scope.kind === 'unit') return scope.unitId === unit.unitId;
  return unit.regionCode.startsWith(scope.prefix);
}

/** Bureaus are read like their regions. */
export function canReadBureau(scope: ReadScope, bureau: { regionCode: string }): boolean {
  return canReadRegionCode(scope, bureau.regionCode);
}

/**
 * Narrows a region-prefix filter to the scope: the narrower of the two when one contains the other, null when
 * they do not meet (the answer is empty). Only for region scopes and everything.
 */
export function narrowRegionPrefix(scope: ReadScope, asked: string | undefined): string | undefined | null {
  if (scope.kind === 'everything') return asked;
  if (scope.kind === 'unit') return null;
  if (asked === undefined || asked.startsWith(scope.prefix)) return asked ?? scope.prefix;
  return scope.prefix.startsWith(asked) ? scope.prefix : null;
}
