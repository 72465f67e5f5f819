import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import { accountDeactivated, passwordSignInOff } from '../identity/identity.errors.js';
import { mayUsePassword } from '../identity/identity.service.js';
import { hashPassword, type PasswordCost } from '../identity/password.js';
import { passwordProblem } from '../identity/password-policy.js';
import type { TokenService } from '../identity/token.js';
import { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { notFound } from '../shared/errors.js';
import { retryingTransaction } from '../shared/transaction.js';
import type { Viewer } from '../shared/viewer.js';
import { Invitation } from './invitation.entity.js';
import { addInvited } from './invite-core.js';
import { importPeople } from './user-import.js';
import { type InvitationsFilter, listInvitations } from './invitation-list.js';
import type { PageInput } from '../identity/identity.inputs.js';
import { asAdmin, placement, reach } from './placement.js';
import { linkTokenHash } from './link-token.js';
import { peopleError } from './people.errors.js';
import type {
  AcceptInvitationInput,
  ImportPeopleInput,
  InviteUserInput,
  RevokeInvitationInput,
} from './people.inputs.js';

/** What adding people needs of the process. */
export type PeopleDeps = {
  tokens: TokenService;
  passwordCost: PasswordCost;
  /** Where people open Concord, for links in mail. */
  publicUrl: string;
  invitationTtlMs: number;
  /** Password-reset requests per address. */
  resetLimiter: RateLimiterMemory;
  /** PASSWORD_SIGN_IN (identity's): off, no link sets a password. */
  passwordSignInEnabled: boolean;
};

export class PeopleService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
    private readonly deps: PeopleDeps,
  ) {}

  /** Adds a person who cannot sign in yet, and mails them a one-time link to set a password. */
  async invite(input: InviteUserInput) {
    const { viewer, kind } = asAdmin(this.viewer);
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    const { market, team } = await placement(this.em, viewer, kind, input);
    const { others, languages } = await reach(this.em, market, input);
    if (await this.em.count(User, { email })) throw emailTaken(email);

    try {
      return await retryingTransaction(this.em, async (tx) => {
        const person = { email, name, role: input.role, market, team, others, languages };
        const { user, invitation } = await addInvited(tx, this.deps, this.trail, person, { invitedBy: viewer.id });
        return { user, invitation };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw emailTaken(email);
      throw error;
    }
  }

  /** Invites everyone of a CSV file, or nobody if any line is bad (see user-import.ts). */
  importFile(input: ImportPeopleInput) {
    const { viewer, kind } = asAdmin(this.viewer);
    return importPeople(this.em, {
      viewer,
      kind,
      content: input.content,
      dryRun: input.dryRun,
      deps: this.deps,
      trail: this.trail,
    });
  }

  list(filter: InvitationsFilter, page: PageInput) {
    const { viewer } = asAdmin(this.viewer);
    return listInvitations(this.em, viewer, filter, page);
  }

  async revoke(input: RevokeInvitationInput) {
    const { viewer, kind } = asAdmin(this.viewer);
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
    const invitation = await this.em.findOne(Invitation, { tokenHash: linkTokenHash(token) }, { populate: ['user'] });
    usable(invitation);
    return { name: invitation.user.name, email: invitation.user.email, expiresAt: invitation.expiresAt };
  }

  /** Sets the person's password from the link, once, and signs them in. */
  async accept(input: AcceptInvitationInput) {
    const tokenHash = linkTokenHash(input.token);
    const found = await this.em.findOne(Invitation, { tokenHash }, { populate: ['user.team.vendor'] });
    usable(found);
    // Who may not use a password joins by SSO (which sets joinedAt): the link sets none.
    // Hashed before the lock: scrypt takes a while, and nothing else waits on this row meanwhile.
    const passwordHash = await linkPasswordHash(this.deps, found.user, input.password);
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

/**
 * The hash of the password a link (an invitation, a reset) sets for `user`: refused where
 * passwords are off for them, or when it is too weak.
 */
export async function linkPasswordHash(
  deps: Pick<PeopleDeps, 'passwordSignInEnabled' | 'passwordCost'>,
  user: User,
  password: string,
) {
  if (!mayUsePassword(deps.passwordSignInEnabled, user)) throw passwordSignInOff();
  const problem = passwordProblem(password, user.email);
  if (problem) throw weakPassword(problem);
  return hashPassword(password, deps.passwordCost);
}

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
