import type { EntityManager } from '@mikro-orm/postgresql';
import { userScope } from '../shared/visibility/scopes.js';
import type { Viewer } from '../shared/viewer.js';
import { defined, undefinedStat } from '../../stats/index.js';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { figuresOf, ratio, stat } from './analytics-figures.js';
import { itemLevel, limitOf, type Scoped, where } from './analytics-filter.js';
import { labelRows } from './analytics-labels.js';
import { groupSums } from './analytics-sums.js';
import { AnalyticsDimension } from './analytics.enums.js';
import type { ConfusedLabelPair, LowAccuracyParticipant, MarketDrift, VendorComparisonRow } from './analytics.types.js';
import { ScopeLevel } from './session-aggregates.js';

// The comparisons: label pairs confused, markets against the others, participants below a
// threshold, vendors on the items they share.

export async function confusedLabelPairs(
  em: EntityManager,
  scoped: Scoped,
  limit?: number,
): Promise<ConfusedLabelPair[]> {
  const w = where(scoped, { level: itemLevel(scoped, true) });
  const rows = await em.execute<
    { policyId: string; labelA: string; labelB: string; d: number; ga: number; gb: number; total: number }[]
  >(
    `select policy_id as "policyId", label_a as "labelA", label_b as "labelB",
            sum(disagreements)::int as d, sum(gold_a_chose_b)::int as ga, sum(gold_b_chose_a)::int as gb,
            (sum(sum(disagreements)) over (partition by policy_id))::float8 as total
       from analytics_label_pair ${w.sql}
      group by policy_id, label_a, label_b
      order by d desc, sum(gold_a_chose_b) + sum(gold_b_chose_a) desc, label_a, label_b limit ?`,
    [...w.params, limitOf(limit)],
  );
  const policies = new Map(
    (await em.find(Policy, { id: { $in: [...new Set(rows.map((r) => r.policyId))] } })).map((p) => [p.id, p]),
  );
  return rows.map((r) => ({
    policy: policies.get(r.policyId)!,
    labelA: r.labelA,
    labelB: r.labelB,
    disagreements: r.d,
    share: r.total > 0 ? r.d / r.total : 0,
    goldAChoseB: r.ga,
    goldBChoseA: r.gb,
  }));
}

export async function marketDrift(em: EntityManager, me: Viewer, scoped: Scoped): Promise<MarketDrift[]> {
  const vendor = scoped.vendorIds?.length ? ScopeLevel.VENDOR : 0;
  const team = scoped.teamIds?.length ? ScopeLevel.TEAM : vendor;
  const dims = [AnalyticsDimension.MARKET, AnalyticsDimension.POLICY];
  const [byMarket, byPolicy] = await Promise.all([
    groupSums(em, scoped, dims, ScopeLevel.MARKET | team, false),
    // Every market of the same policy and voters, whatever the market filter: a market is set beside
    // the others, so one chosen market is not compared with itself.
    groupSums(em, { ...scoped, marketIds: undefined }, [AnalyticsDimension.POLICY], team, false),
  ]);
  const all = new Map(byPolicy.map(({ sums }) => [sums.keys[0] as string, sums]));
  const rows = await labelRows(
    em,
    me,
    byMarket.map(({ sums }) => ({ keys: sums.keys, figures: figuresOf(sums, [], 0) })),
    dims,
  );
  return rows
    .map((row) => {
      const overall = all.get(row.policy!.id)!;
      const otherGold = overall.goldVotes - row.goldVotes;
      // Votes are additive over markets (each voter votes in one market), so the rest is the whole less the market.
      const others = stat(
        otherGold > 0
          ? defined((overall.correctVotes - row.correctVotes) / otherGold)
          : undefinedStat('no other market'),
      );
      return {
        market: row.market!,
        policy: row.policy!,
        goldVotes: row.goldVotes,
        accuracy: row.accuracy,
        allMarketsAccuracy: ratio(overall.correctVotes, overall.goldVotes, 'no gold'),
        otherMarketsAccuracy: others,
        drift: row.accuracy.value === null || others.value === null ? null : row.accuracy.value - others.value,
        majorityMatchesGold: row.majorityMatchesGold,
      };
    })
    .filter((r) => r.goldVotes > 0);
}

/**
 * Participants whose accuracy against gold is below `threshold` over at least `minVotes`
 * gold votes, lowest first (the service checks who may ask, and the arguments).
 */
