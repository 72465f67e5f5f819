// Where a statistic is undefined, exactly as STATS.md states it; the cases are derived
// from the definitions there, with the arithmetic worked in the comments.
import { describe, expect, it } from 'vitest';
import {
  alphaFromCoincidences,
  bootstrapAlpha,
  coincidenceMatrix,
  cohenKappaFromContingency,
  cohenKappaFromPairs,
  computeAgreement,
  createReliabilityData,
  fleissKappa,
  gwetAC1,
  krippendorffAlpha,
  LEVELS,
  percentAgreement,
  tabulate,
  type ReliabilityData,
} from './index.js';
import { dataFromCounts, dataFromUnitRows, row } from './testing.js';

const NUMERIC = { categories: ['1', '2', '3'], categoryValues: [1, 2, 3] };

function allLevels(data: ReliabilityData) {
  const table = tabulate(data);
  return LEVELS.map((level) => krippendorffAlpha(table, level, data.categoryValues));
}

describe('no pairable unit', () => {
  const cases: [string, ReliabilityData][] = [
    ['no ratings at all', createReliabilityData({ ...NUMERIC, ratings: [] })],
    ['units with one value each', dataFromUnitRows([row('1 . .'), row('. 2 .'), row('. . 3')], NUMERIC)],
  ];

  it.each(cases)('%s: P_a, kappa and AC1 are null (no pairable unit)', (_name, data) => {
    const table = tabulate(data);
    expect(percentAgreement(table)).toEqual({ value: null, reason: 'no pairable unit' });
    expect(fleissKappa(table)).toMatchObject({ value: null, reason: 'no pairable unit' });
    expect(gwetAC1(table)).toMatchObject({ value: null, reason: 'no pairable unit' });
  });

  it.each(cases)('%s: alpha is null at every level (too few values, n < 2)', (_name, data) => {
    for (const alpha of allLevels(data)) {
      expect(alpha).toMatchObject({ value: null, reason: 'too few values', pairableValues: 0 });
    }
  });

  it.each(cases)('%s: the bootstrap interval is null with the same reason', (_name, data) => {
    expect(bootstrapAlpha(tabulate(data))).toMatchObject({ low: null, high: null, reason: 'too few values' });
  });
});

describe('no variation: every value the same category', () => {
  // Two units, all values "2": P_a = 1; pi = (0, 1, 0) so Fleiss p_e = 1.
  const data = dataFromUnitRows([row('2 2 2'), row('2 . 2')], NUMERIC);
  const table = tabulate(data);

  it('percent agreement is 1', () => {
    expect(percentAgreement(table).value).toBe(1);
  });

  it("Fleiss' kappa is null: p_e = 1", () => {
    expect(fleissKappa(table)).toEqual({
      value: null,
      reason: 'no variation',
      observedAgreement: 1,
      chanceAgreement: 1,
    });
  });

  it('AC1 is defined and 1: p_e = sum pi(1 - pi) / (q - 1) = 0 when q = 3', () => {
    expect(gwetAC1(table)).toMatchObject({ value: 1, chanceAgreement: 0 });
  });

  it('alpha is null at every level (no variation: expected disagreement 0)', () => {
    for (const alpha of allLevels(data)) {
      expect(alpha).toMatchObject({ value: null, reason: 'no variation', expectedDisagreement: 0 });
    }
  });

  it('the literal coincidence-matrix form agrees', () => {
    for (const level of LEVELS) {
      expect(alphaFromCoincidences(coincidenceMatrix(table), 3, level, data.categoryValues)).toMatchObject({
        value: null,
        reason: 'no variation',
      });
    }
  });

  it('a value outside the pairable units does not count as variation (unit with one value)', () => {
    const withSingle = dataFromUnitRows([row('2 2 2'), row('2 . 2'), row('3 . .')], NUMERIC);
    expect(krippendorffAlpha(tabulate(withSingle))).toMatchObject({ value: null, reason: 'no variation' });
    // Fleiss' pi_k counts every rated unit (n1 = 3), so p_e < 1 and kappa is defined.
    expect(fleissKappa(tabulate(withSingle)).value).not.toBeNull();
  });
});

