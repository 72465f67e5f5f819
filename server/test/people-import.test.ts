import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processIO, type CliIO } from '../src/cli/io.js';
import { run } from '../src/cli/main.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Invitation } from '../src/modules/people/invitation.entity.js';
import { AuditAction } from '../src/modules/shared/audit-log/audit-action.js';
import { AuditLogEntry } from '../src/modules/shared/audit-log/audit-log-entry.entity.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { linkTokenIn, type Smtp, useMailingServer } from './support/smtp.js';
import type { TestServer } from './support/test-server.js';
import { unique } from './support/users.js';

const mailing = useMailingServer();
let s: TestServer;
let smtp: Smtp;
beforeAll(() => {
  s = mailing.server();
  smtp = mailing.smtp();
});

const IMPORT = `mutation($input: ImportPeopleInput!) { importPeople(input: $input) { checked invited dryRun } }`;
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { role } } }';
const em = () => s.concord.deps.orm.em.fork() as EntityManager;
type Reply = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

const csv = (rows: string[][]) => ['email,name,role,market,team,languages', ...rows.map((r) => r.join(','))].join('\n');

describe('importing people from a file', () => {
  it("invites 200 moderators of a vendor's own team in one go, each with a working link", async () => {
    const lumen = await vendorOrg(s, [Role.QA_MANAGER], { label: 'Lumen' });
    const tag = unique();
    const rows = Array.from({ length: 200 }, (_, i) => [
      `mod${i}.${tag}@lumen.test`,
      `Moderator ${i}`,
      'MODERATOR',
      'it-IT',
      lumen.team.name,
      i % 2 ? 'it|en' : '',
    ]);
    const reply: Reply = await s.gql(IMPORT, { input: { content: csv(rows) } }, lumen.people.QA_MANAGER.token);
    expect(reply.errors).toBeUndefined();
    expect(reply.data.importPeople).toEqual({ checked: 200, invited: 200, dryRun: false });
    const emails = rows.map((r) => r[0]!);
    const people = await em().find(User, { email: { $in: emails } }, { populate: ['team'] });
    expect(people).toHaveLength(200);
    expect(people.every((p) => p.team?.id === lumen.team.id && p.joinedAt === null && p.role === Role.MODERATOR)).toBe(
      true,
    );
    expect(await em().count(Invitation, { user: { email: { $in: emails } } })).toBe(200);
    expect(await em().count(AuditLogEntry, { action: AuditAction.INVITATION_SENT, targetLabel: { $in: emails } })).toBe(
      200,
    );

    const { token } = await linkTokenIn(smtp, emails[199]!, 'join');
    const joined: Reply = await s.gql(ACCEPT, { input: { token, password: 'harbour lights at dusk' } });
    expect(joined.data.acceptInvitation.user.role).toBe('MODERATOR');
  });

  it('checks the whole file first: each bad line is named, and nobody is invited', async () => {
    const lumen = await vendorOrg(s, [Role.QA_MANAGER], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.MODERATOR], { label: 'Harbor' });
    const tag = unique();
    const good = `good.${tag}@lumen.test`;
    const rows = [
      [good, 'Good', 'MODERATOR', 'it-IT', lumen.team.name, 'it'], // line 2
      [good, 'Again', 'MODERATOR', 'it-IT', lumen.team.name, ''], // 3: the same email twice
      [harbor.people.MODERATOR.email, 'Taken', 'MODERATOR', 'it-IT', lumen.team.name, ''], // 4: has an account
      [`t.${tag}@lumen.test`, 'T', 'MODERATOR', 'it-IT', 'No such team', ''], // 5
      [`h.${tag}@lumen.test`, 'H', 'MODERATOR', 'it-IT', harbor.team.name, ''], // 6: another vendor's team
      [`a.${tag}@lumen.test`, 'A', 'ADMIN', 'it-IT', lumen.team.name, ''], // 7: above their own role
      [`r.${tag}@lumen.test`, 'R', 'WIZARD', 'xx-XX', '', 'not a tag'], // 8
      ['not-an-email', '  ', 'MODERATOR', 'it-IT', lumen.team.name, ''], // 9
    ];
    const reply: Reply = await s.gql(IMPORT, { input: { content: csv(rows) } }, lumen.people.QA_MANAGER.token);
    const error = reply.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_HAS_BAD_LINES', badLines: 7 });
    const lines = (error!.extensions!.lineErrors as { line: number; field: string | null; message: string }[]).map(
      (e) => [e.line, e.field],
    );
    expect(lines).toEqual([
      [3, 'email'],
      [4, 'email'],
      [5, 'team'],
      [6, null],
      [7, null],
      [8, 'role'],
      [8, 'market'],
      [8, 'languages'],
      [9, 'email'],
      [9, 'name'],
    ]);
    expect(error!.message).toMatch(/^The file has 7 bad lines, so nothing was imported: line 3: .* is also on line 2/);
    const emails = rows.map((r) => r[0]!);
    expect(await em().count(User, { email: { $in: emails }, name: { $ne: harbor.people.MODERATOR.name } })).toBe(0);
    expect(await em().count(AuditLogEntry, { targetLabel: good })).toBe(0);
  });

  it('writes nothing on a dry run, and refuses a bad header or an empty file', async () => {
    const { people } = await staffOrg(s, [Role.ADMIN]);
    const email = `dry.${unique()}@staff.test`;
    const dry: Reply = await s.gql(
      IMPORT,
      { input: { content: csv([[email, 'Dry', 'POLICY_OWNER', 'de-DE', '', 'de']]), dryRun: true } },
      people.ADMIN.token,
    );
    expect(dry.data.importPeople).toEqual({ checked: 1, invited: 0, dryRun: true });
    expect(await em().count(User, { email })).toBe(0);
    for (const content of ['email,name,shoe_size\nx@y.z,X,44', 'email,name,role,market\n']) {
      const reply: Reply = await s.gql(IMPORT, { input: { content } }, people.ADMIN.token);
      expect(reply.errors?.[0]?.extensions?.reason).toBe('FILE_HAS_BAD_LINES');
    }
  });
});

