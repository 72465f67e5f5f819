import { describe, expect, it } from 'vitest';
import { computeAgreement, selectRaters, STATS_VERSION } from './index.js';
import { dataFromRaterRows, row } from './testing.js';

// Krippendorff (2011) reliability data (see vectors.test.ts for the published values).
const DATA = dataFromRaterRows(
  [
    row('1 2 3 3 2 1 4 1 2 . . .'),
    row('1 2 3 3 2 2 4 1 2 5 . 3'),
    row('. 3 3 3 2 3 4 2 2 5 1 .'),
    row('1 2 3 3 2 4 4 1 2 5 1 .'),
  ],
  { categories: ['1', '2', '3', '4', '5'], categoryValues: [1, 2, 3, 4, 5], raters: ['A', 'B', 'C', 'D'] },
);

describe('computeAgreement', () => {
  const gold = Int32Array.from([0, 1, 2, 2, 1, 0, 3, 0, 1, 4, 0, 2]);
  const result = computeAgreement(DATA, { level: 'interval', gold, bootstrap: { seed: 7, resamples: 200 } });

  it('returns every figure with the method version', () => {
    expect(result).toMatchObject({
      statsVersion: STATS_VERSION,
      level: 'interval',
      units: 12,
      ratedUnits: 12,
      pairableUnits: 11,
      raters: 4,
      ratings: 41,
      pairableValues: 40,
    });
    expect(result.percentAgreement.value).toBeCloseTo(9 / 11, 12);
    expect(result.krippendorffAlpha.value).toBeCloseTo(0.849, 3);
    expect(result.fleissKappa.value).toBeCloseTo(0.76117, 5);
    expect(result.gwetAC1.value).toBeCloseTo(0.77544, 5);
    expect(result.cohenKappa.reason).toBe('not two raters');
    expect(result.alphaInterval).toMatchObject({ level: 'interval', resamples: 200, seed: 7 });
    expect(result.perUnit).toHaveLength(12);
    expect(result.perRater).toHaveLength(4);
  });

  it('with gold: accuracy, confusion matrix, majority against gold', () => {
    // Gold equals the majority of every unit but unit 6 (values 1 2 3 4: a tie).
    expect(result.gold!.accuracy).toMatchObject({ correct: 36, total: 41 });
    expect(result.gold!.confusionMatrix.flat().reduce((a, b) => a + b, 0)).toBe(41);
    expect(result.gold!.majorityVsGold).toMatchObject({ matched: 11, tied: 1 });
  });

  it('can skip the bootstrap, per-unit and per-rater parts', () => {
    const lean = computeAgreement(DATA, { bootstrap: false, perUnit: false, perRater: false });
    expect(lean).toMatchObject({ alphaInterval: null, perUnit: [], perRater: [], gold: null });
  });

  it('a market is the same computation on the sub-data of its raters', () => {
    const market = computeAgreement(selectRaters(DATA, [0, 1]), { bootstrap: false });
    expect(market.raters).toBe(2);
    // A and B differ only on unit 6 (1 vs 2) among the 9 units both rated.
    expect(market.cohenKappa.units).toBe(9);
    expect(market.percentAgreement.value).toBeCloseTo(8 / 9, 12);
  });

  it('is plain data: survives a JSON round trip unchanged', () => {
    const plain = computeAgreement(DATA, { bootstrap: { resamples: 20 } });
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });

  it('rejects gold of the wrong length or with an index outside the categories', () => {
    expect(() => computeAgreement(DATA, { gold: new Int32Array(3) })).toThrow(RangeError);
    expect(() => computeAgreement(DATA, { gold: new Int32Array(12).fill(5) })).toThrow(RangeError);
    expect(() => computeAgreement(DATA, { gold: new Int32Array(12).fill(-2) })).toThrow(RangeError);
  });
});