describe('q < 2', () => {
  const data = createReliabilityData({
    categories: ['only'],
    ratings: [
      { unit: 'a', rater: 'x', value: 'only' },
      { unit: 'a', rater: 'y', value: 'only' },
    ],
  });
  const table = tabulate(data);

  it('AC1 is null (fewer than 2 categories) but keeps p_a', () => {
    expect(gwetAC1(table)).toEqual({
      value: null,
      reason: 'fewer than 2 categories',
      observedAgreement: 1,
      chanceAgreement: null,
    });
  });

  it("Fleiss' kappa is null (p_e = 1)", () => {
    expect(fleissKappa(table).reason).toBe('no variation');
  });

  it('per-unit entropy is 0 (STATS.md: 0 when q < 2)', () => {
    expect(computeAgreement(data, { bootstrap: false }).perUnit[0]!.entropy).toEqual({ value: 0 });
  });
});

describe("Cohen's kappa", () => {
  it('no common unit: null', () => {
    expect(cohenKappaFromPairs([0, -1], [-1, 1], 2)).toMatchObject({ value: null, reason: 'no common unit', units: 0 });
  });

  it('both raters always the same single category: p_e = 1, null', () => {
    expect(cohenKappaFromContingency([5, 0, 0, 0], 2)).toMatchObject({
      value: null,
      reason: 'no variation',
      observedAgreement: 1,
    });
  });

  it('each rater constant but different: p_o = 0, p_e = 0, kappa = 0', () => {
    expect(cohenKappaFromContingency([0, 5, 0, 0], 2)).toMatchObject({
      value: 0,
      observedAgreement: 0,
      chanceAgreement: 0,
    });
  });

  it('not exactly two raters: null with its reason in computeAgreement', () => {
    const data = dataFromCounts([[2, 1]]);
    expect(computeAgreement(data, { bootstrap: false }).cohenKappa).toMatchObject({
      value: null,
      reason: 'not two raters',
    });
  });
});

describe('smallest defined cases', () => {
  // One unit, two values 1 and 2: n = 2, o_12 = o_21 = 1, n_1 = n_2 = 1.
  // nominal: alpha = 1 - (n - 1) * 2 / (n^2 - sum n_c^2) = 1 - 2 / 2 = 0.
  it('one unit with two different values: nominal alpha 0, P_a 0', () => {
    const table = tabulate(dataFromUnitRows([row('1 2')], NUMERIC));
    expect(krippendorffAlpha(table)).toMatchObject({ value: 0, pairableValues: 2 });
    expect(percentAgreement(table).value).toBe(0);
  });

  // Same at the interval level: observed 2 * (1 - 2)^2 / 1 = 2, expected 2 * 1 * (1-2)^2 = 2.
  it('one unit with two different values: alpha 0 at every level', () => {
    for (const alpha of allLevels(dataFromUnitRows([row('1 3')], NUMERIC))) expect(alpha.value).toBeCloseTo(0, 12);
  });
});

describe('never NaN or Infinity', () => {
  it('every number in a result on degenerate data is finite or null', () => {
    const datasets = [
      createReliabilityData({ ...NUMERIC, ratings: [] }),
      dataFromUnitRows([row('1 . .')], NUMERIC),
      dataFromUnitRows([row('2 2'), row('2 2')], NUMERIC),
      createReliabilityData({ categories: [], categoryValues: [], ratings: [] }),
    ];
    for (const data of datasets) {
      for (const level of LEVELS) {
        const gold = new Int32Array(data.units.length).fill(data.categories.length > 0 ? 0 : -1);
        const result = computeAgreement(data, { level, gold });
        expect(findNonFinite(result)).toEqual([]);
      }
    }
  });
});

function findNonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  if (ArrayBuffer.isView(value)) {
    return Array.from(value as unknown as ArrayLike<number>).flatMap((v, i) => findNonFinite(v, `${path}[${i}]`));
  }
  return Object.entries(value).flatMap(([k, v]) => findNonFinite(v, `${path}.${k}`));
}
