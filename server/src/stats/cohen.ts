import { checkGold, type GoldLabels, type ReliabilityData } from './dataset.js';
import { chanceCorrected, undefinedChanceCorrected, type ChanceCorrected } from './stat.js';

/** Cohen's kappa with the number of units it was computed over. */
export type CohenKappa = ChanceCorrected & { readonly units: number };

/**
 * Cohen's kappa (Cohen 1960) from a q × q contingency table of counts (row-major; rows
 * side A, columns side B):
 *
 *   p_o = sum_k x_kk / N,   p_e = sum_k pA_k pB_k,   kappa = (p_o - p_e) / (1 - p_e),
 *
 * with pA_k, pB_k the row and column shares. p_e is computed from integer counts as
 * `sum_k rowA_k colB_k / N^2` so p_e = 1 is detected exactly.
 *
 * Undefined: `no common unit` when N = 0; `no variation` when p_e = 1 (both sides gave
 * one and the same category to every unit).
 */
export function cohenKappaFromContingency(counts: ArrayLike<number>, categoryCount: number): CohenKappa {
  const q = categoryCount;
  if (counts.length !== q * q) throw new RangeError(`a contingency table of ${q} categories has ${q * q} cells`);
  const rows = new Float64Array(q);
  const cols = new Float64Array(q);
  let total = 0;
  let diagonal = 0;
  for (let a = 0; a < q; a++) {
    for (let b = 0; b < q; b++) {
      const x = counts[a * q + b]!;
      rows[a]! += x;
      cols[b]! += x;
      total += x;
      if (a === b) diagonal += x;
    }
  }
  return cohenKappaFromMarginals(diagonal, total, rows, cols);
}

/**
 * Cohen's kappa of two paired sequences of category indices (unit i: `a[i]` against
 * `b[i]`); entries where either side is negative (missing) are skipped. O(length + q).
 */
export function cohenKappaFromPairs(a: ArrayLike<number>, b: ArrayLike<number>, categoryCount: number): CohenKappa {
  if (a.length !== b.length) throw new RangeError('paired sequences differ in length');
  const rows = new Float64Array(categoryCount);
  const cols = new Float64Array(categoryCount);
  let total = 0;
  let diagonal = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < 0 || y < 0) continue;
    rows[x]!++;
    cols[y]!++;
    total++;
    if (x === y) diagonal++;
  }
  return cohenKappaFromMarginals(diagonal, total, rows, cols);
}

/**
 * Cohen's kappa between two raters over the units both rated (STATS.md "Against an
 * expected answer"). O(ratings + units + q).
 */
export function cohenKappaBetweenRaters(data: ReliabilityData, raterA: number, raterB: number): CohenKappa {
  const a = valuesOfRater(data, raterA);
  const b = valuesOfRater(data, raterB);
  return cohenKappaFromPairs(a, b, data.categories.length);
}

/** Cohen's kappa of one rater against the gold answers, over units with both. */
export function cohenKappaAgainstGold(data: ReliabilityData, rater: number, gold: GoldLabels): CohenKappa {
  checkGold(gold, data.units.length, data.categories.length);
  return cohenKappaFromPairs(valuesOfRater(data, rater), gold, data.categories.length);
}

/** Per unit index, the category the rater chose, or -1. O(ratings + units). */
export function valuesOfRater(data: ReliabilityData, rater: number): Int32Array {
  const values = new Int32Array(data.units.length).fill(-1);
  const n = data.ratingRater.length;
  for (let i = 0; i < n; i++) {
    if (data.ratingRater[i] === rater) values[data.ratingUnit[i]!] = data.ratingCategory[i]!;
  }
  return values;
}

/**
 * Cohen's kappa from counts: `agreeing` of `total` paired units agree; `rows[k]` and
 * `cols[k]` count side A's and side B's choices of category k.
 */
export function cohenKappaFromMarginals(
  agreeing: number,
  total: number,
  rows: ArrayLike<number>,
  cols: ArrayLike<number>,
): CohenKappa {
  if (total === 0) return { ...undefinedChanceCorrected('no common unit'), units: 0 };
  let product = 0;
  for (let k = 0; k < rows.length; k++) product += rows[k]! * cols[k]!;
  const po = agreeing / total;
  // product === total^2 exactly when one category has the whole of both margins.
  if (product >= total * total) return { ...undefinedChanceCorrected('no variation', po, 1), units: total };
  return { ...chanceCorrected(po, product / (total * total)), units: total };
}
