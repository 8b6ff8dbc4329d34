import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';

/**
 * `@Authorized()` admits any authenticated actor; `@Authorized('ROLE', …)` only those roles. Scope (which
 * units, regions and bureaus) is applied by the resolvers and the registry policy, not here.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const actor = context.actor;
  if (!actor) return false;
  return roles.length === 0 || roles.includes(actor.role);
};
