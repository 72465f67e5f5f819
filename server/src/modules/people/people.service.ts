import { createHash, randomBytes } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import { accountDeactivated } from '../identity/identity.errors.js';
import { Market } from '../identity/market.entity.js';
import { hashPassword, type PasswordCost, unmatchableHash } from '../identity/password.js';
import { passwordProblem } from '../identity/password-policy.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import type { TokenService } from '../identity/token.js';
import { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { notFound } from '../shared/errors.js';
import { enqueueJob } from '../shared/jobs.js';
import { retryingTransaction } from '../shared/transaction.js';
import type { Viewer } from '../shared/viewer.js';
import { Invitation } from './invitation.entity.js';
import { invitationMail } from './people.mail.js';
import { peopleError } from './people.errors.js';
import type { AcceptInvitationInput, InviteUserInput, RevokeInvitationInput } from './people.inputs.js';

/** What adding people needs of the process. */
export type PeopleDeps = {
  tokens: TokenService;
  passwordCost: PasswordCost;
  /** Where people open Concord, for links in mail. */
  publicUrl: string;
  invitationTtlMs: number;
  /** Password-reset requests per address. */
  resetLimiter: RateLimiterMemory;
};

/** Roles from the least to the most rights: a vendor's admin grants none above their own. */
const RANK: Record<Role, number> = {
  [Role.MODERATOR]: 0,
  [Role.QA_SPECIALIST]: 1,
  [Role.QA_MANAGER]: 2,
  [Role.POLICY_OWNER]: 3,
  [Role.ADMIN]: 4,
};

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Who may add people: the platform's admins, and a vendor's QA managers (their vendor's admins) for their vendor. */
export function adminKind(viewer: Viewer): 'platform' | 'vendor' | null {
  if (viewer.role === Role.ADMIN && viewer.vendorId === null) return 'platform';
  if (viewer.role === Role.QA_MANAGER && viewer.vendorId !== null) return 'vendor';
  return null;
}

export class PeopleService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
    private readonly deps: PeopleDeps,
  ) {}

  private admin(): { viewer: Viewer; kind: 'platform' | 'vendor' } {
    const viewer = this.viewer!;
    const kind = adminKind(viewer);
    if (!kind) throw peopleError('FORBIDDEN', 'NOT_AN_ADMIN', 'Only admins and a vendor’s QA managers add people.');
    return { viewer, kind };
  }

  /** Adds a person who cannot sign in yet, and mails them a one-time link to set a password. */
  async invite(input: InviteUserInput) {
    const { viewer, kind } = this.admin();
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const market = await this.em.findOne(Market, input.marketId);
    if (!market) throw notFound('Market', input.marketId);
    const team = input.teamId ? await this.em.findOne(Team, input.teamId, { populate: ['vendor', 'market'] }) : null;
    if (input.teamId && !team) throw notFound('Team', input.teamId);
    if (kind === 'vendor') {
      if (!team) {
        throw peopleError('BAD_USER_INPUT', 'TEAM_REQUIRED', 'Put the person on one of your vendor’s teams.');
      }
      if (team.vendor?.id !== viewer.vendorId) {
        throw peopleError('FORBIDDEN', 'OTHER_VENDOR', `Team "${team.name}" is not one of your vendor’s teams.`, {
          teamName: team.name,
        });
      }
      if (RANK[input.role] > RANK[viewer.role]) {
        throw peopleError(
          'FORBIDDEN',
          'ROLE_ABOVE_OWN',
          `You cannot give the role ${input.role}: it is above your own.`,
          {
            role: input.role,
          },
        );
      }
    }
    if (team && team.market.id !== market.id) {
      throw peopleError(
        'BAD_USER_INPUT',
        'TEAM_NOT_IN_MARKET',
        `Team "${team.name}" works in ${team.market.code}, not ${market.code}.`,
        { teamName: team.name, teamMarket: team.market.code, market: market.code },
      );
    }
    const staffRole = input.role === Role.ADMIN || input.role === Role.POLICY_OWNER;
    if (staffRole && team?.vendor) {
      throw peopleError(
        'BAD_USER_INPUT',
        'STAFF_ROLE_ON_VENDOR_TEAM',
        `${input.role} is a role of the platform's own staff, not of a vendor's team.`,
        { role: input.role },
      );
    }
    if (!team && (input.role === Role.MODERATOR || input.role === Role.QA_SPECIALIST)) {
      throw peopleError('BAD_USER_INPUT', 'TEAM_REQUIRED', `A ${input.role} works on a team: choose one.`, {
        role: input.role,
      });
    }
    if (await this.em.count(User, { email })) throw emailTaken(email);

    const token = randomBytes(32).toString('base64url');
    try {
      return await retryingTransaction(this.em, async (tx) => {
        const user = tx.create(User, {
          email,
          name,
          role: input.role,
          market,
          team,
          passwordHash: unmatchableHash(this.deps.passwordCost),
          joinedAt: null,
        });
        const invitation = tx.create(Invitation, {
          user,
          invitedBy: viewer.id,
          tokenHash: sha256(token),
          expiresAt: new Date(Date.now() + this.deps.invitationTtlMs),
        });
        await tx.flush();
        await enqueueJob(tx, 'mail.send', invitationMail({ name, email, token, invitation, deps: this.deps }));
        this.trail.add(tx, {
          action: AuditAction.INVITATION_SENT,
          target: { type: 'User', id: user.id, label: email },
          vendorId: team?.vendor?.id ?? null,
          after: { name, role: input.role, market: market.code, team: team?.name ?? null },
        });
        return { user, invitation };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw emailTaken(email);
      throw error;
    }
  }

  async revoke(input: RevokeInvitationInput) {
    const { viewer, kind } = this.admin();
    return retryingTransaction(this.em, async (tx) => {
      const invitation = await tx.findOne(Invitation, input.invitationId, {
        populate: ['user.team.vendor'],
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      const vendorId = invitation?.user.team?.vendor?.id ?? null;
      if (!invitation || (kind === 'vendor' && vendorId !== viewer.vendorId)) {
        throw notFound('Invitation', input.invitationId);
      }
      if (invitation.acceptedAt) {
        throw peopleError(
          'CONFLICT',
          'INVITATION_ACCEPTED',
          'This invitation was accepted: deactivate the person instead.',
        );
      }
      if (invitation.revokedAt)
        throw peopleError('CONFLICT', 'INVITATION_REVOKED', 'This invitation is already revoked.');
      invitation.revokedAt = new Date();
      this.trail.add(tx, {
        action: AuditAction.INVITATION_REVOKED,
        target: { type: 'User', id: invitation.user.id, label: invitation.user.email },
        vendorId,
      });
      return { invitation };
    });
  }

  /** The invitation a link's token opens, or why it no longer does. */
  async preview(token: string) {
    const invitation = await this.em.findOne(Invitation, { tokenHash: sha256(token) }, { populate: ['user'] });
    usable(invitation);
    return { name: invitation.user.name, email: invitation.user.email, expiresAt: invitation.expiresAt };
  }

  /** Sets the person's password from the link, once, and signs them in. */
  async accept(input: AcceptInvitationInput) {
    const tokenHash = sha256(input.token);
    const found = await this.em.findOne(Invitation, { tokenHash }, { populate: ['user'] });
    usable(found);
    const problem = passwordProblem(input.password, found.user.email);
    if (problem) throw weakPassword(problem);
    // Hashed before the lock: scrypt takes a while, and nothing else waits on this row meanwhile.
    const passwordHash = await hashPassword(input.password, this.deps.passwordCost);
    const user = await retryingTransaction(this.em, async (tx) => {
      const invitation = await tx.findOne(
        Invitation,
        { tokenHash },
        {
          populate: ['user.team.vendor'],
          lockMode: LockMode.PESSIMISTIC_WRITE,
        },
      );
      usable(invitation); // spent by a second click in the meantime: refused, not used twice
      const person = invitation.user;
      if (!person.active) throw accountDeactivated();
      const now = new Date();
      invitation.acceptedAt = now;
      person.passwordHash = passwordHash;
      person.joinedAt ??= now;
      this.trail.add(tx, {
        action: AuditAction.INVITATION_ACCEPTED,
        actor: { id: person.id, vendorId: person.team?.vendor?.id ?? null },
        target: { type: 'User', id: person.id, label: person.email },
      });
      return person;
    });
    const { token, expiresAt } = await this.deps.tokens.sign(user.id);
    return { token, expiresAt, user };
  }
}

const emailTaken = (email: string) =>
  peopleError('CONFLICT', 'EMAIL_TAKEN', `Someone already has the email ${email}.`, { email });

const PASSWORD_RULES = {
  TOO_SHORT: 'Use at least 12 characters: a few words make a good one.',
  TOO_LONG: 'Use at most 1,024 characters.',
  COMMON: 'That password is one of the most common ones: choose another.',
  IS_EMAIL: 'Do not use your email as your password.',
} as const;

export const weakPassword = (problem: keyof typeof PASSWORD_RULES) =>
  peopleError('BAD_USER_INPUT', 'WEAK_PASSWORD', PASSWORD_RULES[problem], { problem });

/** Throws why an invitation cannot be used (unknown, revoked, accepted, expired). */
function usable(invitation: Invitation | null): asserts invitation is Invitation {
  if (!invitation) {
    throw peopleError('NOT_FOUND', 'INVITATION_INVALID', 'This link is not valid: ask for a new invitation.');
  }
  if (invitation.revokedAt) {
    throw peopleError('CONFLICT', 'INVITATION_REVOKED', 'This invitation was withdrawn: ask for a new one.');
  }
  if (invitation.acceptedAt) {
    throw peopleError('CONFLICT', 'INVITATION_USED', 'This link was already used: sign in instead.');
  }
  if (invitation.expiresAt.getTime() <= Date.now()) {
    throw peopleError('CONFLICT', 'INVITATION_EXPIRED', 'This link has expired: ask for a new invitation.');
  }
}
