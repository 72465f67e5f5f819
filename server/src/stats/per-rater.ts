import { checkGold, orderByRater, orderByUnit, type GoldLabels, type ReliabilityData } from './dataset.js';
import { cohenKappaFromMarginals, type CohenKappa } from './cohen.js';
import { undefinedChanceCorrected, type Stat } from './stat.js';
import type { CountTable } from './table.js';
import type { Accuracy } from './gold.js';

/** Agreement of one rater with the majority of the other raters, unit by unit. */
export type MajorityAgreement = Stat & {
  /** Units where the others have a unique majority (the denominator). */
  readonly compared: number;
  /** Of those, units where the rater chose that majority. */
  readonly agreed: number;
  /** Units the rater shares with others whose values tie once the rater is left out. */
  readonly tied: number;
};

/** STATS.md "Breakdowns", per participant. */
export interface RaterSummary {
  readonly rater: number;
  readonly ratings: number;
  /** Against gold; null when no gold was given. */
  readonly accuracy: Accuracy | null;
  /** Cohen's kappa against gold over the units with gold the rater rated; null without gold. */
  readonly cohenKappaVsGold: CohenKappa | null;
  /** Agreement with the leave-one-out majority of the other raters. */
  readonly majorityAgreement: MajorityAgreement;
}

/**
 * Per rater: number of ratings; accuracy and Cohen's kappa against gold (when `gold` is
 * given); and agreement with the majority of the other raters, leaving the rater out.
 *
 * Leave-one-out majority: for a rating of category c on unit u, the others' counts are
 * n_uk - [k = c]; their unique mode, if any, is the majority the rater is compared with.
 * Units where the rater is alone are skipped; units where the others tie are counted in
 * `tied` and left out of the share (`no majority to compare` when none is left).
 *
 * O(ratings + entries + raters × q), in one sequential pass over the ratings: each unit's
 * top counts are found once, and the others' mode after removing one vote follows from
 * them in O(1).
 */
export function raterSummaries(
  data: ReliabilityData,
  table: CountTable,
  gold: GoldLabels | null = null,
): RaterSummary[] {
  const q = data.categories.length;
  const raterCount = data.raters.length;
  const n = data.ratingUnit.length;
  const { ratingCategory, ratingUnit, ratingRater } = data;
  if (gold !== null) checkGold(gold, data.units.length, q);

  // Per unit: the top count M, how many categories reach it, the first two of them, and
  // the largest count below M.
  const unitCount = table.unitCount;
  const top = new Int32Array(unitCount);
  const topTies = new Int32Array(unitCount);
  const top1 = new Int32Array(unitCount).fill(-1);
  const top2 = new Int32Array(unitCount).fill(-1);
  const second = new Int32Array(unitCount);
  for (let u = 0; u < unitCount; u++) {
    let M = 0;
    let ties = 0;
    let a = -1;
    let b = -1;
    let below = 0;
    for (let e = table.entryStart[u]!; e < table.entryStart[u + 1]!; e++) {
      const count = table.entryCount[e]!;
      const c = table.entryCategory[e]!;
      if (count > M) {
        below = M;
        M = count;
        ties = 1;
        a = c;
        b = -1;
      } else if (count === M) {
        ties++;
        if (b === -1) b = c;
      } else if (count > below) {
        below = count;
      }
    }
    top[u] = M;
    topTies[u] = ties;
    top1[u] = a;
    top2[u] = b;
    second[u] = below;
  }

  const ownCount = countsOfOwnCategory(data, table);

  // One sequential pass over the ratings; per-rater tallies stay small and in cache.
  const ratings = new Int32Array(raterCount);
  const compared = new Int32Array(raterCount);
  const agreed = new Int32Array(raterCount);
  const tied = new Int32Array(raterCount);
  const correct = new Int32Array(raterCount);
  const withGold = new Int32Array(raterCount);
  // Per rater and category: gold margins and chosen margins (Cohen's kappa against gold),
  // dense when raters × q is small; otherwise computed rater by rater below.
  const denseMargins = gold !== null && raterCount * q <= Math.max(4 * n, 1 << 16);
  const goldMargin = denseMargins ? new Float64Array(raterCount * q) : null;
  const chosenMargin = denseMargins ? new Float64Array(raterCount * q) : null;
  for (let i = 0; i < n; i++) {
    const r = ratingRater[i]!;
    const u = ratingUnit[i]!;
    const c = ratingCategory[i]!;
    ratings[r]!++;
    if (gold !== null) {
      const g = gold[u]!;
      if (g >= 0) {
        withGold[r]!++;
        if (g === c) correct[r]!++;
        if (goldMargin !== null) {
          goldMargin[r * q + g]!++;
          chosenMargin![r * q + c]!++;
        }
      }
    }
    if (table.m[u]! < 2) continue;
    const majority = othersMajority(c, ownCount[i]!, top[u]!, topTies[u]!, top1[u]!, top2[u]!, second[u]!);
    if (majority < 0) tied[r]!++;
    else {
      compared[r]!++;
      if (majority === c) agreed[r]!++;
    }
  }

  const sparseKappas = gold !== null && !denseMargins ? kappasAgainstGoldByRater(data, gold, correct, withGold) : null;
  const out: RaterSummary[] = [];
  for (let r = 0; r < raterCount; r++) {
    const total = withGold[r]!;
    const right = correct[r]!;
    let accuracy: Accuracy | null = null;
    let cohen: CohenKappa | null = null;
    if (gold !== null) {
      if (total === 0) {
        accuracy = { value: null, reason: 'no gold', correct: 0, total: 0 };
        cohen = { ...undefinedChanceCorrected('no gold'), units: 0 };
      } else {
        accuracy = { value: right / total, correct: right, total };
        cohen =
          sparseKappas !== null
            ? sparseKappas[r]!
            : cohenKappaFromMarginals(
                right,
                total,
                goldMargin!.subarray(r * q, r * q + q),
                chosenMargin!.subarray(r * q, r * q + q),
              );
      }
    }
    const k = compared[r]!;
    const yes = agreed[r]!;
    const ties = tied[r]!;
    out.push({
      rater: r,
      ratings: ratings[r]!,
      accuracy,
      cohenKappaVsGold: cohen,
      majorityAgreement:
        k === 0
          ? { value: null, reason: 'no majority to compare', compared: 0, agreed: 0, tied: ties }
          : { value: yes / k, compared: k, agreed: yes, tied: ties },
    });
  }
  return out;
}

