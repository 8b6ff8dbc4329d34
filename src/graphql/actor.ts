import type { IncomingHttpHeaders } from 'node:http';
import { UnauthenticatedError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';

/** The bearer token of a request (`Authorization: Bearer <jwt>`), or an UNAUTHENTICATED error saying what is wrong. */
export function bearerToken(headers: IncomingHttpHeaders): string {
  const value = headers.authorization;
  if (value === undefined || value.trim() === '') {
    throw new UnauthenticatedError('A bearer token is required (Authorization: Bearer <token>)', 'TOKEN_MISSING');
  }
  const match = /^Bearer\s+([A-Za-z0-9_\-.]+)\s*$/i.exec(value);
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"', 'TOKEN_MALFORMED');
  return match[1] as string;
}

/** Every act records who did it: writes without an actor are refused. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError('This operation needs an authenticated actor', 'ACTOR_REQUIRED');
  return actor;
}