export async function lowAccuracyParticipants(
  em: EntityManager,
  me: Viewer,
  scoped: Scoped,
  threshold: number,
  minVotes: number,
  limit?: number,
): Promise<LowAccuracyParticipant[]> {
  const w = where(scoped);
  const latest = where(scoped, { alias: 'p' });
  // A participant has one row per session, so count(*) counts sessions; their latest market is looked up
  // for the rows returned only (an index scan each) instead of an ordered array_agg sorting every row.
  const rows = await em.execute<
    { userId: string; sessions: number; goldVotes: number; correctVotes: number; marketId: string }[]
  >(
    `with low as (
       select user_id, count(*)::int as sessions, sum(gold_votes)::int as "goldVotes",
              sum(correct_votes)::int as "correctVotes"
         from analytics_participant_stat ${w.sql}
        group by user_id
       having sum(gold_votes) >= ? and sum(correct_votes) < ? * sum(gold_votes)
        order by sum(correct_votes)::float8 / sum(gold_votes), user_id limit ?)
     select low.user_id as "userId", low.sessions, low."goldVotes", low."correctVotes", m.market_id as "marketId"
       from low cross join lateral (
         select p.market_id from analytics_participant_stat p
           ${latest.sql ? `${latest.sql} and` : 'where'} p.user_id = low.user_id
          order by p.closed_at desc limit 1) m
      order by low."correctVotes"::float8 / low."goldVotes", low.user_id`,
    [...w.params, minVotes, threshold, limitOf(limit), ...latest.params],
  );
  const users = new Map(
    (
      await em.find(User, { $and: [{ id: { $in: rows.map((r) => r.userId) } }, userScope(me)] }, { populate: ['team'] })
    ).map((u) => [u.id, u]),
  );
  const markets = new Map(
    (await em.find(Market, { id: { $in: [...new Set(rows.map((r) => r.marketId))] } })).map((m) => [m.id, m]),
  );
  return rows
    .filter((r) => users.has(r.userId))
    .map((r) => {
      const user = users.get(r.userId)!;
      return {
        user,
        market: markets.get(r.marketId)!,
        team: user.team ?? null,
        sessions: r.sessions,
        goldVotes: r.goldVotes,
        correctVotes: r.correctVotes,
        accuracy: r.correctVotes / r.goldVotes,
      } as LowAccuracyParticipant;
    });
}

export async function vendorComparison(em: EntityManager, me: Viewer, scoped: Scoped): Promise<VendorComparisonRow[]> {
  const own = me.vendorId;
  // Which items are shared needs every vendor's rows; a vendor's staff then get only their own row.
  const across: Scoped = own === null ? scoped : { ...scoped, vendorIds: undefined };
  // A team filter counts the teams' voters only (a team's rows carry its vendor), as a vendor filter does.
  const level =
    (across.teamIds?.length ? ScopeLevel.TEAM : ScopeLevel.VENDOR) | (across.marketIds?.length ? ScopeLevel.MARKET : 0);
  const w = where({ ...across, vendorIds: undefined }, { level });
  const vendorSql = across.vendorIds?.length ? ` and vendor_id in (?)` : '';
  const rows = await em.execute<
    { vendorId: string | null; items: number; votes: number; correct: number; agreed: number; pairable: number }[]
  >(
    `with rows as (select item_id, vendor_id, votes, correct_votes, agreement
                     from analytics_item_stat ${w.sql} and gold is not null${vendorSql}),
          shared as (select item_id from rows group by item_id having count(distinct coalesce(vendor_id::text, '')) >= 2)
     select vendor_id as "vendorId", count(distinct item_id)::int as items, sum(votes)::int as votes,
            sum(correct_votes)::int as correct, coalesce(sum(agreement), 0)::float8 as agreed,
            count(agreement)::int as pairable
       from rows join shared using (item_id)
      group by vendor_id`,
    across.vendorIds?.length ? [...w.params, across.vendorIds] : w.params,
  );
  const visible = rows.filter((r) => own === null || r.vendorId === own);
  const vendors = new Map(
    (
      await em.find(Vendor, {
        id: { $in: visible.map((r) => r.vendorId).filter((id): id is string => id !== null) },
      })
    ).map((v) => [v.id, v]),
  );
  return visible
    .map((r) => ({
      vendor: r.vendorId ? vendors.get(r.vendorId)! : null,
      items: r.items,
      votes: r.votes,
      correctVotes: r.correct,
      accuracy: ratio(r.correct, r.votes, 'no gold'),
      percentAgreement: ratio(r.agreed, r.pairable, 'no pairable unit'),
    }))
    .sort((a, b) => (a.vendor?.name ?? '').localeCompare(b.vendor?.name ?? ''));
}
