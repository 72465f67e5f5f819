import type { EntityManager } from '@mikro-orm/postgresql';
import { aggregateRows, insertAggregateRows, insertRows, TABLES } from './aggregate-tables.js';
import { refreshMonthlyRollups } from './analytics-rollups.js';
import { type AggregateInput, computeSessionAggregates, ScopeLevel } from './session-aggregates.js';

/*
 * Why aggregates, and why these.
 *
 * Manager analytics pool closed sessions' votes: every (session, item) is one unit of
 * one big reliability data set (restricted to the voters in scope: a market, a vendor,
 * a team), and the figures are those of STATS.md over it. Reading the votes at query
 * time cannot answer in under 100 ms at a million votes on two CPUs, but every figure is
 * a function of sums over units, and those sums add up across sessions:
 *
 * - percent agreement P_a = Σ_u P_u / #pairable units;
 * - Fleiss and Gwet's chance terms need π_k = Σ_u (n_uk / m_u) / n1, per label k, and q
 *   (the labels of the taxonomies involved, known from the policy versions);
 * - Krippendorff's nominal alpha needs n (pairable votes), n_c = Σ_pairable n_uc per
 *   label, and the observed disagreement Σ_u (m_u² − Σ_k n_uk²) / (m_u − 1):
 *   alpha = 1 − (n − 1) · observed / (n² − Σ_c n_c²);
 * - accuracy and "majority matches gold" are counts.
 *
 * So each closed session stores those sums once per scope it can be asked about
 * (ScopeLevel: all voters, each market, each vendor, each market × vendor, each team,
 * each market × team): analytics_scope_stat holds the scalars, analytics_label_stat
 * the per-label sums. A query filters and groups one level of them (tens of thousands
 * of rows at 10,000 sessions, never the million votes) and finishes the formulas in
 * memory (`pooledAgreement` in stats/pooled.ts). A unit is per scope: grouped or filtered by one market, an item's unit is
 * that market's votes on it, exactly as the per-market breakdown of STATS.md; several
 * markets in a filter pool each market's units (said in the schema).
 *
 * The drill-downs rank items and label pairs: analytics_item_stat keeps one row per
 * (session, item, scope) with its P_u, majority and (for all voters, per vendor and per
 * team) how the markets' majorities diverge, indexed on those so the top rows come from an index
 * scan; analytics_label_pair keeps Σ_u n_ua · n_ub and the gold confusions per label
 * pair; analytics_participant_stat keeps each voter's counts against gold.
 *
 * Written by `writeSessionAggregates` in the transaction that stores a session's
 * result (close, and a gold change), and by the demo generator from the same pure
 * `computeSessionAggregates` (session-aggregates.ts), so both paths produce the same rows.
 *
 * Monthly roll-ups. Even one level of the session rows is too many at 10,000 sessions:
 * EXPLAIN ANALYZE showed the per-market label sums alone reading 109,000 rows scattered
 * over 15,000 heap pages (190 ms), and the scalar sums sorting 29,000 rows for
 * count(distinct session_id) and array_agg(distinct version) (100 ms), six such scans
 * per agreementRates call. Agreement rates therefore read analytics_scope_month and
 * analytics_label_month: the same sums added up per (UTC month, level, market, vendor,
 * team, policy, version, facilitator), about a tenth of the rows. Every dimension a
 * query groups or filters by except the period is a column of the cell, so a query
 * over whole months reads the roll-ups only; the partial months at the edges of a
 * `from`/`to` come from the session rows (indexed on level and close time), and weekly
 * periods, which straddle months, read the session rows as before. A cell's `sessions`
 * adds up to a group's distinct sessions whenever each session has one row per group
 * at the level read (the level's market/vendor/team is grouped by, or filtered to one
 * value); otherwise analytics-sums.ts falls back to count(distinct) over the session rows.
 * The policy version is a cell key rather than an array_agg(distinct): the service
 * needs the versions of a group (for q) and gets them by grouping by it too.
 * The roll-up cells a session touches are rebuilt from the session rows in the same
 * transaction (`refreshMonthlyRollups`, analytics-rollups.ts), so a rewrite (gold change) never double counts.
 */

// The migrations that introduced the roll-ups import their SQL from here.
export { rollupSql } from './analytics-rollups.js';

/**
 * Replaces a closed session's aggregates from its votes, in the caller's transaction
 * (the one that stores its result, so analytics never see a half-written session).
 */
