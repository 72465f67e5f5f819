import type { EntityManager } from '@mikro-orm/postgresql';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Market } from '../src/modules/identity/market.entity.js';
import { hashPassword } from '../src/modules/identity/password.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Invitation } from '../src/modules/people/invitation.entity.js';
import { linkTokenHash } from '../src/modules/people/link-token.js';
import { PasswordReset } from '../src/modules/people/password-reset.entity.js';
import { AuditAction } from '../src/modules/shared/audit-log/audit-action.js';
import { AuditLogEntry } from '../src/modules/shared/audit-log/audit-log-entry.entity.js';
import { SsoLink } from '../src/modules/sso/sso-link.entity.js';
import {
  CookieJar,
  IDP_CLIENT,
  OTHER_CLIENT,
  startTestIdp,
  step,
  type TestIdp,
  toCallback,
} from './support/oidc-provider.js';
import { TEST_PASSWORD_COST } from './support/constants.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let idp: TestIdp;
/** JIT on, password sign-in on. */
let open: TestServer;
/** JIT off, password sign-in off for everyone. */
let strict: TestServer;

beforeAll(async () => {
  const ports = [await getPort(), await getPort()];
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  idp = await startTestIdp(urls.map((url) => `${url}/auth/oidc/callback`));
  const oidc = {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: IDP_CLIENT.id,
    OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
    OIDC_ALLOWED_DOMAINS: 'lumen.test, staff.test,sso.test',
    OIDC_ROLE_CLAIM: 'concord_role',
    OIDC_VENDOR_CLAIM: 'concord_vendor',
    OIDC_MARKET_CLAIM: 'concord_market',
  };
  [open, strict] = await Promise.all([
    startTestServer({ ...oidc, PORT: String(ports[0]), PUBLIC_URL: urls[0]!, OIDC_JIT: 'true' }),
    startTestServer({ ...oidc, PORT: String(ports[1]), PUBLIC_URL: urls[1]!, PASSWORD_SIGN_IN: 'false' }),
  ]);
});

afterAll(async () => {
  await Promise.all([open?.concord.stop(), strict?.concord.stop()]);
  await idp?.close();
});

