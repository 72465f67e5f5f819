import type { EntityManager, Knex } from '@mikro-orm/postgresql';

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
 * memory. A unit is per scope: grouped or filtered by one market, an item's unit is
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
 * `computeSessionAggregates`, so both paths produce the same rows.
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
 * value); otherwise the service falls back to count(distinct) over the session rows.
 * The policy version is a cell key rather than an array_agg(distinct): the service
 * needs the versions of a group (for q) and gets them by grouping by it too.
 * The roll-up cells a session touches are rebuilt from the session rows in the same
 * transaction (`refreshMonthlyRollups`), so a rewrite (gold change) never double counts.
 */

/** The voters a row counts, as a bit set: MARKET 1, VENDOR 2, TEAM 4 (a team implies its vendor). */
export const ScopeLevel = {
  ALL: 0,
  MARKET: 1,
  VENDOR: 2,
  MARKET_VENDOR: 3,
  TEAM: 6,
  MARKET_TEAM: 7,
} as const;

export type AggregateInput = {
  session: { id: string; policyId: string; policyVersionId: string; facilitatorId: string; closedAt: Date };
  items: { id: string; caseId: string; position: number; gold: string | null }[];
  participants: { userId: string; marketId: string; teamId: string | null; vendorId: string | null }[];
  /** Counted votes only: abstentions are missing values. */
  votes: { itemId: string; userId: string; label: string }[];
};

type Dims = { level: number; marketId: string | null; vendorId: string | null; teamId: string | null };

export type ScopeStatRow = Dims & {
  units: number;
  pairableUnits: number;
  votes: number;
  pairableVotes: number;
  sumUnitAgreement: number;
  observedDisagreement: number;
  goldUnits: number;
  goldVotes: number;
  correctVotes: number;
  majorityMatched: number;
};
export type LabelStatRow = Dims & { label: string; unitShare: number; pairableVotes: number };
export type LabelPairRow = Dims & {
  labelA: string;
  labelB: string;
  disagreements: number;
  goldAChoseB: number;
  goldBChoseA: number;
};
export type ItemStatRow = Dims & {
  itemId: string;
  caseId: string;
  position: number;
  gold: string | null;
  votes: number;
  correctVotes: number;
  agreement: number | null;
  majority: string | null;
  majorityShare: number;
  distribution: { label: string; count: number }[];
  markets: { marketId: string; votes: number; majority: string | null; majorityShare: number }[] | null;
  divergence: number | null;
};
export type ParticipantStatRow = {
  userId: string;
  marketId: string;
  vendorId: string | null;
  teamId: string | null;
  votes: number;
  goldVotes: number;
  correctVotes: number;
};

export type SessionAggregates = {
  scopes: ScopeStatRow[];
  labels: LabelStatRow[];
  pairs: LabelPairRow[];
  items: ItemStatRow[];
  participants: ParticipantStatRow[];
};

/** Label → votes, for one unit in one scope. */
type Counts = Map<string, number>;

/** The unique most chosen label (null on a tie) and its count. */
function majorityOf(counts: Counts): { label: string | null; count: number } {
  let label: string | null = null;
  let count = 0;
  for (const [l, n] of counts) {
    if (n > count) [label, count] = [l, n];
    else if (n === count) label = null;
  }
  return { label, count };
}

const sorted = (counts: Counts) =>
  [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));

