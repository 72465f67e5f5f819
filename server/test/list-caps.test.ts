import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { LIST_CAP } from '../src/app/limits.js';
import { CalibrationSession } from '../src/modules/calibration/calibration-session.entity.js';
import { SessionMode } from '../src/modules/calibration/calibration.enums.js';
import { User } from '../src/modules/identity/user.entity.js';
import { createPolicyWithCases } from './support/calibration-fixtures.js';
import { useTestServer, wsExecute } from './support/test-server.js';

const server = useTestServer();
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('lists that grow with use', () => {
  it('return `first` items, LIST_CAP.default unless asked, and refuse more than LIST_CAP.max on both transports', async () => {
    const s = server();
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const { version } = await createPolicyWithCases(em, ['it-IT'], 1);
    const facilitator = await em.findOneOrFail(User, { email: 'qa.specialist@concord.demo' });
    // More than the default cap of sessions, besides the demo's.
    for (let i = 0; i < LIST_CAP.default + 10; i++)
      em.create(CalibrationSession, {
        title: `Capped ${i}`,
        policyVersion: version,
        facilitator,
        mode: SessionMode.BLIND,
        scheduledAt: new Date(Date.UTC(2020, 0, 1 + i)),
        sampling: null,
      });
    await em.flush();
    const total = await em.count(CalibrationSession);
    expect(total).toBeGreaterThan(LIST_CAP.default + 10);

    const qa = await s.signIn('qa.manager@concord.demo');
    const SESSIONS = 'query($first: Int!) { calibrationSessions(first: $first) { id } }';
    const sizes = async (query: string, variables: Record<string, unknown> = {}) =>
      (await s.gql(query, variables, qa)).data!.calibrationSessions.length;
    expect(await sizes('{ calibrationSessions { id } }')).toBe(LIST_CAP.default);
    expect(await sizes(SESSIONS, { first: 7 })).toBe(7);
    expect(await sizes(SESSIONS, { first: LIST_CAP.max })).toBe(Math.min(total, LIST_CAP.max));

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
    const qa = await s.signIn('qa.manager@concord.demo');
    const runs = async (args: string) =>
      (await s.gql(`{ samplingPlans { runs${args} { id day } } }`, {}, qa)).data!.samplingPlans.map(
        (plan: { runs: unknown[] }) => plan.runs.length,
      );
    // The demo draws every plan daily for 56 days.
    expect(await runs('')).toEqual(expect.arrayContaining([LIST_CAP.default]));
    expect(Math.max(...(await runs(`(first: ${LIST_CAP.max})`)))).toBeGreaterThan(LIST_CAP.default);
    expect(await runs('(first: 3)')).toEqual(expect.arrayContaining([3]));
  });

  it('keeps briefings in their order under a cap: live, then upcoming soonest first, then past latest first', async () => {
    const s = server();
    const qa = await s.signIn('qa.manager@concord.demo');
    const all = (await s.gql('{ briefings(first: 200) { id status scheduledAt } }', {}, qa)).data!.briefings as {
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
    for (let first = 1; first <= all.length; first++)
      expect((await s.gql(`{ briefings(first: ${first}) { id } }`, {}, qa)).data!.briefings).toEqual(
        sorted.slice(0, first).map(({ id }) => ({ id })),
      );
  });
});