const em = (s: TestServer) => s.concord.deps.orm.em.fork() as EntityManager;
const unique = () => Math.random().toString(36).slice(2, 8);
const ME = 'query { me { id email role market { code } team { name } joinedAt } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const SET_PASSWORD_SIGN_IN = `mutation($input: SetVendorPasswordSignInInput!) {
  setVendorPasswordSignIn(input: $input) { vendor { id passwordSignIn } }
}`;

/** Where Concord's callback sends the browser: signed in (the token) or refused (the reason). */
function outcome(location: string | null) {
  const url = new URL(location ?? 'http://none/');
  const fragment = new URLSearchParams(url.hash.slice(1));
  return {
    path: url.pathname,
    token: fragment.get('token'),
    next: fragment.get('next'),
    reason: url.searchParams.get('sso'),
  };
}

/** A whole SSO sign-in as account `accountId` at the IdP. */
async function ssoSignIn(s: TestServer, accountId: string, next = '/') {
  const jar = new CookieJar();
  const callback = await toCallback(jar, s.url, accountId, next);
  const { location, response } = await step(jar, callback);
  expect(response.status).toBe(303);
  return { ...outcome(location), callback, jar };
}

const account = (claims: Record<string, unknown>) => {
  const id = `acct-${unique()}`;
  idp.accounts.set(id, { email_verified: true, ...claims });
  return id;
};

/**
 * What a refusal must leave: no SSO sign-in recorded, no link, and the failure recorded with
 * its reason (naming the person when Concord got as far as knowing who it was).
 */
async function nothingWrittenFor(s: TestServer, email: string, reason: string, named = true) {
  const entries = await em(s).find(AuditLogEntry, { targetLabel: email }, { orderBy: { at: 'asc' } });
  // (vendorOrg signed them in with a password once: that one is no SSO sign-in)
  const ssoSignIns = entries.filter((e) => e.action === AuditAction.SIGN_IN && e.after?.['method'] === 'sso');
  expect(ssoSignIns).toEqual([]);
  const failures = named
    ? entries.filter((e) => e.action === AuditAction.SIGN_IN_FAILED)
    : await em(s).find(AuditLogEntry, { action: AuditAction.SIGN_IN_FAILED, targetLabel: null });
  expect(failures.map((e) => e.after)).toContainEqual(expect.objectContaining({ method: 'sso', reason }));
  const user = await em(s).findOne(User, { email });
  if (user) expect(await em(s).count(SsoLink, { user: user.id })).toBe(0);
}

describe('single sign-on', () => {
  it('tells the sign-in page what to offer', async () => {
    expect((await open.gql('{ signInOptions { sso { label startUrl } passwordSignIn } }')).data).toEqual({
      signInOptions: { sso: { label: null, startUrl: '/auth/oidc/start' }, passwordSignIn: true },
    });
    expect((await strict.gql('{ signInOptions { passwordSignIn } }')).data?.signInOptions).toEqual({
      passwordSignIn: false,
    });
  });

  it('signs in an existing person, links their IdP account and records it', async () => {
    const lumen = await vendorOrg(open, [Role.MODERATOR], { label: 'Lumen' });
    const person = lumen.people.MODERATOR;
    const id = account({ email: person.email.toUpperCase() });
    const done = await ssoSignIn(open, id, '/calibration?tab=open');
    expect(done).toMatchObject({ path: '/signed-in', next: '/calibration?tab=open', reason: null });
    expect((await open.gql(ME, {}, done.token!)).data?.me).toMatchObject({ id: person.id, email: person.email });
    expect(await em(open).count(SsoLink, { user: person.id, issuer: idp.issuer, subject: id })).toBe(1);
    const entries = await em(open).find(AuditLogEntry, { targetId: person.id, action: AuditAction.SIGN_IN });
    expect(entries.at(-1)).toMatchObject({ after: { method: 'sso' }, vendor: { id: lumen.vendor.id } });

    // Later sign-ins find them by their link, whatever email the IdP gives now.
    idp.accounts.set(id, { email: `renamed.${unique()}@lumen.test`, email_verified: true });
    const again = await ssoSignIn(open, id);
    expect((await open.gql(ME, {}, again.token!)).data?.me.id).toBe(person.id);
    // Only paths inside Concord are followed.
    expect((await ssoSignIn(open, id, 'https://evil.test/')).next).toBe('/');
  });

  it('lets an invited person join by SSO', async () => {
    const lumen = await vendorOrg(open, [Role.MODERATOR], { label: 'Lumen' });
    const invited = await em(open).findOneOrFail(User, lumen.people.MODERATOR.id);
    invited.joinedAt = null;
    const tx = em(open);
    const invitation = tx.create(Invitation, {
      user: invited.id,
      invitedBy: invited.id,
      tokenHash: linkTokenHash(`sso-join-${unique()}-0123456789abcdef`),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await tx.persist(invited).flush();
    const done = await ssoSignIn(open, account({ email: invited.email }));
    expect((await open.gql(ME, {}, done.token!)).data?.me.joinedAt).not.toBeNull();
    // Their link is spent: joining twice is not possible, and the invitation no longer shows as open.
    expect((await em(open).findOneOrFail(Invitation, invitation.id)).acceptedAt).not.toBeNull();
  });

  it('sends an address that keeps starting sign-ins back to the sign-in page for a minute', async () => {
    // A server of its own: the limit is per process, and the other tests share an address.
    const s = await startTestServer({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: IDP_CLIENT.id,
      OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
      SSO_ATTEMPTS_PER_MINUTE: '5',
    });
    try {
      const reasons: (string | null)[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`${s.url}/auth/oidc/start`, { redirect: 'manual' });
        reasons.push(new URL(response.headers.get('location')!, s.url).searchParams.get('sso'));
      }
      expect(reasons).toEqual([null, null, null, null, null, 'TOO_MANY_ATTEMPTS']);
    } finally {
      await s.concord.stop();
    }
  });

  it('creates an unknown person just in time, placed by the claims', async () => {
    const lumen = await vendorOrg(open, [Role.MODERATOR], { label: 'Lumen' });
    const email = `new.${unique()}@lumen.test`;
    const id = account({
      email,
      name: 'Nuova Persona',
      concord_role: 'qa-specialist',
      concord_vendor: lumen.vendor.name.toUpperCase(),
      concord_market: 'it-it',
    });
    const done = await ssoSignIn(open, id);
    expect((await open.gql(ME, {}, done.token!)).data?.me).toMatchObject({
      email,
      role: 'QA_SPECIALIST',
      market: { code: 'it-IT' },
      team: { name: lumen.team.name },
    });
    const created = await em(open).findOneOrFail(AuditLogEntry, {
      targetLabel: email,
      action: AuditAction.USER_CREATED,
    });
    expect(created.after).toMatchObject({ by: 'sso', role: 'QA_SPECIALIST', team: lumen.team.name });

    // An admin is never made from claims; an unknown market or vendor places nobody.
    for (const claims of [
      { concord_role: 'ADMIN', concord_market: 'it-IT' },
      { concord_role: 'MODERATOR', concord_market: 'xx-XX' },
      { concord_role: 'MODERATOR', concord_market: 'it-IT', concord_vendor: 'No Such Vendor' },
    ]) {
      const other = `jit.${unique()}@lumen.test`;
      expect((await ssoSignIn(open, account({ email: other, ...claims }))).reason).toBe('CLAIMS_UNMAPPED');
      expect(await em(open).count(User, { email: other })).toBe(0);
      await nothingWrittenFor(open, other, 'CLAIMS_UNMAPPED');
    }
  });

  it('refuses an unknown person when JIT is off', async () => {
    const email = `stranger.${unique()}@sso.test`;
    const done = await ssoSignIn(strict, account({ email, concord_role: 'MODERATOR', concord_market: 'it-IT' }));
    expect(done).toMatchObject({ path: '/sign-in', reason: 'UNKNOWN_USER', token: null });
    expect(await em(strict).count(User, { email })).toBe(0);
    await nothingWrittenFor(strict, email, 'UNKNOWN_USER');
  });

  it('refuses an ID token issued for another client', async () => {
    const lumen = await vendorOrg(open, [Role.MODERATOR], { label: 'Lumen' });
    const person = lumen.people.MODERATOR;
    const id = account({ email: person.email });
    // The IdP (a real one) signs the ID token for another application of its own.
    const other = await idp.provider.Client.find(OTHER_CLIENT.id);
    const issue = idp.provider.IdToken.prototype.issue;
    idp.provider.IdToken.prototype.issue = function (this: { client: unknown }, ...args: Parameters<typeof issue>) {
      this.client = other;
      return issue.apply(this, args);
    };
    try {
      expect((await ssoSignIn(open, id)).reason).toBe('TOKEN_INVALID');
    } finally {
      idp.provider.IdToken.prototype.issue = issue;
    }
    await nothingWrittenFor(open, person.email, 'TOKEN_INVALID', false);
    const refusal = await em(open).find(
      AuditLogEntry,
      { action: AuditAction.SIGN_IN_FAILED, targetLabel: null },
      { orderBy: { at: 'desc' }, limit: 1 },
    );
    expect(String(refusal[0]?.after?.['detail'])).toMatch(/"aud"/);
  });

  it('refuses a replayed callback, a used code and a tampered state', async () => {
    const lumen = await vendorOrg(open, [Role.MODERATOR], { label: 'Lumen' });
    const person = lumen.people.MODERATOR;
    const id = account({ email: person.email });

    // A tampered state: neither the browser's cookie nor any sign-in under way has it.
    const jar = new CookieJar();
    const callback = new URL(await toCallback(jar, open.url, id));
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    expect(outcome((await step(jar, callback.href)).location).reason).toBe('STATE_INVALID');
    await nothingWrittenFor(open, person.email, 'STATE_INVALID', false);

    // A sign-in left at the IdP for longer than ten minutes: its attempt has expired.
    const slowJar = new CookieJar();
    const slow = await toCallback(slowJar, open.url, id);
    await em(open).getConnection().execute(`update sso_attempt set expires_at = now() - interval '1 second'`);
    expect(outcome((await step(slowJar, slow)).location).reason).toBe('STATE_INVALID');

    // The right state from another browser (no cookie): refused too.
    const stolen = await toCallback(new CookieJar(), open.url, id);
    expect(outcome((await step(new CookieJar(), stolen)).location).reason).toBe('STATE_INVALID');

    const first = await ssoSignIn(open, id);
    expect(first.token).toBeTruthy();
    const signIns = await em(open).count(AuditLogEntry, { targetId: person.id, action: AuditAction.SIGN_IN });
    // The same callback again, cookie and all: the sign-in it belonged to is spent.
    const replayJar = new CookieJar();
    const state = new URL(first.callback).searchParams.get('state')!;
    replayJar.set(open.url, 'concord_sso_state', state);
    expect(outcome((await step(replayJar, first.callback)).location).reason).toBe('STATE_INVALID');
    // Its code under a fresh sign-in's state: the IdP refuses a code redeemed already.
    const freshJar = new CookieJar();
    const started = await step(freshJar, `${open.url}/auth/oidc/start`);
    const freshState = new URL(started.location!).searchParams.get('state')!;
    const reused = new URL(first.callback);
    reused.searchParams.set('state', freshState);
    expect(outcome((await step(freshJar, reused.href)).location).reason).toBe('CODE_REJECTED');
    expect(await em(open).count(AuditLogEntry, { targetId: person.id, action: AuditAction.SIGN_IN })).toBe(signIns);
  });

  it('refuses a disallowed domain and a deactivated person', async () => {
    const outsider = `someone.${unique()}@elsewhere.test`;
    expect((await ssoSignIn(open, account({ email: outsider }))).reason).toBe('DOMAIN_NOT_ALLOWED');
    await nothingWrittenFor(open, outsider, 'DOMAIN_NOT_ALLOWED');
    expect(await em(open).count(User, { email: outsider })).toBe(0);

    const lumen = await vendorOrg(open, [Role.MODERATOR], { label: 'Lumen' });
    const person = await em(open).findOneOrFail(User, lumen.people.MODERATOR.id);
    person.active = false;
    await em(open).persist(person).flush();
    expect((await ssoSignIn(open, account({ email: person.email }))).reason).toBe('DEACTIVATED');
    await nothingWrittenFor(open, person.email, 'DEACTIVATED');
  });

  it("refuses password sign-in when it is off for the person's vendor", async () => {
    const { people } = await staffOrg(open, [Role.ADMIN]);
    const lumen = await vendorOrg(open, [Role.MODERATOR, Role.QA_MANAGER], { label: 'Lumen' });
    const input = { vendorId: lumen.vendor.id, enabled: false };
    const notAdmin = await open.gql(SET_PASSWORD_SIGN_IN, { input }, lumen.people.QA_MANAGER.token);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const off = await open.gql(SET_PASSWORD_SIGN_IN, { input }, people.ADMIN.token);
    expect(off.data?.setVendorPasswordSignIn.vendor).toEqual({ id: lumen.vendor.id, passwordSignIn: false });
    const updated = await em(open).findOneOrFail(AuditLogEntry, { targetId: lumen.vendor.id });
    expect(updated).toMatchObject({ action: AuditAction.VENDOR_UPDATED, after: { passwordSignIn: false } });

    const email = lumen.people.MODERATOR.email;
    const refused = await open.gql(SIGN_IN, { input: { email, password: 'concord' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      feature: 'identity',
      reason: 'PASSWORD_SIGN_IN_OFF',
    });
    // Nor does a link set a password for them: they join and come back by SSO.
    const user = await em(open).findOneOrFail(User, { email });
    const tx = em(open);
    tx.create(Invitation, {
      user: user.id,
      invitedBy: people.ADMIN.id,
      tokenHash: linkTokenHash('invitation-link-0123456789abcdef'),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    tx.create(PasswordReset, {
      user: user.id,
      tokenHash: linkTokenHash('reset-link-0123456789abcdef-0123'),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await tx.flush();
    const password = 'olive trees by the sea';
    for (const [mutation, token] of [
      ['acceptInvitation', 'invitation-link-0123456789abcdef'],
      ['resetPassword', 'reset-link-0123456789abcdef-0123'],
    ] as const) {
      const input = mutation === 'acceptInvitation' ? 'AcceptInvitationInput' : 'ResetPasswordInput';
      const linked = await open.gql(`mutation($input: ${input}!) { ${mutation}(input: $input) { token } }`, {
        input: { token, password },
      });
      expect(linked.errors?.[0]?.extensions?.reason, JSON.stringify(linked)).toBe('PASSWORD_SIGN_IN_OFF');
    }
    // A wrong password learns nothing more than before.
    const wrong = await open.gql(SIGN_IN, { input: { email, password: 'not it' } });
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
    // SSO still works for them, and an admin can switch passwords back on.
    expect((await ssoSignIn(open, account({ email }))).token).toBeTruthy();
    await open.gql(SET_PASSWORD_SIGN_IN, { input: { ...input, enabled: true } }, people.ADMIN.token);
    expect((await open.gql(SIGN_IN, { input: { email, password: 'concord' } })).data?.signIn.token).toBeTruthy();
  });

  it('refuses password sign-in for everyone when PASSWORD_SIGN_IN is off; SSO still signs in', async () => {
    const tx = em(strict);
    const person = tx.create(User, {
      email: `owner.${unique()}@sso.test`,
      name: 'Policy Owner',
      role: Role.POLICY_OWNER,
      market: await tx.findOneOrFail(Market, { code: 'it-IT' }),
      passwordHash: await hashPassword('concord', TEST_PASSWORD_COST),
    });
    await tx.flush();
    const refused = await strict.gql(SIGN_IN, { input: { email: person.email, password: 'concord' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_SIGN_IN_OFF' });
    const done = await ssoSignIn(strict, account({ email: person.email }));
    expect((await strict.gql(ME, {}, done.token!)).data?.me.id).toBe(person.id);
  });
});
