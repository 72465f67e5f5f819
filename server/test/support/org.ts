import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Market } from '../../src/modules/identity/market.entity.js';
import { hashPassword } from '../../src/modules/identity/password.js';
import { Role, TeamKind } from '../../src/modules/identity/role.js';
import { Team } from '../../src/modules/identity/team.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { Vendor } from '../../src/modules/identity/vendor.entity.js';
import { TEST_PASSWORD_COST } from './constants.js';
import type { TestServer } from './test-server.js';

export type Member = { id: string; email: string; name: string; token: string };

/**
 * A vendor of the test's own (a unique name) with one team in `marketCode`'s market, and one
 * signed-in person per role asked; every password is `concord`. Nothing of the demo is used
 * but the market, which is reference data.
 */
export async function vendorOrg<R extends Role>(
  s: TestServer,
  roles: readonly R[],
  { marketCode = 'it-IT', label = 'Vendor' }: { marketCode?: string; label?: string } = {},
) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const suffix = randomUUID().slice(0, 6);
  const market = await em.findOneOrFail(Market, { code: marketCode });
  const vendor = em.create(Vendor, { name: `${label} ${suffix}` });
  const team = em.create(Team, { name: `${label} ${marketCode} ${suffix}`, kind: TeamKind.VENDOR, market, vendor });
  const people = await peopleOf(s, em, roles, { market, team, suffix, label });
  return { vendor: { id: vendor.id, name: vendor.name }, team: { id: team.id, name: team.name }, people };
}

/** The platform's own people, one per role asked, on an internal team of `marketCode` (admins and policy owners on none). */
export async function staffOrg<R extends Role>(s: TestServer, roles: readonly R[], marketCode = 'it-IT') {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const suffix = randomUUID().slice(0, 6);
  const market = await em.findOneOrFail(Market, { code: marketCode });
  const team = em.create(Team, { name: `Staff ${marketCode} ${suffix}`, kind: TeamKind.INTERNAL, market });
  const people = await peopleOf(s, em, roles, { market, team, suffix, label: 'Staff' });
  return { team: { id: team.id, name: team.name }, people };
}

async function peopleOf<R extends Role>(
  s: TestServer,
  em: EntityManager,
  roles: readonly R[],
  { market, team, suffix, label }: { market: Market; team: Team; suffix: string; label: string },
) {
  const passwordHash = await hashPassword('concord', TEST_PASSWORD_COST);
  const users = roles.map((role) =>
    em.create(User, {
      email: `${role.toLowerCase()}.${suffix}@${label.toLowerCase()}.test`,
      name: `${label} ${role.toLowerCase()} ${suffix}`,
      role,
      market,
      team: role === Role.ADMIN || role === Role.POLICY_OWNER ? null : team,
      passwordHash,
    }),
  );
  await em.flush();
  const tokens = await Promise.all(users.map((user) => s.signIn(user.email)));
  return Object.fromEntries(
    users.map((user, i) => [roles[i]!, { id: user.id, email: user.email, name: user.name, token: tokens[i]! }]),
  ) as Record<R, Member>;
}
