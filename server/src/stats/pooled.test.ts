// The pooled figures (the analytics' agreement rates, finished from stored sums) against
// published values and against the direct statistics over the same data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLEISS_1971, FLEISS_WIKIPEDIA } from './published-counts.fixture.js';
import {
  fleissKappa,
  gwetAC1,
  krippendorffAlpha,
  percentAgreement,
  type PooledCategory,
  pooledAgreement,
  pooledRatio,
  type PooledSums,
  pooledSumsOf,
  type Stat,
  tabulate,
} from './index.js';
import { dataFromCounts, dataFromRaterRows, row } from './testing.js';

const pooled = (counts: number[][], q = counts[0]?.length ?? 0) => {
  const table = tabulate(dataFromCounts(counts, labels(q)));
  const { sums, categories } = pooledSumsOf(table);
  return pooledAgreement(sums, categories, q);
};
const labels = (q: number) => Array.from({ length: q }, (_, k) => `c${k}`);

describe('published vectors, from pooled sums', () => {
  it('Krippendorff (2011): nominal alpha .743, P_a 9/11 (STATS.md vector 1), kappa .76117, AC1 .77544 (irrCAC)', () => {
    const data = dataFromRaterRows(
      [
        row('1 2 3 3 2 1 4 1 2 . . .'),
        row('1 2 3 3 2 2 4 1 2 5 . 3'),
        row('. 3 3 3 2 3 4 2 2 5 1 .'),
        row('1 2 3 3 2 4 4 1 2 5 1 .'),
      ],
      { categories: ['1', '2', '3', '4', '5'] },
    );
    const { sums, categories } = pooledSumsOf(tabulate(data));
    expect(sums.pairableValues).toBe(40);
    expect(sums.pairableUnits).toBe(11);
    const figures = pooledAgreement(sums, categories, 5);
    expect(figures.krippendorffAlpha.value!).toBeCloseTo(0.743, 3);
    expect(figures.percentAgreement.value!).toBeCloseTo(9 / 11, 12);
    expect(figures.fleissKappa.value!).toBeCloseTo(0.76117, 5);
    expect(figures.gwetAC1.value!).toBeCloseTo(0.77544, 5);
  });

  it('Fleiss (1971) via Wikipedia: P-bar .378, P_e .213, kappa .210 (STATS.md vector 2)', () => {
    const figures = pooled(FLEISS_WIKIPEDIA);
    expect(figures.percentAgreement.value!).toBeCloseTo(0.378, 3);
    expect(figures.fleissKappa.chanceAgreement!).toBeCloseTo(0.213, 3);
    expect(figures.fleissKappa.value!).toBeCloseTo(0.21, 3);
  });

  it('Fleiss (1971), first 15 patients: AC1 .4448007, kappa .4139265, alpha .4204384 (irrCAC distrib.6raters)', () => {
    const figures = pooled(FLEISS_1971.slice(0, 15));
    expect(figures.gwetAC1.value!).toBeCloseTo(0.4448007, 7);
    expect(figures.gwetAC1.chanceAgreement!).toBeCloseTo(0.1914815, 7);
    expect(figures.fleissKappa.value!).toBeCloseTo(0.4139265, 7);
    expect(figures.krippendorffAlpha.value!).toBeCloseTo(0.4204384, 7);
  });
});

describe('by hand', () => {
  // Two units, q = 2: u1 = {a, a}, u2 = {a, b}.
  // P_u = 1 and 0, so P_a = 1/2. pi_a = (1 + 1/2) / 2 = 3/4, pi_b = 1/4.
  // Fleiss p_e = 9/16 + 1/16 = 5/8: kappa = (1/2 - 5/8) / (3/8) = -1/3.
  // Gwet p_e = (1 - 5/8) / (2 - 1) = 3/8: AC1 = (1/2 - 3/8) / (5/8) = 1/5.
  // Alpha: n = 4, n_a = 3, n_b = 1; observed = 0 + (4 - 2) / 1 = 2; expected = 16 - 10 = 6;
  // alpha = 1 - 3 * 2 / 6 = 0 (coincidences o_ab = o_ba = 1: D_o = 2/4 = D_e = 6/12).
  const sums: PooledSums = {
    units: 2,
    pairableUnits: 2,
    pairableValues: 4,
    sumUnitAgreement: 1,
    observedDisagreement: 2,
  };
  const categories: PooledCategory[] = [
    { unitShare: 1.5, pairableValues: 3 },
    { unitShare: 0.5, pairableValues: 1 },
  ];

  it('are the sums of the data', () => {
    const table = tabulate(
      dataFromCounts(
        [
          [2, 0],
          [1, 1],
        ],
        ['a', 'b'],
      ),
    );
    expect(pooledSumsOf(table)).toEqual({ sums, categories });
  });

  it('gives P_a 1/2, kappa -1/3, AC1 1/5, alpha 0', () => {
    const figures = pooledAgreement(sums, categories, 2);
    expect(figures.percentAgreement.value).toBeCloseTo(1 / 2, 12);
    expect(figures.fleissKappa.value).toBeCloseTo(-1 / 3, 12);
    expect(figures.gwetAC1.value).toBeCloseTo(1 / 5, 12);
    expect(figures.krippendorffAlpha.value).toBeCloseTo(0, 12);
  });

  it('counts a category nobody chose in q for AC1 only', () => {
    // q = 3: Gwet p_e = (3/8) / 2 = 3/16, AC1 = (1/2 - 3/16) / (13/16) = 5/13; kappa and alpha unchanged.
    const figures = pooledAgreement(sums, [...categories, { unitShare: 0, pairableValues: 0 }], 3);
    expect(figures.gwetAC1.value).toBeCloseTo(5 / 13, 12);
    expect(figures.fleissKappa.value).toBeCloseTo(-1 / 3, 12);
    expect(figures.krippendorffAlpha.value).toBeCloseTo(0, 12);
  });
});

