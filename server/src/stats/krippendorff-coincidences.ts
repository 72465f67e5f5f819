import type { Level } from './dataset.js';
import { type AlphaResult, levelValues, undefinedAlpha } from './krippendorff-common.js';
import { defined } from './stat.js';
import type { CountTable } from './table.js';

// Krippendorff's alpha the long way, through the coincidence matrix, term by term as
// STATS.md writes it: for display, and the reference the fast path (krippendorff.ts) is
// tested against.

/**
 * The coincidence matrix o (q × q, row-major) of STATS.md, literally:
 * `o_ck = sum_u (n_uc n_uk - [c = k] n_uc) / (m_u - 1)` over pairable units.
 * O(sum_u d_u^2 + q^2); for display and as the reference the fast path is tested against.
 */
export function coincidenceMatrix(table: CountTable): Float64Array {
  const q = table.categoryCount;
  const o = new Float64Array(q * q);
  for (let u = 0; u < table.unitCount; u++) {
    const mu = table.m[u]!;
    if (mu < 2) continue;
    const from = table.entryStart[u]!;
    const to = table.entryStart[u + 1]!;
    for (let a = from; a < to; a++) {
      const c = table.entryCategory[a]!;
      const nc = table.entryCount[a]!;
      for (let b = from; b < to; b++) {
        const k = table.entryCategory[b]!;
        const pairs = a === b ? nc * (nc - 1) : nc * table.entryCount[b]!;
        o[c * q + k]! += pairs / (mu - 1);
      }
    }
  }
  return o;
}

/**
 * Alpha from a coincidence matrix by the formula of STATS.md term by term, with the
 * distances d2 as defined there. O(q^2). The same definitions as
 * {@link krippendorffAlpha}, computed the long way.
 */
export function alphaFromCoincidences(
  o: Float64Array,
  categoryCount: number,
  level: Level,
  categoryValues: ArrayLike<number> | null = null,
): AlphaResult {
  const q = categoryCount;
  const values = levelValues(level, q, categoryValues);
  const totals = new Float64Array(q);
  for (let c = 0; c < q; c++) for (let k = 0; k < q; k++) totals[c]! += o[c * q + k]!;
  let n = 0;
  let usedCount = 0;
  for (let c = 0; c < q; c++) {
    n += totals[c]!;
    if (totals[c]! > 0) usedCount++;
  }
  if (n < 2) return undefinedAlpha(level, n, 'too few values');
  if (usedCount < 2) return undefinedAlpha(level, n, 'no variation', 0, 0);
  const cumulative = new Float64Array(q + 1);
  for (let c = 0; c < q; c++) cumulative[c + 1] = cumulative[c]! + totals[c]!;
  const d2 = (c: number, k: number): number => {
    if (c === k) return 0;
    switch (level) {
      case 'nominal':
        return 1;
      case 'ordinal': {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        return (cumulative[hi + 1]! - cumulative[lo]! - (totals[c]! + totals[k]!) / 2) ** 2;
      }
      case 'interval':
        return (values![c]! - values![k]!) ** 2;
      case 'ratio': {
        const sum = values![c]! + values![k]!;
        return sum === 0 ? 0 : ((values![c]! - values![k]!) / sum) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      const d = d2(c, k);
      observed += o[c * q + k]! * d;
      expected += totals[c]! * totals[k]! * d;
    }
  }
  if (!(expected > 0)) return undefinedAlpha(level, n, 'no variation', observed / n, 0);
  return {
    ...defined(1 - ((n - 1) * observed) / expected),
    level,
    pairableValues: n,
    observedDisagreement: observed / n,
    expectedDisagreement: expected / (n * (n - 1)),
  };
}
