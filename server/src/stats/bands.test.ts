import { describe, expect, it } from 'vitest';
import { alphaBand, landisKochBand } from './index.js';

describe('landisKochBand (Landis & Koch 1977, by the value rounded to two decimals)', () => {
  it.each([
    [-0.01, 'poor'],
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
    [0.81, 'almost perfect'],
    [1, 'almost perfect'],
  ] as const)('%f is %s', (value, band) => {
    expect(landisKochBand(value)).toBe(band);
  });

  it('undefined figures have no band', () => {
    expect(landisKochBand(null)).toBeNull();
  });
});

describe('alphaBand (Krippendorff 2004)', () => {
  it.each([
    [1, 'reliable'],
    [0.8, 'reliable'],
    [0.7999, 'tentative conclusions only'],
    [0.667, 'tentative conclusions only'],
    [0.6669, 'not reliable'],
    [-0.5, 'not reliable'],
  ] as const)('%f is %s', (value, band) => {
    expect(alphaBand(value)).toBe(band);
  });

  it('undefined figures have no band', () => {
    expect(alphaBand(null)).toBeNull();
  });
});
