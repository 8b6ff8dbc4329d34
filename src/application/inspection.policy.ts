import { canReadUnit, readScopeOf } from '../auth/scope';
import { ForbiddenError, NotFoundError, ValidationError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';

/**
 * Who may plan and record inspections, as in the registry policy: administrators (and the system) act for any
 * bureau; a bureau's staff act for their own bureau only; every other role writes nothing here. A plan or an
 * inspection of another bureau, and a unit outside the staff's read scope, answer NOT_FOUND (existence is not
 * revealed).
 */
const isAdmin = (actor: Actor): boolean => actor.role === 'NATIONAL_ADMIN' || actor.role === 'SYSTEM';

function requireWriter(actor: Actor): void {
  if (isAdmin(actor)) return;
  if (actor.role !== 'BUREAU_STAFF' || !actor.bureauId) {
    throw new ForbiddenError(`The role ${actor.role} does not plan or record inspections`, 'ROLE_CANNOT_WRITE');
  }
}

/** The bureau a new plan or record is made for: the staff's own (by default), or the one an administrator names. */
export function actingBureau(actor: Actor, requested: string | null): string {
  requireWriter(actor);
  const bureauId = requested?.trim() || null;
  if (isAdmin(actor)) {
    if (bureauId === null) throw new ValidationError('Name the bureau that acts', 'bureauId', 'REQUIRED');
    return bureauId;
  }
  if (bureauId !== null && bureauId !== actor.bureauId) {
    throw new ForbiddenError(`Staff of bureau ${actor.bureauId} act for their own bureau only`, 'OUT_OF_SCOPE', { field: 'bureauId' });
  }
  return actor.bureauId as string;
}

/** An existing plan or record is acted on by its own bureau's staff (or an administrator). */
export function authorizeOwnRecord(actor: Actor, bureauId: string | null, notFound: () => NotFoundError): void {
  requireWriter(actor);
  if (isAdmin(actor) || bureauId === null) return;
  if (bureauId !== actor.bureauId) throw notFound();
}

/** Staff see units in their region's subtree only; a unit beyond it is answered as unknown. */
export function authorizeUnitVisible(actor: Actor, unit: { unitId: string; regionCode: string } | null): void {
  if (unit === null || isAdmin(actor)) return;
  if (!canReadUnit(readScopeOf(actor), unit)) {
    throw new NotFoundError(`Unit ${unit.unitId} is not registered`, 'UNIT_NOT_FOUND', { unitId: unit.unitId });
  }
}