export async function writeSessionAggregates(tx: EntityManager, sessionId: string): Promise<void> {
  const [session] = await tx.execute<
    { id: string; policyId: string; policyVersionId: string; facilitatorId: string; closedAt: Date | null }[]
  >(
    `select s.id, v.policy_id as "policyId", s.policy_version_id as "policyVersionId",
            s.facilitator_id as "facilitatorId", s.closed_at as "closedAt"
       from calibration_session s join policy_version v on v.id = s.policy_version_id
      where s.id = ?`,
    [sessionId],
  );
  if (!session?.closedAt) return;
  const items = await tx.execute<AggregateInput['items']>(
    'select id, case_id as "caseId", position, gold_label as gold from calibration_item where session_id = ?',
    [sessionId],
  );
  const participants = await tx.execute<AggregateInput['participants']>(
    `select p.user_id as "userId", p.market_id as "marketId", u.team_id as "teamId", t.vendor_id as "vendorId"
       from calibration_participant p join app_user u on u.id = p.user_id left join team t on t.id = u.team_id
      where p.session_id = ?`,
    [sessionId],
  );
  const votes = await tx.execute<AggregateInput['votes']>(
    'select item_id as "itemId", user_id as "userId", label from vote where session_id = ? and label is not null',
    [sessionId],
  );
  const closed = { ...session, closedAt: new Date(session.closedAt) };
  const aggregates = computeSessionAggregates({ session: closed, items, participants, votes });
  // The roll-up cells the session's previous rows were in (a rewrite may have moved it), and its own.
  const before = await tx.execute<{ closedAt: Date; policyVersionId: string; facilitatorId: string }[]>(
    `select distinct closed_at as "closedAt", policy_version_id as "policyVersionId", facilitator_id as "facilitatorId"
       from analytics_scope_stat where session_id = ?`,
    [sessionId],
  );
  for (const table of Object.keys(TABLES)) await tx.execute(`delete from "${table}" where session_id = ?`, [sessionId]);
  await insertAggregateRows(tx, aggregateRows([{ session: closed, aggregates }]));
  await refreshMonthlyRollups(tx, [...before, closed]);
}

/**
 * Adds the team-level item and label-pair rows (ScopeLevel.TEAM, MARKET_TEAM) to sessions
 * closed before the drill-downs answered a team filter, from their votes, as
 * `computeSessionAggregates` writes them now. Run once by the migration that introduced them.
 */
export async function backfillTeamDrillDowns(em: EntityManager, batch = 200): Promise<void> {
  const team = [ScopeLevel.TEAM, ScopeLevel.MARKET_TEAM];
  await em.execute('delete from analytics_item_stat where level in (?)', [team]);
  await em.execute('delete from analytics_label_pair where level in (?)', [team]);
  const sessions = await em.execute<AggregateInput['session'][]>(
    `select s.id, v.policy_id as "policyId", s.policy_version_id as "policyVersionId",
            s.facilitator_id as "facilitatorId", s.closed_at as "closedAt"
       from calibration_session s join policy_version v on v.id = s.policy_version_id
      where s.closed_at is not null and exists (select 1 from analytics_scope_stat a where a.session_id = s.id)
      order by s.id`,
  );
  for (let start = 0; start < sessions.length; start += batch) {
    const part = sessions.slice(start, start + batch);
    const ids = part.map((s) => s.id);
    const group = <T extends { sessionId: string }>(rows: T[]) => {
      const by = new Map<string, T[]>();
      for (const row of rows) by.set(row.sessionId, [...(by.get(row.sessionId) ?? []), row]);
      return by;
    };
    const items = group(
      await em.execute<(AggregateInput['items'][number] & { sessionId: string })[]>(
        `select session_id as "sessionId", id, case_id as "caseId", position, gold_label as gold
           from calibration_item where session_id in (?)`,
        [ids],
      ),
    );
    const participants = group(
      await em.execute<(AggregateInput['participants'][number] & { sessionId: string })[]>(
        `select p.session_id as "sessionId", p.user_id as "userId", p.market_id as "marketId",
                u.team_id as "teamId", t.vendor_id as "vendorId"
           from calibration_participant p join app_user u on u.id = p.user_id left join team t on t.id = u.team_id
          where p.session_id in (?)`,
        [ids],
      ),
    );
    const votes = group(
      await em.execute<(AggregateInput['votes'][number] & { sessionId: string })[]>(
        `select session_id as "sessionId", item_id as "itemId", user_id as "userId", label
           from vote where session_id in (?) and label is not null`,
        [ids],
      ),
    );
    const rows = aggregateRows(
      part.map((session) => {
        const closed = { ...session, closedAt: new Date(session.closedAt) };
        const all = computeSessionAggregates({
          session: closed,
          items: items.get(session.id) ?? [],
          participants: participants.get(session.id) ?? [],
          votes: votes.get(session.id) ?? [],
        });
        return {
          session: closed,
          aggregates: {
            ...all,
            items: all.items.filter((r) => team.includes(r.level as 6 | 7)),
            pairs: all.pairs.filter((r) => team.includes(r.level as 6 | 7)),
          },
        };
      }),
    );
    await insertRows(em, 'analytics_item_stat', TABLES.analytics_item_stat, rows.analytics_item_stat);
    await insertRows(em, 'analytics_label_pair', TABLES.analytics_label_pair, rows.analytics_label_pair);
  }
}
