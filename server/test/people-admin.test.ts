import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { Market } from '../src/modules/identity/market.entity.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Vendor } from '../src/modules/identity/vendor.entity.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { useTestServer } from './support/test-server.js';
import { createTeam } from './support/users.js';

const server = useTestServer();

const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id name role team { id } } } }';
const DEACTIVATE = 'mutation($input: SetUserActiveInput!) { deactivateUser(input: $input) { user { active } } }';
const REACTIVATE = 'mutation($input: SetUserActiveInput!) { reactivateUser(input: $input) { user { active } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const em = () => server().concord.deps.orm.em.fork() as EntityManager;
const reasonOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.reason;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

/** A second team of `vendorId` in it-IT. */
async function secondTeam(vendorId: string) {
  const session = em();
  const market = await session.findOneOrFail(Market, { code: 'it-IT' });
  return createTeam(session, { market, vendor: session.getReference(Vendor, vendorId) });
}

describe('managing people', () => {
  it("lets a vendor's QA manager move their people between their teams, and nothing of another vendor", async () => {
    const s = server();
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Lumen' });
    const harbor = await vendorOrg(s, [Role.MODERATOR], { label: 'Harbor' });
    const { people: staff } = await staffOrg(s, [Role.ADMIN]);
    const other = await secondTeam(lumen.vendor.id);
    const manager = lumen.people.QA_MANAGER.token;
    const moderator = lumen.people.MODERATOR;

    const moved = await s.gql(
      UPDATE,
      { input: { userId: moderator.id, teamId: other.id, name: 'Marta Bianchi' } },
      manager,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateUser.user).toMatchObject({
      name: 'Marta Bianchi',
      role: 'MODERATOR',
      team: { id: other.id },
    });

    const refusals: [Record<string, unknown>, string, string | undefined][] = [
      [{ userId: moderator.id, teamId: harbor.team.id }, 'FORBIDDEN', 'OTHER_VENDOR'],
      [{ userId: moderator.id, role: 'ADMIN' }, 'FORBIDDEN', 'ROLE_ABOVE_OWN'],
      [{ userId: moderator.id, teamId: null }, 'BAD_USER_INPUT', 'TEAM_REQUIRED'],
      [{ userId: moderator.id, name: '   ' }, 'BAD_USER_INPUT', undefined],
      [{ userId: harbor.people.MODERATOR.id, name: 'Taken over' }, 'NOT_FOUND', undefined],
      [{ userId: staff.ADMIN.id, name: 'Demoted' }, 'NOT_FOUND', undefined],
    ];
    for (const [input, code, reason] of refusals) {
      const reply = await s.gql(UPDATE, { input }, manager);
      expect(codeOf(reply), JSON.stringify(input)).toBe(code);
      expect(reasonOf(reply)).toBe(reason);
    }
    const after = await em().findOneOrFail(User, moderator.id, { populate: ['team'] });
    expect([after.name, after.role, after.team?.id]).toEqual(['Marta Bianchi', Role.MODERATOR, other.id]);
    expect((await em().findOneOrFail(User, harbor.people.MODERATOR.id)).name).not.toBe('Taken over');

    const log = await s.gql(
      'query($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action changes { field before after } vendor { id } } } } }',
      { f: { targetId: moderator.id, actions: ['USER_UPDATED'] } },
      staff.ADMIN.token,
    );
    expect(log.data.auditLog.edges).toHaveLength(1);
    expect(log.data.auditLog.edges[0].node).toMatchObject({
      vendor: { id: lumen.vendor.id },
      changes: expect.arrayContaining([
        { field: 'team', before: lumen.team.name, after: other.name },
        { field: 'name', before: moderator.name, after: 'Marta Bianchi' },
      ]),
    });
  });

  it('deactivates a person at once, keeps them, and lets them back in on reactivation', async () => {
    const s = server();
    const lumen = await vendorOrg(s, [Role.QA_MANAGER, Role.MODERATOR], { label: 'Lumen' });
    const moderator = lumen.people.MODERATOR;
    const manager = lumen.people.QA_MANAGER.token;
    expect((await s.gql(DEACTIVATE, { input: { userId: moderator.id } }, manager)).data).toEqual({
      deactivateUser: { user: { active: false } },
    });
    expect(reasonOf(await s.gql('{ me { id } }', {}, moderator.token))).toBe('DEACTIVATED');
    expect(reasonOf(await s.gql(SIGN_IN, { input: { email: moderator.email, password: 'concord' } }))).toBe(
      'DEACTIVATED',
    );
    // Still theirs, still listed.
    expect(await em().count(User, { id: moderator.id, active: false })).toBe(1);
    expect(reasonOf(await s.gql(DEACTIVATE, { input: { userId: lumen.people.QA_MANAGER.id } }, manager))).toBe(
      'SELF_DEACTIVATION',
    );
    expect((await s.gql(REACTIVATE, { input: { userId: moderator.id } }, manager)).data).toEqual({
      reactivateUser: { user: { active: true } },
    });
    expect((await s.gql(SIGN_IN, { input: { email: moderator.email, password: 'concord' } })).errors).toBeUndefined();
    expect(codeOf(await s.gql(DEACTIVATE, { input: { userId: moderator.id } }, moderator.token))).toBe('FORBIDDEN');
  });

  it('never leaves Concord without an active admin', async () => {
    const s = server();
    const { people } = await staffOrg(s, [Role.ADMIN]);
    // Every other admin of this file's database switched off: this one is the last.
    await em().nativeUpdate(User, { role: Role.ADMIN, id: { $ne: people.ADMIN.id } }, { active: false });
    const demote = await s.gql(UPDATE, { input: { userId: people.ADMIN.id, role: 'QA_MANAGER' } }, people.ADMIN.token);
    expect(demote.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
    expect((await em().findOneOrFail(User, people.ADMIN.id)).role).toBe(Role.ADMIN);
  });
});