describe('undefined figures', () => {
  it('no data: every figure undefined, with its reason', () => {
    const figures = pooledAgreement(
      { units: 0, pairableUnits: 0, pairableValues: 0, sumUnitAgreement: 0, observedDisagreement: 0 },
      [],
      0,
    );
    expect(figures.percentAgreement).toEqual({ value: null, reason: 'no pairable unit' });
    expect(figures.fleissKappa.reason).toBe('no pairable unit');
    expect(figures.gwetAC1.reason).toBe('no pairable unit');
    expect(figures.krippendorffAlpha).toEqual({ value: null, reason: 'too few values' });
  });

  it('one value per unit: nothing pairable', () => {
    const figures = pooled([
      [1, 0],
      [0, 1],
    ]);
    expect(figures.percentAgreement.reason).toBe('no pairable unit');
    expect(figures.krippendorffAlpha.reason).toBe('too few values');
  });

  it('every value the same: kappa and alpha have no variation, AC1 is P_a', () => {
    const figures = pooled([
      [3, 0],
      [2, 0],
    ]);
    expect(figures.percentAgreement.value).toBe(1);
    expect(figures.fleissKappa.reason).toBe('no variation');
    expect(figures.krippendorffAlpha.reason).toBe('no variation');
    expect(figures.gwetAC1.value).toBe(1);
  });

  it('q < 2: AC1 has fewer than 2 categories', () => {
    expect(pooled([[2], [3]], 1).gwetAC1.reason).toBe('fewer than 2 categories');
  });

  it('a ratio of nothing is undefined with the reason given', () => {
    expect(pooledRatio(3, 4, 'no gold')).toEqual({ value: 0.75 });
    expect(pooledRatio(0, 0, 'no gold')).toEqual({ value: null, reason: 'no gold' });
    expect(pooledRatio(0, 0, 'no pairable unit')).toEqual({ value: null, reason: 'no pairable unit' });
  });
});

describe('pooling', () => {
  /** A data set as counts per unit and category: q from 1 to 4, up to 12 units, up to 5 values a unit. */
  const countsArb = fc.integer({ min: 1, max: 4 }).chain((q) =>
    fc.record({
      q: fc.constant(q),
      counts: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: q, maxLength: q }), { maxLength: 12 }),
      cut: fc.nat(),
    }),
  );
  const same = (a: Stat, b: Stat) => {
    expect(a.reason ?? null).toBe(b.reason ?? null);
    if (b.value === null) expect(a.value).toBeNull();
    else expect(a.value!).toBeCloseTo(b.value, 9);
  };

  it('the sums of two parts, added, give the direct figures of the whole', () => {
    fc.assert(
      fc.property(countsArb, ({ q, counts, cut }) => {
        const at = counts.length ? cut % (counts.length + 1) : 0;
        const parts = [counts.slice(0, at), counts.slice(at)].map((c) =>
          pooledSumsOf(tabulate(dataFromCounts(c, labels(q)))),
        );
        const sums = { units: 0, pairableUnits: 0, pairableValues: 0, sumUnitAgreement: 0, observedDisagreement: 0 };
        for (const part of parts)
          for (const key of Object.keys(sums) as (keyof PooledSums)[]) sums[key] += part.sums[key];
        const categories = labels(q).map((_, k) => ({
          unitShare: parts[0]!.categories[k]!.unitShare + parts[1]!.categories[k]!.unitShare,
          pairableValues: parts[0]!.categories[k]!.pairableValues + parts[1]!.categories[k]!.pairableValues,
        }));
        const figures = pooledAgreement(sums, categories, q);
        const whole = tabulate(dataFromCounts(counts, labels(q)));
        same(figures.percentAgreement, percentAgreement(whole));
        same(figures.fleissKappa, fleissKappa(whole));
        same(figures.gwetAC1, gwetAC1(whole));
        same(figures.krippendorffAlpha, krippendorffAlpha(whole));
      }),
    );
  });
});
