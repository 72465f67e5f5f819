import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { LIST_CAP } from '../src/app/limits.js';
import { SamplingRun } from '../src/modules/audit/sampling-run.entity.js';
import { CalibrationSession } from '../src/modules/calibration/calibration-session.entity.js';
import { SessionMode } from '../src/modules/calibration/calibration.enums.js';
import { Role } from '../src/modules/identity/role.js';
import { createPolicyWithCases } from './support/calibration-fixtures.js';
import { ok } from './support/policy-fixtures.js';
import { useTestServer, wsExecute, type TestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor } from './support/users.js';

const server = useTestServer();
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/** A market of the test's own with a vendor team and an internal team, and a published policy version. */
async function world(s: TestServer) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const market = await createMarket(em);
  const vendorTeam = await createTeam(em, { market, vendor: await createVendor(em) });
  const staff = await createTeam(em, { market });
  const moderator = await createUser(em, Role.MODERATOR, market, { team: vendorTeam });
  const { version } = await createPolicyWithCases(em, [market.code], 1, moderator);
  const person = async (role: Role, team: typeof staff | null) => {
    const user = await createUser(em, role, market, { team });
    return { user, token: await s.signIn(user.email) };
  };
  return { em, market, vendorTeam, staff, moderator, version, person };
}

describe('lists that grow with use', () => {
  it('return `first` items, LIST_CAP.default unless asked, and refuse more than LIST_CAP.max on both transports', async () => {
    const s = server();
    const { em, version, staff, person } = await world(s);
    const facilitator = (await person(Role.QA_SPECIALIST, staff)).user;
    // More than the largest cap of sessions.
    for (let i = 0; i < LIST_CAP.max + 10; i++)
      em.create(CalibrationSession, {
        title: `Capped ${i}`,
        policyVersion: version,
        facilitator,
        mode: SessionMode.BLIND,
        scheduledAt: new Date(Date.UTC(2020, 0, 1 + i)),
        sampling: null,
      });
    await em.flush();

    const qa = (await person(Role.QA_MANAGER, staff)).token;
    const SESSIONS = 'query($first: Int!) { calibrationSessions(first: $first) { id } }';
    const sizes = async (query: string, variables: Record<string, unknown> = {}) =>
      (await s.gql(query, variables, qa)).data!.calibrationSessions.length;
    expect(await sizes('{ calibrationSessions { id } }')).toBe(LIST_CAP.default);
    expect(await sizes(SESSIONS, { first: 7 })).toBe(7);
    expect(await sizes(SESSIONS, { first: LIST_CAP.max })).toBe(LIST_CAP.max);

    const client = s.wsClient({ authorization: `Bearer ${qa}` });
    for (const first of [LIST_CAP.max + 1, 100_000, 0]) {
      const http = await s.gql(SESSIONS, { first }, qa);
      // Refused before it runs: graphql-ws answers with an `error` message (the socket stays).
      const ws = await wsExecute(client, SESSIONS, { first }).catch((errors: { extensions?: { code?: string } }[]) => ({
        errors,
      }));
      for (const result of [http, ws]) {
        expect(codeOf(result), `first: ${first}`).toBe('BAD_USER_INPUT');
        expect((result.errors![0] as { message: string }).message).toMatch(/ask for 1 to 200 items at a time/);
      }
    }
    // Written in the document, as a nested list's argument, or a connection's page: the same.
    for (const query of [
      '{ calibrationSessions(first: 500) { id } }',
      '{ samplingPlans { runs(first: 201) { id } } }',
      '{ users(page: { first: 300 }) { totalCount } }',
    ])
      expect(codeOf(await s.gql(query, {}, qa)), query).toBe('BAD_USER_INPUT');
  });

  it("caps a nested list too: a plan's daily runs", async () => {
    const s = server();
    // A vendor's QA manager sees their vendor's plans only: the one made here.
    const { em, vendorTeam, person } = await world(s);
    const qa = (await person(Role.QA_MANAGER, vendorTeam)).token;
    const created = await ok(
      s,
      'mutation($input: CreateSamplingPlanInput!) { createSamplingPlan(input: $input) { plan { id } } }',
      { input: { name: 'Capped runs', seed: 1, queue: 'capped-runs', rate: 0.1 } },
      qa,
    );
    const planId = created.createSamplingPlan.plan.id as string;
    // Drawn daily for more days than the default cap.
    const days = LIST_CAP.default + 10;
    for (let i = 0; i < days; i++)
      em.create(SamplingRun, {
        plan: planId,
        day: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
        candidates: 0,
        drawn: 0,
      });
    await em.flush();
    const runs = async (args: string) =>
      (await s.gql(`{ samplingPlans { runs${args} { id day } } }`, {}, qa)).data!.samplingPlans.map(
        (plan: { runs: unknown[] }) => plan.runs.length,
      );
    expect(await runs('')).toEqual([LIST_CAP.default]);
    expect(await runs(`(first: ${LIST_CAP.max})`)).toEqual([days]);
    expect(await runs('(first: 3)')).toEqual([3]);
  });

  it('keeps briefings in their order under a cap: live, then upcoming soonest first, then past latest first', async () => {
    const s = server();
    // Briefings for the test's own market, which its moderator attends (and no other).
    const { market, vendorTeam, version, person } = await world(s);
    const owner = (await person(Role.POLICY_OWNER, null)).token;
    const viewer = (await person(Role.MODERATOR, vendorTeam)).token;
    const hour = 3_600_000;
    const made: Record<string, string> = {};
    for (const [name, offset, end] of [
      ['upcoming later', 5, null],
      ['past earlier', 1, 'END'],
      ['live', 3, 'START'],
      ['upcoming soonest', 2, null],
      ['past later', 4, 'END'],
    ] as const) {
      const scheduled = await ok(
        s,
        'mutation($input: ScheduleBriefingInput!) { scheduleBriefing(input: $input) { briefing { id } } }',
        {
          input: {
            title: `Capped ${name}`,
            policyVersionId: version.id,
            marketIds: [market.id],
            scheduledAt: new Date(Date.now() + offset * hour).toISOString(),
          },
        },
        owner,
      );
      const id = scheduled.scheduleBriefing.briefing.id as string;
      made[name] = id;
      if (end)
        await ok(
          s,
          'mutation($id: ID!) { startBriefing(input: { briefingId: $id }) { briefing { id } } }',
          { id },
          owner,
        );
      if (end === 'END')
        await ok(
          s,
          'mutation($id: ID!) { endBriefing(input: { briefingId: $id }) { briefing { id } } }',
          { id },
          owner,
        );
    }
    const all = (await s.gql('{ briefings(first: 200) { id status scheduledAt } }', {}, viewer)).data!.briefings as {
      id: string;
      status: string;
      scheduledAt: string;
    }[];
    const rank = { LIVE: 0, SCHEDULED: 1, ENDED: 2 } as Record<string, number>;
    const sorted = [...all].sort(
      (a, b) =>
        rank[a.status]! - rank[b.status]! ||
        (a.status === 'ENDED'
          ? b.scheduledAt.localeCompare(a.scheduledAt)
          : a.scheduledAt.localeCompare(b.scheduledAt)),
    );
    expect(all).toEqual(sorted);
    expect(all.map((b) => b.id)).toEqual(
      ['live', 'upcoming soonest', 'upcoming later', 'past later', 'past earlier'].map((name) => made[name]),
    );
    for (let first = 1; first <= all.length; first++)
      expect((await s.gql(`{ briefings(first: ${first}) { id } }`, {}, viewer)).data!.briefings).toEqual(
        sorted.slice(0, first).map(({ id }) => ({ id })),
      );
  });
});
