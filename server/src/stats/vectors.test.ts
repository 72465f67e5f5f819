// Published worked examples. Each expected value names its source; values given to three
// decimals in the source are checked to three decimals (|error| < 0.0005), values given
// to more decimals to as many as printed.
import { describe, expect, it } from 'vitest';
import { FLEISS_1971, FLEISS_WIKIPEDIA } from './published-counts.fixture.js';
import {
  cohenKappaBetweenRaters,
  cohenKappaFromContingency,
  computeAgreement,
  fleissKappa,
  gwetAC1,
  krippendorffAlpha,
  percentAgreement,
  tabulate,
  type Level,
} from './index.js';
import { dataFromContingency, dataFromCounts, dataFromRaterRows, dataFromUnitRows, row } from './testing.js';

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
 * for Communication, University of Pennsylvania (STATS.md vector 1): observers A-D ×
 * 12 units, values 1-5, `.` missing. Unit 12 has a single value, so n = 40.
 */
const KRIPPENDORFF_2011 = dataFromRaterRows(
  [
    row('1 2 3 3 2 1 4 1 2 . . .'),
    row('1 2 3 3 2 2 4 1 2 5 . 3'),
    row('. 3 3 3 2 3 4 2 2 5 1 .'),
    row('1 2 3 3 2 4 4 1 2 5 1 .'),
  ],
  { categories: ['1', '2', '3', '4', '5'], categoryValues: [1, 2, 3, 4, 5], raters: ['A', 'B', 'C', 'D'] },
);

