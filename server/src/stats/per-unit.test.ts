// Per-unit figures (STATS.md "Per unit"), worked by hand from the definitions.
import { describe, expect, it } from 'vitest';
import { createReliabilityData, majorityVsGold, tabulate, unitSummaries, unitSummary } from './index.js';
import { dataFromUnitRows, row } from './testing.js';

const ABC = { categories: ['a', 'b', 'c'] };

describe('unitSummary', () => {
  const table = tabulate(
    dataFromUnitRows([row('a a b'), row('a b .'), row('a b c'), row('c c c'), row('. . .'), row('b . .')], ABC),
  );
  const [twoOne, tie, spread, unanimous, empty, single] = unitSummaries(table);

  it('a a b: majority a, share 2/3, entropy -(2/3 ln 2/3 + 1/3 ln 1/3) / ln 3', () => {
    expect(twoOne).toMatchObject({ values: 3, distribution: [2, 1, 0], majority: 0, tied: [] });
    expect(twoOne!.majorityShare.value).toBeCloseTo(2 / 3, 15);
    const h = -((2 / 3) * Math.log(2 / 3) + (1 / 3) * Math.log(1 / 3)) / Math.log(3);
    expect(twoOne!.entropy.value).toBeCloseTo(h, 15);
  });

  it('a b: a tie, so no majority, both labels listed; share 1/2; entropy ln 2 / ln 3', () => {
    expect(tie).toMatchObject({ majority: null, tied: [0, 1] });
    expect(tie!.majorityShare.value).toBe(0.5);
    expect(tie!.entropy.value).toBeCloseTo(Math.log(2) / Math.log(3), 15);
  });

  it('a b c over q = 3: a three-way tie; entropy 1 (values spread evenly over all categories)', () => {
    expect(spread).toMatchObject({ majority: null, tied: [0, 1, 2] });
    expect(spread!.entropy.value).toBeCloseTo(1, 15);
    expect(spread!.entropy.value!).toBeLessThanOrEqual(1);
  });

  it('c c c: majority c, share 1, entropy 0', () => {
    expect(unanimous).toMatchObject({ majority: 2, tied: [], majorityShare: { value: 1 }, entropy: { value: 0 } });
  });

  it('no values: no majority, share and entropy undefined (no values)', () => {
    expect(empty).toMatchObject({
      values: 0,
      distribution: [0, 0, 0],
      majority: null,
      tied: [],
      majorityShare: { value: null, reason: 'no values' },
      entropy: { value: null, reason: 'no values' },
    });
  });

  it('one value: it is the majority, share 1, entropy 0', () => {
    expect(single).toMatchObject({ majority: 1, majorityShare: { value: 1 }, entropy: { value: 0 } });
  });

  it('entropy uses q of the category list, including labels nobody chose', () => {
    const wide = tabulate(
      createReliabilityData({
        categories: ['a', 'b', 'c', 'd'],
        ratings: [
          { unit: 'x', rater: '1', value: 'a' },
          { unit: 'x', rater: '2', value: 'b' },
        ],
      }),
    );
    expect(unitSummary(wide, 0).entropy.value).toBeCloseTo(Math.log(2) / Math.log(4), 15);
  });
});

describe('majorityVsGold', () => {
  // Units: a a b (gold a: match), a b (gold a: tie, a miss), c c c (gold b: miss),
  // b (gold none: skipped), and an unrated unit with gold (skipped).
  const data = dataFromUnitRows([row('a a b'), row('a b .'), row('c c c'), row('b . .'), row('. . .')], ABC);
  const gold = Int32Array.from([0, 0, 1, -1, 2]);

  it('compares the unique majority with gold on units with gold and values; a tie is a miss', () => {
    const result = majorityVsGold(tabulate(data), gold);
    expect(result.units.map((u) => [u.unit, u.majority, u.matches])).toEqual([
      [0, 0, true],
      [1, null, false],
      [2, 2, false],
    ]);
    expect(result).toMatchObject({ matched: 1, tied: 1 });
    expect(result.share.value).toBeCloseTo(1 / 3, 15);
  });

  it('is undefined (no gold) without gold', () => {
    expect(majorityVsGold(tabulate(data), new Int32Array(5).fill(-1)).share).toEqual({
      value: null,
      reason: 'no gold',
    });
  });
});
