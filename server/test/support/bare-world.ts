import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Market } from '../../src/modules/identity/market.entity.js';
import { hashPassword } from '../../src/modules/identity/password.js';
import { Role, TeamKind } from '../../src/modules/identity/role.js';
import { Team } from '../../src/modules/identity/team.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { Vendor } from '../../src/modules/identity/vendor.entity.js';
import { createPolicyWithCases } from './calibration-fixtures.js';
import { TEST_PASSWORD_COST } from './constants.js';

/**
 * Just enough for a calibration session on a database without the demo (SEED_DEMO=false):
 * one market, a vendor team of `voterCount` moderators, an internal QA specialist to
 * facilitate, and a policy with `caseCount` cases. Every password is `concord`, at the
 * cheap test cost.
 */
export async function createBareCalibrationWorld(em: EntityManager, voterCount: number, caseCount: number) {
  const suffix = randomUUID().slice(0, 6);
  const hash = await hashPassword('concord', TEST_PASSWORD_COST);
  const market =
    (await em.findOne(Market, { code: 'it-IT' })) ?? em.create(Market, { code: 'it-IT', name: 'Italian (Italy)' });
  const vendor = em.create(Vendor, { name: `Vendor ${suffix}` });
  const vendorTeam = em.create(Team, { name: `Vendor team ${suffix}`, kind: TeamKind.VENDOR, market, vendor });
  const qaTeam = em.create(Team, { name: `QA ${suffix}`, kind: TeamKind.INTERNAL, market });
  const person = (role: Role, team: Team, name: string) =>
    em.create(User, {
      email: `${name.toLowerCase().replace(/\s+/g, '.')}.${suffix}@bare.example`,
      name,
      role,
      market,
      team,
      passwordHash: hash,
    });
  const facilitator = person(Role.QA_SPECIALIST, qaTeam, 'Facilitator');
  const moderator = person(Role.MODERATOR, vendorTeam, 'Case moderator');
  const voters = Array.from({ length: voterCount }, (_, i) => person(Role.MODERATOR, vendorTeam, `Voter ${i}`));
  await em.flush();
  const { version, cases } = await createPolicyWithCases(em, [market.code], caseCount, moderator);
  return { market, facilitator, voters, version, cases };
}
