import {
  computeAgreement,
  createReliabilityData,
  goldFromLabels,
  selectRaters,
  STATS_VERSION,
  type AgreementResult,
  type ReliabilityData,
  type Stat,
} from '../../stats/index.js';

/** What a result is computed from: plain data, read in one transaction at close. */
export type SessionResultInput = {
  /** The taxonomy in order; `severity` set on every label makes the ordinal alpha meaningful. */
  labels: { key: string; severity: number | null }[];
  items: { id: string; position: number; gold: string | null }[];
  participants: { userId: string; name: string; market: string }[];
  /** Abstentions are left out: a missing value, not a label. */
  votes: { itemId: string; userId: string; label: string }[];
  abstentions: { itemId: string; userId: string }[];
  /** Seed of alpha's bootstrap interval, kept with the result so it can be reproduced. */
  seed: number;
};

export type StatJson = { value: number | null; reason: string | null };

export type FiguresJson = {
  items: number;
  raters: number;
  votes: number;
  pairableValues: number;
  percentAgreement: StatJson;
  fleissKappa: StatJson;
  gwetAC1: StatJson;
  krippendorffAlpha: StatJson;
  /** Only when every label has a severity. */
  krippendorffAlphaOrdinal: StatJson | null;
  alphaCI95: { low: number | null; high: number | null; reason: string | null; resamples: number; seed: number };
  accuracy: StatJson & { correct: number; total: number };
  majorityMatchesGold: StatJson & { matched: number; items: number };
};

export type SessionResultPayload = {
  statsVersion: string;
  labels: string[];
  overall: FiguresJson;
  /** Rows gold label, columns chosen label, in `labels` order. */
  confusionMatrix: number[][];
  items: {
    itemId: string;
    position: number;
    gold: string | null;
    votes: number;
    abstentions: number;
    distribution: number[];
    majority: string | null;
    tied: string[];
    majorityShare: StatJson;
    entropy: StatJson;
    markets: { market: string; votes: number; majority: string | null; tied: string[]; matchesGold: boolean | null }[];
  }[];
  markets: ({ market: string } & FiguresJson)[];
  participants: {
    userId: string;
    name: string;
    market: string;
    votes: number;
    accuracy: StatJson & { correct: number; total: number };
    cohenKappaVsGold: StatJson;
    majorityAgreement: StatJson & { compared: number; agreed: number };
  }[];
};

const json = (stat: Stat): StatJson => ({ value: stat.value, reason: stat.reason ?? null });

function figures(data: ReliabilityData, result: AgreementResult, ordinal: AgreementResult | null): FiguresJson {
  const interval = result.alphaInterval!;
  const accuracy = result.gold?.accuracy;
  const majority = result.gold?.majorityVsGold;
  return {
    items: data.units.length,
    raters: data.raters.length,
    votes: result.ratings,
    pairableValues: result.pairableValues,
    percentAgreement: json(result.percentAgreement),
    fleissKappa: json(result.fleissKappa),
    gwetAC1: json(result.gwetAC1),
    krippendorffAlpha: json(result.krippendorffAlpha),
    krippendorffAlphaOrdinal: ordinal ? json(ordinal.krippendorffAlpha) : null,
    alphaCI95: {
      low: interval.low,
      high: interval.high,
      reason: interval.reason ?? null,
      resamples: interval.resamples,
      seed: interval.seed,
    },
    accuracy: accuracy
      ? { ...json(accuracy), correct: accuracy.correct, total: accuracy.total }
      : { value: null, reason: 'no gold', correct: 0, total: 0 },
    majorityMatchesGold: majority
      ? { ...json(majority.share), matched: majority.matched, items: majority.units.length }
      : { value: null, reason: 'no gold', matched: 0, items: 0 },
  };
}

/**
 * A session's result (STATS.md "Breakdowns"): overall figures, the confusion matrix,
 * per item (distribution, majority, share, entropy, each market's majority against
 * gold), per market and per participant; alpha at the nominal level, and ordinal too
 * when the taxonomy gives every label a severity (ordered by it). Computed by the
 * statistics library only; this function shapes its output for storage.
 */
