import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../src/modules/identity/password.js';
import { Role } from '../../src/modules/identity/role.js';
import { Team } from '../../src/modules/identity/team.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { TEST_PASSWORD_COST } from './constants.js';
import { createMarket, createTeam, createVendor } from './users.js';
import type { TestServer } from './test-server.js';

export const TAXONOMY = [
  { key: 'none', name: 'No violation', description: 'Leave it up.', severity: 0 },
  { key: 'insult', name: 'Insult', description: 'A one-off insult.', severity: 1 },
  { key: 'harassment', name: 'Harassment', description: 'Repeated abuse.', severity: 2 },
];

export const BODY = '# Rule\n\nNo insults.\n\n## Labels\n\nPick the most severe.';

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/** Runs a GraphQL operation and fails the test with its errors if it has any. */
export async function ok<T = any>(s: TestServer, query: string, variables: Record<string, unknown>, token: string) {
  const result = await s.gql<T>(query, variables, token);
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

export const uniqueKey = (prefix = 'policy') => `${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * A new policy whose version 1 is published with `TAXONOMY`, made through the API; `key`,
 * `title` and `area` (BULLYING) may be given.
 */
export async function publishedPolicy(
  s: TestServer,
  token: string,
  labels = TAXONOMY,
  { key = uniqueKey(), title, area = 'BULLYING' }: { key?: string; title?: string; area?: string } = {},
) {
  const created = await ok(
    s,
    'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } draft { id } } }',
    { input: { key, title: title ?? `Policy ${key}`, area } },
    token,
  );
  const policyId = created.createPolicy.policy.id as string;
  const v1 = created.createPolicy.draft.id as string;
  await ok(
    s,
    'mutation($input: UpdatePolicyVersionInput!) { updatePolicyVersion(input: $input) { version { id } } }',
    { input: { versionId: v1, body: BODY, effectiveDate: '2026-01-01', changeSummary: 'First.', labels } },
    token,
  );
  await ok(
    s,
    'mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { version { id } } }',
    { input: { versionId: v1 } },
    token,
  );
  return { key, policyId, v1 };
}

/**
 * A policy's next version, made through the API: a draft with `labels` (the previous
 * version's unless given), published when `publish`, then retiring the version `retire`
 * when given. Returns its id.
 */
export async function nextVersion(
  s: TestServer,
  token: string,
  policyId: string,
  { labels, publish = false, retire }: { labels?: typeof TAXONOMY; publish?: boolean; retire?: string } = {},
) {
  const created = await ok(
    s,
    'mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { version { id } } }',
    { input: { policyId } },
    token,
  );
  const versionId = created.createPolicyVersion.version.id as string;
  await ok(
    s,
    'mutation($input: UpdatePolicyVersionInput!) { updatePolicyVersion(input: $input) { version { id } } }',
    { input: { versionId, changeSummary: 'Next.', effectiveDate: '2026-02-01', ...(labels ? { labels } : {}) } },
    token,
  );
  if (publish) {
    await ok(
      s,
      'mutation($input: PublishPolicyVersionInput!) { publishPolicyVersion(input: $input) { version { id } } }',
      { input: { versionId } },
      token,
    );
  }
  if (retire) {
    await ok(
      s,
      'mutation($input: RetirePolicyVersionInput!) { retirePolicyVersion(input: $input) { version { id } } }',
      { input: { versionId: retire } },
      token,
    );
  }
  return versionId;
}

/**
 * A person made for the test, signed in: `role` on `team` when given, else on a team made for
 * them in a market of their own (`language`'s), at a vendor of their own when `vendor`, else
 * internal; on no team for roles without one (policy owner, admin), in that team's market.
 */
export async function testUser(
  s: TestServer,
  {
    role,
    vendor = false,
    team: given,
    language = 'it',
  }: { role: Role; vendor?: boolean; team?: { id: string }; language?: string },
) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const team = given
    ? await em.findOneOrFail(Team, { id: given.id }, { populate: ['market', 'vendor'] })
    : await ownTeam(em, { vendor, language });
  vendor = team.vendor !== null;
  const teamless = role === Role.POLICY_OWNER || role === Role.ADMIN;
  const email = `${role.toLowerCase()}.${randomUUID().slice(0, 6)}@${vendor ? 'vendor' : 'staff'}.test`;
  const user = em.create(User, {
    email,
    name: `${vendor ? 'Vendor' : 'Staff'} ${role}`,
    role,
    market: team.market,
    team: teamless ? null : team,
    passwordHash: await hashPassword('concord', TEST_PASSWORD_COST),
  });
  await em.flush();
  return { id: user.id, email, token: await s.signIn(email) };
}

/** A team of the test's own in a market of its own, at a vendor of its own when `vendor`. */
async function ownTeam(em: EntityManager, { vendor, language }: { vendor: boolean; language: string }) {
  const market = await createMarket(em, language);
  return createTeam(em, { market, vendor: vendor ? await createVendor(em) : null });
}

/** A QA specialist (or another role) on a vendor team of their own, for scoping tests. */
export const vendorUser = (s: TestServer, role = Role.QA_SPECIALIST) => testUser(s, { role, vendor: true });

/**
 * The people the policy tests act as, made for the file: tokens of an owner, admin, QA and a
 * moderator; on `staff` (QA) and `vendor` (the moderator) when given, else all on an internal
 * team of the file's own, with the owner and admin in the staff team's market.
 */
export async function policyCast(s: TestServer, teams: { staff?: { id: string }; vendor?: { id: string } } = {}) {
  // Without a staff team, one of the file's own holds them all (the moderator too, unless on `vendor`).
  const staff =
    teams.staff ?? (await ownTeam(s.concord.deps.orm.em.fork() as EntityManager, { vendor: false, language: 'it' }));
  const [owner, admin, qaManager, qaSpecialist, moderatorIt] = await Promise.all(
    [Role.POLICY_OWNER, Role.ADMIN, Role.QA_MANAGER, Role.QA_SPECIALIST, Role.MODERATOR].map((role) =>
      testUser(s, { role, team: role === Role.MODERATOR ? (teams.vendor ?? staff) : staff }),
    ),
  );
  return {
    owner: owner!,
    admin: admin!,
    qaManager: qaManager!,
    qaSpecialist: qaSpecialist!,
    moderatorIt: moderatorIt!,
  };
}

/** Counts the SQL statements a callback causes, to hold field resolvers to batched loading. */
export async function countQueries(s: TestServer, run: () => Promise<unknown>) {
  const config = s.concord.deps.orm.config;
  const previous = config.get('onQuery');
  let count = 0;
  config.set('onQuery', (sql: string, params: unknown[]) => {
    count++;
    return previous(sql, params);
  });
  try {
    await run();
  } finally {
    config.set('onQuery', previous);
  }
  return count;
}
