import type { EntityManager } from '@mikro-orm/postgresql';
import { Market } from '../identity/market.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { itemLevel, limitOf, type Scoped, where } from './analytics-filter.js';
import type { AnalyticsItem, DivergentItem } from './analytics.types.js';

// The item drill-downs: items ranked by how much their voters, or their markets, disagree.

export async function contestedItems(em: EntityManager, scoped: Scoped, limit?: number): Promise<AnalyticsItem[]> {
  const w = where(scoped, { level: itemLevel(scoped, true), alias: 'a' });
  const rows = await em.execute<ItemRow[]>(
    `${ITEM_SELECT} ${w.sql} and a.agreement is not null
      order by a.agreement asc, a.votes desc, a.closed_at desc, a.item_id limit ?`,
    [...w.params, limitOf(limit)],
  );
  return itemsOf(em, rows);
}

/**
 * Items whose markets' majorities differ. With a market filter, only the chosen markets
 * are compared (their divergence, votes and split): one market alone has nothing to
 * compare with, so the answer is empty.
 */
export async function divergentItems(em: EntityManager, scoped: Scoped, limit?: number): Promise<DivergentItem[]> {
  const chosen = scoped.marketIds ?? [];
  if (chosen.length === 1) return [];
  // The rows that carry every market's majority (all voters, a vendor's, a team's) have no market of their own.
  const w = where({ ...scoped, marketIds: undefined }, { level: itemLevel(scoped, false), alias: 'a' });
  // Divergence among the chosen markets: a tied market is its own answer, as computeSessionAggregates counts it.
  // Any two chosen markets that differ make the item differ across all markets, so `a.divergence > 0` still holds.
  const rows = chosen.length
    ? await em.execute<ItemRow[]>(
        `select * from (
           select d.*, (select case when sum(n) >= 2 then 1 - max(n)::float8 / sum(n) end
                          from (select count(*) as n from jsonb_array_elements(d.markets) m
                                 where m->>'marketId' in (?)
                                 group by coalesce('L' || (m->>'majority'), 'T' || (m->>'marketId'))) x) as chosen
             from (${ITEM_SELECT} ${w.sql} and a.divergence > 0) d) c
          where c.chosen > 0
          order by c.chosen desc, c.votes desc, c."closedAt" desc, c."itemId" limit ?`,
        [chosen, ...w.params, limitOf(limit)],
      )
    : await em.execute<ItemRow[]>(
        `${ITEM_SELECT} ${w.sql} and a.divergence > 0
          order by a.divergence desc, a.votes desc, a.closed_at desc, a.item_id limit ?`,
        [...w.params, limitOf(limit)],
      );
  const splits = chosen.length ? await marketSplits(em, scoped, rows) : null;
  const items = await itemsOf(em, rows);
  const marketIds = [...new Set(rows.flatMap((r) => parseJson<MarketJson[]>(r.markets)?.map((m) => m.marketId) ?? []))];
  const markets = new Map((await em.find(Market, { id: { $in: marketIds } })).map((m) => [m.id, m]));
  return items.map((item, i) => {
    const row = rows[i] as ItemRow & { chosen?: number };
    const shown = (parseJson<MarketJson[]>(row.markets) ?? []).filter(
      (m) => !chosen.length || chosen.includes(m.marketId),
    );
    const split = splits?.get(`${row.sessionId}|${row.itemId}`);
    return {
      ...item,
      ...(split ?? {}),
      divergence: row.chosen ?? row.divergence ?? 0,
      markets: shown.map((m) => ({
        market: markets.get(m.marketId)!,
        votes: m.votes,
        majority: m.majority,
        majorityShare: m.majorityShare,
        matchesGold: row.gold === null || m.majority === null ? null : m.majority === row.gold,
      })),
    };
  });
}

/** The chosen markets' votes on each item, added up: its votes, split and majority within those markets. */
async function marketSplits(em: EntityManager, scoped: Scoped, rows: ItemRow[]) {
  const out = new Map<string, Pick<AnalyticsItem, 'votes' | 'distribution' | 'majority' | 'majorityShare'>>();
  if (!rows.length) return out;
  const w = where({ ...scoped, from: undefined, to: undefined }, { level: itemLevel(scoped, true), alias: 'a' });
  const parts = await em.execute<{ sessionId: string; itemId: string; distribution: unknown }[]>(
    `select a.session_id as "sessionId", a.item_id as "itemId", a.distribution
       from analytics_item_stat a ${w.sql} and a.item_id in (?)`,
    [...w.params, rows.map((r) => r.itemId)],
  );
  const counts = new Map<string, Map<string, number>>();
  for (const part of parts) {
    const key = `${part.sessionId}|${part.itemId}`;
    const split = counts.get(key) ?? new Map<string, number>();
    for (const d of parseJson<{ label: string; count: number }[]>(part.distribution) ?? [])
      split.set(d.label, (split.get(d.label) ?? 0) + d.count);
    counts.set(key, split);
  }
  for (const [key, split] of counts) {
    const distribution = [...split]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
    const votes = distribution.reduce((sum, d) => sum + d.count, 0);
    const top = distribution[0]?.count ?? 0;
    const unique = distribution.filter((d) => d.count === top).length === 1;
    out.set(key, {
      votes,
      distribution,
      majority: unique ? distribution[0]!.label : null,
      majorityShare: votes > 0 ? top / votes : 0,
    });
  }
  return out;
}

async function itemsOf(em: EntityManager, rows: ItemRow[]): Promise<AnalyticsItem[]> {
  const versionIds = [...new Set(rows.map((r) => r.policyVersionId))];
  const versions = new Map(
    (await em.find(PolicyVersion, { id: { $in: versionIds } }, { populate: ['policy'] })).map((v) => [v.id, v]),
  );
  return rows.map((r) => ({
    sessionId: r.sessionId,
    sessionTitle: r.sessionTitle,
    closedAt: new Date(r.closedAt),
    itemId: r.itemId,
    position: r.position,
    caseId: r.caseId,
    policyVersion: versions.get(r.policyVersionId)!,
    gold: r.gold,
    votes: r.votes,
    percentAgreement: r.agreement,
    majority: r.majority,
    majorityShare: r.majorityShare,
    distribution: parseJson<{ label: string; count: number }[]>(r.distribution) ?? [],
  }));
}

type MarketJson = { marketId: string; votes: number; majority: string | null; majorityShare: number };

type ItemRow = {
  sessionId: string;
  sessionTitle: string;
  closedAt: Date | string;
  itemId: string;
  caseId: string;
  position: number;
  policyVersionId: string;
  gold: string | null;
  votes: number;
  agreement: number | null;
  majority: string | null;
  majorityShare: number;
  distribution: unknown;
  markets: unknown;
  divergence: number | null;
};

const ITEM_SELECT = `select a.session_id as "sessionId", s.title as "sessionTitle", a.closed_at as "closedAt",
       a.item_id as "itemId", a.case_id as "caseId", a.position, a.policy_version_id as "policyVersionId",
       a.gold, a.votes, a.agreement, a.majority, a.majority_share as "majorityShare",
       a.distribution, a.markets, a.divergence
  from analytics_item_stat a join calibration_session s on s.id = a.session_id`;

const parseJson = <T>(value: unknown): T | null =>
  value === null || value === undefined ? null : ((typeof value === 'string' ? JSON.parse(value) : value) as T);
