import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/app/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { CalibrationItem } from '../src/modules/calibration/calibration-item.entity.js';
import { CalibrationSession } from '../src/modules/calibration/calibration-session.entity.js';
import { ItemState, SessionMode, SessionStatus } from '../src/modules/calibration/calibration.enums.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { createPolicyWithCases } from './support/calibration-fixtures.js';
import { useTestServer, wsExecute, type TestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor } from './support/users.js';

/**
 * REQUEST_DEADLINE_MS and STATEMENT_TIMEOUT_MS, each alone: one server whose operations
 * have 3 s and whose statements a minute, one whose statements have 2 s and operations a
 * minute. An operation is made slow the way production ones are: it waits on a lock another
 * connection holds. The rest is set up around the limits (the ORM, tokens signed directly):
 * on a busy machine even a sign-in took over a second.
 */
const LIMIT_MS = 3_000;
const STATEMENT_MS = 2_000;
const byDeadline = useTestServer({ REQUEST_DEADLINE_MS: String(LIMIT_MS), STATEMENT_TIMEOUT_MS: '60000' });
const byStatement = useTestServer({ REQUEST_DEADLINE_MS: '60000', STATEMENT_TIMEOUT_MS: String(STATEMENT_MS) });

/** A token of a user, without a sign-in (itself an operation under the limit). */
async function tokenOf(s: TestServer, email: string) {
  const user = await s.concord.deps.orm.em.fork().findOneOrFail(User, { email });
  return (await s.concord.deps.tokens.sign(user.id)).token;
}

/**
 * The test's own people: in a market of its own, a QA specialist (with a token signed
 * directly) on an internal team, and a vendor team with a moderator who decided the cases.
 */
async function world(s: TestServer) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const market = await createMarket(em);
  const vendorTeam = await createTeam(em, { market, vendor: await createVendor(em) });
  const specialist = await createUser(em, Role.QA_SPECIALIST, market, { team: await createTeam(em, { market }) });
  const moderator = await createUser(em, Role.MODERATOR, market, { team: vendorTeam });
  return { em, market, vendorTeam, specialist, moderator, token: await tokenOf(s, specialist.email) };
}
type World = Awaited<ReturnType<typeof world>>;

