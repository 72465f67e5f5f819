import { describe, expect, it } from 'vitest';
import { alphaBand, landisKochBand } from './index.js';

describe('landisKochBand (Landis & Koch 1977, by the value rounded to two decimals)', () => {
  it.each([
    [-0.01, 'POOR'],
    [0, 'SLIGHT'],
    [0.2, 'SLIGHT'],
    [0.204, 'SLIGHT'],
    [0.205, 'FAIR'],
    [0.21, 'FAIR'],
    [0.4, 'FAIR'],
    [0.41, 'MODERATE'],
    [0.6, 'MODERATE'],
    [0.61, 'SUBSTANTIAL'],
    [0.8, 'SUBSTANTIAL'],
    [0.81, 'ALMOST_PERFECT'],
    [1, 'ALMOST_PERFECT'],
  ] as const)('%f is %s', (value, band) => {
    expect(landisKochBand(value)).toBe(band);
  });

  it('undefined figures have no band', () => {
    expect(landisKochBand(null)).toBeNull();
  });
});

describe('alphaBand (Krippendorff 2004)', () => {
  it.each([
    [1, 'RELIABLE'],
    [0.8, 'RELIABLE'],
    [0.7999, 'TENTATIVE'],
    [0.667, 'TENTATIVE'],
    [0.6669, 'UNRELIABLE'],
    [-0.5, 'UNRELIABLE'],
  ] as const)('%f is %s', (value, band) => {
    expect(alphaBand(value)).toBe(band);
  });

  it('undefined figures have no band', () => {
    expect(alphaBand(null)).toBeNull();
  });
});
