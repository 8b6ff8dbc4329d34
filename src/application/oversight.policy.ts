import { canReadUnit, readScopeOf } from '../auth/scope';
import { ForbiddenError, NotFoundError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';

/**
 * Who may do which oversight act. Administrators (and the command-line tools) act for any bureau; a bureau's staff
 * act for their own bureau only; a unit's reporter submits that unit's self-reports; auditors and analysts write
 * nothing. A record of another bureau is answered as not found, so that staff learn nothing about it by writing.
 */

const isAdmin = (actor: Actor) => actor.role === 'NATIONAL_ADMIN' || actor.role === 'SYSTEM';

/** A new act of a bureau: its staff, or an administrator. */
export function authorizeBureauAct(actor: Actor, bureauId: string, field = 'bureauId'): void {
  if (isAdmin(actor)) return;
  if (actor.role !== 'BUREAU_STAFF' || !actor.bureauId) {
    throw new ForbiddenError(`The role ${actor.role} does not record supervisory acts`, 'ROLE_CANNOT_WRITE');
  }
  if (actor.bureauId !== bureauId) {
    throw new ForbiddenError(`Staff of bureau ${actor.bureauId} act for their own bureau only`, 'OUT_OF_SCOPE', { field });
  }
}

/** Roles that may take a further step on a bureau's record (the record's own bureau is checked once it is loaded). */
export function requireBureauWriter(actor: Actor): void {
  if (isAdmin(actor) || (actor.role === 'BUREAU_STAFF' && actor.bureauId)) return;
  throw new ForbiddenError(`The role ${actor.role} does not record supervisory acts`, 'ROLE_CANNOT_WRITE');
}

/** A further step on an existing record of `recordBureauId`: another bureau's record reads as not found. */
export function authorizeFollowUp(actor: Actor, recordBureauId: string, notFound: () => NotFoundError): void {
  requireBureauWriter(actor);
  if (!isAdmin(actor) && actor.bureauId !== recordBureauId) throw notFound();
}

/** A self-report: by the unit's own reporter, by staff of the bureau supervising it (checked on the day), or an administrator. */
export function authorizeSelfReportSubmission(actor: Actor, unitId: string): void {
  if (isAdmin(actor) || actor.role === 'BUREAU_STAFF') return;
  if (actor.role === 'UNIT_REPORTER') {
    if (actor.unitId === unitId) return;
    throw new ForbiddenError(`A unit's reporter submits that unit's self-reports only`, 'OUT_OF_SCOPE', { field: 'unitId' });
  }
  throw new ForbiddenError(`The role ${actor.role} does not submit self-reports`, 'ROLE_CANNOT_WRITE');
}

/** Staff submit a self-report on behalf of a unit only while their bureau supervises it. */
export function authorizeOnBehalf(actor: Actor, supervisorBureauId: string | null): void {
  if (actor.role === 'BUREAU_STAFF' && actor.bureauId !== supervisorBureauId) {
    throw new ForbiddenError(`Staff of bureau ${actor.bureauId} report only for units their bureau supervises`, 'OUT_OF_SCOPE', { field: 'unitId' });
  }
}

/** Whether the actor may see a unit with this (current) region at all; unseen units read as not found. */
export function actorSeesUnit(actor: Actor, unitId: string, regionCode: string | null): boolean {
  return regionCode !== null && canReadUnit(readScopeOf(actor), { unitId, regionCode });
}
