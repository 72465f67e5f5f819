import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoAnalytics } from '../src/modules/analytics/demo-generator.js';
import { Role } from '../src/modules/identity/role.js';
import { computeAgreement, createReliabilityData, goldFromLabels } from '../src/stats/index.js';
import { createPolicyWithCases, createVoters } from './support/calibration-fixtures.js';
import { codeOf, vendorUser } from './support/policy-fixtures.js';
import { staffOrg, vendorOrg } from './support/org.js';
import { useTestServer, type TestServer } from './support/test-server.js';
import { createMarket } from './support/users.js';

const server = useTestServer();

type VoteRow = {
  itemId: string;
  userId: string;
  label: string;
  gold: string | null;
  marketId: string;
  vendorId: string | null;
  versionId: string;
  sessionId: string;
  closedAt: Date;
};

/** Every counted vote of closed sessions, gathered straight from the vote table. */
async function votesOf(s: TestServer): Promise<VoteRow[]> {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  return em.execute<VoteRow[]>(
    `select v.item_id as "itemId", v.user_id as "userId", v.label, i.gold_label as gold, p.market_id as "marketId",
            t.vendor_id as "vendorId", s.policy_version_id as "versionId",
            v.session_id as "sessionId", s.closed_at as "closedAt"
       from vote v join calibration_item i on i.id = v.item_id join calibration_session s on s.id = v.session_id
       join calibration_participant p on p.session_id = v.session_id and p.user_id = v.user_id
       join app_user u on u.id = v.user_id left join team t on t.id = u.team_id
      where s.status = 'CLOSED' and v.label is not null`,
  );
}

/** The statistics library on pooled votes: each item one unit, categories the union of the taxonomies involved. */
async function expected(s: TestServer, votes: VoteRow[]) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const versions = [...new Set(votes.map((v) => v.versionId))];
  const rows = await em.execute<{ labels: { key: string }[] }[]>('select labels from policy_version where id in (?)', [
    versions,
  ]);
  const categories = [...new Set([...rows.flatMap((r) => r.labels.map((l) => l.key)), ...votes.map((v) => v.label)])];
  const units = [...new Set(votes.map((v) => v.itemId))];
  const data = createReliabilityData({
    categories,
    units,
    raters: [...new Set(votes.map((v) => v.userId))],
    ratings: votes.map((v) => ({ unit: v.itemId, rater: v.userId, value: v.label })),
  });
  const goldOf = new Map(votes.map((v) => [v.itemId, v.gold]));
  const gold = goldFromLabels(
    data,
    units.filter((u) => goldOf.get(u)).map((u) => [u, goldOf.get(u)!] as const),
  );
  return computeAgreement(data, { gold, bootstrap: false, perRater: false });
}

const FIGURES = `sessions items pairableItems votes pairableVotes goldVotes correctVotes goldItems majorityMatchedItems
  percentAgreement { value reason } fleissKappa { value reason } krippendorffAlpha { value reason }
  gwetAC1 { value reason } accuracy { value reason } majorityMatchesGold { value reason }`;

const RATES = `query($filter: AnalyticsFilter, $groupBy: [AnalyticsDimension!]) {
  agreementRates(filter: $filter, groupBy: $groupBy) {
    total { ${FIGURES} }
    rows { market { id code } vendor { id } policy { id } period ${FIGURES} }
    trend { period votes }
  } }`;

function expectSame(row: any, result: Awaited<ReturnType<typeof expected>>) {
  expect(row.items).toBe(result.ratedUnits);
  expect(row.pairableItems).toBe(result.pairableUnits);
  expect(row.votes).toBe(result.ratings);
  expect(row.pairableVotes).toBe(result.pairableValues);
  expect(row.percentAgreement.value).toBeCloseTo(result.percentAgreement.value!, 10);
  expect(row.fleissKappa.value).toBeCloseTo(result.fleissKappa.value!, 10);
  expect(row.krippendorffAlpha.value).toBeCloseTo(result.krippendorffAlpha.value!, 10);
  expect(row.gwetAC1.value).toBeCloseTo(result.gwetAC1.value!, 10);
  expect(row.accuracy.value).toBeCloseTo(result.gold!.accuracy.value!, 10);
  expect(row.goldVotes).toBe(result.gold!.accuracy.total);
  expect(row.correctVotes).toBe(result.gold!.accuracy.correct);
  expect(row.majorityMatchesGold.value).toBeCloseTo(result.gold!.majorityVsGold.share.value!, 10);
}

