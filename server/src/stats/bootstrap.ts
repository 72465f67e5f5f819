import type { Level } from './dataset.js';
import { alphaFromPreparation, createAlphaScratch, prepareAlpha, type AlphaPreparation } from './krippendorff.js';
import type { UndefinedReason } from './stat.js';
import type { CountTable } from './table.js';

/** B, the number of bootstrap resamples when none is given (STATS.md). */
export const DEFAULT_RESAMPLES = 1000;
/** The bootstrap seed when none is given, so an interval is reproducible by default. */
export const DEFAULT_SEED = 0;

/**
 * mulberry32, a 32-bit seeded generator (Tommy Ettinger's public-domain algorithm):
 * returns a function giving uniform floats in [0, 1). The same seed gives the same
 * sequence on every platform (integer arithmetic only). Seeds are taken modulo 2^32.
 */
export function mulberry32(seed: number): () => number {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The p-quantile (0 <= p <= 1) of ascending sorted values by linear interpolation between
 * order statistics (Hyndman & Fan type 7, the default of R and NumPy):
 * `h = (N - 1) p`, `x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])`.
 *
 * @throws RangeError on an empty array.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const N = sorted.length;
  if (N === 0) throw new RangeError('quantile of no values');
  const h = (N - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, N - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Options of {@link bootstrapAlpha}. */
export interface BootstrapOptions {
  /** B, the number of resamples; default 1000. */
  readonly resamples?: number;
  /** Seed of the generator; default 0. The same seed gives the same interval. */
  readonly seed?: number;
  /** Coverage of the interval; default 0.95 (the 2.5th and 97.5th percentiles). */
  readonly confidence?: number;
}

/** A bootstrap interval: `low`/`high`, or both null with the reason. */
export type AlphaInterval = (
  | { readonly low: number; readonly high: number; readonly reason?: undefined }
  | { readonly low: null; readonly high: null; readonly reason: UndefinedReason }
) & {
  readonly level: Level;
  readonly confidence: number;
  readonly resamples: number;
  /** How many resampled alphas were defined. */
  readonly definedResamples: number;
  readonly seed: number;
};

/**
 * Bootstrap confidence interval for Krippendorff's alpha (STATS.md): the pairable units
 * (the only ones alpha counts) are resampled with replacement, P draws from the P
 * pairable units, B times, from a {@link mulberry32} generator seeded with `seed`;
 * alpha is recomputed on each resample, its expected disagreement included; the
 * interval is the (1 - confidence)/2 and (1 + confidence)/2 quantiles
 * ({@link quantileSorted}) of the resampled alphas that are defined.
 *
 * Undefined when alpha itself is (its reason), or `too few defined resamples` when
 * fewer than half of the B alphas are defined.
 *
 * Speed: each unit's contribution is laid out once ({@link prepareAlpha}); a resample
 * only draws P multiplicities and sums the contributions they weight, so it costs
 * O(P + entries + q) (ratio adds O(q'^2)), never touching the raw ratings. Deterministic.
 *
 * @throws RangeError on a non-positive or non-integer number of resamples or a
 * confidence outside (0, 1).
 */
export function bootstrapAlpha(
  table: CountTable,
  level: Level = 'nominal',
  categoryValues: ArrayLike<number> | null = null,
  options: BootstrapOptions = {},
): AlphaInterval {
  return bootstrapAlphaFromPreparation(prepareAlpha(table, level, categoryValues), options);
}

/** {@link bootstrapAlpha} on an existing preparation (shared with the point estimate). */
export function bootstrapAlphaFromPreparation(prep: AlphaPreparation, options: BootstrapOptions = {}): AlphaInterval {
  const B = options.resamples ?? DEFAULT_RESAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(B) || B < 1) throw new RangeError('resamples must be a positive integer');
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be between 0 and 1');
  const meta = { level: prep.level, confidence, resamples: B, seed };
  const scratch = createAlphaScratch(prep);
  const point = alphaFromPreparation(prep, null, scratch);
  if (point.value === null) {
    return { low: null, high: null, reason: point.reason, definedResamples: 0, ...meta };
  }
  const P = prep.unitCount;
  const random = mulberry32(seed);
  const weights = new Int32Array(P);
  const alphas = new Float64Array(B);
  let definedCount = 0;
  for (let b = 0; b < B; b++) {
    weights.fill(0);
    for (let j = 0; j < P; j++) weights[Math.floor(random() * P)]!++;
    const alpha = alphaFromPreparation(prep, weights, scratch).value;
    if (alpha !== null) alphas[definedCount++] = alpha;
  }
  if (definedCount * 2 < B) {
    return { low: null, high: null, reason: 'too few defined resamples', definedResamples: definedCount, ...meta };
  }
  const sorted = alphas.subarray(0, definedCount).sort();
  return {
    low: quantileSorted(sorted, (1 - confidence) / 2),
    high: quantileSorted(sorted, (1 + confidence) / 2),
    definedResamples: definedCount,
    ...meta,
  };
}
