import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../src/modules/identity/password.js';
import { Role } from '../../src/modules/identity/role.js';
import { Team } from '../../src/modules/identity/team.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { TEST_PASSWORD_COST } from './constants.js';
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

/** A new policy whose version 1 is published with `TAXONOMY`, made through the API. */
export async function publishedPolicy(s: TestServer, token: string, labels = TAXONOMY) {
  const key = uniqueKey();
  const created = await ok(
    s,
    'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } draft { id } } }',
    { input: { key, title: `Policy ${key}`, area: 'BULLYING' } },
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

/** A QA specialist (or another role) in the vendor team of a demo market, for scoping tests. */
export async function vendorUser(s: TestServer, marketCode: string, role = Role.QA_SPECIALIST) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const team = await em.findOneOrFail(
    Team,
    { market: { code: marketCode }, vendor: { $ne: null } },
    { populate: ['market'] },
  );
  const email = `${role.toLowerCase()}.${randomUUID().slice(0, 6)}@vendor.test`;
  em.create(User, {
    email,
    name: `Vendor ${role}`,
    role,
    market: team.market,
    team,
    passwordHash: await hashPassword('concord', TEST_PASSWORD_COST),
  });
  await em.flush();
  return { email, token: await s.signIn(email) };
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
