import type { EntityManager } from '@mikro-orm/postgresql';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { TEST_JWT_SECRET } from './support/constants.js';
import { LIMITS } from '../src/app/limits.js';
import { createPolicyWithCases } from './support/calibration-fixtures.js';
import { closeOf, useTestServer, wsExecute } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './support/users.js';

const server = useTestServer({ LOGIN_ATTEMPTS_PER_MINUTE: '5' });
const em = () => server().concord.deps.orm.em.fork() as EntityManager;

/** A person made for the test, in a market of its own: `role`, on `team` if given. */
async function person(role: Role, options: Parameters<typeof createUser>[3] = {}) {
  const e = em();
  return createUser(e, role, options.team?.market ?? (await createMarket(e)), options);
}

const ME = '{ me { email role market { code } team { name kind vendor { name } } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt user { email } } }';

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${server().url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server().url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});

describe('signIn and me', () => {
  it('signs in a user (email case-insensitive) and `me` accepts the token over HTTP', async () => {
    const e = em();
    const market = await createMarket(e);
    const team = await createTeam(e, { market });
    const email = `qa.specialist.${unique()}@concord.example`;
    await createUser(e, Role.QA_SPECIALIST, market, { team, email });
    const result = await server().gql(SIGN_IN, { input: { email: email.toUpperCase(), password: 'concord' } });
    expect(result.errors).toBeUndefined();
    const { token, expiresAt } = result.data!.signIn as { token: string; expiresAt: string };
    const hours = (new Date(expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const me = await server().gql(ME, {}, token);
    expect(me.data?.me).toEqual({
      email,
      role: 'QA_SPECIALIST',
      market: { code: market.code },
      team: { name: team.name, kind: 'INTERNAL', vendor: null },
    });
  });

  it('accepts the token in connection_init and answers `me` over graphql-ws', async () => {
    const e = em();
    const vendor = await createVendor(e);
    const team = await createTeam(e, { market: await createMarket(e, 'ko'), vendor });
    const moderator = await createUser(e, Role.MODERATOR, team.market, { team });
    const token = await server().signIn(moderator.email);
    const client = server().wsClient({ authorization: `Bearer ${token}` });
    const result = await wsExecute(client, ME);
    expect(result.data?.me).toMatchObject({
      email: moderator.email,
      role: 'MODERATOR',
      market: { code: team.market.code },
    });
    expect((result.data?.me as { team: { vendor: { name: string } } }).team.vendor.name).toBe(vendor.name);
  });

  it('refuses a wrong password and an unknown user with the same UNAUTHENTICATED error', async () => {
    const admin = await person(Role.ADMIN);
    const wrong = await server().gql(SIGN_IN, { input: { email: admin.email, password: 'wrong' } });
    const unknown = await server().gql(SIGN_IN, {
      input: { email: `nobody.${unique()}@concord.example`, password: 'concord' },
    });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(wrong.data).toBeNull();
  });

  it('rejects malformed input with BAD_USER_INPUT and never echoes the password', async () => {
    const result = await server().gql(SIGN_IN, { input: { email: 'not-an-email', password: 'secret-value' } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('email must be an email address');
    expect(JSON.stringify(result)).not.toContain('secret-value');
  });

  it('rate-limits repeated failed sign-ins for one email', async () => {
    const input = { email: (await person(Role.POLICY_OWNER)).email, password: 'guess' };
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await server().gql(SIGN_IN, { input })));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('RATE_LIMITED');
    // Even the right password is refused until the window passes: no guessing around it.
    const right = await server().gql(SIGN_IN, { input: { ...input, password: 'concord' } });
    expect(codeOf(right)).toBe('RATE_LIMITED');
  });

  it('refuses `me` without a token, with a forged token and with an expired one', async () => {
    expect(codeOf(await server().gql(ME))).toBe('UNAUTHENTICATED');

    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-0000-0000-000000000000')
      .setIssuer('concord')
      .setAudience('concord')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const forgedResult = await server().gql(ME, {}, forged);
    expect(codeOf(forgedResult)).toBe('UNAUTHENTICATED');
    expect(forgedResult.errors![0]!.message).toMatch(/not valid/);

    const admin = await person(Role.ADMIN);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(admin.id)
      .setIssuer('concord')
      .setAudience('concord')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const expiredResult = await server().gql(ME, {}, expired);
    expect(codeOf(expiredResult)).toBe('UNAUTHENTICATED');
    expect(expiredResult.errors![0]!.message).toMatch(/expired/);
  });

  it('answers a malformed GraphQL request with a parse error and no stack trace', async () => {
    const result = await server().gql('{ me { email ');
    expect(codeOf(result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(result)).not.toContain('stacktrace');
  });
});

describe('websocket authentication', () => {
  it('closes a connection without a token with 4401', async () => {
    const client = server().wsClient({});
    const closed = closeOf(client);
    expect((await closed).code).toBe(4401);
  });

  it('closes a connection with a bad token with 4401', async () => {
    const client = server().wsClient({ authorization: 'Bearer not.a.token' });
    expect((await closeOf(client)).code).toBe(4401);
  });

  it('closes a connection of a deactivated account with 4403', async () => {
    const e = em();
    const user = await createUser(e, Role.MODERATOR, await createMarket(e, 'fr'), { name: 'Leaver' });
    const token = await server().signIn(user.email);
    user.active = false;
    await e.flush();
    const refused = await server().gql(ME, {}, token);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0]!.extensions!.reason).toBe('DEACTIVATED');
    const signIn = await server().gql(SIGN_IN, { input: { email: user.email, password: 'concord' } });
    expect(signIn.errors![0]!.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      feature: 'identity',
      reason: 'DEACTIVATED',
    });
    const client = server().wsClient({ authorization: `Bearer ${token}` });
    expect((await closeOf(client)).code).toBe(4403);
  });
});

