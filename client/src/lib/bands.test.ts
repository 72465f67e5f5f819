import { describe, expect, it } from 'vitest';
import { alphaBand, bandTone, landisKochBand } from './bands';

// The same vectors as the server's stats/bands.test.ts: the client must read a figure as the
// API and the command do (STATS.md "Reading the figures").
describe('landisKochBand (Landis & Koch 1977, placed by the value rounded to two decimals)', () => {
  it.each([
    [-0.01, 'poor'],
    [-1, 'poor'],
    [0, 'slight'],
    [0.2, 'slight'],
    [0.204, 'slight'],
    [0.205, 'fair'],
    [0.21, 'fair'],
    [0.4, 'fair'],
    [0.41, 'moderate'],
    [0.6, 'moderate'],
    [0.61, 'substantial'],
    [0.8, 'substantial'],
    [0.804, 'substantial'],
    [0.81, 'almostPerfect'],
    [1, 'almostPerfect'],
  ] as const)('%f is %s', (value, band) => {
    expect(landisKochBand(value)).toBe(band);
  });

  it('gives undefined figures no band', () => {
    expect(landisKochBand(null)).toBeNull();
    expect(landisKochBand(undefined)).toBeNull();
    expect(landisKochBand(Number.NaN)).toBeNull();
  });
});

describe('alphaBand (Krippendorff 2004, minimums on the unrounded value)', () => {
  it.each([
    [1, 'reliable'],
    [0.8, 'reliable'],
    [0.7999, 'tentative'],
    [0.743, 'tentative'], // Krippendorff (2011), nominal alpha of the 4 × 12 example
    [0.667, 'tentative'],
    [0.6669, 'unreliable'],
    [-0.5, 'unreliable'],
  ] as const)('%f is %s', (value, band) => {
    expect(alphaBand(value)).toBe(band);
  });

  it('gives undefined figures no band', () => {
    expect(alphaBand(null)).toBeNull();
  });
});

describe('bandTone', () => {
  it.each([
    ['almostPerfect', 'good'],
    ['substantial', 'good'],
    ['moderate', 'fair'],
    ['fair', 'fair'],
    ['slight', 'poor'],
    ['poor', 'poor'],
    ['reliable', 'good'],
    ['tentative', 'fair'],
    ['unreliable', 'poor'],
  ] as const)('%s reads as %s', (band, tone) => {
    expect(bandTone(band)).toBe(tone);
  });
});
