import type { Level } from './dataset.js';
import type { Stat, UndefinedReason } from './stat.js';

// What the two computations of Krippendorff's alpha share: the result, its undefined
// cases, and the category values and distances of a level.

/**
 * Krippendorff's alpha with its ingredients: observed disagreement
 * `D_o = sum_{c,k} o_ck d2(c,k) / n` and expected disagreement
 * `D_e = sum_{c,k} n_c n_k d2(c,k) / (n (n - 1))`, so that `alpha = 1 - D_o / D_e`.
 * `pairableValues` is n.
 */
export type AlphaResult = Stat & {
  readonly level: Level;
  readonly pairableValues: number;
  readonly observedDisagreement: number | null;
  readonly expectedDisagreement: number | null;
};

/** An undefined alpha with what is known of it. */
export function undefinedAlpha(
  level: Level,
  n: number,
  reason: UndefinedReason,
  observedDisagreement: number | null = null,
  expectedDisagreement: number | null = null,
): AlphaResult {
  return { value: null, reason, level, pairableValues: n, observedDisagreement, expectedDisagreement };
}

export function levelValues(level: Level, q: number, categoryValues: ArrayLike<number> | null): Float64Array | null {
  if (level === 'nominal' || level === 'ordinal') return null;
  if (categoryValues === null || categoryValues.length !== q) {
    throw new RangeError(`the ${level} level needs a numeric value for each of the ${q} categories`);
  }
  const values = Float64Array.from(categoryValues);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`the ${level} level needs finite category values`);
    if (level === 'ratio' && v < 0) throw new RangeError('the ratio level needs category values >= 0');
  }
  return values;
}

export function ratioDistances(values: Float64Array): Float64Array {
  const q = values.length;
  const d = new Float64Array(q * q);
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      const sum = values[c]! + values[k]!;
      d[c * q + k] = c === k || sum === 0 ? 0 : ((values[c]! - values[k]!) / sum) ** 2;
    }
  }
  return d;
}
