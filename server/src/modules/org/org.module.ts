import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { type OrgContext, OrgResolver } from './org.resolver.js';
import { OrgService } from './org.service.js';

/** The organisation's shape: vendors, markets (language, time zone) and teams, and who may change them. */
export const orgModule = defineModule({
  name: 'org',
  resolvers: withContext<OrgContext>(OrgResolver),
  services: (deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'>) => ({
    org: new OrgService(deps.em, deps.viewer, deps.auditTrail),
  }),
});
