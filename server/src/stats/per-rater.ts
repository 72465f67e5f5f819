import { orderByRater, type GoldLabels, type ReliabilityData } from './dataset.js';
import { cohenKappaFromMarginals, type CohenKappa } from './cohen.js';
import { defined, undefinedChanceCorrected, undefinedStat, type Stat } from './stat.js';
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
 * O(ratings + entries + raters + q): each unit's top counts are found once, and the
 * others' mode after removing one vote follows from them in O(1).
 */
export function raterSummaries(
  data: ReliabilityData,
  table: CountTable,
  gold: GoldLabels | null = null,
): RaterSummary[] {
  const q = data.categories.length;
  const raterCount = data.raters.length;
  const n = data.ratingUnit.length;
  const { ratingCategory, ratingUnit } = data;

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

  // Per rating: the count of its own category in its unit.
  const ownCount = new Int32Array(n);
  const scratch = new Int32Array(q);
  for (let u = 0; u < unitCount; u++) {
    const from = table.ratingStart[u]!;
    const to = table.ratingStart[u + 1]!;
    for (let k = from; k < to; k++) scratch[ratingCategory[table.ratingOrder[k]!]!]!++;
    for (let k = from; k < to; k++) {
      const i = table.ratingOrder[k]!;
      ownCount[i] = scratch[ratingCategory[i]!]!;
    }
    for (let k = from; k < to; k++) scratch[ratingCategory[table.ratingOrder[k]!]!] = 0;
  }

  const { start, order } = orderByRater(raterCount, data.ratingRater);
  const goldRows = new Float64Array(q);
  const chosenCols = new Float64Array(q);
  const touched: number[] = [];
  const out: RaterSummary[] = [];
  for (let r = 0; r < raterCount; r++) {
    let compared = 0;
    let agreed = 0;
    let tied = 0;
    let correct = 0;
    let withGold = 0;
    for (let k = start[r]!; k < start[r + 1]!; k++) {
      const i = order[k]!;
      const u = ratingUnit[i]!;
      const c = ratingCategory[i]!;
      if (gold !== null) {
        const g = gold[u]!;
        if (g >= 0) {
          withGold++;
          if (g === c) correct++;
          if (goldRows[g] === 0 && chosenCols[g] === 0) touched.push(g);
          if (goldRows[c] === 0 && chosenCols[c] === 0 && c !== g) touched.push(c);
          goldRows[g]!++;
          chosenCols[c]!++;
        }
      }
      if (table.m[u]! < 2) continue;
      const majority = othersMajority(c, ownCount[i]!, top[u]!, topTies[u]!, top1[u]!, top2[u]!, second[u]!);
      if (majority < 0) tied++;
      else {
        compared++;
        if (majority === c) agreed++;
      }
    }
    let accuracy: Accuracy | null = null;
    let cohen: CohenKappa | null = null;
    if (gold !== null) {
      accuracy = {
        ...(withGold === 0 ? undefinedStat('no gold') : defined(correct / withGold)),
        correct,
        total: withGold,
      };
      cohen =
        withGold === 0
          ? { ...undefinedChanceCorrected('no gold'), units: 0 }
          : cohenKappaFromMarginals(correct, withGold, goldRows, chosenCols);
      for (const c of touched) {
        goldRows[c] = 0;
        chosenCols[c] = 0;
      }
      touched.length = 0;
    }
    out.push({
      rater: r,
      ratings: start[r + 1]! - start[r]!,
      accuracy,
      cohenKappaVsGold: cohen,
      majorityAgreement: {
        ...(compared === 0 ? undefinedStat('no majority to compare') : defined(agreed / compared)),
        compared,
        agreed,
        tied,
      },
    });
  }
  return out;
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