/** Every row one closed session contributes to the analytics aggregates (pure). */
export function computeSessionAggregates(input: AggregateInput): SessionAggregates {
  const who = new Map(input.participants.map((p) => [p.userId, p]));
  const scopesOf = (p: AggregateInput['participants'][number]): Dims[] => [
    { level: ScopeLevel.ALL, marketId: null, vendorId: null, teamId: null },
    { level: ScopeLevel.MARKET, marketId: p.marketId, vendorId: null, teamId: null },
    { level: ScopeLevel.VENDOR, marketId: null, vendorId: p.vendorId, teamId: null },
    { level: ScopeLevel.MARKET_VENDOR, marketId: p.marketId, vendorId: p.vendorId, teamId: null },
    { level: ScopeLevel.TEAM, marketId: null, vendorId: p.vendorId, teamId: p.teamId },
    { level: ScopeLevel.MARKET_TEAM, marketId: p.marketId, vendorId: p.vendorId, teamId: p.teamId },
  ];
  const keyOf = (d: Dims) => `${d.level}|${d.marketId ?? ''}|${d.vendorId ?? ''}|${d.teamId ?? ''}`;

  // scope key → its dims, and item id → label counts within the scope.
  const scopes = new Map<string, { dims: Dims; items: Map<string, Counts> }>();
  const participantRows = new Map<string, ParticipantStatRow>();
  const gold = new Map(input.items.map((i) => [i.id, i.gold]));
  for (const vote of input.votes) {
    const p = who.get(vote.userId);
    if (!p) continue; // not an invited participant: the session result leaves it out too
    for (const dims of scopesOf(p)) {
      const key = keyOf(dims);
      let scope = scopes.get(key);
      if (!scope) scopes.set(key, (scope = { dims, items: new Map() }));
      let counts = scope.items.get(vote.itemId);
      if (!counts) scope.items.set(vote.itemId, (counts = new Map()));
      counts.set(vote.label, (counts.get(vote.label) ?? 0) + 1);
    }
    let own = participantRows.get(p.userId);
    if (!own) {
      own = {
        userId: p.userId,
        marketId: p.marketId,
        vendorId: p.vendorId,
        teamId: p.teamId,
        votes: 0,
        goldVotes: 0,
        correctVotes: 0,
      };
      participantRows.set(p.userId, own);
    }
    own.votes++;
    const g = gold.get(vote.itemId);
    if (g) {
      own.goldVotes++;
      if (g === vote.label) own.correctVotes++;
    }
  }

  const out: SessionAggregates = {
    scopes: [],
    labels: [],
    pairs: [],
    items: [],
    participants: [...participantRows.values()],
  };
  const itemOrder = [...input.items].sort((a, b) => a.position - b.position);
  for (const { dims, items } of scopes.values()) {
    const row: ScopeStatRow = {
      ...dims,
      units: 0,
      pairableUnits: 0,
      votes: 0,
      pairableVotes: 0,
      sumUnitAgreement: 0,
      observedDisagreement: 0,
      goldUnits: 0,
      goldVotes: 0,
      correctVotes: 0,
      majorityMatched: 0,
    };
    const labels = new Map<string, { unitShare: number; pairableVotes: number }>();
    const pairs = new Map<string, LabelPairRow>();
    for (const item of itemOrder) {
      const counts = items.get(item.id);
      if (!counts) continue;
      let m = 0;
      let squares = 0;
      for (const n of counts.values()) {
        m += n;
        squares += n * n;
      }
      row.units++;
      row.votes += m;
      const pairable = m >= 2;
      if (pairable) {
        row.pairableUnits++;
        row.pairableVotes += m;
        row.sumUnitAgreement += (squares - m) / (m * (m - 1));
        row.observedDisagreement += (m * m - squares) / (m - 1);
      }
      for (const [label, n] of counts) {
        const sums = labels.get(label) ?? { unitShare: 0, pairableVotes: 0 };
        sums.unitShare += n / m;
        if (pairable) sums.pairableVotes += n;
        labels.set(label, sums);
      }
      const majority = majorityOf(counts);
      const correct = item.gold ? (counts.get(item.gold) ?? 0) : 0;
      if (item.gold) {
        row.goldUnits++;
        row.goldVotes += m;
        row.correctVotes += correct;
        if (majority.label === item.gold) row.majorityMatched++;
      }
      const chosen = [...counts.keys()].sort();
      for (let a = 0; a < chosen.length; a++) {
        for (let b = a + 1; b < chosen.length; b++) {
          const [la, lb] = [chosen[a]!, chosen[b]!];
          const key = `${la}\u0000${lb}`;
          const pair = pairs.get(key) ?? {
            ...dims,
            labelA: la,
            labelB: lb,
            disagreements: 0,
            goldAChoseB: 0,
            goldBChoseA: 0,
          };
          pair.disagreements += counts.get(la)! * counts.get(lb)!;
          pairs.set(key, pair);
        }
      }
      if (item.gold) {
        for (const [label, n] of counts) {
          if (label === item.gold) continue;
          const [la, lb]: [string, string] = label < item.gold ? [label, item.gold] : [item.gold, label];
          const key = `${la}\u0000${lb}`;
          const pair = pairs.get(key) ?? {
            ...dims,
            labelA: la,
            labelB: lb,
            disagreements: 0,
            goldAChoseB: 0,
            goldBChoseA: 0,
          };
          if (item.gold === la) pair.goldAChoseB += n;
          else pair.goldBChoseA += n;
          pairs.set(key, pair);
        }
      }
      out.items.push({
        ...dims,
        itemId: item.id,
        caseId: item.caseId,
        position: item.position,
        gold: item.gold,
        votes: m,
        correctVotes: correct,
        agreement: pairable ? (squares - m) / (m * (m - 1)) : null,
        majority: majority.label,
        majorityShare: majority.count / m,
        distribution: sorted(counts),
        markets: null,
        divergence: null,
      });
    }
    out.scopes.push(row);
    for (const [label, sums] of labels) out.labels.push({ ...dims, label, ...sums });
    out.pairs.push(...pairs.values());
  }

  // How the markets' majorities on an item differ, for all voters, per vendor and per
  // team: from the market (× vendor, × team) rows of the same item.
  const withoutMarket = new Map<number, number>([
    [ScopeLevel.MARKET, ScopeLevel.ALL],
    [ScopeLevel.MARKET_VENDOR, ScopeLevel.VENDOR],
    [ScopeLevel.MARKET_TEAM, ScopeLevel.TEAM],
  ]);
  const divergenceKey = (level: number, row: ItemStatRow) =>
    `${level}|${row.vendorId ?? 'staff'}|${row.teamId ?? 'none'}|${row.itemId}`;
  const marketRows = new Map<string, ItemStatRow[]>();
  for (const row of out.items) {
    const level = withoutMarket.get(row.level);
    if (level === undefined) continue;
    const key = divergenceKey(level, row);
    marketRows.set(key, [...(marketRows.get(key) ?? []), row]);
  }
  for (const row of out.items) {
    if (row.level !== ScopeLevel.ALL && row.level !== ScopeLevel.VENDOR && row.level !== ScopeLevel.TEAM) continue;
    const key = divergenceKey(row.level, row);
    const markets = (marketRows.get(key) ?? []).sort((a, b) => (a.marketId! < b.marketId! ? -1 : 1));
    row.markets = markets.map((m) => ({
      marketId: m.marketId!,
      votes: m.votes,
      majority: m.majority,
      majorityShare: m.majorityShare,
    }));
    if (markets.length >= 2) {
      // A tied market is its own answer: it agrees with no other market's majority.
      const answers = new Map<string, number>();
      markets.forEach((m, i) => {
        const answer = m.majority ?? `\u0000tie${i}`;
        answers.set(answer, (answers.get(answer) ?? 0) + 1);
      });
      row.divergence = 1 - Math.max(...answers.values()) / markets.length;
    }
  }
  return out;
}