// Cohen's kappa against gold rater by rater (ratings grouped by rater, one scratch pair of
// margins reset through the categories touched): O(ratings + raters + q) memory and time.
function kappasAgainstGoldByRater(
  data: ReliabilityData,
  gold: GoldLabels,
  correct: Int32Array,
  withGold: Int32Array,
): CohenKappa[] {
  const q = data.categories.length;
  const { start, order } = orderByRater(data.raters.length, data.ratingRater);
  const goldMargin = new Float64Array(q);
  const chosenMargin = new Float64Array(q);
  const touched: number[] = [];
  const out: CohenKappa[] = [];
  for (let r = 0; r < data.raters.length; r++) {
    for (let k = start[r]!; k < start[r + 1]!; k++) {
      const i = order[k]!;
      const g = gold[data.ratingUnit[i]!]!;
      if (g < 0) continue;
      const c = data.ratingCategory[i]!;
      touched.push(g, c);
      goldMargin[g]!++;
      chosenMargin[c]!++;
    }
    out.push(
      withGold[r] === 0
        ? { ...undefinedChanceCorrected('no gold'), units: 0 }
        : cohenKappaFromMarginals(correct[r]!, withGold[r]!, goldMargin, chosenMargin),
    );
    for (const c of touched) {
      goldMargin[c] = 0;
      chosenMargin[c] = 0;
    }
    touched.length = 0;
  }
  return out;
}

/**
 * Per rating, n_uc: how many values of its unit have its category. Reads a dense
 * units × q count grid when that is no larger than a few times the ratings (the usual
 * case), otherwise walks the ratings unit by unit with one scratch row.
 */
function countsOfOwnCategory(data: ReliabilityData, table: CountTable): Int32Array {
  const q = table.categoryCount;
  const n = data.ratingUnit.length;
  const { ratingCategory, ratingUnit } = data;
  const ownCount = new Int32Array(n);
  if (table.unitCount * q <= Math.max(4 * n, 1 << 16)) {
    const grid = new Int32Array(table.unitCount * q);
    for (let u = 0; u < table.unitCount; u++) {
      for (let e = table.entryStart[u]!; e < table.entryStart[u + 1]!; e++) {
        grid[u * q + table.entryCategory[e]!] = table.entryCount[e]!;
      }
    }
    for (let i = 0; i < n; i++) ownCount[i] = grid[ratingUnit[i]! * q + ratingCategory[i]!]!;
    return ownCount;
  }
  const { start, order } = orderByUnit(table.unitCount, ratingUnit);
  const scratch = new Int32Array(q);
  for (let u = 0; u < table.unitCount; u++) {
    const from = start[u]!;
    const to = start[u + 1]!;
    for (let k = from; k < to; k++) scratch[ratingCategory[order[k]!]!]!++;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      ownCount[i] = scratch[ratingCategory[i]!]!;
    }
    for (let k = from; k < to; k++) scratch[ratingCategory[order[k]!]!] = 0;
  }
  return ownCount;
}

/**
 * The unique mode of a unit's counts after removing one vote for category c, or -1 on a
 * tie. `own` is n_uc before removal; M, ties, a, b, below describe the counts before
 * removal (top count, categories reaching it, first two of them, largest count below M).
 * Requires m_u >= 2 (someone else voted).
 */
export function othersMajority(
  c: number,
  own: number,
  M: number,
  ties: number,
  a: number,
  b: number,
  below: number,
): number {
  if (own < M) return ties === 1 ? a : -1;
  // c is one of the top categories.
  if (ties >= 3) return -1;
  if (ties === 2) return c === a ? b : a;
  // c alone at the top: after removal it has M - 1; the best of the others has `below`.
  return M - 1 > below ? c : -1;
}
