import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Market } from '../src/modules/identity/market.entity.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Invitation } from '../src/modules/people/invitation.entity.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { linkTokenIn, type Smtp, useMailingServer } from './support/smtp.js';
import { type TestServer } from './support/test-server.js';

const mailing = useMailingServer();
let s: TestServer;
let smtp: Smtp;
beforeAll(() => {
  s = mailing.server();
  smtp = mailing.smtp();
});

const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { user { id email role joinedAt } invitation { id expiresAt acceptedAt } }
}`;
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id joinedAt } } }';
const PREVIEW = 'query($token: String!) { invitation(token: $token) { name email expiresAt } }';
const REVOKE =
  'mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { invitation { revokedAt } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';

const em = () => s.concord.deps.orm.em.fork() as EntityManager;
const marketId = async (code: string) => (await em().findOneOrFail(Market, { code })).id;
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.reason;
const unique = () => Math.random().toString(36).slice(2, 8);

const linkTokenFor = (email: string) => linkTokenIn(smtp, email, 'join');

describe('invitations', () => {
  it('mails a one-time link; the person sets a password with it once and signs in', async () => {
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const lumen = await vendorOrg(s, [Role.MODERATOR], { label: 'Lumen' });
    const email = `Giulia.${unique()}@Lumen.test`;
    const invited = await s.gql(
      INVITE,
      {
        input: {
          email,
          name: 'Giulia Rossi',
          role: 'QA_MANAGER',
          marketId: await marketId('it-IT'),
          teamId: lumen.team.id,
        },
      },
      people.ADMIN.token,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data.inviteUser.user).toMatchObject({
      email: email.toLowerCase(),
      role: 'QA_MANAGER',
      joinedAt: null,
    });
    const { token, mail } = await linkTokenFor(email.toLowerCase());
    expect(mail.subject).toBe('Sei stato invitato su Concord'); // an it-IT person reads Italian
    expect(mail.text).toContain('Ciao Giulia Rossi');

    // Not signed in yet: no password works.
    expect((await s.gql(SIGN_IN, { input: { email, password: 'anything at all' } })).errors).toBeDefined();
    expect((await s.gql(PREVIEW, { token })).data?.invitation).toMatchObject({
      name: 'Giulia Rossi',
      email: email.toLowerCase(),
    });

    const weak = await s.gql(ACCEPT, { input: { token, password: 'qwerty123456' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WEAK_PASSWORD',
      problem: 'COMMON',
    });
    const short = await s.gql(ACCEPT, { input: { token, password: 'short one' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ reason: 'WEAK_PASSWORD', problem: 'TOO_SHORT' });

    const accepted = await s.gql(ACCEPT, { input: { token, password: 'olive trees by the sea' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.user.joinedAt).not.toBeNull();
    const signedIn = await s.gql(SIGN_IN, { input: { email, password: 'olive trees by the sea' } });
    expect(signedIn.errors).toBeUndefined();

    expect(reasonOf(await s.gql(ACCEPT, { input: { token, password: 'another good password' } }))).toBe(
      'INVITATION_USED',
    );
    expect(reasonOf(await s.gql(PREVIEW, { token }))).toBe('INVITATION_USED');
    expect(reasonOf(await s.gql(PREVIEW, { token: 'x'.repeat(43) }))).toBe('INVITATION_INVALID');

    const log = await s.gql(
      '{ auditLog(filter: { actions: [INVITATION_SENT, INVITATION_ACCEPTED] }, page: { first: 200 }) { edges { node { action targetLabel actor { id } vendor { id } } } } }',
      {},
      people.ADMIN.token,
    );
    const entries = log.data.auditLog.edges
      .map((e: { node: unknown }) => e.node)
      .filter((e: { targetLabel: string }) => e.targetLabel === email.toLowerCase());
    expect(entries).toEqual([
      {
        action: 'INVITATION_ACCEPTED',
        targetLabel: email.toLowerCase(),
        actor: { id: invited.data.inviteUser.user.id },
        vendor: { id: lumen.vendor.id },
      },
      {
        action: 'INVITATION_SENT',
        targetLabel: email.toLowerCase(),
        actor: { id: people.ADMIN.id },
        vendor: { id: lumen.vendor.id },
      },
    ]);
  });

  it("lets a vendor's QA manager invite to their own vendor's teams, in roles up to their own, and nothing else", async () => {
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.QA_MANAGER], { label: 'Harbor' });
    const deDe = await vendorOrg(s, [Role.MODERATOR], { label: 'Lumen', marketCode: 'de-DE' });
    const it = await marketId('it-IT');
    const manager = lumen.people.QA_MANAGER.token;
    const input = (extra: Record<string, unknown>) => ({
      email: `mod.${unique()}@lumen.test`,
      name: 'New moderator',
      role: 'MODERATOR',
      marketId: it,
      teamId: lumen.team.id,
      ...extra,
    });
    const mailsBefore = smtp.messages.length;
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ teamId: harbor.team.id }, 'FORBIDDEN', 'OTHER_VENDOR'],
      [{ role: 'ADMIN' }, 'FORBIDDEN', 'ROLE_ABOVE_OWN'],
      [{ role: 'POLICY_OWNER' }, 'FORBIDDEN', 'ROLE_ABOVE_OWN'],
      [{ teamId: null }, 'BAD_USER_INPUT', 'TEAM_REQUIRED'],
      [{ teamId: deDe.team.id }, 'FORBIDDEN', 'OTHER_VENDOR'],
      [{ email: lumen.people.MODERATOR.email.toUpperCase() }, 'CONFLICT', 'EMAIL_TAKEN'],
    ];
    for (const [extra, code, reason] of refusals) {
      const attempt = input(extra);
      const reply = await s.gql(INVITE, { input: attempt }, manager);
      expect(reply.errors?.[0]?.extensions, JSON.stringify(extra)).toMatchObject({ code, feature: 'people', reason });
      if (reason !== 'EMAIL_TAKEN') expect(await em().count(User, { email: attempt.email })).toBe(0);
    }
    // Moderators and other roles of a vendor do not invite at all.
    const byModerator = await s.gql(INVITE, { input: input({}) }, lumen.people.MODERATOR.token);
    expect(byModerator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Refused invitations sent nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.length).toBe(mailsBefore);

    const ok = await s.gql(INVITE, { input: input({ role: 'QA_MANAGER' }) }, manager);
    expect(ok.errors).toBeUndefined();
    // The other vendor's admin cannot revoke it (it does not exist for them); its own admin can.
    const invitationId = ok.data.inviteUser.invitation.id;
    const foreign = await s.gql(REVOKE, { input: { invitationId } }, harbor.people.QA_MANAGER.token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const revoked = await s.gql(REVOKE, { input: { invitationId } }, manager);
    expect(revoked.errors).toBeUndefined();
    const { token } = await linkTokenFor(ok.data.inviteUser.user.email);
    expect(reasonOf(await s.gql(ACCEPT, { input: { token, password: 'olive trees by the sea' } }))).toBe(
      'INVITATION_REVOKED',
    );
  });

  it('refuses an expired link, and a platform admin putting staff roles on a vendor team or a team in another market', async () => {
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const lumen = await vendorOrg(s, [Role.MODERATOR], { label: 'Lumen' });
    const base = { name: 'Someone', marketId: await marketId('it-IT') };
    const onVendorTeam = await s.gql(
      INVITE,
      { input: { ...base, email: `p.${unique()}@x.test`, role: 'POLICY_OWNER', teamId: lumen.team.id } },
      people.ADMIN.token,
    );
    expect(reasonOf(onVendorTeam)).toBe('STAFF_ROLE_ON_VENDOR_TEAM');
    const otherMarket = await s.gql(
      INVITE,
      {
        input: {
          ...base,
          email: `q.${unique()}@x.test`,
          role: 'MODERATOR',
          teamId: lumen.team.id,
          marketId: await marketId('de-DE'),
        },
      },
      people.ADMIN.token,
    );
    expect(otherMarket.errors?.[0]?.extensions).toMatchObject({
      reason: 'TEAM_NOT_IN_MARKET',
      teamMarket: 'it-IT',
      market: 'de-DE',
    });
    const badEmail = await s.gql(
      INVITE,
      { input: { ...base, email: 'not an email', role: 'ADMIN' } },
      people.ADMIN.token,
    );
    expect(badEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const email = `late.${unique()}@x.test`;
    const ok = await s.gql(INVITE, { input: { ...base, email, role: 'ADMIN' } }, people.ADMIN.token);
    expect(ok.errors).toBeUndefined();
    const { token } = await linkTokenFor(email);
    await em().nativeUpdate(
      Invitation,
      { id: ok.data.inviteUser.invitation.id },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    expect(reasonOf(await s.gql(ACCEPT, { input: { token, password: 'olive trees by the sea' } }))).toBe(
      'INVITATION_EXPIRED',
    );
  });

  it('is spent by exactly one of two simultaneous acceptances', async () => {
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const email = `twice.${unique()}@x.test`;
    const ok = await s.gql(
      INVITE,
      { input: { email, name: 'Twice', role: 'ADMIN', marketId: await marketId('it-IT') } },
      people.ADMIN.token,
    );
    expect(ok.errors).toBeUndefined();
    const { token } = await linkTokenFor(email);
    const replies = await Promise.all(
      ['first good password', 'second good password'].map((password) => s.gql(ACCEPT, { input: { token, password } })),
    );
    expect(replies.filter((r) => !r.errors)).toHaveLength(1);
    expect(replies.map(reasonOf).filter(Boolean)).toEqual(['INVITATION_USED']);
  });
});