/** Column lists of the bulk inserts: name and PostgreSQL type, in json_to_recordset's terms. */
const DIMS = [
  ['session_id', 'uuid'],
  ['level', 'smallint'],
  ['market_id', 'uuid'],
  ['vendor_id', 'uuid'],
  ['team_id', 'uuid'],
  ['policy_id', 'uuid'],
  ['policy_version_id', 'uuid'],
  ['facilitator_id', 'uuid'],
  ['closed_at', 'timestamptz'],
] as const;

const TABLES = {
  analytics_scope_stat: [
    ...DIMS,
    ['units', 'int'],
    ['pairable_units', 'int'],
    ['votes', 'int'],
    ['pairable_votes', 'int'],
    ['sum_unit_agreement', 'float8'],
    ['observed_disagreement', 'float8'],
    ['gold_units', 'int'],
    ['gold_votes', 'int'],
    ['correct_votes', 'int'],
    ['majority_matched', 'int'],
  ],
  analytics_label_stat: [...DIMS, ['label', 'text'], ['unit_share', 'float8'], ['pairable_votes', 'int']],
  analytics_label_pair: [
    ...DIMS,
    ['label_a', 'text'],
    ['label_b', 'text'],
    ['disagreements', 'int'],
    ['gold_a_chose_b', 'int'],
    ['gold_b_chose_a', 'int'],
  ],
  analytics_item_stat: [
    ...DIMS,
    ['item_id', 'uuid'],
    ['case_id', 'uuid'],
    ['position', 'int'],
    ['gold', 'text'],
    ['votes', 'int'],
    ['correct_votes', 'int'],
    ['agreement', 'float8'],
    ['majority', 'text'],
    ['majority_share', 'float8'],
    ['distribution', 'jsonb'],
    ['markets', 'jsonb'],
    ['divergence', 'float8'],
  ],
  analytics_participant_stat: [
    ['session_id', 'uuid'],
    ['user_id', 'uuid'],
    ['market_id', 'uuid'],
    ['vendor_id', 'uuid'],
    ['team_id', 'uuid'],
    ['policy_id', 'uuid'],
    ['policy_version_id', 'uuid'],
    ['facilitator_id', 'uuid'],
    ['closed_at', 'timestamptz'],
    ['votes', 'int'],
    ['gold_votes', 'int'],
    ['correct_votes', 'int'],
  ],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

export type AggregateTable = keyof typeof TABLES;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Inserts rows (objects with the columns' camelCase names) in one statement per batch:
 * the rows travel as one JSON parameter and json_to_recordset turns them into a table,
 * which keeps a bulk write to a few round trips without a COPY client.
 */
export async function insertRows(
  em: EntityManager,
  table: AggregateTable | string,
  columns: readonly (readonly [string, string])[],
  rows: Record<string, unknown>[],
  batch = 5000,
) {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const types = columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
  for (let start = 0; start < rows.length; start += batch) {
    const json = JSON.stringify(
      rows
        .slice(start, start + batch)
        .map((row) => Object.fromEntries(columns.map(([name]) => [name, row[camel(name)] ?? null]))),
    );
    // Through knex with a bound parameter: em.execute would inline (and escape) megabytes of JSON into the SQL.
    const knex = (em.getTransactionContext<Knex.Transaction>() ?? em.getKnex()) as Knex;
    await knex.raw(`insert into "${table}" (${names}) select ${names} from json_to_recordset(?::json) as x(${types})`, [
      json,
    ]);
  }
}

/** The rows of many sessions' aggregates, tagged with each session's dimensions, ready for `insertRows`. */
export function aggregateRows(sessions: { session: AggregateInput['session']; aggregates: SessionAggregates }[]) {
  const rows: Record<AggregateTable, Record<string, unknown>[]> = {
    analytics_scope_stat: [],
    analytics_label_stat: [],
    analytics_label_pair: [],
    analytics_item_stat: [],
    analytics_participant_stat: [],
  };
  for (const { session, aggregates } of sessions) {
    const tag = {
      sessionId: session.id,
      policyId: session.policyId,
      policyVersionId: session.policyVersionId,
      facilitatorId: session.facilitatorId,
      closedAt: session.closedAt.toISOString(),
    };
    for (const r of aggregates.scopes) rows.analytics_scope_stat.push({ ...r, ...tag });
    for (const r of aggregates.labels) rows.analytics_label_stat.push({ ...r, ...tag });
    for (const r of aggregates.pairs) rows.analytics_label_pair.push({ ...r, ...tag });
    for (const r of aggregates.items) rows.analytics_item_stat.push({ ...r, ...tag });
    for (const r of aggregates.participants) rows.analytics_participant_stat.push({ ...r, ...tag });
  }
  return rows;
}

export async function insertAggregateRows(em: EntityManager, rows: ReturnType<typeof aggregateRows>) {
  for (const table of Object.keys(TABLES) as AggregateTable[]) await insertRows(em, table, TABLES[table], rows[table]);
}

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

const SCOPE_SUMS = [
  'units',
  'pairable_units',
  'votes',
  'pairable_votes',
  'sum_unit_agreement',
  'observed_disagreement',
  'gold_units',
  'gold_votes',
  'correct_votes',
  'majority_matched',
];
const CELL = 'level, market_id, vendor_id, team_id, policy_id, policy_version_id, facilitator_id';
const MONTH = "date_trunc('month', closed_at, 'UTC')";

/**
 * The SQL that rebuilds the monthly roll-up cells matching a condition (`cells` on the
 * roll-ups, `rows` on the session rows it covers; both true for a full rebuild) from
 * the session rows. Also run by the migration that introduced the roll-ups, to backfill.
 */
export function rollupSql(cells = 'true', rows = 'true') {
  return {
    deletes: [`delete from analytics_scope_month where ${cells}`, `delete from analytics_label_month where ${cells}`],
    inserts: [
      `insert into analytics_scope_month (month, ${CELL}, sessions, ${SCOPE_SUMS.join(', ')})
       select ${MONTH}, ${CELL}, count(*), ${SCOPE_SUMS.map((c) => `sum(${c})`).join(', ')}
         from analytics_scope_stat where ${rows} group by ${MONTH}, ${CELL}`,
      `insert into analytics_label_month (month, ${CELL}, label, unit_share, pairable_votes)
       select ${MONTH}, ${CELL}, label, sum(unit_share), sum(pairable_votes)
         from analytics_label_stat where ${rows} group by ${MONTH}, ${CELL}, label`,
    ],
  };
}

/** Rebuilds every monthly roll-up (after a bulk write such as the demo generator's). */
export async function rebuildMonthlyRollups(em: EntityManager): Promise<void> {
  const { deletes, inserts } = rollupSql();
  for (const sql of [...deletes, ...inserts]) await em.execute(sql);
}

/** Rebuilds the roll-up cells of sessions' months, versions and facilitators, in the caller's transaction. */
async function refreshMonthlyRollups(
  tx: EntityManager,
  cells: { closedAt: Date | string; policyVersionId: string; facilitatorId: string }[],
) {
  const { deletes, inserts } = rollupSql(
    'month = ?::timestamptz and policy_version_id = ? and facilitator_id = ?',
    'closed_at >= ?::timestamptz and closed_at < ?::timestamptz and policy_version_id = ? and facilitator_id = ?',
  );
  const unique = new Map<string, { start: string; end: string; versionId: string; facilitatorId: string }>();
  for (const cell of cells) {
    const closedAt = new Date(cell.closedAt);
    const start = new Date(Date.UTC(closedAt.getUTCFullYear(), closedAt.getUTCMonth(), 1)).toISOString();
    const end = new Date(Date.UTC(closedAt.getUTCFullYear(), closedAt.getUTCMonth() + 1, 1)).toISOString();
    const key = `${start}|${cell.policyVersionId}|${cell.facilitatorId}`;
    unique.set(key, { start, end, versionId: cell.policyVersionId, facilitatorId: cell.facilitatorId });
  }
  for (const [key, cell] of [...unique].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Two sessions closing into one cell at once would each rebuild it without the other's uncommitted rows:
    // the lock (held to commit, taken in key order) makes the second wait, and its statements then see the first's.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`analytics-month|${key}`]);
    for (const sql of deletes) await tx.execute(sql, [cell.start, cell.versionId, cell.facilitatorId]);
    for (const sql of inserts) await tx.execute(sql, [cell.start, cell.end, cell.versionId, cell.facilitatorId]);
  }
}
