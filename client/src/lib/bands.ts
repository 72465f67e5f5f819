import type { ScoreBand } from '../gql/graphql';

/**
 * The verbal readings beside the agreement figures (STATS.md "Reading the figures") come
 * from the server as `ScoreBand` (`band` on a kappa-type or alpha figure): the client
 * translates and colours them, and never places a value in a band itself.
 */

/** The catalog key of a band's name (`calibration.bands.*`). */
const BAND_KEY = {
  POOR: 'poor',
  SLIGHT: 'slight',
  FAIR: 'fair',
  MODERATE: 'moderate',
  SUBSTANTIAL: 'substantial',
  ALMOST_PERFECT: 'almostPerfect',
  RELIABLE: 'reliable',
  TENTATIVE: 'tentative',
  UNRELIABLE: 'unreliable',
} as const satisfies Record<ScoreBand, string>;

export const bandKey = (band: ScoreBand) => `calibration.bands.${BAND_KEY[band]}` as const;

/** How a band is coloured: good, middling, bad. */
export type BandTone = 'good' | 'fair' | 'poor';

export function bandTone(band: ScoreBand): BandTone {
  switch (band) {
    case 'ALMOST_PERFECT':
    case 'SUBSTANTIAL':
    case 'RELIABLE':
      return 'good';
    case 'MODERATE':
    case 'FAIR':
    case 'TENTATIVE':
      return 'fair';
    case 'SLIGHT':
    case 'POOR':
    case 'UNRELIABLE':
      return 'poor';
  }
}
