// Every analytics query under every filter, on a history of its own (support/analytics-fixtures.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { backfillTeamDrillDowns } from '../src/modules/analytics/analytics-aggregates.js';
import { createAnalyticsHistory } from './support/analytics-fixtures.js';
import { useTestServer } from './support/test-server.js';

const server = useTestServer();

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
    history = await createAnalyticsHistory(s.concord.deps.orm.em.fork() as EntityManager);
    manager = await s.signIn(history.manager);
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
    const it = history.marketIds.get(history.codes.it)!;
    const de = history.marketIds.get(history.codes.de)!;
    const deVendor = history.voters.find((v) => v.marketCode === history.codes.de && v.vendorId)!;
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
    const it_ = history.marketIds.get(history.codes.it)!;
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
    const team = history.voters.find((v) => v.marketCode === history.codes.de && v.vendorId)!.teamId;
    const alone = await s.gql(q, { filter: { policyIds: [history.policy.id], teamIds: [team] } }, manager);
    expect(alone.errors).toBeUndefined();
    expect(alone.data.marketDrift).toHaveLength(1);
    expect(alone.data.marketDrift[0].drift).toBeNull();
    expect(alone.data.marketDrift[0].otherMarketsAccuracy).toEqual({ value: null, reason: 'no other market' });
  });
});
