import type { Level } from './dataset.js';
import { type AlphaResult, levelValues, ratioDistances, undefinedAlpha } from './krippendorff-common.js';
import { defined } from './stat.js';
import type { CountTable } from './table.js';

export type { AlphaResult } from './krippendorff-common.js';

/**
 * The pairable units of a table, laid out for repeated alpha computations with unit
 * weights (1 for the point estimate, bootstrap multiplicities for a resample). Where the
 * distance does not depend on the data (nominal, interval, ratio) each unit's share of
 * the observed disagreement is computed once here.
 */
export interface AlphaPreparation {
  readonly level: Level;
  readonly categoryCount: number;
  /** Number of pairable units P; unit p below is the p-th pairable unit. */
  readonly unitCount: number;
  /** m_u of each pairable unit. */
  readonly m: Float64Array;
  readonly entryStart: Int32Array;
  readonly entryCategory: Int32Array;
  readonly entryCount: Float64Array;
  /** Per pairable unit: `sum_{c,k} n_uc n_uk d2(c,k) / (m_u - 1)`; null for ordinal. */
  readonly unitDisagreement: Float64Array | null;
  /** Category values (interval, ratio); null otherwise. */
  readonly values: Float64Array | null;
  /** Ratio distances d2(c,k), q × q row-major; null otherwise. */
  readonly distance: Float64Array | null;
}

