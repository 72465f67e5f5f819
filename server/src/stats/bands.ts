/**
 * Verbal readings shown beside the figures (STATS.md "Reading the figures").
 */

/** Landis & Koch's (1977) reading of a kappa-type coefficient. */
export type LandisKochBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost perfect';

/** Krippendorff's (2004) reading of an alpha. */
export type AlphaBand = 'reliable' | 'tentative conclusions only' | 'not reliable';

/**
 * Landis & Koch (1977) band of a kappa-type coefficient (kappa, AC1): below 0 poor;
 * 0.00-0.20 slight; 0.21-0.40 fair; 0.41-0.60 moderate; 0.61-0.80 substantial;
 * 0.81-1.00 almost perfect. The published ranges are at two decimals, with gaps
 * (0.20 .. 0.21); a value is placed by its two-decimal rounding (half up), so the band
 * always agrees with the figure shown to two decimals: 0.204 is slight, 0.205 fair.
 * Negative values are poor. `null` gives `null`.
 */
export function landisKochBand(value: number | null): LandisKochBand | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value < 0) return 'poor';
  if (value < 0.205) return 'slight';
  if (value < 0.405) return 'fair';
  if (value < 0.605) return 'moderate';
  if (value < 0.805) return 'substantial';
  return 'almost perfect';
}

/**
 * Krippendorff (2004) reading of alpha: at least 0.800 reliable; 0.667 up to 0.800
 * tentative conclusions only; below 0.667 not reliable. The thresholds apply to the
 * unrounded value (0.7996 is tentative, though shown as 0.800 at three decimals), as
 * Krippendorff sets them as minimums. `null` gives `null`.
 */
export function alphaBand(value: number | null): AlphaBand | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value >= 0.8) return 'reliable';
  if (value >= 0.667) return 'tentative conclusions only';
  return 'not reliable';
}
