import type { UnitCommand } from '../domain/registry/unit.commands';
import type { UnitState } from '../domain/registry/unit.state';
import { ForbiddenError, NotFoundError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';
import { isWithin } from '../domain/shared/region';

/**
 * Who may do which registry act. Administrators (and the command-line tools) act everywhere; bureau staff act
 * only on units their bureau supervises; every other role writes nothing here. A unit outside the actor's scope
 * is answered as not found, so that its existence is not revealed.
 */
export function authorizeUnitAct(actor: Actor, command: UnitCommand, state: UnitState): void {
  if (actor.role === 'NATIONAL_ADMIN' || actor.role === 'SYSTEM') return;
  if (actor.role !== 'BUREAU_STAFF' || !actor.bureauId) {
    throw new ForbiddenError(`The role ${actor.role} does not change the registry`, 'ROLE_CANNOT_WRITE');
  }
  if (command.type === 'RegisterUnit') {
    if (command.data.bureauId !== actor.bureauId) {
      throw new ForbiddenError(`Staff of bureau ${actor.bureauId} register units in their own bureau's scope only`, 'OUT_OF_SCOPE', {
        field: 'bureauId',
      });
    }
    return;
  }
  if (state.status !== 'unregistered' && state.bureauId !== actor.bureauId) {
    throw new NotFoundError(`Unit ${command.data.unitId} is not registered`, 'UNIT_NOT_FOUND', { unitId: command.data.unitId });
  }
}

/** Whether the actor may act on units supervised by `bureauId` (administrators and that bureau's staff). */
export function mayActFor(actor: Actor, bureauId: string): boolean {
  return actor.role === 'NATIONAL_ADMIN' || actor.role === 'SYSTEM' || (actor.role === 'BUREAU_STAFF' && actor.bureauId === bureauId);
}

/** Administrators establish any bureau; a bureau's staff establish bureaus strictly below their own region. */
export function authorizeEstablishBureau(actor: Actor, regionCode: string): void {
  if (actor.role === 'NATIONAL_ADMIN' || actor.role === 'SYSTEM') return;
  if (actor.role === 'BUREAU_STAFF' && actor.bureauId && regionCode !== actor.bureauId && isWithin(regionCode, actor.bureauId)) return;
  throw new ForbiddenError(`The actor may not establish a bureau for region ${regionCode}`, 'OUT_OF_SCOPE', { field: 'regionCode' });
}
