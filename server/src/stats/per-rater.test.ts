// Per-participant breakdown (STATS.md "Breakdowns"), worked by hand.
import { describe, expect, it } from 'vitest';
import { othersMajority, raterSummaries, tabulate, type RaterSummary } from './index.js';
import { dataFromUnitRows, row } from './testing.js';

const ABC = { categories: ['a', 'b', 'c'] };

describe('raterSummaries', () => {
  // Units × raters r0 r1 r2 r3; gold a, b, c, a.
  const data = dataFromUnitRows([row('a a a b'), row('b b c c'), row('c c c .'), row('a . . .')], ABC);
  const gold = Int32Array.from([0, 1, 2, 0]);
  const summaries = raterSummaries(data, tabulate(data), gold);

  it('agreement with the leave-one-out majority', () => {
    // r0: u0 others a a b -> a (agree); u1 others b c c -> c (disagree: chose b);
    //     u2 others c c -> c (agree); u3 alone -> skipped. 2 of 3.
    expect(summaries[0]!.majorityAgreement).toMatchObject({ value: 2 / 3, compared: 3, agreed: 2, tied: 0 });
    // r3: u0 others a a a -> a (chose b: disagree); u1 others b b c -> b (chose c: disagree). 0 of 2.
    expect(summaries[3]!.majorityAgreement).toMatchObject({ value: 0, compared: 2, agreed: 0, tied: 0 });
  });

  it('a tie among the others is counted apart and left out of the share', () => {
    // r2 on u1 chose c; others b b c -> b. r2 on u0 chose a; others a a b -> a. u2: c c -> c.
    expect(summaries[2]!.majorityAgreement).toMatchObject({ compared: 3, agreed: 2, tied: 0 });
    const tied = dataFromUnitRows([row('a b c')], ABC);
    expect(raterSummaries(tied, tabulate(tied))[0]!.majorityAgreement).toEqual({
      value: null,
      reason: 'no majority to compare',
      compared: 0,
      agreed: 0,
      tied: 1,
    });
  });

  it('accuracy and Cohen kappa against gold per rater', () => {
    // r0 chose a b c a against gold a b c a: accuracy 1, kappa 1 (varied labels).
    expect(summaries[0]!.accuracy).toEqual({ value: 1, correct: 4, total: 4 });
    expect(summaries[0]!.cohenKappaVsGold).toMatchObject({ value: 1, units: 4 });
    // r3 chose b, c against gold a, b: accuracy 0. p_o = 0; gold margins a 1, b 1; chosen
    // margins b 1, c 1; p_e = (1 × 1) / 2^2 = 1/4; kappa = (0 - 1/4) / (3/4) = -1/3.
    expect(summaries[3]!.accuracy).toEqual({ value: 0, correct: 0, total: 2 });
    expect(summaries[3]!.cohenKappaVsGold!.value).toBeCloseTo(-1 / 3, 15);
    expect(summaries.map((s) => s.ratings)).toEqual([4, 3, 3, 2]);
  });

  it('without gold the gold figures are null', () => {
    const [first] = raterSummaries(data, tabulate(data));
    expect(first).toMatchObject({ accuracy: null, cohenKappaVsGold: null });
  });

  it('a rater with no vote on a gold unit: accuracy and kappa undefined (no gold)', () => {
    const noGold = Int32Array.from([-1, -1, -1, 0]);
    // r1 rated u0, u1, u2 only; gold only on u3.
    const r1 = raterSummaries(data, tabulate(data), noGold)[1]!;
    expect(r1.accuracy).toMatchObject({ value: null, reason: 'no gold' });
    expect(r1.cohenKappaVsGold).toMatchObject({ value: null, reason: 'no gold' });
  });
});

describe('raterSummaries with a very long category list (the unit-by-unit path)', () => {
  it('gives the same figures as the same labels in a short list', () => {
    const rows = [row('a a a b'), row('b b c c'), row('c c c .'), row('a . . .')];
    const short = dataFromUnitRows(rows, ABC);
    const long = dataFromUnitRows(rows, {
      categories: [...ABC.categories, ...Array.from({ length: 70_000 }, (_, k) => `x${k}`)],
    });
    const gold = Int32Array.from([0, 1, 2, 0]);
    const strip = (s: RaterSummary) => [s.ratings, s.majorityAgreement, s.accuracy, s.cohenKappaVsGold?.value];
    expect(raterSummaries(long, tabulate(long), gold).map(strip)).toEqual(
      raterSummaries(short, tabulate(short), gold).map(strip),
    );
  });
});

describe('othersMajority (mode after removing one vote)', () => {
  // c: the chosen category and `own` its count; M: the top count, `ties` categories reach it,
  // a and b the first two of them; `below`: the best count under M.
  it.each([
    { name: 'c below the top, unique top', c: 2, own: 1, M: 3, ties: 1, a: 0, b: -1, below: 1, expected: 0 },
    { name: 'c below the top, tied top', c: 2, own: 1, M: 3, ties: 2, a: 0, b: 1, below: 1, expected: -1 },
    { name: 'c alone at the top, stays ahead', c: 0, own: 4, M: 4, ties: 1, a: 0, b: -1, below: 2, expected: 0 },
    { name: 'c alone at the top, falls into a tie', c: 0, own: 3, M: 3, ties: 1, a: 0, b: -1, below: 2, expected: -1 },
    { name: 'c one of two at the top: the other wins', c: 1, own: 3, M: 3, ties: 2, a: 0, b: 1, below: 1, expected: 0 },
    { name: 'c one of three at the top: still a tie', c: 1, own: 3, M: 3, ties: 3, a: 0, b: 1, below: 1, expected: -1 },
  ])('$name', ({ c, own, M, ties, a, b, below, expected }) => {
    expect(othersMajority(c, own, M, ties, a, b, below)).toBe(expected);
  });
});