/** Reusable buffers for {@link alphaFromPreparation}: one per concurrent computation. */
export interface AlphaScratch {
  readonly totals: Float64Array;
  readonly positions: Float64Array;
  readonly used: Int32Array;
}

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 *
 *   alpha = 1 - (n - 1) sum_{c,k} o_ck d2(c,k) / sum_{c,k} n_c n_k d2(c,k)
 *
 * over pairable units only (m_u >= 2), with the coincidences
 * `o_ck = sum_u #(ordered pairs (c,k) of values from different raters in u) / (m_u - 1)`,
 * `n_c = sum_k o_ck` (= the number of pairable values of category c) and n = sum_c n_c.
 * Distances d2: nominal `[c != k]`; ordinal `(sum_{g=c..k} n_g - (n_c + n_k)/2)^2` over the
 * categories in list order; interval `(v_c - v_k)^2`; ratio `((v_c - v_k)/(v_c + v_k))^2`,
 * with v the category values.
 *
 * Computed without materialising the q × q matrix: per unit,
 * `sum_{c,k} n_uc n_uk (v_c - v_k)^2 = 2 m_u sum_c n_uc (v_c - mean_u)^2` (interval),
 * `m_u^2 - sum_c n_uc^2` (nominal), and the ordinal distance equals the interval one on
 * the mid-rank positions `z_c = sum_{g<c} n_g + n_c / 2`. So nominal, ordinal and interval
 * cost O(entries + q); ratio adds O(sum_u d_u^2 + q'^2) for d_u categories in unit u and q'
 * categories used. {@link alphaFromCoincidences} (krippendorff-coincidences.ts) is the literal matrix form.
 *
 * Undefined: `too few values` when n < 2 (no pairable unit); `no variation` when the
 * expected disagreement is 0, i.e. every pairable value is the same category.
 *
 * @param categoryValues required for the interval and ratio levels (ratio: all >= 0).
 * @throws RangeError when the level needs category values that are missing or invalid.
 */
export function krippendorffAlpha(
  table: CountTable,
  level: Level = 'nominal',
  categoryValues: ArrayLike<number> | null = null,
): AlphaResult {
  return alphaFromPreparation(prepareAlpha(table, level, categoryValues), null);
}

/** Lays out a table for {@link alphaFromPreparation}. O(entries), ratio O(sum_u d_u^2). */
export function prepareAlpha(
  table: CountTable,
  level: Level,
  categoryValues: ArrayLike<number> | null = null,
): AlphaPreparation {
  const q = table.categoryCount;
  const values = levelValues(level, q, categoryValues);
  const distance = level === 'ratio' ? ratioDistances(values!) : null;
  const P = table.pairableUnits;
  const m = new Float64Array(P);
  const entryStart = new Int32Array(P + 1);
  let entries = 0;
  for (let u = 0; u < table.unitCount; u++) {
    if (table.m[u]! >= 2) entries += table.entryStart[u + 1]! - table.entryStart[u]!;
  }
  const entryCategory = new Int32Array(entries);
  const entryCount = new Float64Array(entries);
  const unitDisagreement = level === 'ordinal' ? null : new Float64Array(P);
  let p = 0;
  let e = 0;
  for (let u = 0; u < table.unitCount; u++) {
    const mu = table.m[u]!;
    if (mu < 2) continue;
    m[p] = mu;
    entryStart[p] = e;
    const from = table.entryStart[u]!;
    const to = table.entryStart[u + 1]!;
    for (let x = from; x < to; x++) {
      entryCategory[e] = table.entryCategory[x]!;
      entryCount[e] = table.entryCount[x]!;
      e++;
    }
    if (unitDisagreement !== null) {
      unitDisagreement[p] = unitShare(level, mu, entryCategory, entryCount, entryStart[p]!, e, values, distance, q);
    }
    p++;
  }
  entryStart[P] = e;
  return {
    level,
    categoryCount: q,
    unitCount: P,
    m,
    entryStart,
    entryCategory,
    entryCount,
    unitDisagreement,
    values,
    distance,
  };
}

/** Buffers for {@link alphaFromPreparation}, sized for the preparation's q. */
export function createAlphaScratch(prep: AlphaPreparation): AlphaScratch {
  const q = prep.categoryCount;
  return { totals: new Float64Array(q), positions: new Float64Array(q), used: new Int32Array(q) };
}

/**
 * Alpha of the pairable units taken `weights[p]` times each (all once when `weights` is
 * null): the point estimate, or one bootstrap resample. O(P + entries + q) (ratio adds
 * O(q'^2)); allocates nothing when a scratch is given.
 */
export function alphaFromPreparation(
  prep: AlphaPreparation,
  weights: ArrayLike<number> | null,
  scratch: AlphaScratch = createAlphaScratch(prep),
): AlphaResult {
  const { level, m, entryStart, entryCategory, entryCount, unitDisagreement } = prep;
  const q = prep.categoryCount;
  const totals = scratch.totals;
  totals.fill(0);
  let n = 0;
  let observed = 0; // sum_{c,k} o_ck d2(c,k)
  for (let p = 0; p < prep.unitCount; p++) {
    const w = weights === null ? 1 : weights[p]!;
    if (w === 0) continue;
    n += w * m[p]!;
    if (unitDisagreement !== null) observed += w * unitDisagreement[p]!;
    for (let e = entryStart[p]!; e < entryStart[p + 1]!; e++) totals[entryCategory[e]!]! += w * entryCount[e]!;
  }
  if (n < 2) return undefinedAlpha(level, n, 'too few values');
  const used = scratch.used;
  let usedCount = 0;
  for (let c = 0; c < q; c++) if (totals[c]! > 0) used[usedCount++] = c;
  if (usedCount < 2) return undefinedAlpha(level, n, 'no variation', 0, 0);

  let expected: number; // sum_{c,k} n_c n_k d2(c,k)
  switch (level) {
    case 'nominal': {
      let sumSquares = 0;
      for (let i = 0; i < usedCount; i++) sumSquares += totals[used[i]!]! ** 2;
      expected = n * n - sumSquares;
      break;
    }
    case 'interval':
      expected = 2 * n * weightedSquaredDeviation(totals, prep.values!, used, usedCount, n);
      break;
    case 'ordinal': {
      const z = scratch.positions;
      let cumulative = 0;
      for (let c = 0; c < q; c++) {
        z[c] = cumulative + totals[c]! / 2;
        cumulative += totals[c]!;
      }
      expected = 2 * n * weightedSquaredDeviation(totals, z, used, usedCount, n);
      for (let p = 0; p < prep.unitCount; p++) {
        const w = weights === null ? 1 : weights[p]!;
        if (w === 0) continue;
        const from = entryStart[p]!;
        const to = entryStart[p + 1]!;
        if (to - from < 2) continue;
        observed += (w * intervalPairSum(m[p]!, entryCategory, entryCount, from, to, z)) / (m[p]! - 1);
      }
      break;
    }
    case 'ratio': {
      const d = prep.distance!;
      expected = 0;
      for (let i = 0; i < usedCount; i++) {
        const c = used[i]!;
        for (let j = i + 1; j < usedCount; j++) {
          const k = used[j]!;
          expected += 2 * totals[c]! * totals[k]! * d[c * q + k]!;
        }
      }
      break;
    }
  }
  if (!(expected > 0)) return undefinedAlpha(level, n, 'no variation', observed / n, 0);
  const result = defined(1 - ((n - 1) * observed) / expected);
  return {
    ...result,
    level,
    pairableValues: n,
    observedDisagreement: observed / n,
    expectedDisagreement: expected / (n * (n - 1)),
  };
}

// A unit's share of sum_{c,k} o_ck d2(c,k): sum_{c,k} n_uc n_uk d2(c,k) / (m_u - 1).
function unitShare(
  level: Level,
  mu: number,
  category: Int32Array,
  count: Float64Array,
  from: number,
  to: number,
  values: Float64Array | null,
  distance: Float64Array | null,
  q: number,
): number {
  if (to - from < 2) return 0; // one category: no disagreement, exactly
  switch (level) {
    case 'nominal': {
      let sumSquares = 0;
      for (let e = from; e < to; e++) sumSquares += count[e]! * count[e]!;
      return (mu * mu - sumSquares) / (mu - 1);
    }
    case 'interval':
      return intervalPairSum(mu, category, count, from, to, values!) / (mu - 1);
    case 'ratio': {
      let sum = 0;
      for (let a = from; a < to; a++) {
        for (let b = a + 1; b < to; b++) {
          sum += 2 * count[a]! * count[b]! * distance![category[a]! * q + category[b]!]!;
        }
      }
      return sum / (mu - 1);
    }
    case 'ordinal':
      throw new Error('ordinal distances depend on the marginals; computed per call');
  }
}

// sum_{c,k} n_c n_k (v_c - v_k)^2 = 2 m sum_c n_c (v_c - mean)^2, centred for accuracy.
function intervalPairSum(
  mu: number,
  category: Int32Array,
  count: Float64Array,
  from: number,
  to: number,
  values: Float64Array,
): number {
  let sum = 0;
  for (let e = from; e < to; e++) sum += count[e]! * values[category[e]!]!;
  const mean = sum / mu;
  let squares = 0;
  for (let e = from; e < to; e++) squares += count[e]! * (values[category[e]!]! - mean) ** 2;
  return 2 * mu * squares;
}

// sum_c n_c (v_c - mean)^2 over the used categories, centred for accuracy.
function weightedSquaredDeviation(
  totals: Float64Array,
  values: Float64Array,
  used: Int32Array,
  usedCount: number,
  n: number,
): number {
  let sum = 0;
  for (let i = 0; i < usedCount; i++) sum += totals[used[i]!]! * values[used[i]!]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < usedCount; i++) squares += totals[used[i]!]! * (values[used[i]!]! - mean) ** 2;
  return squares;
}
