import {
  chanceCorrected,
  defined,
  type ChanceCorrected,
  type Stat,
  undefinedChanceCorrected,
  undefinedStat,
} from './stat.js';
import type { CountTable } from './table.js';

/**
 * The nominal figures of STATS.md finished from sums over units. Every one of them is a
 * function of sums that add up across data sets with disjoint units (two sessions, two
 * months), so a store can keep the sums per session and pool any selection of sessions
 * without reading a vote again (the analytics aggregates do):
 *
 * - percent agreement P_a = sum_u P_u / #pairable units;
 * - Fleiss' and Gwet's chance terms need pi_k = (sum_u n_uk / m_u) / n1 per category k,
 *   and q;
 * - Krippendorff's nominal alpha needs n, n_c = sum over pairable units of n_uc, and the
 *   observed disagreement sum_u (m_u^2 - sum_k n_uk^2) / (m_u - 1) over pairable units:
 *   alpha = 1 - (n - 1) * observed / (n^2 - sum_c n_c^2).
 *
 * The figures equal those of {@link percentAgreement}, {@link fleissKappa},
 * {@link gwetAC1} and nominal {@link krippendorffAlpha} over the pooled data, up to
 * rounding (checked in pooled.test.ts).
 */
export interface PooledSums {
  /** n1: units with at least one value. */
  readonly units: number;
  /** Units with m_u >= 2. */
  readonly pairableUnits: number;
  /** n: values in pairable units. */
  readonly pairableValues: number;
  /** sum of P_u over pairable units. */
  readonly sumUnitAgreement: number;
  /** sum over pairable units of (m_u^2 - sum_k n_uk^2) / (m_u - 1). */
  readonly observedDisagreement: number;
}

/** One category's sums. Categories nobody chose may be left out: they add nothing. */
export interface PooledCategory {
  /** sum_u n_uk / m_u over units with a value (n1 pi_k). */
  readonly unitShare: number;
  /** n_k: values of the category in pairable units. */
  readonly pairableValues: number;
}

export interface PooledAgreement {
  readonly percentAgreement: Stat;
  readonly fleissKappa: ChanceCorrected;
  readonly gwetAC1: ChanceCorrected;
  /** Nominal. */
  readonly krippendorffAlpha: Stat;
}

/**
 * Percent agreement, Fleiss' kappa, Gwet's AC1 and nominal Krippendorff's alpha from
 * pooled sums. `categoryCount` is q, the size of the category list (for several
 * taxonomies, their union), chosen or not. Undefined as the direct statistics are:
 * `no pairable unit`, `fewer than 2 categories` (AC1), `too few values` and `no
 * variation` (alpha, kappa).
 */
export function pooledAgreement(
  sums: PooledSums,
  categories: readonly PooledCategory[],
  categoryCount: number,
): PooledAgreement {
  const pa = sums.pairableUnits > 0 ? sums.sumUnitAgreement / sums.pairableUnits : null;
  let fleiss = undefinedChanceCorrected('no pairable unit');
  let gwet = undefinedChanceCorrected('no pairable unit');
  if (pa !== null) {
    // sum_k pi_k^2; sum_k pi_k (1 - pi_k) = 1 - sum_k pi_k^2 since the pi_k sum to 1.
    let squares = 0;
    for (const c of categories) squares += (c.unitShare / sums.units) ** 2;
    fleiss = chanceCorrected(pa, squares);
    gwet =
      categoryCount < 2
        ? undefinedChanceCorrected('fewer than 2 categories', pa)
        : chanceCorrected(pa, (1 - squares) / (categoryCount - 1));
  }
  const n = sums.pairableValues;
  let alpha: Stat;
  const used = categories.filter((c) => c.pairableValues > 0);
  if (n < 2) alpha = undefinedStat('too few values');
  else if (used.length < 2) alpha = undefinedStat('no variation');
  else {
    const expected = n * n - used.reduce((sum, c) => sum + c.pairableValues * c.pairableValues, 0);
    alpha =
      expected > 0 ? defined(1 - ((n - 1) * sums.observedDisagreement) / expected) : undefinedStat('no variation');
  }
  return {
    percentAgreement: pa === null ? undefinedStat('no pairable unit') : defined(pa),
    fleissKappa: fleiss,
    gwetAC1: gwet,
    krippendorffAlpha: alpha,
  };
}

/** `part / whole`, undefined with `reason` when `whole` is 0 (an accuracy without gold votes). */
export function pooledRatio(part: number, whole: number, reason: 'no gold' | 'no pairable unit'): Stat {
  return whole > 0 ? defined(part / whole) : undefinedStat(reason);
}

/**
 * The sums of one data set, from its count table: what a store keeps per session. Each
 * category of the table has an entry (those nobody chose with zeros). O(entries + q).
 */
export function pooledSumsOf(table: CountTable): { sums: PooledSums; categories: PooledCategory[] } {
  const unitShare = new Float64Array(table.categoryCount);
  const pairableValues = new Float64Array(table.categoryCount);
  let sumUnitAgreement = 0;
  let observedDisagreement = 0;
  const { m, entryStart, entryCategory, entryCount } = table;
  for (let u = 0; u < table.unitCount; u++) {
    const mu = m[u]!;
    if (mu === 0) continue;
    let squares = 0;
    for (let e = entryStart[u]!; e < entryStart[u + 1]!; e++) {
      const n = entryCount[e]!;
      squares += n * n;
      unitShare[entryCategory[e]!]! += n / mu;
      if (mu >= 2) pairableValues[entryCategory[e]!]! += n;
    }
    if (mu < 2) continue;
    sumUnitAgreement += (squares - mu) / (mu * (mu - 1));
    observedDisagreement += (mu * mu - squares) / (mu - 1);
  }
  return {
    sums: {
      units: table.ratedUnits,
      pairableUnits: table.pairableUnits,
      pairableValues: table.pairableValues,
      sumUnitAgreement,
      observedDisagreement,
    },
    categories: Array.from(unitShare, (share, k) => ({ unitShare: share, pairableValues: pairableValues[k]! })),
  };
}
