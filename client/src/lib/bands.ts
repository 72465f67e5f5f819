/**
 * Verbal readings shown beside the agreement figures (STATS.md "Reading the figures").
 * They mirror the server's `stats/bands.ts` exactly, so the results page, the API's
 * consumers and the `agreement` command read the same number the same way.
 */

/** Landis & Koch's (1977) reading of a kappa-type coefficient (Fleiss' kappa, Gwet's AC1). */
export type LandisKochBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect';

/** Krippendorff's (2004) reading of an alpha. */
export type AlphaBand = 'reliable' | 'tentative' | 'unreliable';

/**
 * Below 0 poor; 0.00-0.20 slight; 0.21-0.40 fair; 0.41-0.60 moderate; 0.61-0.80
 * substantial; 0.81-1.00 almost perfect. The published ranges are at two decimals with
 * gaps (0.20 .. 0.21), so a value is placed by its two-decimal rounding, half up: the band
 * always agrees with the figure as shown (two decimals). 0.204 is slight, 0.205 fair.
 */
export function landisKochBand(value: number | null | undefined): LandisKochBand | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (value < 0) return 'poor';
  if (value < 0.205) return 'slight';
  if (value < 0.405) return 'fair';
  if (value < 0.605) return 'moderate';
  if (value < 0.805) return 'substantial';
  return 'almostPerfect';
}

/**
 * At least 0.800 reliable; 0.667 up to 0.800 tentative conclusions only; below 0.667 not
 * reliable. Krippendorff sets these as minimums, so they apply to the unrounded value.
 */
export function alphaBand(value: number | null | undefined): AlphaBand | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (value >= 0.8) return 'reliable';
  if (value >= 0.667) return 'tentative';
  return 'unreliable';
}

/** How a band is coloured: good, middling, bad. */
export type BandTone = 'good' | 'fair' | 'poor';

export function bandTone(band: LandisKochBand | AlphaBand): BandTone {
  switch (band) {
    case 'almostPerfect':
    case 'substantial':
    case 'reliable':
      return 'good';
    case 'moderate':
    case 'fair':
    case 'tentative':
      return 'fair';
    case 'slight':
    case 'poor':
    case 'unreliable':
      return 'poor';
  }
}
