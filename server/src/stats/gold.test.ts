// Accuracy, confusion matrix and Cohen's kappa against gold (STATS.md "Against an expected
// (gold) answer"), worked by hand.
import { describe, expect, it } from 'vitest';
import {
  accuracy,
  cohenKappaAgainstGold,
  cohenKappaFromContingency,
  cohenKappaFromPairs,
  confusionMatrix,
  goldFromLabels,
} from './index.js';
import { dataFromUnitRows, row } from './testing.js';

const ABC = { categories: ['a', 'b', 'c'] };
// Raters r0, r1, r2 on four units; gold a, b, (none), c.
const DATA = dataFromUnitRows([row('a a b'), row('b c b'), row('c c c'), row('c . a')], ABC);
const GOLD = goldFromLabels(DATA, [
  ['u0', 'a'],
  ['u1', 'b'],
  ['u3', 'c'],
  ['not-rated', 'a'],
]);

describe('accuracy', () => {
  it('is the share of votes equal to gold over units with gold: 5 of 8', () => {
    // u0: a a b (2 right), u1: b c b (2), u3: c a (1) -> 5 of 8; u2 has no gold.
    expect(accuracy(DATA, GOLD)).toEqual({ value: 5 / 8, correct: 5, total: 8 });
  });

  it('for one rater: r1 chose a (gold a), c (gold b), c (no gold) -> 1 of 2', () => {
    expect(accuracy(DATA, GOLD, 1)).toEqual({ value: 0.5, correct: 1, total: 2 });
  });

  it('is undefined (no gold) when no vote falls on a unit with gold', () => {
    expect(accuracy(DATA, new Int32Array(4).fill(-1))).toEqual({
      value: null,
      reason: 'no gold',
      correct: 0,
      total: 0,
    });
  });
});

describe('confusionMatrix', () => {
  it('counts votes: rows gold, columns chosen', () => {
    expect(confusionMatrix(DATA, GOLD)).toEqual([
      [2, 1, 0], // gold a (u0): a a b
      [0, 2, 1], // gold b (u1): b c b
      [1, 0, 1], // gold c (u3): c a
    ]);
  });
});

describe("Cohen's kappa", () => {
  // 2 × 2 table [[20, 5], [10, 15]]: p_o = 35/50 = .7; rows .5 .5, cols .6 .4,
  // p_e = .5 * .6 + .5 * .4 = .5; kappa = (.7 - .5) / .5 = .4.
  it('from a contingency table: kappa = 0.4', () => {
    const kappa = cohenKappaFromContingency([20, 5, 10, 15], 2);
    expect(kappa).toMatchObject({ observedAgreement: 0.7, chanceAgreement: 0.5, units: 50 });
    expect(kappa.value).toBeCloseTo(0.4, 15);
  });

  it('from pairs, skipping units missing on either side', () => {
    const a = [0, 0, 1, 1, -1, 2];
    const b = [0, 1, 1, 1, 0, -1];
    // Pairs (0,0) (0,1) (1,1) (1,1): p_o = 3/4; rows 2/4 2/4, cols 1/4 3/4; p_e = 1/8 + 3/8 = 1/2.
    expect(cohenKappaFromPairs(a, b, 3)).toMatchObject({ value: 0.5, units: 4 });
  });

  it('a rater against gold uses the units with both: r0 chose a, b, c, c against a, b, -, c', () => {
    // Pairs (a,a) (b,b) (c,c): perfect agreement with varied labels -> 1.
    expect(cohenKappaAgainstGold(DATA, 0, GOLD)).toMatchObject({ value: 1, units: 3 });
  });

  it('rejects a table of the wrong size', () => {
    expect(() => cohenKappaFromContingency([1, 2, 3], 2)).toThrow(RangeError);
  });
});
