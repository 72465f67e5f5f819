import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { linkTokenIn, type Smtp, useMailingServer } from './support/smtp.js';
import { type TestServer, wsExecute } from './support/test-server.js';

const mailing = useMailingServer();
let s: TestServer;
let smtp: Smtp;
beforeAll(() => {
  s = mailing.server();
  smtp = mailing.smtp();
});

const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }';
const SIGN_OUT = 'mutation { signOutEverywhere { signedOut } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const ME = '{ me { id } }';
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.reason;

const resetTokenFor = async (email: string) => (await linkTokenIn(smtp, email, 'reset-password')).token;

describe('password reset', () => {
  it('mails a link to an account that exists, and the same answer for one that does not', async () => {
    const lumen = await vendorOrg(s, [Role.MODERATOR], { label: 'Lumen' });
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const person = lumen.people.MODERATOR;
    const before = smtp.messages.length;
    const unknown = await s.gql(REQUEST, { input: { email: `nobody.${person.id.slice(0, 6)}@nowhere.test` } });
    const known = await s.gql(REQUEST, { input: { email: person.email.toUpperCase() } });
    expect(unknown).toEqual(known);
    expect(known.data).toEqual({ requestPasswordReset: { accepted: true } });
    const token = await resetTokenFor(person.email);
    expect(smtp.messages.length).toBe(before + 1);
    expect(smtp.messages.at(-1)!.subject).toBe('Scegli una nuova password per Concord'); // it-IT: Italian

    const weak = await s.gql(RESET, { input: { token, password: 'password1234' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ reason: 'WEAK_PASSWORD', problem: 'COMMON' });
    const reset = await s.gql(RESET, { input: { token, password: 'a quiet harbour at dawn' } });
    expect(reset.errors).toBeUndefined();
    // The new token works; the one from before the reset does not; the new password signs in.
    expect((await s.gql(ME, {}, reset.data.resetPassword.token)).data?.me.id).toBe(person.id);
    expect(reasonOf(await s.gql(ME, {}, person.token))).toBe('SIGNED_OUT');
    expect((await s.gql(SIGN_IN, { input: { email: person.email, password: 'concord' } })).errors).toBeDefined();
    expect(
      (await s.gql(SIGN_IN, { input: { email: person.email, password: 'a quiet harbour at dawn' } })).errors,
    ).toBeUndefined();
    // Once only.
    expect(reasonOf(await s.gql(RESET, { input: { token, password: 'another long password' } }))).toBe(
      'RESET_LINK_INVALID',
    );

    const log = await s.gql(
      'query($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action actor { id } vendor { id } } } } }',
      { f: { targetId: person.id, actions: ['PASSWORD_RESET_REQUESTED', 'PASSWORD_SET'] } },
      people.ADMIN.token,
    );
    expect(log.data.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { action: 'PASSWORD_SET', actor: { id: person.id }, vendor: { id: lumen.vendor.id } },
      { action: 'PASSWORD_RESET_REQUESTED', actor: null, vendor: { id: lumen.vendor.id } },
    ]);
  });

  it('refuses a mistyped link and bad input, writing nothing', async () => {
    expect(
      reasonOf(await s.gql(RESET, { input: { token: 'x'.repeat(43), password: 'a quiet harbour at dawn' } })),
    ).toBe('RESET_LINK_INVALID');
    const bad = await s.gql(REQUEST, { input: { email: 'not an email' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('sign out everywhere', () => {
  it('ends every token of the account issued until then, and a new sign-in works at once', async () => {
    const { people } = await staffOrg(s, [Role.QA_SPECIALIST]);
    const person = people.QA_SPECIALIST;
    const second = await s.signIn(person.email);
    const ws = s.wsClient({ authorization: `Bearer ${second}` });
    try {
      const done = await s.gql(SIGN_OUT, {}, person.token);
      expect(done.data).toEqual({ signOutEverywhere: { signedOut: true } });
      for (const token of [person.token, second]) expect(reasonOf(await s.gql(ME, {}, token))).toBe('SIGNED_OUT');
      // A socket opened before is closed at its next operation, saying why.
      await expect(wsExecute(ws, ME)).rejects.toMatchObject({
        code: 4401,
        reason: expect.stringContaining('signed out everywhere'),
      });
      const again = await s.signIn(person.email);
      expect((await s.gql(ME, {}, again)).data?.me.id).toBe(person.id);
      expect(reasonOf(await s.gql(SIGN_OUT, {}))).toBeUndefined(); // anonymous: refused by role, no reason
    } finally {
      await ws.dispose();
    }
  });
});