export function computeSessionResult(input: SessionResultInput): SessionResultPayload {
  const ordered = input.labels.every((l) => l.severity !== null)
    ? [...input.labels].sort((a, b) => a.severity! - b.severity!)
    : null;
  const categories = input.labels.map((l) => l.key);
  const items = [...input.items].sort((a, b) => a.position - b.position);
  const raterIds = input.participants.map((p) => p.userId);
  const data = createReliabilityData({
    categories,
    units: items.map((i) => i.id),
    raters: raterIds,
    ratings: input.votes.map((v) => ({ unit: v.itemId, rater: v.userId, value: v.label })),
  });
  const gold = goldFromLabels(
    data,
    items.filter((i) => i.gold !== null).map((i) => [i.id, i.gold!] as const),
  );
  const bootstrap = { seed: input.seed };
  const overall = computeAgreement(data, { gold, bootstrap });
  const ordinalOf = (subset: ReliabilityData) => {
    if (!ordered) return null;
    // The ordinal scale is the severity order: the same ratings over reordered categories.
    const reordered = createReliabilityData({
      categories: ordered.map((l) => l.key),
      units: subset.units,
      raters: subset.raters,
      ratings: Array.from(subset.ratingUnit, (u, r) => ({
        unit: subset.units[u]!,
        rater: subset.raters[subset.ratingRater[r]!]!,
        value: subset.categories[subset.ratingCategory[r]!]!,
      })),
    });
    return computeAgreement(reordered, { level: 'ordinal', bootstrap: false, perUnit: false, perRater: false });
  };

  const marketOf = new Map(input.participants.map((p) => [p.userId, p.market]));
  const markets = [...new Set(input.participants.map((p) => p.market))].sort();
  const byMarket = markets.map((market) => {
    const subset = selectRaters(
      data,
      raterIds.flatMap((id, i) => (marketOf.get(id) === market ? [i] : [])),
    );
    return { market, subset, result: computeAgreement(subset, { gold, bootstrap, perRater: false }) };
  });

  const abstentions = new Map<string, number>();
  for (const a of input.abstentions) abstentions.set(a.itemId, (abstentions.get(a.itemId) ?? 0) + 1);
  const label = (c: number | null) => (c === null ? null : categories[c]!);

  return {
    statsVersion: STATS_VERSION,
    labels: categories,
    overall: figures(data, overall, ordinalOf(data)),
    confusionMatrix: overall.gold!.confusionMatrix,
    items: overall.perUnit.map((unit) => {
      const item = items[unit.unit]!;
      return {
        itemId: item.id,
        position: item.position,
        gold: item.gold,
        votes: unit.values,
        abstentions: abstentions.get(item.id) ?? 0,
        distribution: unit.distribution,
        majority: label(unit.majority),
        tied: unit.tied.map((c) => categories[c]!),
        majorityShare: json(unit.majorityShare),
        entropy: json(unit.entropy),
        markets: byMarket.map(({ market, result }) => {
          const own = result.perUnit[unit.unit]!;
          return {
            market,
            votes: own.values,
            majority: label(own.majority),
            tied: own.tied.map((c) => categories[c]!),
            matchesGold: item.gold === null || own.values === 0 ? null : label(own.majority) === item.gold,
          };
        }),
      };
    }),
    markets: byMarket.map(({ market, subset, result }) => ({ market, ...figures(subset, result, ordinalOf(subset)) })),
    participants: overall.perRater.map((rater) => {
      const participant = input.participants[rater.rater]!;
      return {
        userId: participant.userId,
        name: participant.name,
        market: participant.market,
        votes: rater.ratings,
        accuracy: rater.accuracy
          ? { ...json(rater.accuracy), correct: rater.accuracy.correct, total: rater.accuracy.total }
          : { value: null, reason: 'no gold', correct: 0, total: 0 },
        cohenKappaVsGold: rater.cohenKappaVsGold ? json(rater.cohenKappaVsGold) : { value: null, reason: 'no gold' },
        majorityAgreement: {
          ...json(rater.majorityAgreement),
          compared: rater.majorityAgreement.compared,
          agreed: rater.majorityAgreement.agreed,
        },
      };
    }),
  };
}
