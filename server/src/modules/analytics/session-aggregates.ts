// What one closed session contributes to the analytics aggregates: pure, no database.
// Why these rows, and how they are read: analytics-aggregates.ts.

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

/** What a closed session stores per scope, and what the analytics queries add up over sessions. */
export type AgreementCounts = {
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

export const NO_COUNTS: Readonly<AgreementCounts> = {
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

export type ScopeStatRow = Dims & AgreementCounts;
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
    const row: ScopeStatRow = { ...dims, ...NO_COUNTS };
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
