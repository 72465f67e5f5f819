/**
 * Verbal readings shown beside the figures (STATS.md "Reading the figures").
 */

/** Landis & Koch's (1977) reading of a kappa-type coefficient. */
export type LandisKochBand = 'POOR' | 'SLIGHT' | 'FAIR' | 'MODERATE' | 'SUBSTANTIAL' | 'ALMOST_PERFECT';

/** Krippendorff's (2004) reading of an alpha. */
export type AlphaBand = 'RELIABLE' | 'TENTATIVE' | 'UNRELIABLE';

/** Every reading: the API's `ScoreBand` enum, which clients translate; one list, here. */
export type ScoreBand = LandisKochBand | AlphaBand;

/** Each reading in the words of its source, for the command line. */
export const BAND_WORDS: Record<ScoreBand, string> = {
  POOR: 'poor',
  SLIGHT: 'slight',
  FAIR: 'fair',
  MODERATE: 'moderate',
  SUBSTANTIAL: 'substantial',
  ALMOST_PERFECT: 'almost perfect',
  RELIABLE: 'reliable',
  TENTATIVE: 'tentative conclusions only',
  UNRELIABLE: 'not reliable',
};

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
  if (value < 0) return 'POOR';
  if (value < 0.205) return 'SLIGHT';
  if (value < 0.405) return 'FAIR';
  if (value < 0.605) return 'MODERATE';
  if (value < 0.805) return 'SUBSTANTIAL';
  return 'ALMOST_PERFECT';
}

/**
 * Krippendorff (2004) reading of alpha: at least 0.800 reliable; 0.667 up to 0.800
 * tentative conclusions only; below 0.667 not reliable. The thresholds apply to the
 * unrounded value (0.7996 is tentative, though shown as 0.800 at three decimals), as
 * Krippendorff sets them as minimums. `null` gives `null`.
 */
export function alphaBand(value: number | null): AlphaBand | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value >= 0.8) return 'RELIABLE';
  if (value >= 0.667) return 'TENTATIVE';
  return 'UNRELIABLE';
}