describe('Krippendorff (2011), 4 observers × 12 units with missing values', () => {
  const table = tabulate(KRIPPENDORFF_2011);

  it('has n = 40 pairable values in 11 pairable units', () => {
    expect(table.pairableValues).toBe(40);
    expect(table.pairableUnits).toBe(11);
  });

  // nominal .743 and interval .849: Krippendorff (2011), as quoted in STATS.md vector 1.
  // ordinal .815 and ratio .797: Krippendorff (2011), the same data at the other levels
  // (ordinal .815 also in Krippendorff 2019, Content Analysis, 4th ed., ch. 12).
  it.each<[Level, number]>([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('alpha at the %s level is %f', (level, published) => {
    const alpha = krippendorffAlpha(table, level, KRIPPENDORFF_2011.categoryValues);
    expect(alpha.value).not.toBeNull();
    expect(alpha.value!).toBeCloseTo(published, 3);
    expect(alpha.pairableValues).toBe(40);
  });

  it('percent agreement is 9/11 (STATS.md vector 1)', () => {
    expect(percentAgreement(table).value).toBeCloseTo(9 / 11, 12);
  });

  // Gwet, K. L. (2014). Handbook of Inter-Rater Reliability, 4th ed., p. 120: the same
  // data (dataset cac.raw4raters of the R package irrCAC, whose README prints these
  // figures from gwet.ac1.raw, fleiss.kappa.raw and krippen.alpha.raw).
  it('Gwet AC1 = 0.77544 with p_a = 0.8181818, p_e = 0.1903212 (Gwet 2014 via irrCAC)', () => {
    const ac1 = gwetAC1(table);
    expect(ac1.value!).toBeCloseTo(0.77544, 5);
    expect(ac1.observedAgreement!).toBeCloseTo(0.8181818, 7);
    expect(ac1.chanceAgreement!).toBeCloseTo(0.1903212, 7);
  });

  it("Fleiss' kappa = 0.76117 with p_e = 0.2387153 (Gwet 2014 via irrCAC)", () => {
    const kappa = fleissKappa(table);
    expect(kappa.value!).toBeCloseTo(0.76117, 5);
    expect(kappa.chanceAgreement!).toBeCloseTo(0.2387153, 7);
  });

  it("Krippendorff's alpha = 0.74342 (irrCAC krippen.alpha.raw on the same data)", () => {
    expect(krippendorffAlpha(table).value!).toBeCloseTo(0.74342, 5);
  });
});

/**
 * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
 * Psychological Bulletin 76(5), 378-382, as reproduced on Wikipedia's "Fleiss' kappa"
 * page (STATS.md vector 2): 10 subjects, 14 raters, 5 categories.
 */
describe("Fleiss' kappa, Wikipedia's worked example (10 subjects × 14 raters)", () => {
  const table = tabulate(dataFromCounts(FLEISS_WIKIPEDIA));

  it('P-bar = 0.378, P_e = 0.213, kappa = 0.210', () => {
    const kappa = fleissKappa(table);
    expect(kappa.observedAgreement!).toBeCloseTo(0.378, 3);
    expect(kappa.chanceAgreement!).toBeCloseTo(0.213, 3);
    expect(kappa.value!).toBeCloseTo(0.21, 3);
    expect(percentAgreement(table).value!).toBeCloseTo(0.378, 3);
  });
});

describe('Fleiss (1971), 30 patients × 6 psychiatrists', () => {
  it('kappa = .430 (Fleiss 1971)', () => {
    expect(fleissKappa(tabulate(dataFromCounts(FLEISS_1971))).value!).toBeCloseTo(0.43, 3);
  });

  // irrCAC README (Gwet, K. L., R package irrCAC 1.0), distrib.6raters:
  // gwet.ac1.dist 0.4448007 (pa 0.5511111, pe 0.1914815); fleiss.kappa.dist 0.4139265
  // (pe 0.2340741); krippen.alpha.dist 0.4204384.
  it('first 15 patients: AC1 0.4448007, kappa 0.4139265, alpha 0.4204384 (irrCAC distrib.6raters)', () => {
    const table = tabulate(dataFromCounts(FLEISS_1971.slice(0, 15)));
    const ac1 = gwetAC1(table);
    const kappa = fleissKappa(table);
    expect(ac1.value!).toBeCloseTo(0.4448007, 7);
    expect(ac1.observedAgreement!).toBeCloseTo(0.5511111, 7);
    expect(ac1.chanceAgreement!).toBeCloseTo(0.1914815, 7);
    expect(kappa.value!).toBeCloseTo(0.4139265, 7);
    expect(kappa.chanceAgreement!).toBeCloseTo(0.2340741, 7);
    expect(krippendorffAlpha(table).value!).toBeCloseTo(0.4204384, 7);
  });
});

/**
 * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
 * Psychological Measurement 20(1), 37-46 (STATS.md vector 3): two judges, 200 units,
 * 3 categories; proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06, margins
 * A .60 .30 .10 and B .50 .30 .20; p_o = .70, p_c = .41, kappa = .492. Counts (× 200)
 * as reproduced in the tests of the R package aifeducation ("Example from Cohen (1960)").
 */
const COHEN_1960 = [
  [88, 14, 18],
  [10, 40, 10],
  [2, 6, 12],
];

describe("Cohen's kappa, Cohen (1960) worked example", () => {
  it('p_o = .70, p_e = .41, kappa = .492 from the contingency table', () => {
    const kappa = cohenKappaFromContingency(COHEN_1960.flat(), 3);
    expect(kappa.observedAgreement!).toBeCloseTo(0.7, 12);
    expect(kappa.chanceAgreement!).toBeCloseTo(0.41, 12);
    expect(kappa.value!).toBeCloseTo(0.492, 3);
    expect(kappa.units).toBe(200);
  });

  it('the same from 200 units rated by two raters', () => {
    const data = dataFromContingency(COHEN_1960);
    const kappa = cohenKappaBetweenRaters(data, 0, 1);
    expect(kappa.value!).toBeCloseTo(0.29 / 0.59, 12);
    expect(computeAgreement(data, { bootstrap: false }).cohenKappa.value!).toBeCloseTo(0.492, 3);
  });
});

/**
 * irrCAC README (Gwet, R package irrCAC 1.0), contingency table cont3x3abstractors
 * (2 abstractors × 100 units, categories Ectopic, AIU, NIU): kappa2.table 0.7964094,
 * scott2.table 0.7962397 (Scott's pi = Fleiss' kappa for two raters), gwet.ac1.table
 * 0.8493305, krippen2.table 0.7972585, pa2.table 0.89.
 */
describe('two raters, irrCAC cont3x3abstractors', () => {
  const data = dataFromContingency(
    [
      [13, 0, 0],
      [0, 20, 7],
      [0, 4, 56],
    ],
    ['Ectopic', 'AIU', 'NIU'],
  );
  const table = tabulate(data);

  it.each<[string, () => number | null, number]>([
    ["Cohen's kappa", () => cohenKappaBetweenRaters(data, 0, 1).value, 0.7964094],
    ["Scott's pi (Fleiss' kappa)", () => fleissKappa(table).value, 0.7962397],
    ["Gwet's AC1", () => gwetAC1(table).value, 0.8493305],
    ["Krippendorff's alpha", () => krippendorffAlpha(table).value, 0.7972585],
    ['percent agreement', () => percentAgreement(table).value, 0.89],
  ])('%s', (_name, compute, published) => {
    expect(compute()!).toBeCloseTo(published, 7);
  });
});

/**
 * Gwet, K. L. (2021). Handbook of Inter-Rater Reliability, 5th ed., vol. 1, p. 165: 20
 * units × 5 raters, categories 0-3, many missing; AC1 = 0.5021. Data and value as
 * transcribed in the tests of the R package aifeducation ("example taken from Gwet
 * (2021, p.165)").
 */
describe('Gwet (2021) p. 165, 20 units × 5 raters with missing values', () => {
  const units = [
    '1 1 2 . 2',
    '1 1 0 1 .',
    '2 3 3 3 .',
    '. 0 0 . 0',
    '0 0 0 . 0',
    '0 0 0 . 0',
    '1 0 2 . 1',
    '1 . 2 0 .',
    '2 2 2 . 2',
    '2 1 1 1 .',
    '. 1 0 0 .',
    '0 0 0 0 .',
    '1 2 2 2 .',
    '3 3 2 2 3',
    '1 1 1 . 1',
    '1 1 1 . 1',
    '2 1 2 . 2',
    '1 2 3 3 .',
    '1 1 0 1 .',
    '0 0 0 . 0',
  ].map(row);

  it('AC1 = 0.5021', () => {
    const table = tabulate(dataFromUnitRows(units, { categories: ['0', '1', '2', '3'] }));
    expect(gwetAC1(table).value!).toBeCloseTo(0.5021, 4);
  });
});
