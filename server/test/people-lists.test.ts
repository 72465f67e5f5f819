import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Market } from '../src/modules/identity/market.entity.js';
import { Role } from '../src/modules/identity/role.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { linkTokenIn, type Smtp, useMailingServer } from './support/smtp.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { unique } from './support/users.js';

const mailing = useMailingServer();
let s: TestServer;
let smtp: Smtp;
beforeAll(() => {
  s = mailing.server();
  smtp = mailing.smtp();
});

const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { user { id email languages otherMarkets { code } } invitation { id } }
}`;
const INVITATIONS = `query($filter: InvitationsFilter) {
  invitations(filter: $filter, page: { first: 200 }) { totalCount edges { node { id status user { email } } } }
}`;
const USERS = `query($filter: UsersFilter) { users(filter: $filter, page: { first: 200 }) { totalCount edges { node { email active } } } }`;
const REVOKE = 'mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { invitation { id } } }';
const UPDATE =
  'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { languages otherMarkets { code } } } }';
const DEACTIVATE = 'mutation($input: SetUserActiveInput!) { deactivateUser(input: $input) { user { active } } }';

const em = () => s.concord.deps.orm.em.fork() as EntityManager;
const market = async (code: string) => em().findOneOrFail(Market, { code });

describe('people in several markets and languages', () => {
  it("mails the invitation in the first language Concord speaks that the person reads, else their market's", async () => {
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const [deDE, koKR, itIT] = [await market('de-DE'), await market('ko-KR'), await market('it-IT')];
    const tag = unique();
    const asked = [
      {
        email: `ji.${tag}@staff.test`,
        marketId: deDE.id,
        languages: ['ko-KR', 'en'],
        subject: 'Concord에 초대되었습니다',
      },
      {
        email: `anna.${tag}@staff.test`,
        marketId: deDE.id,
        languages: undefined,
        subject: 'Sie sind zu Concord eingeladen',
      },
      {
        email: `tom.${tag}@staff.test`,
        marketId: itIT.id,
        languages: ['fi', 'it'],
        subject: 'Sei stato invitato su Concord',
      },
    ];
    for (const { email, marketId, languages } of asked) {
      const reply = await s.gql(
        INVITE,
        {
          input: {
            email,
            name: 'Someone',
            role: 'POLICY_OWNER',
            marketId,
            languages,
            otherMarketIds: [koKR.id, marketId],
          },
        },
        people.ADMIN.token,
      );
      expect(reply.errors).toBeUndefined();
      // Their own market is never one of their "other" markets.
      expect(reply.data.inviteUser.user.otherMarkets).toEqual([{ code: 'ko-KR' }]);
    }
    for (const { email, subject } of asked) {
      const { mail } = await linkTokenIn(smtp, email, 'join');
      expect(mail.subject).toBe(subject);
    }
    const bad = await s.gql(
      INVITE,
      {
        input: { email: `x.${tag}@staff.test`, name: 'X', role: 'ADMIN', marketId: deDE.id, languages: ['not a tag'] },
      },
      people.ADMIN.token,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('changes the languages and other markets of a person, and falls back to the market language', async () => {
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Lumen' });
    const koKR = await market('ko-KR');
    const manager = lumen.people.QA_MANAGER.token;
    const userId = lumen.people.MODERATOR.id;
    const changed = await s.gql(
      UPDATE,
      { input: { userId, languages: ['it', 'en-GB'], otherMarketIds: [koKR.id] } },
      manager,
    );
    expect(changed.data.updateUser.user).toEqual({ languages: ['it', 'en-GB'], otherMarkets: [{ code: 'ko-KR' }] });
    const cleared = await s.gql(UPDATE, { input: { userId, languages: [], otherMarketIds: [] } }, manager);
    expect(cleared.data.updateUser.user).toEqual({ languages: ['it'], otherMarkets: [] });
  });
});

describe('lists an admin works from', () => {
  it("lists invitations by status, a vendor's QA manager only their vendor's", async () => {
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const lumen = await vendorOrg(s, [Role.QA_MANAGER], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.QA_MANAGER], { label: 'Harbor' });
    const itIT = await market('it-IT');
    const invite = async (token: string, teamId: string) => {
      const email = `p.${unique()}@people.test`;
      const reply = await s.gql(
        INVITE,
        { input: { email, name: 'P', role: 'MODERATOR', marketId: itIT.id, teamId } },
        token,
      );
      return { email, id: reply.data.inviteUser.invitation.id as string };
    };
    const open = await invite(lumen.people.QA_MANAGER.token, lumen.team.id);
    const revoked = await invite(lumen.people.QA_MANAGER.token, lumen.team.id);
    const theirs = await invite(harbor.people.QA_MANAGER.token, harbor.team.id);
    await s.gql(REVOKE, { input: { invitationId: revoked.id } }, lumen.people.QA_MANAGER.token);

    const seen = async (token: string, filter: Record<string, unknown>) => {
      const { data } = await s.gql(INVITATIONS, { filter }, token);
      return data.invitations.edges.map((edge: { node: { id: string; status: string } }) => [
        edge.node.id,
        edge.node.status,
      ]);
    };
    expect(await seen(lumen.people.QA_MANAGER.token, {})).toEqual([
      [revoked.id, 'REVOKED'],
      [open.id, 'OPEN'],
    ]);
    expect(await seen(lumen.people.QA_MANAGER.token, { status: 'OPEN' })).toEqual([[open.id, 'OPEN']]);
    const adminView = await seen(people.ADMIN.token, { vendorId: harbor.vendor.id });
    expect(adminView).toEqual([[theirs.id, 'OPEN']]);
    const lumenMod = await vendorOrg(s, [Role.MODERATOR]);
    expect((await s.gql(INVITATIONS, {}, lumenMod.people.MODERATOR.token)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('finds people by name or email, by vendor, and by whether they are active or have joined', async () => {
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR, Role.QA_SPECIALIST], { label: 'Lumen' });
    const admin = people.ADMIN.token;
    const emails = async (filter: Record<string, unknown>) => {
      const { data, errors } = await s.gql(USERS, { filter }, admin);
      expect(errors).toBeUndefined();
      return data.users.edges.map((edge: { node: { email: string } }) => edge.node.email).sort();
    };
    const all = Object.values(lumen.people)
      .map((person) => person.email)
      .sort();
    expect(await emails({ vendorId: lumen.vendor.id })).toEqual(all);
    await s.gql(DEACTIVATE, { input: { userId: lumen.people.MODERATOR.id } }, admin);
    expect(await emails({ vendorId: lumen.vendor.id, active: false })).toEqual([lumen.people.MODERATOR.email]);
    const mod = lumen.people.MODERATOR;
    // Case-insensitive, a part of the name; LIKE's own characters are literal.
    expect(await emails({ search: mod.name.toUpperCase().slice(-12) })).toEqual([mod.email]);
    expect(await emails({ search: `${mod.email.slice(0, 4)}%` })).toEqual([]);
    const invitee = `new.${unique()}@lumen.test`;
    const itIT = await market('it-IT');
    await s.gql(
      INVITE,
      { input: { email: invitee, name: 'N', role: 'MODERATOR', marketId: itIT.id, teamId: lumen.team.id } },
      admin,
    );
    expect(await emails({ vendorId: lumen.vendor.id, invited: true })).toEqual([invitee]);
    expect(await emails({ vendorId: lumen.vendor.id, invited: false })).toEqual(all);
  });
});

describe('the outbox, with no SMTP server', () => {
  let offline: TestServer;
  beforeAll(async () => {
    offline = await startTestServer({ PUBLIC_URL: 'https://concord.example.com' });
  });
  afterAll(() => offline?.concord.stop());

  it("shows the links of the mails written to the folder; a vendor's QA manager sees their people's only", async () => {
    const { people } = await staffOrg(offline, [Role.ADMIN]);
    const lumen = await vendorOrg(offline, [Role.QA_MANAGER], { label: 'Lumen' });
    const harbor = await vendorOrg(offline, [Role.QA_MANAGER], { label: 'Harbor' });
    const itIT = await (offline.concord.deps.orm.em.fork() as EntityManager).findOneOrFail(Market, { code: 'it-IT' });
    const ours = `ours.${unique()}@lumen.test`;
    const theirs = `theirs.${unique()}@harbor.test`;
    for (const [email, token, teamId] of [
      [ours, lumen.people.QA_MANAGER.token, lumen.team.id],
      [theirs, harbor.people.QA_MANAGER.token, harbor.team.id],
    ] as const) {
      const reply = await offline.gql(
        INVITE,
        { input: { email, name: 'N', role: 'MODERATOR', marketId: itIT.id, teamId } },
        token,
      );
      expect(reply.errors).toBeUndefined();
    }
    const OUTBOX = '{ mailOutbox(first: 200) { folder messages { to subject links } } }';
    let messages: { to: string; subject: string; links: string[] }[] = [];
    for (let i = 0; i < 200 && messages.filter((m) => [ours, theirs].includes(m.to)).length < 2; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      messages = (await offline.gql(OUTBOX, {}, people.ADMIN.token)).data.mailOutbox.messages;
    }
    const mine = messages.find((m) => m.to === ours)!;
    expect(mine.subject).toBe('Sei stato invitato su Concord');
    expect(mine.links).toEqual([expect.stringMatching(/^https:\/\/concord\.example\.com\/join#[\w-]{20,}$/)]);
    const vendorView = (await offline.gql(OUTBOX, {}, lumen.people.QA_MANAGER.token)).data.mailOutbox;
    expect(vendorView.folder).toBe(true);
    expect(vendorView.messages.map((m: { to: string }) => m.to)).toEqual([ours]);
    expect(
      (await offline.gql('{ mailOutbox(first: 0) { folder } }', {}, people.ADMIN.token)).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    // Over SMTP there is no folder to show.
    expect((await s.gql(OUTBOX, {}, (await staffOrg(s, [Role.ADMIN])).people.ADMIN.token)).data.mailOutbox).toEqual({
      folder: false,
      messages: [],
    });
  });
});