describe('concord users', () => {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    const env = { DATABASE_URL: s.databaseUrl, SEED_DEMO: 'false', PUBLIC_URL: 'https://concord.example.com' };
    for (const [key, value] of Object.entries(env)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { ...processIO, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
    return { io, out, err };
  };

  it('creates an admin in a new market and prints a one-time link that signs them in', async () => {
    const tag = unique();
    const market = `en-GB-x-${tag.slice(0, 8)}`;
    const email = `first.${tag}@org.test`;
    const first = capture();
    const args = ['users', 'create-admin', '--email', email, '--name', 'Ada First', '--market', market];
    expect(await run([...args, '--time-zone', 'Europe/London'], first.io), first.err.join('')).toBe(0);
    const link = first.out.join('').trim();
    expect(link).toMatch(/^https:\/\/concord\.example\.com\/join#[\w-]{20,}$/);
    expect(first.err.join('')).toContain(`Made the market ${market}`);
    const joined: Reply = await s.gql(ACCEPT, {
      input: { token: link.split('#')[1], password: 'first light over the org' },
    });
    expect(joined.data.acceptInvitation.user.role).toBe('ADMIN');

    const again = capture();
    expect(await run(args, again.io)).toBe(2);
    expect(again.err.join('')).toContain(`Someone already has the email ${email}`);
    const bad = capture();
    expect(await run(['users', 'create-admin', '--email', 'nope', '--name', 'X', '--market', 'it-IT'], bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('"nope" is not an email address');
    expect(bad.err.join('')).not.toMatch(/\/work\/|\.ts:\d+/);
  });

  it('imports a file with the rights of --as, or lists its bad lines and exits 2 having invited nobody', async () => {
    const lumen = await vendorOrg(s, [Role.QA_MANAGER], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.MODERATOR], { label: 'Harbor' });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'concord-people-'));
    const tag = unique();
    const file = path.join(dir, 'people.csv');
    const emails = [`one.${tag}@lumen.test`, `two.${tag}@lumen.test`];
    await writeFile(file, csv([[emails[0]!, 'One', 'MODERATOR', 'it-IT', harbor.team.name, '']]));
    const refused = capture();
    expect(await run(['users', 'import', file, '--as', lumen.people.QA_MANAGER.email], refused.io)).toBe(2);
    expect(refused.err.join('')).toContain(`${file}:2: Team "${harbor.team.name}" is not one of your vendor’s teams.`);
    expect(await em().count(User, { email: { $in: emails } })).toBe(0);

    await writeFile(file, csv(emails.map((email) => [email, 'N', 'MODERATOR', 'it-IT', lumen.team.name, 'it'])));
    const done = capture();
    expect(
      await run(['users', 'import', file, '--as', lumen.people.QA_MANAGER.email], done.io),
      done.err.join(''),
    ).toBe(0);
    expect(done.out.join('')).toMatch(/^Invited 2 people in [\d.]+ s/);
    expect(done.err.join('')).toContain('invited 2/2');
    expect(await em().count(User, { email: { $in: emails }, team: lumen.team.id })).toBe(2);
    const notAdmin = capture();
    expect(await run(['users', 'import', file, '--as', harbor.people.MODERATOR.email], notAdmin.io)).toBe(2);
  });
});
