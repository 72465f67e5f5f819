import { describe, expect, it } from 'vitest';
import type { ScoreBand } from '../gql/graphql';
import de from '../i18n/de.json';
import en from '../i18n/en.json';
import it_ from '../i18n/it.json';
import ko from '../i18n/ko.json';
import { bandKey, bandTone } from './bands';

// The bands themselves are the server's (stats/bands.ts, tested there): here, how the client
// names and colours each value of the API's ScoreBand enum.
const BANDS: ScoreBand[] = [
  'POOR',
  'SLIGHT',
  'FAIR',
  'MODERATE',
  'SUBSTANTIAL',
  'ALMOST_PERFECT',
  'RELIABLE',
  'TENTATIVE',
  'UNRELIABLE',
];

const lookup = (catalog: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

describe('score bands', () => {
  it.each(BANDS)('%s has a name in all four languages', (band) => {
    for (const catalog of [en, it_, de, ko]) expect(typeof lookup(catalog, bandKey(band)), band).toBe('string');
  });

  it.each([
    ['ALMOST_PERFECT', 'good'],
    ['SUBSTANTIAL', 'good'],
    ['RELIABLE', 'good'],
    ['MODERATE', 'fair'],
    ['FAIR', 'fair'],
    ['TENTATIVE', 'fair'],
    ['SLIGHT', 'poor'],
    ['POOR', 'poor'],
    ['UNRELIABLE', 'poor'],
  ] as const)('%s is coloured %s', (band, tone) => {
    expect(bandTone(band)).toBe(tone);
  });
});
