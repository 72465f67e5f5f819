import { LockMode } from '@mikro-orm/core';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { EntityManager } from '@mikro-orm/postgresql';
import { accountDeactivated } from '../identity/identity.errors.js';
import { mayUsePassword } from '../identity/identity.service.js';
import { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { enqueueJob } from '../shared/jobs.js';
import { retryingTransaction } from '../shared/transaction.js';
import type { Viewer } from '../shared/viewer.js';
import { PasswordReset } from './password-reset.entity.js';
import { linkTokenHash, newLinkToken } from './link-token.js';
import { peopleError } from './people.errors.js';
import type { ResetPasswordInput } from './people.inputs.js';
import { mailLanguage, passwordResetMail, readsIn } from './people.mail.js';
import { linkPasswordHash, type PeopleDeps } from './people.service.js';

declare module '../shared/jobs.js' {
  interface JobPayloads {
    /** A reset asked for `email`, looked up by the job: the request does the same work for any email. */
    'people.password-reset': { email: string; ip: string };
  }
}

/** How long a reset link works. */
const RESET_TTL_MS = 60 * 60_000;

export class PasswordResetService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
    private readonly deps: PeopleDeps,
    private readonly clientIp: string,
  ) {}

  /**
   * Always the same answer and the same work, whether the email has an account or not (no
   * way to learn who is on Concord): the lookup and the mail are a job's.
   */
  async request(email: string): Promise<true> {
    try {
      await this.deps.resetLimiter.consume(this.clientIp);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.ceil(error.msBeforeNext / 1000);
      throw peopleError('RATE_LIMITED', 'TOO_MANY_RESETS', `Too many reset requests: try again in ${seconds} s.`, {
        retryAfterSeconds: seconds,
      });
    }
    const address = email.trim().toLowerCase();
    // One waiting job per email: a burst of requests sends one mail.
    await enqueueJob(
      this.em,
      'people.password-reset',
      { email: address, ip: this.clientIp },
      { key: `reset:${address}` },
    );
    return true;
  }

  /** Sets the password from a reset link, once; every other sign-in of the account ends. */
  async reset(input: ResetPasswordInput) {
    const tokenHash = linkTokenHash(input.token);
    const found = await this.em.findOne(PasswordReset, { tokenHash }, { populate: ['user.team.vendor'] });
    usable(found);
    const passwordHash = await linkPasswordHash(this.deps, found.user, input.password);
    const user = await retryingTransaction(this.em, async (tx) => {
      const reset = await tx.findOne(
        PasswordReset,
        { tokenHash },
        {
          populate: ['user.team.vendor'],
          lockMode: LockMode.PESSIMISTIC_WRITE,
        },
      );
      usable(reset);
      const person = reset.user;
      if (!person.active) throw accountDeactivated();
      reset.usedAt = new Date();
      person.passwordHash = passwordHash;
      person.tokensValidAfter = new Date();
      person.joinedAt ??= new Date();
      this.trail.add(tx, {
        action: AuditAction.PASSWORD_SET,
        actor: { id: person.id, vendorId: person.team?.vendor?.id ?? null },
        target: { type: 'User', id: person.id, label: person.email },
        after: { by: 'reset link' },
      });
      return person;
    });
    const { token, expiresAt } = await this.deps.tokens.sign(user.id);
    return { token, expiresAt, user };
  }

  /** Ends every sign-in of the viewer's account, on every device (this one too). */
  async signOutEverywhere() {
    const viewer = this.viewer!;
    return retryingTransaction(this.em, async (tx) => {
      const user = await tx.findOneOrFail(User, viewer.id);
      user.tokensValidAfter = new Date();
      this.trail.add(tx, {
        action: AuditAction.SIGN_OUT_EVERYWHERE,
        target: { type: 'User', id: user.id, label: user.email },
      });
      return true as const;
    });
  }
}

/**
 * The `people.password-reset` job: a link for an active account that has joined (an open
 * invitation is the way in for the others), mailed; nothing for any other email.
 */
export async function sendPasswordReset(
  em: EntityManager,
  deps: Pick<PeopleDeps, 'publicUrl' | 'passwordSignInEnabled'>,
  { email, ip }: { email: string; ip: string },
) {
  const user = await em.findOne(
    User,
    { email, active: true, joinedAt: { $ne: null } },
    { populate: ['team.vendor', 'market'] },
  );
  // Where passwords are off (for everyone, or for their vendor) a link would only be refused.
  if (!user || !mayUsePassword(deps.passwordSignInEnabled, user)) return;
  const token = newLinkToken();
  await em.transactional(async (tx) => {
    tx.create(PasswordReset, { user, tokenHash: linkTokenHash(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) });
    await enqueueJob(
      tx,
      'mail.send',
      passwordResetMail({ name: user.name, email, token, language: mailLanguage(readsIn(user)), deps }),
    );
    new AuditTrail(tx, null, ip).add(tx, {
      action: AuditAction.PASSWORD_RESET_REQUESTED,
      actor: null,
      vendorId: user.team?.vendor?.id ?? null,
      target: { type: 'User', id: user.id, label: email },
    });
  });
}

function usable(reset: PasswordReset | null): asserts reset is PasswordReset {
  if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) {
    throw peopleError(
      'BAD_USER_INPUT',
      'RESET_LINK_INVALID',
      'This reset link is not valid any more (used, expired or mistyped): ask for a new one.',
    );
  }
}
