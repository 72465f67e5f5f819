import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { PasswordCost } from '../identity/password.js';
import type { TokenService } from '../identity/token.js';
import { withContext } from '../shared/context.js';
import { defineModule, type ProcessDeps, type RequestDeps } from '../shared/module.js';
import { Invitation } from './invitation.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { PasswordResetService, sendPasswordReset } from './password-reset.service.js';
import { PeopleAdminService } from './people-admin.service.js';
import { InvitationResolver, PasswordResolver, PeopleAdminResolver, type PeopleContext } from './people.resolver.js';
import { PeopleService } from './people.service.js';

/** Bringing people in and letting them back in: invitations and password resets by mail, signing out everywhere. */
export const peopleModule = defineModule({
  name: 'people',
  entities: [Invitation, PasswordReset],
  resolvers: withContext<PeopleContext>(InvitationResolver, PasswordResolver, PeopleAdminResolver),
  start: ({ config, orm }: ProcessDeps) => {
    const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    return {
      provides: {
        publicUrl,
        invitationTtlMs: config.INVITATION_TTL_HOURS * 3_600_000,
        resetLimiter: new RateLimiterMemory({ points: 10, duration: 60 }),
      },
      tasks: {
        'people.password-reset': (payload) =>
          sendPasswordReset(
            orm.em.fork() as EntityManager,
            { publicUrl, passwordSignInEnabled: config.PASSWORD_SIGN_IN },
            payload,
          ),
      },
    };
  },
  services: (
    deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail' | 'clientIp'> & {
      tokens: TokenService;
      passwordCost: PasswordCost;
      publicUrl: string;
      invitationTtlMs: number;
      resetLimiter: RateLimiterMemory;
      passwordSignInEnabled: boolean;
    },
  ) => ({
    people: new PeopleService(deps.em, deps.viewer, deps.auditTrail, deps),
    peopleAdmin: new PeopleAdminService(deps.em, deps.viewer, deps.auditTrail),
    passwordReset: new PasswordResetService(deps.em, deps.viewer, deps.auditTrail, deps, deps.clientIp),
  }),
});
