import { RateLimiterMemory } from 'rate-limiter-flexible';
import { withContext } from '../shared/context.js';
import { defineModule, type ProcessDeps, type RequestDeps } from '../shared/module.js';
import { type IdentityContext, TeamResolver, UserResolver } from './identity.resolver.js';
import { type IdentityDeps, IdentityService } from './identity.service.js';
import { Market } from './market.entity.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';
import { Vendor } from './vendor.entity.js';

/** Markets, vendors, teams and users; sign-in and its limiters. The demo's people are the demo seed's frame (db/seed/demo.ts). */
export const identityModule = defineModule({
  name: 'identity',
  entities: [Market, Vendor, Team, User],
  resolvers: withContext<IdentityContext>(UserResolver, TeamResolver),
  start: ({ config }: ProcessDeps) => ({
    provides: {
      loginLimiter: new RateLimiterMemory({ points: config.LOGIN_ATTEMPTS_PER_MINUTE, duration: 60 }),
      loginAddressLimiter: new RateLimiterMemory({
        points: config.LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE,
        duration: 60,
      }),
      passwordSignInEnabled: config.PASSWORD_SIGN_IN,
    },
  }),
  services: (deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'> & IdentityDeps) => ({
    identity: new IdentityService(deps.em, deps, deps.viewer, deps.auditTrail),
  }),
});
