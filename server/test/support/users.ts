import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../src/modules/identity/password.js';
import { type Role, TeamKind } from '../../src/modules/identity/role.js';
import { Market } from '../../src/modules/identity/market.entity.js';
import { Team } from '../../src/modules/identity/team.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { Vendor } from '../../src/modules/identity/vendor.entity.js';
import { TEST_PASSWORD_COST } from './constants.js';

// Factories for the people and organisation a test needs, written through the entity
// manager (there is no API for them). Every name and email is unique, so tests running
// side by side on one database never see each other's rows.

/** Eight hex characters to make a name or an email unique. */
export const unique = () => randomUUID().slice(0, 8);

/** A market of the test's own, e.g. `it-T1a2b3c` (a code the case import accepts). */
export async function createMarket(em: EntityManager, language = 'it') {
  const tag = unique().slice(0, 6);
  const market = em.create(Market, { code: `${language}-T${tag}`, name: `Test market ${language} ${tag}` });
  await em.flush();
  return market;
}

/** A vendor company of the test's own. */
export async function createVendor(em: EntityManager, name = `Vendor ${unique()}`) {
  const vendor = em.create(Vendor, { name });
  await em.flush();
  return vendor;
}

/** A team in `market`: at `vendor` when given, else the platform's own (internal) one. */
export async function createTeam(
  em: EntityManager,
  { market, vendor = null, name }: { market: Market; vendor?: Vendor | null; name?: string },
) {
  const team = em.create(Team, {
    name: name ?? `${vendor ? vendor.name : 'QA'} ${market.code} ${unique()}`,
    kind: vendor ? TeamKind.VENDOR : TeamKind.INTERNAL,
    market,
    vendor,
  });
  await em.flush();
  return team;
}

export type UserOptions = { team?: Team | null; email?: string; name?: string };

/**
 * A person with `role` in a market (given, or by its code), on `team` when given, else on
 * none, with the password "concord".
 */
export async function createUser(
  em: EntityManager,
  role: Role,
  market: string | Market,
  { team = null, email, name }: UserOptions = {},
) {
  const user = em.create(User, {
    email: email ?? `${role.toLowerCase()}.${unique()}@concord.example`,
    name: name ?? `${role} ${unique().slice(0, 4)}`,
    role,
    market: typeof market === 'string' ? await em.findOneOrFail(Market, { code: market }) : market,
    team,
    passwordHash: await hashPassword('concord', TEST_PASSWORD_COST),
  });
  await em.flush();
  return user;
}
