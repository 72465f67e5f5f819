import type { AuthCheckerFn } from 'type-graphql';
import type { Role } from '../modules/identity/role.js';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * `@Authorized()` needs a signed-in user; `@Authorized(Role.X, ...)` one of those roles.
 * Throws rather than returning false, so the client gets UNAUTHENTICATED or FORBIDDEN
 * with a message instead of type-graphql's generic "Access denied".
 */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) {
    throw forbidden(`This needs one of the roles ${roles.join(', ')}; you are ${context.viewer.role}.`);
  }
  return true;
};
