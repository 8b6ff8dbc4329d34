import { validateCreditCode } from '../domain/shared/credit-code';
import { UnauthenticatedError } from '../domain/shared/errors';
import type { Actor, ActorRole } from '../domain/shared/event';
import { findRegion } from '../domain/shared/region';

/** The roles a token may carry. SYSTEM is the command-line tools' own and never comes from a token. */
export const TOKEN_ROLES = ['NATIONAL_ADMIN', 'BUREAU_STAFF', 'AUDITOR', 'ANALYST', 'UNIT_REPORTER'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** Our claims besides the registered ones (sub, iss, aud, exp, nbf, iat). */
export interface LedgerClaims {
  role: TokenRole;
  /** BUREAU_STAFF: the bureau the person works for (its id is its region code). */
  bureauId?: string;
  /** AUDITOR, ANALYST: the region whose subtree they may read ('000000' the nation). */
  regionCode?: string;
  /** UNIT_REPORTER: the unit they report for. */
  unitId?: string;
}

const invalid = (message: string) => new UnauthenticatedError(message, 'TOKEN_CLAIMS_INVALID');

function requireRegionClaim(value: unknown, name: string): string {
  if (typeof value !== 'string' || !findRegion(value)) throw invalid(`The token's ${name} claim is not a known region code`);
  return value;
}

/** The actor a verified token speaks for; a role without the binding it needs is refused. */
export function actorFromClaims(payload: Record<string, unknown>): Actor {
  const { sub, role } = payload;
  if (typeof sub !== 'string' || sub.trim() === '' || sub.length > 128) throw invalid('The token has no valid subject (sub)');
  if (typeof role !== 'string' || !(TOKEN_ROLES as readonly string[]).includes(role)) {
    throw invalid(`The token's role must be one of ${TOKEN_ROLES.join(', ')}`);
  }
  const actor: Actor = { id: sub, role: role as ActorRole };
  switch (role as TokenRole) {
    case 'NATIONAL_ADMIN':
      return actor;
    case 'BUREAU_STAFF':
      return { ...actor, bureauId: requireRegionClaim(payload.bureauId, 'bureauId') };
    case 'AUDITOR':
    case 'ANALYST':
      return { ...actor, regionCode: requireRegionClaim(payload.regionCode, 'regionCode') };
    case 'UNIT_REPORTER': {
      const check = typeof payload.unitId === 'string' ? validateCreditCode(payload.unitId) : null;
      if (!check?.ok) throw invalid("The token's unitId claim is not a valid credit code");
      return { ...actor, unitId: check.code };
    }
  }
}
