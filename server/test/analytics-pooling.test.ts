// Agreement rates pooled over a history of the file's own (support/analytics-fixtures.ts), held
// to the statistics library on the same votes; scoping and the drill-downs are in analytics-scoping.
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsHistory } from './support/analytics-fixtures.js';
import { expected, expectSame, RATES, sessionCount, votesOf, type VoteRow } from './support/analytics-figures.js';
import { createPolicyWithCases, createVoters } from './support/calibration-fixtures.js';
import { codeOf } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { createMarket } from './support/users.js';

const server = useTestServer();

/** Six sessions, two a month from March to May 2020: a period can hold a whole month and cut two. */
const CLOSINGS = [
  '2020-03-10T10:00:00Z',
  '2020-03-20T10:00:00Z',
  '2020-04-10T10:00:00Z',
  '2020-04-20T10:00:00Z',
  '2020-05-10T10:00:00Z',
  '2020-05-20T10:00:00Z',
];

describe('manager analytics: pooled agreement rates', () => {
  let manager: string;
  let specialist: string;
  let history: Awaited<ReturnType<typeof createAnalyticsHistory>>;
  let votes: VoteRow[];
  /** Only the file's own policy: other files write sessions to the same database. */
  const own = () => ({ policyIds: [history.policy.id] });
  beforeAll(async () => {
    const s = server();
    history = await createAnalyticsHistory(s.concord.deps.orm.em.fork() as EntityManager, { closings: CLOSINGS });
    manager = await s.signIn(history.manager);
    specialist = await s.signIn(history.facilitators[0]!.email);
    votes = await votesOf(s, history.sessions);
    // Five reviewers per market, four items per session, every one voting.
    expect(votes).toHaveLength(CLOSINGS.length * 4 * 10);
  });

  it('pools every figure over the underlying votes, as the statistics library computes them on the same votes', async () => {
    const s = server();
    const r = await s.gql(RATES, { filter: own() }, manager);
    expect(r.errors).toBeUndefined();
    const { total, trend } = r.data.agreementRates;
    expectSame(total, expected(votes));
    expect(total.sessions).toBe(CLOSINGS.length);
    expect(trend.reduce((sum: number, p: any) => sum + p.votes, 0)).toBe(votes.length);
    // One period a month, oldest first, each with its own votes.
    const months = ['2020-03', '2020-04', '2020-05'];
    expect(trend.map((p: any) => new Date(p.period).toISOString().slice(0, 7))).toEqual(months);
    for (const [i, month] of months.entries())
      expect(trend[i].votes).toBe(votes.filter((v) => new Date(v.closedAt).toISOString().startsWith(month)).length);
  });

  it('groups by market (each market its own sub-data) and filters by policy version and period', async () => {
    const s = server();
    const r = await s.gql(RATES, { filter: own(), groupBy: ['MARKET'] }, manager);
    expect(r.errors).toBeUndefined();
    const rows = r.data.agreementRates.rows;
    expect(rows.map((row: any) => row.market.id).sort()).toEqual([...history.marketIds.values()].sort());
    for (const row of rows) expectSame(row, expected(votes.filter((v) => v.marketId === row.market.id)));

    const [v1] = history.versions;
    const ofV1 = votes.filter((v) => v.versionId === v1!.id);
    expect(ofV1.length).toBeGreaterThan(0);
    expect(ofV1.length).toBeLessThan(votes.length);
    const filtered = await s.gql(RATES, { filter: { policyVersionIds: [v1!.id] } }, manager);
    expect(filtered.errors).toBeUndefined();
    expectSame(filtered.data.agreementRates.total, expected(ofV1));
    expect(filtered.data.agreementRates.total.sessions).toBe(sessionCount(ofV1));

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const future = await s.gql(RATES, { filter: { ...own(), from: tomorrow } }, manager);
    expect(future.errors).toBeUndefined();
    expect(future.data.agreementRates.total.votes).toBe(0);
    expect(future.data.agreementRates.total.percentAgreement).toEqual({ value: null, reason: 'no pairable unit' });
    const backwards = await s.gql(
      RATES,
      { filter: { ...own(), from: new Date().toISOString(), to: new Date(0).toISOString() } },
      manager,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    const threeWays = await s.gql(RATES, { filter: own(), groupBy: ['MARKET', 'POLICY', 'MONTH'] }, manager);
    expect(codeOf(threeWays)).toBe('BAD_USER_INPUT');
  });

  it('answers a period that cuts months and a filter of several markets exactly (roll-ups, session rows and both)', async () => {
    const s = server();
    // Mid-March to mid-May: April whole (from the roll-ups), a session at each edge (from the session rows).
    const [from, to] = [new Date('2020-03-15T00:00:00Z'), new Date('2020-05-15T00:00:00Z')];
    const inPeriod = votes.filter((v) => new Date(v.closedAt) >= from && new Date(v.closedAt) < to);
    expect(sessionCount(inPeriod)).toBe(4);
    const period = await s.gql(
      RATES,
      { filter: { ...own(), from: from.toISOString(), to: to.toISOString() }, groupBy: ['MARKET'] },
      manager,
    );
    expect(period.errors).toBeUndefined();
    const { total, rows, trend } = period.data.agreementRates;
    expectSame(total, expected(inPeriod));
    expect(total.sessions).toBe(4);
    expect(trend.reduce((sum: number, p: any) => sum + p.votes, 0)).toBe(inPeriod.length);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const ofMarket = inPeriod.filter((v) => v.marketId === row.market.id);
      expectSame(row, expected(ofMarket));
      expect(row.sessions).toBe(sessionCount(ofMarket));
    }
    // The whole month alone, from the roll-ups only.
    const april = await s.gql(
      RATES,
      { filter: { ...own(), from: '2020-04-01T00:00:00Z', to: '2020-05-01T00:00:00Z' } },
      manager,
    );
    expectSame(
      april.data.agreementRates.total,
      expected(votes.filter((v) => new Date(v.closedAt).toISOString().startsWith('2020-04'))),
    );

    // Several markets pool each market's units: an item is one unit per market.
    const both = [...history.marketIds.values()];
    const pooled = votes.map((v) => ({ ...v, itemId: `${v.itemId}|${v.marketId}` }));
    const several = await s.gql(RATES, { filter: { marketIds: both } }, manager);
    expect(several.errors).toBeUndefined();
    expectSame(several.data.agreementRates.total, expected(pooled));
    expect(several.data.agreementRates.total.items).toBe(2 * new Set(votes.map((v) => v.itemId)).size);
    expect(several.data.agreementRates.total.sessions).toBe(CLOSINGS.length);
  });

  it('counts a session closed through the API in the aggregates at once', async () => {
    const s = server();
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const markets = [await createMarket(em, 'it'), await createMarket(em, 'de')].map((m) => m.code);
    const { version, cases, markets: invited } = await createPolicyWithCases(em, markets, 2);
    const voters = await createVoters(em, markets, 2);
    const facilitator = specialist;
    const created = await s.gql(
      `mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id items { id } } } }`,
      {
        input: {
          title: 'Analytics check',
          policyVersionId: version.id,
          mode: 'OPEN',
          scheduledAt: new Date().toISOString(),
          marketIds: invited.map((m) => m.id),
          participantIds: voters.map((v) => v.user.id),
          caseIds: cases.map((c) => c.id),
        },
      },
      facilitator,
    );
    expect(created.errors).toBeUndefined();
    const session = created.data.createCalibrationSession.session;
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const labels = ['violating', 'violating', 'borderline', 'violating'];
    for (const item of session.items) {
      await s.gql(
        'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
        { id: item.id },
        facilitator,
      );
      for (const [i, v] of voters.entries()) {
        const vote = await s.gql(
          'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { label } } }',
          { input: { itemId: item.id, label: labels[i] } },
          await s.signIn(v.user.email),
        );
        expect(vote.errors).toBeUndefined();
      }
    }
    const filter = { policyVersionIds: [version.id] };
    expect((await s.gql(RATES, { filter }, manager)).data.agreementRates.total.votes).toBe(0);
    const closed = await s.gql(
      'mutation($id: ID!) { closeCalibrationSession(input: { sessionId: $id }) { session { status } } }',
      { id: session.id },
      facilitator,
    );
    expect(closed.errors).toBeUndefined();
    const after = await s.gql(RATES, { filter }, manager);
    const total = after.data.agreementRates.total;
    expect(total).toMatchObject({ sessions: 1, items: 2, votes: 8 });
    // Each item: three of four agree, so P_u = (3·2) / (4·3) = 0.5.
    expect(total.percentAgreement.value).toBeCloseTo(0.5, 12);
  });
});
