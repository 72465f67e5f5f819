import type { TokenService } from '../identity/token.js';
import type { PasswordCost } from '../identity/password.js';
import { withContext } from '../shared/context.js';
import { defineModule, type ProcessDeps, type RequestDeps } from '../shared/module.js';
import { Invitation } from './invitation.entity.js';
import { InvitationResolver, type PeopleContext } from './people.resolver.js';
import { PeopleService } from './people.service.js';

/** Bringing people in: invitations by mail, with one-time links (and, next, administration and SSO). */
export const peopleModule = defineModule({
  name: 'people',
  entities: [Invitation],
  resolvers: withContext<PeopleContext>(InvitationResolver),
  start: ({ config }: ProcessDeps) => ({
    provides: {
      publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
      invitationTtlMs: config.INVITATION_TTL_HOURS * 3_600_000,
    },
  }),
  services: (
    deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'> & {
      tokens: TokenService;
      passwordCost: PasswordCost;
      publicUrl: string;
      invitationTtlMs: number;
    },
  ) => ({
    people: new PeopleService(deps.em, deps.viewer, deps.auditTrail, deps),
  }),
});