/** A connection of the test's own holding `lock` (in a transaction) until `release`. */
async function hold(databaseUrl: string, lock: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('begin');
  await client.query(lock, params);
  return {
    client,
    /** Backends of the server waiting on a lock now. */
    waiting: async () =>
      (
        await client.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        )
      ).rows[0]!.n,
    release: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

/** Resolves once no transaction of the server is open any more (its background work is over). */
async function settled(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const until = Date.now() + 15_000; Date.now() < until; ) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`,
      );
      if (rows[0]!.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the server still has a transaction open');
  } finally {
    await client.end();
  }
}

async function count(databaseUrl: string, sql: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(sql, params)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

const CREATE = `mutation($input: CreateCalibrationSessionInput!) {
  createCalibrationSession(input: $input) { session { id } }
}`;

/** A session's input whose participants' rows the test can lock: the insert then waits. */
async function sessionInput({ em, market, vendorTeam, moderator }: World, title: string) {
  const { version, cases, markets } = await createPolicyWithCases(em, [market.code], 2, moderator);
  const voters = [
    await createUser(em, Role.MODERATOR, market, { team: vendorTeam }),
    await createUser(em, Role.MODERATOR, market, { team: vendorTeam }),
  ];
  return {
    voter: voters[0]!.id,
    input: {
      title,
      policyVersionId: version.id,
      mode: 'BLIND',
      scheduledAt: new Date().toISOString(),
      marketIds: markets.map((m) => m.id),
      participantIds: voters.map((v) => v.id),
      caseIds: cases.map((c) => c.id),
    },
  };
}

type Send = (s: TestServer, query: string, variables: Record<string, unknown>, token: string) => Promise<any>;
const overHttp: Send = (s, query, variables, token) => s.gql(query, variables, token);
const overWs: Send = (s, query, variables, token) =>
  wsExecute(s.wsClient({ authorization: `Bearer ${token}` }), query, variables);

describe('the request deadline (REQUEST_DEADLINE_MS)', () => {
  it.each([
    ['HTTP', overHttp],
    ['graphql-ws', overWs],
  ])(
    'answers a mutation still waiting at the limit with TIMEOUT over %s, and rolls back what it had written',
    async (_transport, send) => {
      const s = byDeadline();
      const own = await world(s);
      const token = own.token;
      const title = `Deadline ${_transport} ${Date.now()}`;
      const { voter, input } = await sessionInput(own, title);
      // The session row is inserted first; its participants then wait on the voter's row.
      const lock = await hold(s.databaseUrl, 'select 1 from app_user where id = $1 for update', [voter]);
      try {
        const started = Date.now();
        const result = await send(s, CREATE, { input }, token);
        const took = Date.now() - started;
        expect(result.errors).toEqual([
          expect.objectContaining({
            message: expect.stringContaining('time limit (3 s)'),
            extensions: expect.objectContaining({ code: 'TIMEOUT' }),
          }),
        ]);
        expect(result.data ?? null).toBeNull();
        expect(took).toBeGreaterThanOrEqual(LIMIT_MS - 50);
        expect(took).toBeLessThan(LIMIT_MS + 4_000);
        // The answer did not wait for the statement: it is still waiting (a minute's timeout).
        expect(await lock.waiting()).toBeGreaterThanOrEqual(1);
      } finally {
        await lock.release();
      }
      // Let loose, the mutation's transaction goes on, and must not commit.
      await settled(s.databaseUrl);
      expect(
        await count(s.databaseUrl, 'select count(*)::int as n from calibration_session where title = $1', [title]),
      ).toBe(0);
      // The same mutation, unhindered, is taken.
      const again = await send(s, CREATE, { input: { ...input, title: `${title} again` } }, token);
      expect(again.errors).toBeUndefined();
    },
  );

  it('answers a query waiting past the limit with one TIMEOUT, and the socket goes on serving', async () => {
    const s = byDeadline();
    const own = await world(s);
    const { policy } = await createPolicyWithCases(own.em, [own.market.code], 0, own.moderator);
    const token = own.token;
    const client = s.wsClient({ authorization: `Bearer ${token}` });
    const POLICIES = '{ policies { id title versions { id number } } }';
    const lock = await hold(s.databaseUrl, 'lock table policy in access exclusive mode');
    try {
      const [http, ws] = await Promise.all([s.gql(POLICIES, {}, token), wsExecute(client, POLICIES)]);
      for (const result of [http, ws]) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0]!.extensions!.code).toBe('TIMEOUT');
      }
    } finally {
      await lock.release();
    }
    const after = await wsExecute(client, POLICIES);
    expect(after.errors).toBeUndefined();
    expect((after.data as { policies: { id: string }[] }).policies.map((p) => p.id)).toContain(policy.id);
  });

  it("holds a subscription's setup and each event to the limit, not its stream", async () => {
    const s = byDeadline();
    const own = await world(s);
    const token = own.token;
    // A live session of the facilitator's, with one pending item.
    const em = own.em;
    const { version, cases } = await createPolicyWithCases(em, [own.market.code], 1, own.moderator);
    const session = em.create(CalibrationSession, {
      title: `Deadline subscription ${Date.now()}`,
      policyVersion: version,
      facilitator: own.specialist,
      mode: SessionMode.BLIND,
      status: SessionStatus.LIVE,
      scheduledAt: new Date(),
      startedAt: new Date(),
      sampling: null,
    });
    const item = em.create(CalibrationItem, { session, case: cases[0]!, position: 1 });
    await em.flush();
    const sessionId = session.id;
    const events: { data?: any; errors?: unknown }[] = [];
    const client = s.wsClient({ authorization: `Bearer ${token}` });
    const dispose = client.subscribe(
      {
        query: `subscription($id: ID!) { sessionEvents(sessionId: $id) {
          __typename ... on ItemOpened { itemId }
        } }`,
        variables: { id: sessionId },
      },
      {
        next: (event) => void events.push(event),
        error: (error) => void events.push({ errors: error }),
        complete: () => {},
      },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, LIMIT_MS * 2.5));
      // The item opens, as openCalibrationItem does it, past the limit of the subscription's start.
      item.state = ItemState.VOTING;
      item.openedAt = new Date();
      await em.flush();
      await s.concord.deps.bus.publish('session', sessionId, { kind: 'item', itemId: item.id });
      const itemId = item.id;
      const deadline = Date.now() + 10_000;
      while (!events.some((e) => e.data?.sessionEvents?.__typename === 'ItemOpened') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.filter((e) => e.errors)).toEqual([]);
      expect(events.map((e) => e.data?.sessionEvents)).toContainEqual({ __typename: 'ItemOpened', itemId });
    } finally {
      dispose();
    }
  });
});

describe("PostgreSQL's statement_timeout (STATEMENT_TIMEOUT_MS)", () => {
  it("cancels a statement on the server's own connections, which the migrations' do not have", async () => {
    const s = byStatement();
    const connection = s.concord.deps.orm.em.getConnection();
    expect(await connection.execute('show statement_timeout')).toEqual([{ statement_timeout: '2s' }]);
    const started = Date.now();
    await expect(connection.execute('select pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
    expect(Date.now() - started).toBeLessThan(4_500);
    // What migrations, the first seed and the command line use: no limit.
    const cli = await openDatabase(loadConfig({ DATABASE_URL: s.databaseUrl, SEED_DEMO: 'false' }));
    try {
      expect(await cli.orm.em.getConnection().execute('show statement_timeout')).toEqual([{ statement_timeout: '0' }]);
    } finally {
      await cli.close();
    }
  });

  it('answers an operation whose statement was cancelled with TIMEOUT, not INTERNAL_SERVER_ERROR, nothing written', async () => {
    const s = byStatement();
    const own = await world(s);
    const token = await s.signIn(own.specialist.email);
    const title = `Statement timeout ${Date.now()}`;
    const { voter, input } = await sessionInput(own, title);
    const lock = await hold(s.databaseUrl, 'select 1 from app_user where id = $1 for update', [voter]);
    let mutation: any;
    let query: any;
    try {
      const policies = await hold(s.databaseUrl, 'lock table policy in access exclusive mode');
      try {
        [mutation, query] = await Promise.all([
          s.gql(CREATE, { input }, token),
          wsExecute(s.wsClient({ authorization: `Bearer ${token}` }), '{ policies { id } }'),
        ]);
      } finally {
        await policies.release();
      }
    } finally {
      await lock.release();
    }
    for (const result of [mutation, query]) {
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('statement'),
          extensions: expect.objectContaining({ code: 'TIMEOUT' }),
        }),
      ]);
    }
    await settled(s.databaseUrl);
    expect(
      await count(s.databaseUrl, 'select count(*)::int as n from calibration_session where title = $1', [title]),
    ).toBe(0);
  });
});