describe('an open websocket', () => {
  it('applies a role change and a deactivation to the next operation, not only at connection_init', async () => {
    const e = em();
    const user = await createUser(e, Role.MODERATOR, await createMarket(e, 'fr'), { name: 'Changing' });
    const token = await server().signIn(user.email);
    const client = server().wsClient({ authorization: `Bearer ${token}` });
    const USERS = '{ users(page: { first: 1 }) { totalCount } }';
    expect(codeOf(await wsExecute(client, USERS))).toBe('FORBIDDEN');
    // Promoted while connected: the next operation runs as an admin.
    user.role = Role.ADMIN;
    await e.flush();
    const promoted = await wsExecute(client, USERS);
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data).toMatchObject({ users: { totalCount: expect.any(Number) } });
    // Deactivated while connected: the next operation is refused and the socket closed with 4403.
    user.active = false;
    await e.flush();
    const closed = closeOf(client);
    // The operation gets no data (the socket closes under it).
    const refused = await wsExecute(client, USERS).then(
      (result) => result.data ?? null,
      () => null,
    );
    expect(refused).toBeNull();
    expect((await closed).code).toBe(4403);
  });
});

describe('limits', () => {
  it('refuses too many aliases, over HTTP and websockets alike', async () => {
    const token = await server().signIn((await person(Role.ADMIN)).email);
    const aliased = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
    const aliasResult = await server().gql(aliased, {}, token);
    expect(codeOf(aliasResult)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(aliasResult.errors![0]!.message).toMatch(/Aliases limit of 15 exceeded, found 20/);

    const client = server().wsClient({ authorization: `Bearer ${token}` });
    const wsError = await wsExecute(client, aliased).then(
      () => null,
      (errors: { message: string }[]) => errors,
    );
    expect(wsError?.[0]?.message).toMatch(/Aliases limit/);
  });

  it('estimates the cost with the variables: a page size sent as a variable counts like a written one', async () => {
    const e = em();
    const market = await createMarket(e);
    const moderator = await createUser(e, Role.MODERATOR, market, {
      team: await createTeam(e, { market, vendor: await createVendor(e) }),
    });
    await createPolicyWithCases(e, [market.code], 2, moderator);
    const token = await server().signIn((await person(Role.ADMIN)).email);
    // Every case's policy, every version of it, every label of each: the page size decides.
    const nested = `query Nested($n: Int!) {
      cases(page: { first: $n }) { edges { node { id policy { versions { labels { key name } } } } } }
    }`;
    const small = await server().gql<{ cases: { edges: unknown[] } }>(nested, { n: 2 }, token);
    expect(small.errors).toBeUndefined();
    expect(small.data!.cases.edges).toHaveLength(2);

    const large = await server().gql(nested, { n: 200 }, token);
    expect(codeOf(large)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(large.errors![0]!.message).toMatch(
      new RegExp(`Query cost limit of ${LIMITS.cost} exceeded, estimated \\d+`),
    );
    expect(large.data ?? null).toBeNull();

    const client = server().wsClient({ authorization: `Bearer ${token}` });
    const wsError = await wsExecute(client, nested, { n: 200 }).then(
      () => null,
      (errors: { message: string }[]) => errors,
    );
    expect(wsError?.[0]?.message).toMatch(/Query cost limit/);
    await client.dispose();
  });
});

describe('malformed ids', () => {
  it('answer NOT_FOUND like an unknown id, never an internal error', async () => {
    const e = em();
    const market = await createMarket(e);
    const manager = await createUser(e, Role.QA_MANAGER, market, { team: await createTeam(e, { market }) });
    const token = await server().signIn(manager.email);
    for (const query of [
      '{ audit(id: "x") { id } }',
      '{ quiz(id: "nope") { id } }',
      '{ briefing(id: "1") { id } }',
      '{ rcaEscalation(id: "x") { id } }',
    ]) {
      const result = await server().gql(query, {}, token);
      expect(codeOf(result), query).toBe('NOT_FOUND');
      expect(result.errors![0]!.message).toMatch(/is not an id Concord issued/);
    }
  });
});

describe('scoping', () => {
  it('lets a moderator see only their own team and the internal ones, and not list users', async () => {
    const e = em();
    const market = await createMarket(e);
    const own = await createTeam(e, { market, vendor: await createVendor(e) });
    const other = await createTeam(e, { market, vendor: await createVendor(e) });
    const internal = await createTeam(e, { market });
    const moderator = await createUser(e, Role.MODERATOR, market, { team: own });
    const token = await server().signIn(moderator.email);
    const TEAMS = '{ teams { name kind } }';
    const teams = await server().gql<{ teams: { name: string; kind: string }[] }>(TEAMS, {}, token);
    const vendorTeams = teams.data!.teams.filter((t) => t.kind === 'VENDOR').map((t) => t.name);
    expect(vendorTeams).toEqual([own.name]);
    expect(vendorTeams).not.toContain(other.name);
    // Every internal team, as an admin lists them, and no more.
    const admin = await server().signIn((await person(Role.ADMIN)).email);
    const all = await server().gql<{ teams: { name: string; kind: string }[] }>(TEAMS, {}, admin);
    expect(all.data!.teams.map((t) => t.name)).toContain(other.name);
    const internalNames = (list: { name: string; kind: string }[]) =>
      list
        .filter((t) => t.kind === 'INTERNAL')
        .map((t) => t.name)
        .sort();
    expect(internalNames(teams.data!.teams)).toContain(internal.name);
    expect(internalNames(teams.data!.teams)).toEqual(internalNames(all.data!.teams));
    const users = await server().gql('{ users { totalCount } }', {}, token);
    expect(codeOf(users)).toBe('FORBIDDEN');
  });

  it("keeps a vendor's QA staff to their own vendor's people", async () => {
    const e = em();
    const market = await createMarket(e, 'ko');
    const harbor = await createVendor(e);
    const lumen = await createVendor(e);
    const team = await createTeam(e, { market, vendor: harbor });
    const moderator = await createUser(e, Role.MODERATOR, market, { team });
    const staff = await createUser(e, Role.QA_SPECIALIST, market, { team: await createTeam(e, { market }) });
    const outsider = await createUser(e, Role.MODERATOR, market, {
      team: await createTeam(e, { market, vendor: lumen }),
    });
    const vendorQa = await createUser(e, Role.QA_SPECIALIST, market, { team, name: 'Harbor QA' });
    const token = await server().signIn(vendorQa.email);
    const result = await server().gql<{
      users: { edges: { node: { email: string; team: { vendor: { name: string } | null } | null } }[] };
    }>('{ users(page: { first: 200 }) { edges { node { email team { vendor { name } } } } } }', {}, token);
    const emails = result.data!.users.edges.map((e) => e.node.email);
    expect(emails).toContain(moderator.email);
    expect(emails).toContain(staff.email);
    expect(emails).not.toContain(outsider.email);
    const vendors = new Set(result.data!.users.edges.map((e) => e.node.team?.vendor?.name ?? null));
    expect([...vendors].sort()).toEqual([harbor.name, null]);

    const adminToken = await server().signIn((await person(Role.ADMIN)).email);
    const all = await server().gql<{ users: { totalCount: number } }>('{ users { totalCount } }', {}, adminToken);
    expect(all.data!.users.totalCount).toBeGreaterThan(emails.length);
  });

  it('pages users by cursor without repeats', async () => {
    const e = em();
    const market = await createMarket(e);
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push((await createUser(e, Role.MODERATOR, market)).email);
    const admin = await createUser(e, Role.ADMIN, market);
    const token = await server().signIn(admin.email);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server().gql(
        'query($after: String) { users(page: { first: 3, after: $after }) { edges { node { email } } pageInfo { hasNextPage endCursor } totalCount } }',
        { after },
        token,
      );
      seen.push(...page.data.users.edges.map((e: any) => e.node.email));
      if (!page.data.users.pageInfo.hasNextPage) break;
      after = page.data.users.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    // No gaps: every person made before the walk is on a page (others may be added meanwhile).
    expect(seen).toEqual(expect.arrayContaining([...made, admin.email]));
  });
});
