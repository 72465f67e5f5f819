import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { toConnection } from '../shared/connection.js';
import { escapeLike } from '../shared/sql.js';
import { notFound } from '../shared/errors.js';
import { teamScope, userScope } from '../shared/visibility/scopes.js';
import type { Viewer } from '../shared/viewer.js';
import { accountDeactivated, identityError, passwordSignInOff } from './identity.errors.js';
import { Market } from './market.entity.js';
import type { PageInput, SetTeamLeadInput, SignInInput, UsersFilter } from './identity.inputs.js';
import { hashPassword, needsRehash, type PasswordCost, unmatchableHash, verifyPassword } from './password.js';
import { Team } from './team.entity.js';
import type { TokenService } from './token.js';
import { User } from './user.entity.js';

/** What sign-in needs of the process: the token signer, the scrypt cost and the sign-in limiters. */
export type IdentityDeps = {
  tokens: TokenService;
  passwordCost: PasswordCost;
  /** Failed sign-ins per address and email. */
  loginLimiter: RateLimiterMemory;
  /** Failed sign-ins per address, whatever the email. */
  loginAddressLimiter: RateLimiterMemory;
  /** PASSWORD_SIGN_IN: off, nobody signs in with a password (SSO only). */
  passwordSignInEnabled: boolean;
};

/** Whether a person may use a password: on for everyone, and for their vendor (Vendor.passwordSignIn). */
export const mayUsePassword = (enabled: boolean, user: User) => enabled && user.team?.vendor?.passwordSignIn !== false;

export class IdentityService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: IdentityDeps,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {}

  /**
   * One scrypt check whatever the outcome: a right password, a wrong one, and an unknown
   * email (checked against a hash of the same cost) take the same time, with no sleeps.
   * scrypt runs on libuv's thread pool, so the event loop keeps serving meanwhile.
   */
  async signIn(input: SignInInput, clientIp: string) {
    const email = input.email.trim().toLowerCase();
    if (!this.deps.passwordSignInEnabled) throw passwordSignInOff();
    // Per address and email (guessing one account's password), and per address whatever the
    // email (spraying one password over many accounts; each try costs a scrypt). Both are
    // taken before the scrypt; a right password gives the address's point back.
    await this.consumeLoginAttempt(this.deps.loginLimiter, `${clientIp}|${email}`);
    await this.consumeLoginAttempt(this.deps.loginAddressLimiter, clientIp);
    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash', 'market', 'team.vendor'] });
    const cost = this.deps.passwordCost;
    const ok = await verifyPassword(input.password, user?.passwordHash ?? unmatchableHash(cost));
    const actor = user ? { id: user.id, vendorId: user.team?.vendor?.id ?? null } : null;
    const target = { type: 'User', id: user?.id ?? null, label: email };
    if (!user || !ok || !user.active) {
      const reason = !user ? 'unknown email' : !ok ? 'wrong password' : 'deactivated';
      await this.trail.write({ action: AuditAction.SIGN_IN_FAILED, actor, target, after: { reason } });
      if (!user || !ok) throw identityError('UNAUTHENTICATED', 'WRONG_CREDENTIALS', 'Email or password is wrong.');
      throw accountDeactivated();
    }
    // Told only to whoever knows the password: the refusal says nothing about an account to others.
    if (!mayUsePassword(true, user)) {
      await this.trail.write({
        action: AuditAction.SIGN_IN_FAILED,
        actor,
        target,
        after: { reason: 'password sign-in off for the vendor' },
      });
      throw passwordSignInOff();
    }
    await this.deps.loginLimiter.delete(`${clientIp}|${email}`);
    await this.deps.loginAddressLimiter.reward(clientIp, 1);
    // Every hash converges on the current cost, which the unknown-email check uses.
    if (needsRehash(user.passwordHash, cost)) {
      user.passwordHash = await hashPassword(input.password, cost);
      await this.em.flush();
    }
    const { token, expiresAt } = await this.deps.tokens.sign(user.id);
    await this.trail.write({ action: AuditAction.SIGN_IN, actor, target: { ...target, label: user.email } });
    return { token, expiresAt, user };
  }

  private async consumeLoginAttempt(limiter: RateLimiterMemory, key: string) {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.ceil(error.msBeforeNext / 1000);
      throw identityError(
        'RATE_LIMITED',
        'TOO_MANY_SIGN_INS',
        `Too many sign-in attempts: try again in ${seconds} s.`,
        { retryAfterSeconds: seconds },
      );
    }
  }

  me(viewer: Viewer) {
    return this.em.findOneOrFail(User, viewer.id, { populate: ['market', 'team.vendor'] });
  }

  markets() {
    return this.em.find(Market, {}, { orderBy: { code: 'asc' } });
  }

  teams(viewer: Viewer) {
    return this.em.find(Team, teamScope(viewer), {
      populate: ['market', 'vendor'],
      orderBy: { market: { code: 'asc' }, name: 'asc' },
    });
  }

  /** An admin names a team's lead (a member of it) or clears it. */
  async setTeamLead(viewer: Viewer, input: SetTeamLeadInput): Promise<Team> {
    const team = await this.em.findOne(Team, { $and: [{ id: input.teamId }, teamScope(viewer)] });
    if (!team) throw notFound('Team', input.teamId);
    if (input.userId) {
      const user = await this.em.findOne(User, { id: input.userId, team: team.id, active: true });
      if (!user)
        throw identityError(
          'BAD_USER_INPUT',
          'NOT_TEAM_MEMBER',
          `User ${input.userId} is not an active member of team "${team.name}": a lead leads their own team.`,
          { userId: input.userId, teamName: team.name },
        );
      team.lead = user;
    } else {
      team.lead = null;
    }
    await this.em.flush();
    return team;
  }

  async users(viewer: Viewer, filter: UsersFilter, page: PageInput) {
    const where = {
      $and: [
        userScope(viewer),
        filter.role ? { role: filter.role } : {},
        filter.marketId ? { market: filter.marketId } : {},
        filter.teamId ? { team: filter.teamId } : {},
        filter.vendorId ? { team: { vendor: filter.vendorId } } : {},
        filter.active === undefined || filter.active === null ? {} : { active: filter.active },
        filter.invited === undefined || filter.invited === null
          ? {}
          : { joinedAt: filter.invited ? null : { $ne: null } },
        filter.search
          ? {
              $or: [
                { name: { $ilike: `%${escapeLike(filter.search.trim())}%` } },
                { email: { $ilike: `%${escapeLike(filter.search.trim().toLowerCase())}%` } },
              ],
            }
          : {},
      ],
    } satisfies FilterQuery<User>;
    const cursor = await this.em.findByCursor(User, where, {
      first: page.first,
      after: page.after,
      orderBy: { email: 'asc', id: 'asc' },
      // Every field the people page shows, in one query each: no load per row.
      populate: ['market', 'team.vendor', 'otherMarkets'],
    });
    return toConnection(cursor);
  }
}
