import type { Config } from '../../config.js';
import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { SsoAttempt } from './sso-attempt.entity.js';
import { SsoLink } from './sso-link.entity.js';
import { type SsoContext, SsoResolver } from './sso.resolver.js';
import { ssoRoutes } from './sso.routes.js';
import { SsoService } from './sso.service.js';

/**
 * Single sign-on by OpenID Connect (OIDC_* variables): the authorization code flow with PKCE
 * at /auth/oidc/start and /auth/oidc/callback, just-in-time accounts, what the sign-in page
 * offers, and password sign-in switched per vendor.
 */
export const ssoModule = defineModule({
  name: 'sso',
  entities: [SsoAttempt, SsoLink],
  resolvers: withContext<SsoContext>(SsoResolver),
  routes: ssoRoutes,
  services: (deps: Pick<RequestDeps, 'em' | 'auditTrail'> & { config: Config }) => ({
    sso: new SsoService(deps.em, deps.config, deps.auditTrail),
  }),
});
