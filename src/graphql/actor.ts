import type { IncomingHttpHeaders } from 'node:http';
import { UnauthenticatedError, ValidationError } from '../domain/shared/errors';
import type { Actor, ActorRole } from '../domain/shared/event';
import { requireId } from '../domain/shared/text';

/**
 * THE SEAM for identity. Until authentication lands, the actor is read from request headers:
 *   x-actor-id: who acts; x-actor-role: one of ActorRole; x-actor-bureau / x-actor-unit: what the role is bound to.
 * The authentication issue replaces this one function; nothing else reads these headers.
 */
const ROLES: readonly ActorRole[] = ['NATIONAL_ADMIN', 'BUREAU_STAFF', 'AUDITOR', 'ANALYST', 'UNIT_REPORTER', 'SYSTEM'];

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

export function actorFromHeaders(headers: IncomingHttpHeaders): Actor | null {
  const id = header(headers, 'x-actor-id');
  if (id === undefined) return null;
  const role = header(headers, 'x-actor-role') ?? 'BUREAU_STAFF';
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new ValidationError(`x-actor-role must be one of ${ROLES.join(', ')}`, 'x-actor-role', 'INVALID_ROLE');
  }
  const bureauId = header(headers, 'x-actor-bureau');
  const unitId = header(headers, 'x-actor-unit');
  return {
    id: requireId(id, 'x-actor-id'),
    role: role as ActorRole,
    ...(bureauId !== undefined && { bureauId: requireId(bureauId, 'x-actor-bureau') }),
    ...(unitId !== undefined && { unitId: requireId(unitId, 'x-actor-unit') }),
  };
}

/** Every act records who did it: writes without an actor are refused. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError('This operation needs an actor (x-actor-id header)', 'ACTOR_REQUIRED');
  return actor;
}