describe('manager analytics', () => {
  let manager: string;
  let specialist: string;
  let moderator: string;
  beforeAll(async () => {
    const s = server();
    await generateDemoAnalytics(s.concord.deps.orm.em.fork() as EntityManager, {
      sessions: 40,
      votes: 3000,
      results: false,
      seed: 3,
    });
    // The platform's own QA, made for the file; a moderator of a vendor of its own.
    const staff = await staffOrg(s, [Role.QA_MANAGER, Role.QA_SPECIALIST]);
    manager = staff.people.QA_MANAGER.token;
    specialist = staff.people.QA_SPECIALIST.token;
    moderator = (await vendorOrg(s, [Role.MODERATOR])).people.MODERATOR.token;
  });

  it('pools every figure over the underlying votes, as the statistics library computes them on the same votes', async () => {
    const s = server();
    const r = await s.gql(RATES, {}, manager);
    expect(r.errors).toBeUndefined();
    const votes = await votesOf(s);
    expectSame(r.data.agreementRates.total, await expected(s, votes));
    const trendVotes = r.data.agreementRates.trend.reduce((sum: number, p: any) => sum + p.votes, 0);
    expect(trendVotes).toBe(votes.length);
  });

  it('groups by market (each market its own sub-data) and filters by policy and period', async () => {
    const s = server();
    const votes = await votesOf(s);
    const r = await s.gql(RATES, { groupBy: ['MARKET'] }, manager);
    expect(r.errors).toBeUndefined();
    const rows = r.data.agreementRates.rows;
    expect(rows.length).toBe(new Set(votes.map((v) => v.marketId)).size);
    for (const row of rows)
      expectSame(
        row,
        await expected(
          s,
          votes.filter((v) => v.marketId === row.market.id),
        ),
      );

    const byVersion = new Map<string, number>();
    for (const v of votes) byVersion.set(v.versionId, (byVersion.get(v.versionId) ?? 0) + 1);
    const [versionId] = [...byVersion].sort((a, b) => b[1] - a[1])[0]!;
    const filtered = await s.gql(RATES, { filter: { policyVersionIds: [versionId] } }, manager);
    expectSame(
      filtered.data.agreementRates.total,
      await expected(
        s,
        votes.filter((v) => v.versionId === versionId),
      ),
    );

    const future = await s.gql(RATES, { filter: { from: new Date(Date.now() + 86_400_000).toISOString() } }, manager);
    expect(future.data.agreementRates.total.votes).toBe(0);
    expect(future.data.agreementRates.total.percentAgreement).toEqual({ value: null, reason: 'no pairable unit' });
    const backwards = await s.gql(
      RATES,
      { filter: { from: new Date().toISOString(), to: new Date(0).toISOString() } },
      manager,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(RATES, { groupBy: ['MARKET', 'POLICY', 'MONTH'] }, manager))).toBe('BAD_USER_INPUT');
  });

  it('answers a period that cuts months and a filter of several markets exactly (roll-ups, session rows and both)', async () => {
    const s = server();
    const votes = await votesOf(s);
    const sessions = (vs: VoteRow[]) => new Set(vs.map((v) => v.sessionId)).size;
    // Two moments between sessions, away from month boundaries: whole months from the roll-ups, the edges not.
    const closes = [...new Set(votes.map((v) => new Date(v.closedAt).getTime()))].sort((a, b) => a - b);
    const between = (q: number) => {
      const i = Math.floor(closes.length * q);
      return new Date((closes[i]! + closes[i + 1]!) / 2);
    };
    const [from, to] = [between(0.2), between(0.85)];
    expect(from.getUTCMonth()).not.toBe(to.getUTCMonth());
    const inPeriod = votes.filter((v) => new Date(v.closedAt) >= from && new Date(v.closedAt) < to);
    const period = await s.gql(
      RATES,
      { filter: { from: from.toISOString(), to: to.toISOString() }, groupBy: ['MARKET'] },
      manager,
    );
    expect(period.errors).toBeUndefined();
    const { total, rows, trend } = period.data.agreementRates;
    expectSame(total, await expected(s, inPeriod));
    expect(total.sessions).toBe(sessions(inPeriod));
    expect(trend.reduce((sum: number, p: any) => sum + p.votes, 0)).toBe(inPeriod.length);
    for (const row of rows) {
      const own = inPeriod.filter((v) => v.marketId === row.market.id);
      expectSame(row, await expected(s, own));
      expect(row.sessions).toBe(sessions(own));
    }

    // Several markets pool each market's units: an item is one unit per market.
    const two = [...new Set(votes.map((v) => v.marketId))].slice(0, 2);
    const pooled = votes
      .filter((v) => two.includes(v.marketId))
      .map((v) => ({ ...v, itemId: `${v.itemId}|${v.marketId}` }));
    const several = await s.gql(RATES, { filter: { marketIds: two } }, manager);
    expect(several.errors).toBeUndefined();
    expectSame(several.data.agreementRates.total, await expected(s, pooled));
    expect(several.data.agreementRates.total.sessions).toBe(sessions(pooled));
  });

  it("limits a vendor's staff to their own vendor's votes and people", async () => {
    const s = server();
    const votes = await votesOf(s);
    const vendorQa = await vendorUser(s, 'it-IT', Role.QA_MANAGER);
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const [own] = await em.execute<{ vendorId: string }[]>(
      `select t.vendor_id as "vendorId" from app_user u join team t on t.id = u.team_id where u.email = ?`,
      [vendorQa.email],
    );
    const [other] = await em.execute<{ id: string }[]>('select id from vendor where id <> ? limit 1', [own!.vendorId]);
    const r = await s.gql(RATES, { groupBy: ['VENDOR'] }, vendorQa.token);
    expect(r.errors).toBeUndefined();
    expectSame(
      r.data.agreementRates.total,
      await expected(
        s,
        votes.filter((v) => v.vendorId === own!.vendorId),
      ),
    );
    expect(r.data.agreementRates.rows.map((row: any) => row.vendor?.id)).toEqual([own!.vendorId]);
    expect(codeOf(await s.gql(RATES, { filter: { vendorIds: [other!.id] } }, vendorQa.token))).toBe('NOT_FOUND');

    const LOW = `query { lowAccuracyParticipants(threshold: 1, minVotes: 1, limit: 1000) { user { id } accuracy } }`;
    const mine = await s.gql(LOW, {}, vendorQa.token);
    expect(mine.errors).toBeUndefined();
    const vendorOf = new Map(votes.map((v) => [v.userId, v.vendorId]));
    expect(mine.data.lowAccuracyParticipants.length).toBeGreaterThan(0);
    for (const p of mine.data.lowAccuracyParticipants) expect(vendorOf.get(p.user.id)).toBe(own!.vendorId);
    const all = await s.gql(LOW, {}, manager);
    expect(all.data.lowAccuracyParticipants.length).toBeGreaterThan(mine.data.lowAccuracyParticipants.length);
    // Sessions, gold counts and the latest session's market, against the votes themselves.
    const detailed = await s.gql(
      'query { lowAccuracyParticipants(threshold: 1, minVotes: 1, limit: 1000) { user { id } market { id } sessions goldVotes correctVotes } }',
      {},
      manager,
    );
    for (const p of detailed.data.lowAccuracyParticipants) {
      const own = votes.filter((v) => v.userId === p.user.id);
      expect(p.sessions).toBe(new Set(own.map((v) => v.sessionId)).size);
      expect(p.goldVotes).toBe(own.filter((v) => v.gold).length);
      expect(p.correctVotes).toBe(own.filter((v) => v.gold && v.gold === v.label).length);
      const last = own.reduce((a, b) => (new Date(b.closedAt) > new Date(a.closedAt) ? b : a));
      expect(p.market.id).toBe(last.marketId);
    }

    expect(codeOf(await s.gql(LOW, {}, specialist))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(RATES, {}, moderator))).toBe('FORBIDDEN');

    const vendors = await s.gql('query { vendorComparison { vendor { id } items } }', {}, vendorQa.token);
    expect(vendors.errors).toBeUndefined();
    for (const row of vendors.data.vendorComparison) expect(row.vendor?.id).toBe(own!.vendorId);
  });

  it('answers the drill-downs and comparisons, and exports them as CSV', async () => {
    const s = server();
    const r = await s.gql(
      `query {
        contestedItems(limit: 5) { itemId votes percentAgreement distribution { label count } }
        divergentItems(limit: 5) { itemId divergence markets { market { code } majority } }
        confusedLabelPairs(limit: 5) { policy { key } labelA labelB disagreements share goldAChoseB goldBChoseA }
        marketDrift { market { code } policy { key } accuracy { value } allMarketsAccuracy { value } drift }
        vendorComparison { vendor { name } items accuracy { value } }
        analyticsOptions { markets { code } facilitators { id } firstClosedAt lastClosedAt }
      }`,
      {},
      manager,
    );
    expect(r.errors).toBeUndefined();
    const contested = r.data.contestedItems;
    expect(contested.length).toBe(5);
    for (let i = 1; i < contested.length; i++)
      expect(contested[i].percentAgreement).toBeGreaterThanOrEqual(contested[i - 1].percentAgreement);
    for (const item of contested) {
      const counts = item.distribution.map((d: any) => d.count);
      const m = counts.reduce((a: number, b: number) => a + b, 0);
      expect(m).toBe(item.votes);
      expect(item.percentAgreement).toBeCloseTo(
        counts.reduce((a: number, n: number) => a + n * (n - 1), 0) / (m * (m - 1)),
        12,
      );
    }
    for (const item of r.data.divergentItems) {
      expect(item.divergence).toBeGreaterThan(0);
      expect(new Set(item.markets.map((m: any) => m.majority ?? `tie-${m.market.code}`)).size).toBeGreaterThan(1);
    }
    expect(r.data.confusedLabelPairs[0].disagreements).toBeGreaterThan(0);
    expect(r.data.marketDrift.length).toBeGreaterThan(0);
    expect(r.data.analyticsOptions.facilitators.length).toBeGreaterThan(0);

    const csv = await s.gql(
      'query($input: AnalyticsExportInput!) { analyticsExport(input: $input) }',
      { input: { table: 'AGREEMENT_RATES', groupBy: ['MARKET'] } },
      manager,
    );
    expect(csv.errors).toBeUndefined();
    const lines = csv.data.analyticsExport.trim().split('\r\n');
    expect(lines[0]).toBe(
      'market,sessions,items,pairable_items,votes,percent_agreement,fleiss_kappa,krippendorff_alpha,gwet_ac1,accuracy,gold_votes,correct_votes,majority_matches_gold',
    );
    const rates = await s.gql(RATES, { groupBy: ['MARKET'] }, manager);
    expect(lines.length - 1).toBe(rates.data.agreementRates.rows.length);
    const first = rates.data.agreementRates.rows[0];
    expect(lines[1]!.split(',').slice(0, 5)).toEqual(
      [first.market.code, first.sessions, first.items, first.pairableItems, first.votes].map(String),
    );
    for (const table of [
      'TREND',
      'CONTESTED_ITEMS',
      'CONFUSED_LABEL_PAIRS',
      'MARKET_DRIFT',
      'DIVERGENT_ITEMS',
      'VENDORS',
    ]) {
      const out = await s.gql(
        'query($input: AnalyticsExportInput!) { analyticsExport(input: $input) }',
        { input: { table } },
        manager,
      );
      expect(out.errors).toBeUndefined();
      expect(out.data.analyticsExport.split('\r\n').length).toBeGreaterThan(2);
    }
    const refused = await s.gql(
      'query($input: AnalyticsExportInput!) { analyticsExport(input: $input) }',
      { input: { table: 'LOW_ACCURACY_PARTICIPANTS' } },
      specialist,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('counts a session closed through the API in the aggregates at once', async () => {
    const s = server();
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const own = [await createMarket(em, 'it'), await createMarket(em, 'de')].map((m) => m.code);
    const { version, cases, markets } = await createPolicyWithCases(em, own, 2);
    const voters = await createVoters(em, own, 2);
    const facilitator = specialist;
    const created = await s.gql(
      `mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id items { id } } } }`,
      {
        input: {
          title: 'Analytics check',
          policyVersionId: version.id,
          mode: 'OPEN',
          scheduledAt: new Date().toISOString(),
          marketIds: markets.map((m) => m.id),
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
