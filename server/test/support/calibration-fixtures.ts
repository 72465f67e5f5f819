import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../../src/modules/case/case.entity.js';
import { ContentType } from '../../src/modules/case/case.enums.js';
import { Market } from '../../src/modules/identity/market.entity.js';
import { hashPassword } from '../../src/modules/identity/password.js';
import { Role } from '../../src/modules/identity/role.js';
import type { Team } from '../../src/modules/identity/team.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import type { Vendor } from '../../src/modules/identity/vendor.entity.js';
import { Policy } from '../../src/modules/policy/policy.entity.js';
import { PolicyArea, PolicyVersionStatus } from '../../src/modules/policy/policy.enums.js';
import { PolicyVersion } from '../../src/modules/policy/policy-version.entity.js';
import { TEST_PASSWORD_COST } from './constants.js';
import { createTeam, createUser, createVendor } from './users.js';

export const LABELS = [
  { key: 'no_violation', name: 'No violation', description: '', severity: 0 },
  { key: 'borderline', name: 'Borderline', description: '', severity: 1 },
  { key: 'violating', name: 'Violating', description: '', severity: 2 },
  { key: 'severe', name: 'Severe', description: '', severity: 3 },
];

/**
 * A published policy version with four ordered labels and `caseCount` text cases in the given
 * markets, decided by `moderator` (unless given, one made for them on a vendor team of their
 * own in the first market).
 */
export async function createPolicyWithCases(
  em: EntityManager,
  marketCodes: string[],
  caseCount: number,
  moderator?: User,
) {
  const suffix = randomUUID().slice(0, 8);
  const policy = em.create(Policy, {
    key: `bullying-${suffix}`,
    title: 'Bullying and harassment',
    area: PolicyArea.BULLYING,
    description: '',
  });
  const version = em.create(PolicyVersion, {
    policy,
    number: 1,
    status: PolicyVersionStatus.PUBLISHED,
    effectiveDate: '2026-01-01',
    body: '# Bullying',
    labels: LABELS,
    publishedAt: new Date(),
  });
  const markets = await em.find(Market, { code: { $in: marketCodes } });
  if (!moderator) {
    const market = markets.find((m) => m.code === marketCodes[0])!;
    const team = await createTeam(em, { market, vendor: await createVendor(em) });
    moderator = await createUser(em, Role.MODERATOR, market, { team });
  }
  const cases = Array.from({ length: caseCount }, (_, i) =>
    em.create(Case, {
      source: 'test',
      externalId: `${suffix}-${i}`,
      market: markets[i % markets.length]!,
      queue: i % 2 ? 'bullying-text' : 'bullying-comments',
      contentType: ContentType.TEXT,
      text: `Sample comment ${i}`,
      policyVersion: version,
      policy,
      decision: LABELS[i % LABELS.length]!.key,
      moderator: moderator!,
      team: moderator!.team!,
      decidedAt: new Date(Date.UTC(2026, 0, 1 + i)),
    }),
  );
  await em.flush();
  return { policy, version, cases, markets };
}

/**
 * `perMarket` vendor moderators on each team given, or, for a market code, on a team made for
 * them in that market (one vendor of their own for all such teams), with the cheap test
 * password cost.
 */
export async function createVoters(em: EntityManager, teamsOrCodes: (string | Team)[], perMarket: number) {
  const hash = await hashPassword('concord', TEST_PASSWORD_COST);
  let vendor: Vendor | undefined;
  const voters: { user: User; market: string }[] = [];
  for (const given of teamsOrCodes) {
    let team: Team;
    if (typeof given === 'string') {
      vendor ??= await createVendor(em);
      team = await createTeam(em, { market: await em.findOneOrFail(Market, { code: given }), vendor });
    } else team = given;
    for (let i = 0; i < perMarket; i++) {
      const code = team.market.code;
      const user = em.create(User, {
        email: `voter.${code.toLowerCase()}.${i}.${randomUUID().slice(0, 6)}@vendor.example`,
        name: `Voter ${code} ${i}`,
        role: Role.MODERATOR,
        market: team.market,
        team,
        passwordHash: hash,
      });
      voters.push({ user, market: code });
    }
  }
  await em.flush();
  return voters;
}
