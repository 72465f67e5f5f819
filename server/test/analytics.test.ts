import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { backfillTeamDrillDowns } from '../src/modules/analytics/analytics-aggregates.js';
import { generateDemoAnalytics } from '../src/modules/analytics/demo-generator.js';
import { Role } from '../src/modules/identity/role.js';
import { computeAgreement, createReliabilityData, goldFromLabels } from '../src/stats/index.js';
import { createAnalyticsHistory } from './support/analytics-fixtures.js';
import { createPolicyWithCases, createVoters } from './support/calibration-fixtures.js';
import { codeOf, vendorUser } from './support/policy-fixtures.js';
import { useTestServer, type TestServer } from './support/test-server.js';

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
  beforeAll(async () => {
    const s = server();
    await generateDemoAnalytics(s.concord.deps.orm.em.fork() as EntityManager, {
      sessions: 40,
      votes: 3000,
      results: false,
      seed: 3,
    });
    manager = await s.signIn('qa.manager@concord.demo');
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

    const specialist = await s.signIn('qa.specialist@concord.demo');
    expect(codeOf(await s.gql(LOW, {}, specialist))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(RATES, {}, await s.signIn('moderator.it@concord.demo')))).toBe('FORBIDDEN');

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
    const specialist = await s.signIn('qa.specialist@concord.demo');
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
    const { version, cases, markets } = await createPolicyWithCases(em, ['it-IT', 'de-DE'], 2);
    const voters = await createVoters(em, ['it-IT', 'de-DE'], 2);
    const facilitator = await s.signIn('qa.specialist@concord.demo');
    const created = await s.gql(
      `mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { id items { id } } }`,
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
    const session = created.data.createCalibrationSession;
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(sessionId: $id) { id } }',
      { id: session.id },
      facilitator,
    );
    const labels = ['violating', 'violating', 'borderline', 'violating'];
    for (const item of session.items) {
      await s.gql('mutation($id: ID!) { openCalibrationItem(itemId: $id) { id } }', { id: item.id }, facilitator);
      for (const [i, v] of voters.entries()) {
        const vote = await s.gql(
          'mutation($input: CastVoteInput!) { castVote(input: $input) { label } }',
          { input: { itemId: item.id, label: labels[i] } },
          await s.signIn(v.user.email),
        );
        expect(vote.errors).toBeUndefined();
      }
    }
    const filter = { policyVersionIds: [version.id] };
    expect((await s.gql(RATES, { filter }, manager)).data.agreementRates.total.votes).toBe(0);
    const closed = await s.gql(
      'mutation($id: ID!) { closeCalibrationSession(sessionId: $id) { status } }',
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

type FilterVote = {
  sessionId: string;
  itemId: string;
  userId: string;
  label: string;
  gold: string | null;
  marketId: string;
  teamId: string;
  vendorId: string | null;
  versionId: string;
  facilitatorId: string;
  closedAt: Date;
};

/** Σ over units of the vote pairs that differ: what confusedLabelPairs' disagreements add up to. */
function splitPairs(votes: FilterVote[], unitOf: (v: FilterVote) => string) {
  const units = new Map<string, Map<string, number>>();
  for (const v of votes) {
    const counts = units.get(unitOf(v)) ?? new Map<string, number>();
    counts.set(v.label, (counts.get(v.label) ?? 0) + 1);
    units.set(unitOf(v), counts);
  }
  let total = 0;
  for (const counts of units.values()) {
    const ns = [...counts.values()];
    for (let a = 0; a < ns.length; a++) for (let b = a + 1; b < ns.length; b++) total += ns[a]! * ns[b]!;
  }
  return total;
}

const EVERY_QUERY = `query($filter: AnalyticsFilter, $policyId: ID!) {
  agreementRates(filter: $filter, groupBy: [MARKET]) { total { votes goldVotes } rows { market { id } votes } trend { votes } }
  contestedItems(filter: $filter, limit: 1000) { sessionId itemId votes }
  divergentItems(filter: $filter, limit: 1000) { sessionId itemId votes divergence markets { market { id } votes } }
  confusedLabelPairs(filter: $filter, limit: 1000) { disagreements }
  marketDrift(filter: $filter) { market { id } goldVotes drift otherMarketsAccuracy { value reason } }
  lowAccuracyParticipants(filter: $filter, threshold: 1, minVotes: 1, limit: 1000) { user { id } goldVotes }
  vendorComparison(filter: $filter) { vendor { id } votes }
  policyVersionComparison(policyId: $policyId, filter: $filter) { policyVersion { id } votes }
}`;

describe('analytics filters: every query answers every filter, restricted to it', () => {
  let manager: string;
  let history: Awaited<ReturnType<typeof createAnalyticsHistory>>;
  let votes: FilterVote[];
  beforeAll(async () => {
    const s = server();
    manager = await s.signIn('qa.manager@concord.demo');
    history = await createAnalyticsHistory(s.concord.deps.orm.em.fork() as EntityManager);
    votes = await (s.concord.deps.orm.em.fork() as EntityManager).execute<FilterVote[]>(
      `select v.session_id as "sessionId", v.item_id as "itemId", v.user_id as "userId", v.label, i.gold_label as gold,
              p.market_id as "marketId", u.team_id as "teamId", t.vendor_id as "vendorId",
              s.policy_version_id as "versionId", s.facilitator_id as "facilitatorId", s.closed_at as "closedAt"
         from vote v join calibration_item i on i.id = v.item_id join calibration_session s on s.id = v.session_id
         join calibration_participant p on p.session_id = v.session_id and p.user_id = v.user_id
         join app_user u on u.id = v.user_id join team t on t.id = u.team_id
        where s.id in (?)`,
      [history.sessions],
    );
  });

  const cases = () => {
    const it = history.marketIds.get('it-IT')!;
    const de = history.marketIds.get('de-DE')!;
    const deVendor = history.voters.find((v) => v.marketCode === 'de-DE' && v.vendorId)!;
    const [v1, v2] = history.versions;
    const [f1] = history.facilitators;
    const march = { from: new Date('2020-03-01T00:00:00Z'), to: new Date('2020-04-01T00:00:00Z') };
    return [
      { name: 'team', filter: { teamIds: [deVendor.teamId] }, keep: (v: FilterVote) => v.teamId === deVendor.teamId },
      {
        name: 'vendor',
        filter: { vendorIds: [deVendor.vendorId!] },
        keep: (v: FilterVote) => v.vendorId === deVendor.vendorId,
      },
      {
        name: 'facilitator',
        filter: { facilitatorIds: [f1!.id] },
        keep: (v: FilterVote) => v.facilitatorId === f1!.id,
      },
      { name: 'version', filter: { policyVersionIds: [v2!.id] }, keep: (v: FilterVote) => v.versionId === v2!.id },
      {
        name: 'period',
        filter: { from: march.from.toISOString(), to: march.to.toISOString() },
        keep: (v: FilterVote) => new Date(v.closedAt) >= march.from && new Date(v.closedAt) < march.to,
      },
      { name: 'one market', filter: { marketIds: [it] }, keep: (v: FilterVote) => v.marketId === it },
      { name: 'two markets', filter: { marketIds: [it, de] }, keep: () => true },
      {
        name: 'team and version',
        filter: { teamIds: [deVendor.teamId], policyVersionIds: [v1!.id] },
        keep: (v: FilterVote) => v.teamId === deVendor.teamId && v.versionId === v1!.id,
      },
    ];
  };

  it.each(['team', 'vendor', 'facilitator', 'version', 'period', 'one market', 'two markets', 'team and version'])(
    'answers the %s filter in every query, counting only its votes',
    async (name) => {
      const s = server();
      const c = cases().find((x) => x.name === name)!;
      const own = votes.filter(c.keep);
      expect(own.length).toBeGreaterThan(0);
      if (c.name !== 'two markets') expect(own.length).toBeLessThan(votes.length);
      const filter = { ...c.filter, policyIds: [history.policy.id] };
      const r = await s.gql(EVERY_QUERY, { filter, policyId: history.policy.id }, manager);
      expect(r.errors).toBeUndefined();
      const d = r.data;
      const markets = new Set(own.map((v) => v.marketId));
      // Several markets pool each market's units: an item is then one unit per market.
      const unitOf = (v: FilterVote) => ('marketIds' in c.filter ? `${v.itemId}|${v.marketId}` : v.itemId);
      const unitVotes = (itemId: string) =>
        new Set(
          [...new Set(own.filter((v) => v.itemId === itemId).map(unitOf))].map(
            (u) => own.filter((v) => unitOf(v) === u).length,
          ),
        );

      expect(d.agreementRates.total.votes).toBe(own.length);
      for (const row of d.agreementRates.rows) expect(markets).toContain(row.market.id);
      expect(d.policyVersionComparison.reduce((n: number, row: any) => n + row.votes, 0)).toBe(own.length);

      expect(d.contestedItems.length).toBeGreaterThan(0);
      for (const item of d.contestedItems) expect(unitVotes(item.itemId)).toContain(item.votes);
      expect(d.confusedLabelPairs.reduce((n: number, p: any) => n + p.disagreements, 0)).toBe(splitPairs(own, unitOf));
      for (const item of d.divergentItems) {
        expect(item.divergence).toBeGreaterThan(0);
        expect(item.votes).toBe(own.filter((v) => v.itemId === item.itemId).length);
        expect(item.markets.length).toBeGreaterThan(1);
        for (const m of item.markets) {
          expect(markets).toContain(m.market.id);
          expect(m.votes).toBe(own.filter((v) => v.itemId === item.itemId && v.marketId === m.market.id).length);
        }
      }
      // Two markets diverge on item 1 whenever both are in the filter.
      if (markets.size > 1) expect(d.divergentItems.length).toBeGreaterThan(0);
      else expect(d.divergentItems).toEqual([]);

      expect(d.marketDrift.length).toBe(markets.size);
      for (const row of d.marketDrift) {
        expect(markets).toContain(row.market.id);
        expect(row.goldVotes).toBe(own.filter((v) => v.marketId === row.market.id && v.gold).length);
      }
      const users = new Set(own.map((v) => v.userId));
      expect(d.lowAccuracyParticipants.length).toBeGreaterThan(0);
      for (const p of d.lowAccuracyParticipants) expect(users).toContain(p.user.id);
      const vendors = new Set(own.map((v) => v.vendorId ?? null));
      for (const row of d.vendorComparison) expect(vendors).toContain(row.vendor?.id ?? null);
    },
  );

  it('backfills the team rows of sessions closed before the drill-downs took teams, as a close writes them', async () => {
    const em = server().concord.deps.orm.em.fork() as EntityManager;
    const teamRows = () =>
      em.execute<{ level: number; itemId: string; teamId: string; votes: number; agreement: number | null }[]>(
        `select level, item_id as "itemId", team_id as "teamId", votes, agreement from analytics_item_stat
          where level in (6, 7) union all
         select level, null, team_id, disagreements, null from analytics_label_pair where level in (6, 7)
          order by 1, 2, 3, 4`,
      );
    const written = await teamRows();
    expect(written.length).toBeGreaterThan(0);
    await em.execute('delete from analytics_item_stat where level in (6, 7)');
    await em.execute('delete from analytics_label_pair where level in (6, 7)');
    await em.transactional((tx) => backfillTeamDrillDowns(tx, 7));
    expect(await teamRows()).toEqual(written);
  });

  it('sets a market beside the other markets in drift from gold, and says when there is none', async () => {
    const s = server();
    const it_ = history.marketIds.get('it-IT')!;
    const accuracy = (vs: FilterVote[]) => vs.filter((v) => v.label === v.gold).length / vs.length;
    const q = `query($filter: AnalyticsFilter) { marketDrift(filter: $filter) {
      market { id } accuracy { value } otherMarketsAccuracy { value reason } drift } }`;
    const one = await s.gql(q, { filter: { policyIds: [history.policy.id], marketIds: [it_] } }, manager);
    expect(one.errors).toBeUndefined();
    const [row] = one.data.marketDrift;
    const own = accuracy(votes.filter((v) => v.marketId === it_));
    const rest = accuracy(votes.filter((v) => v.marketId !== it_));
    expect(own).not.toBeCloseTo(rest, 6);
    expect(row.accuracy.value).toBeCloseTo(own, 12);
    expect(row.otherMarketsAccuracy.value).toBeCloseTo(rest, 12);
    expect(row.drift).toBeCloseTo(own - rest, 12);

    // A team works in one market: there is no other market to compare with, and the answer says so.
    const team = history.voters.find((v) => v.marketCode === 'de-DE' && v.vendorId)!.teamId;
    const alone = await s.gql(q, { filter: { policyIds: [history.policy.id], teamIds: [team] } }, manager);
    expect(alone.errors).toBeUndefined();
    expect(alone.data.marketDrift).toHaveLength(1);
    expect(alone.data.marketDrift[0].drift).toBeNull();
    expect(alone.data.marketDrift[0].otherMarketsAccuracy).toEqual({ value: null, reason: 'no other market' });
  });
});
