import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import * as oidc from 'openid-client';
import type { PasswordCost } from '../identity/password.js';
import type { TokenService } from '../identity/token.js';
import { User } from '../identity/user.entity.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { retryingTransaction } from '../shared/transaction.js';
import type { OidcClient } from './oidc-client.js';
import { createPerson, emailOf, existingPerson, jitPlacement } from './sso-accounts.js';
import { SsoAttempt } from './sso-attempt.entity.js';
import { SsoLink } from './sso-link.entity.js';
import { SsoRefusal } from './sso.errors.js';

/** How long a sign-in at the IdP may take, from the start to the callback. */
const ATTEMPT_TTL_MS = 10 * 60_000;

const hashOf = (state: string) => createHash('sha256').update(state).digest('hex');

/** Only paths inside Concord are followed after sign-in, never another origin. */
export const safeNext = (next: unknown) =>
  typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/';

export type SsoDeps = { client: OidcClient; tokens: TokenService; passwordCost: PasswordCost };

/** The two ends of an SSO sign-in, over a fresh EntityManager per request. */
export class SsoSignIn {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: SsoDeps,
    private readonly clientIp: string,
  ) {}

  /** Stores the attempt and gives the IdP's URL, and the state for the browser's cookie. */
  async start(next: unknown): Promise<{ url: URL; state: string }> {
    const checks = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const url = await this.deps.client.authorizationUrl(checks);
    // Spent attempts go as new ones come: the table holds the last few minutes' only.
    await this.em.nativeDelete(SsoAttempt, { expiresAt: { $lt: new Date() } });
    this.em.create(SsoAttempt, {
      stateHash: hashOf(checks.state),
      nonce: checks.nonce,
      codeVerifier: checks.codeVerifier,
      next: safeNext(next),
      expiresAt: new Date(Date.now() + ATTEMPT_TTL_MS),
    });
    await this.em.flush();
    return { url, state: checks.state };
  }

  /**
   * Checks the callback (the state against the browser's cookie and a stored attempt, which
   * it spends; then the code, the ID token and the person), signs the person in and records
   * it. Any refusal is recorded as a failed sign-in, with nothing else written, and thrown.
   */
  async finish(callbackUrl: URL, cookieState: string | null) {
    try {
      const state = callbackUrl.searchParams.get('state');
      if (!state || state !== cookieState) throw new SsoRefusal('STATE_INVALID', 'the state is not this browser’s');
      const attempt = await this.spend(state);
      if (callbackUrl.searchParams.has('error')) {
        const error = callbackUrl.searchParams.get('error');
        throw new SsoRefusal('PROVIDER_ERROR', `the IdP answered ${error}`);
      }
      const claims = await this.deps.client.exchange(callbackUrl, { state, ...attempt });
      const settings = this.deps.client.settings;
      const email = emailOf(claims, settings);
      const found = await existingPerson(this.em, claims, email);
      if (found && !found.user.active) {
        throw new SsoRefusal('DEACTIVATED', 'the account is deactivated', whoOf(found.user));
      }
      if (!found && !settings.jit) {
        throw new SsoRefusal('UNKNOWN_USER', 'no such person and OIDC_JIT is off', {
          userId: null,
          vendorId: null,
          email,
        });
      }
      const place = found ? null : await jitPlacement(this.em, settings, claims, email);
      const trail = new AuditTrail(this.em, null, this.clientIp);
      const user = await retryingTransaction(this.em, async (tx) => {
        const person = found
          ? await tx.findOneOrFail(User, found.user.id)
          : createPerson(tx, this.deps.passwordCost, email, claims, place!);
        const actor = { id: person.id, vendorId: found ? whoOf(found.user).vendorId : (place!.vendor?.id ?? null) };
        if (!found) {
          trail.add(tx, {
            action: AuditAction.USER_CREATED,
            actor,
            target: { type: 'User', id: person.id, label: email },
            after: { by: 'sso', role: place!.role, market: place!.market.code, team: place!.team?.name ?? null },
          });
        }
        if (!found?.linked) tx.create(SsoLink, { user: person, issuer: claims.iss, subject: claims.sub });
        if (!person.joinedAt) {
          // An invited person may join by SSO: their link is spent, as if they had used it.
          person.joinedAt = new Date();
          await tx.execute(
            'update invitation set accepted_at = now() where user_id = ? and accepted_at is null and revoked_at is null',
            [person.id],
          );
        }
        trail.add(tx, {
          action: AuditAction.SIGN_IN,
          actor,
          target: { type: 'User', id: person.id, label: person.email },
          after: { method: 'sso' },
        });
        return person;
      });
      const { token, expiresAt } = await this.deps.tokens.sign(user.id);
      return { token, expiresAt, next: attempt.next };
    } catch (error) {
      if (!(error instanceof SsoRefusal)) throw error;
      const who = error.who;
      await new AuditTrail(this.em, null, this.clientIp).write({
        action: AuditAction.SIGN_IN_FAILED,
        actor: who?.userId ? { id: who.userId, vendorId: who.vendorId } : null,
        vendorId: who?.vendorId ?? null,
        target: who ? { type: 'User', id: who.userId, label: who.email } : null,
        after: { method: 'sso', reason: error.reason, detail: error.detail.slice(0, 500) },
      });
      throw error;
    }
  }

  /** The attempt of this state, deleted as it is read: a second callback finds none. */
  private async spend(state: string) {
    const rows = (await this.em
      .getConnection()
      .execute(
        'delete from sso_attempt where state_hash = ? and expires_at > now() returning nonce, code_verifier, next',
        [hashOf(state)],
      )) as { nonce: string; code_verifier: string; next: string }[];
    const row = rows[0];
    if (!row) throw new SsoRefusal('STATE_INVALID', 'no sign-in under way with this state (used or expired)');
    return { nonce: row.nonce, codeVerifier: row.code_verifier, next: row.next };
  }
}

const whoOf = (user: User) => ({ userId: user.id, vendorId: user.team?.vendor?.id ?? null, email: user.email });
