// Properties that follow from the definitions in STATS.md, checked on random data sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accuracy,
  alphaFromCoincidences,
  alphaFromPreparation,
  bootstrapAlpha,
  coincidenceMatrix,
  cohenKappaAgainstGold,
  cohenKappaBetweenRaters,
  computeAgreement,
  fleissKappa,
  gwetAC1,
  krippendorffAlpha,
  LEVELS,
  mulberry32,
  percentAgreement,
  prepareAlpha,
  raterSummaries,
  reliabilityDataFromIndices,
  tabulate,
  tabulateDense,
  tabulateSparse,
  type ReliabilityData,
  type Stat,
} from './index.js';

/** A random data set: units × raters cells holding a category index or null (missing). */
interface Cells {
  q: number;
  cells: (number | null)[][];
  /** Distinct non-negative category values, ascending (interval, ratio). */
  values: number[];
}

const cellsArb = (options: { minUnits?: number; minRaters?: number; missing?: boolean } = {}) =>
  fc
    .record({
      q: fc.integer({ min: 1, max: 5 }),
      units: fc.integer({ min: options.minUnits ?? 0, max: 10 }),
      raters: fc.integer({ min: options.minRaters ?? 1, max: 7 }),
    })
    .chain(({ q, units, raters }) =>
      fc.record({
        q: fc.constant(q),
        cells: fc.array(
          fc.array(
            options.missing === false
              ? fc.integer({ min: 0, max: q - 1 })
              : fc.option(fc.integer({ min: 0, max: q - 1 }), { nil: null, freq: 3 }),
            { minLength: raters, maxLength: raters },
          ),
          { minLength: units, maxLength: units },
        ),
        values: fc
          .uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: q, maxLength: q })
          .map((v) => [...v].sort((a, b) => a - b)),
      }),
    );

interface BuildOptions {
  unitOrder?: number[];
  raterOrder?: number[];
  categoryMap?: number[];
  shuffleSeed?: number;
}

function build({ q, cells, values }: Cells, options: BuildOptions = {}): ReliabilityData {
  const unitCount = cells.length;
  const raterCount = cells[0]?.length ?? 0;
  const unitOrder = options.unitOrder ?? range(unitCount);
  const raterOrder = options.raterOrder ?? range(raterCount);
  const categoryMap = options.categoryMap ?? range(q);
  const triples: [number, number, number][] = [];
  cells.forEach((row, u) =>
    row.forEach((c, r) => {
      if (c !== null) triples.push([unitOrder[u]!, raterOrder[r]!, categoryMap[c]!]);
    }),
  );
  if (options.shuffleSeed !== undefined) shuffle(triples, options.shuffleSeed);
  const categories = range(q).map((k) => `c${k}`);
  const categoryValues = new Array<number>(q);
  values.forEach((v, k) => (categoryValues[categoryMap[k]!] = v));
  return reliabilityDataFromIndices({
    categories,
    categoryValues,
    units: range(unitCount).map((u) => `u${u}`),
    raters: range(raterCount).map((r) => `r${r}`),
    ratingUnit: Int32Array.from(triples.map((t) => t[0])),
    ratingRater: Int32Array.from(triples.map((t) => t[1])),
    ratingCategory: Int32Array.from(triples.map((t) => t[2])),
  });
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function shuffle<T>(items: T[], seed: number): T[] {
  const random = mulberry32(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function permutation(n: number, seed: number): number[] {
  return shuffle(range(n), seed);
}

function expectSameStat(actual: Stat, expected: Stat): void {
  expect(actual.reason).toBe(expected.reason);
  if (expected.value === null) expect(actual.value).toBeNull();
  else expect(actual.value!).toBeCloseTo(expected.value, 9);
}

function allStats(data: ReliabilityData): Stat[] {
  const table = tabulate(data);
  return [
    percentAgreement(table),
    fleissKappa(table),
    gwetAC1(table),
    ...LEVELS.map((level) => krippendorffAlpha(table, level, data.categoryValues)),
  ];
}

const RUNS = { numRuns: 300 };

describe('invariance', () => {
  it('permuting units, raters and the order of ratings changes nothing', () => {
    fc.assert(
      fc.property(cellsArb(), fc.integer(), (cells, seed) => {
        const data = build(cells);
        const permuted = build(cells, {
          unitOrder: permutation(cells.cells.length, seed),
          raterOrder: permutation(cells.cells[0]?.length ?? 0, seed + 1),
          shuffleSeed: seed + 2,
        });
        const a = allStats(data);
        const b = allStats(permuted);
        a.forEach((stat, i) => expectSameStat(b[i]!, stat));
      }),
      RUNS,
    );
  });

  it('relabelling categories changes nothing at the nominal level (P_a, kappa, AC1, alpha)', () => {
    fc.assert(
      fc.property(cellsArb(), fc.integer(), (cells, seed) => {
        const table = tabulate(build(cells));
        const relabelled = tabulate(build(cells, { categoryMap: permutation(cells.q, seed) }));
        expectSameStat(percentAgreement(relabelled), percentAgreement(table));
        expectSameStat(fleissKappa(relabelled), fleissKappa(table));
        expectSameStat(gwetAC1(relabelled), gwetAC1(table));
        expectSameStat(krippendorffAlpha(relabelled), krippendorffAlpha(table));
      }),
      RUNS,
    );
  });
});

describe('perfect agreement', () => {
  // Every unit's raters all give the unit's own category.
  const perfectArb = cellsArb().chain((cells) =>
    fc
      .array(fc.integer({ min: 0, max: cells.q - 1 }), {
        minLength: cells.cells.length,
        maxLength: cells.cells.length,
      })
      .map((unitCategory) => ({
        ...cells,
        cells: cells.cells.map((row, u) => row.map((c) => (c === null ? null : unitCategory[u]!))),
      })),
  );

  it('gives 1 for every statistic where it is defined, exactly', () => {
    fc.assert(
      fc.property(perfectArb, (cells) => {
        const data = build(cells);
        const table = tabulate(data);
        for (const stat of allStats(data)) {
          if (stat.value !== null) expect(stat.value).toBe(1);
        }
        // Defined exactly when STATS.md says: alpha needs two categories among pairable values.
        if (table.pairableUnits > 0) expect(percentAgreement(table).value).toBe(1);
        if (table.pairableUnits > 0 && cells.q >= 2) expect(gwetAC1(table).value).toBe(1);
      }),
      RUNS,
    );
  });
});

describe('Krippendorff: the linear-time form equals the literal coincidence-matrix form', () => {
  it.each(LEVELS)('%s', (level) => {
    fc.assert(
      fc.property(cellsArb(), (cells) => {
        const data = build(cells);
        const table = tabulate(data);
        const fast = krippendorffAlpha(table, level, data.categoryValues);
        const literal = alphaFromCoincidences(coincidenceMatrix(table), cells.q, level, data.categoryValues);
        expectSameStat(fast, literal);
        expect(fast.pairableValues).toBeCloseTo(literal.pairableValues, 9);
      }),
      RUNS,
    );
  });

  it.each(LEVELS)('%s: weighting units equals duplicating them (the bootstrap path)', (level) => {
    fc.assert(
      fc.property(cellsArb({ minUnits: 1 }), fc.integer({ min: 0, max: 1000 }), (cells, seed) => {
        const table = tabulate(build(cells));
        const prep = prepareAlpha(table, level, cells.values);
        const random = mulberry32(seed);
        const weights = Array.from({ length: prep.unitCount }, () => Math.floor(random() * 3));
        // The pairable units, each repeated `weight` times.
        const pairable = cells.cells.filter((row) => row.filter((c) => c !== null).length >= 2);
        const duplicated = pairable.flatMap((row, p) => Array.from({ length: weights[p]! }, () => row));
        const expected = krippendorffAlpha(tabulate(build({ ...cells, cells: duplicated })), level, cells.values);
        expectSameStat(alphaFromPreparation(prep, weights), expected);
      }),
      RUNS,
    );
  });
});

describe('ranges and identities', () => {
  it('P_a in [0, 1]; kappa, AC1, alpha <= 1; entropy in [0, 1]; majority share in (0, 1]', () => {
    fc.assert(
      fc.property(cellsArb(), (cells) => {
        const data = build(cells);
        const [pa, ...coefficients] = allStats(data);
        if (pa!.value !== null) {
          expect(pa!.value).toBeGreaterThanOrEqual(0);
          expect(pa!.value).toBeLessThanOrEqual(1);
        }
        for (const stat of coefficients) if (stat.value !== null) expect(stat.value).toBeLessThanOrEqual(1 + 1e-12);
        for (const unit of computeAgreement(data, { bootstrap: false }).perUnit) {
          if (unit.values === 0) continue;
          expect(unit.entropy.value!).toBeGreaterThanOrEqual(0);
          expect(unit.entropy.value!).toBeLessThanOrEqual(1);
          expect(unit.majorityShare.value!).toBeGreaterThan(0);
          expect(unit.majorityShare.value!).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  // With equal m_u and no missing values, D_o = 1 - P_a and D_e = n/(n-1) (1 - p_e) with
  // Fleiss' p_e, so alpha = 1 - (n - 1)/n * (1 - P_a)/(1 - p_e).
  it('complete data: nominal alpha = 1 - (n-1)/n (1 - P_a)/(1 - p_e) with Fleiss p_e', () => {
    fc.assert(
      fc.property(cellsArb({ minUnits: 1, minRaters: 2, missing: false }), (cells) => {
        const table = tabulate(build(cells));
        const kappa = fleissKappa(table);
        const alpha = krippendorffAlpha(table);
        if (kappa.value === null) {
          expect(alpha.value).toBeNull();
          return;
        }
        const n = table.pairableValues;
        const expected = 1 - ((n - 1) / n) * ((1 - kappa.observedAgreement!) / (1 - kappa.chanceAgreement!));
        expect(alpha.value!).toBeCloseTo(expected, 9);
      }),
      RUNS,
    );
  });

  it("Cohen's kappa is symmetric and equals kappa against the other rater taken as gold", () => {
    fc.assert(
      fc.property(cellsArb({ minRaters: 2 }), (cells) => {
        const data = build(cells);
        const ab = cohenKappaBetweenRaters(data, 0, 1);
        const ba = cohenKappaBetweenRaters(data, 1, 0);
        expectSameStat(ba, ab);
        const goldFromB = Int32Array.from(cells.cells.map((row) => row[1] ?? -1));
        expectSameStat(cohenKappaAgainstGold(data, 0, goldFromB), ab);
      }),
      RUNS,
    );
  });
});

describe('count table', () => {
  it('the dense and the sparse construction give the same table', () => {
    fc.assert(
      fc.property(cellsArb(), (cells) => {
        const data = build(cells);
        expect(tabulateSparse(data)).toEqual(tabulateDense(data));
      }),
      RUNS,
    );
  });
});

describe('leave-one-out majority', () => {
  it('equals recounting the other raters unit by unit', () => {
    fc.assert(
      fc.property(cellsArb(), (cells) => {
        const data = build(cells);
        const summaries = raterSummaries(data, tabulate(data));
        const raterCount = cells.cells[0]?.length ?? 0;
        for (let r = 0; r < raterCount; r++) {
          let compared = 0;
          let agreed = 0;
          let tied = 0;
          for (const row of cells.cells) {
            const mine = row[r];
            if (mine === null || mine === undefined) continue;
            const counts = new Array<number>(cells.q).fill(0);
            row.forEach((c, other) => {
              if (other !== r && c !== null) counts[c]!++;
            });
            const max = Math.max(...counts);
            if (max === 0) continue;
            const modes = counts.flatMap((n, k) => (n === max ? [k] : []));
            if (modes.length > 1) tied++;
            else {
              compared++;
              if (modes[0] === mine) agreed++;
            }
          }
          expect(summaries[r]!.majorityAgreement).toMatchObject({ compared, agreed, tied });
        }
      }),
      RUNS,
    );
  });
});

describe('per-rater figures against gold', () => {
  it('equal accuracy and Cohen kappa computed rater by rater', () => {
    fc.assert(
      fc.property(cellsArb(), fc.integer(), (cells, seed) => {
        const data = build(cells);
        const random = mulberry32(seed);
        const gold = Int32Array.from(data.units, () => Math.floor(random() * (cells.q + 1)) - 1);
        raterSummaries(data, tabulate(data), gold).forEach((summary, r) => {
          expect(summary.accuracy).toEqual(accuracy(data, gold, r));
          const kappa = cohenKappaAgainstGold(data, r, gold);
          if (kappa.reason === 'no common unit') expect(summary.cohenKappaVsGold!.reason).toBe('no gold');
          else expectSameStat(summary.cohenKappaVsGold!, kappa);
        });
      }),
      RUNS,
    );
  });
});

describe('bootstrap', () => {
  it('the same seed gives the same interval; low <= high', () => {
    fc.assert(
      fc.property(cellsArb(), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (cells, seed) => {
        const table = tabulate(build(cells));
        const a = bootstrapAlpha(table, 'nominal', null, { resamples: 50, seed });
        const b = bootstrapAlpha(table, 'nominal', null, { resamples: 50, seed });
        expect(b).toEqual(a);
        if (a.low !== null) expect(a.low).toBeLessThanOrEqual(a.high);
      }),
      { numRuns: 100 },
    );
  });
});

describe('never NaN or Infinity', () => {
  it('every figure of computeAgreement is a finite number or null, at every level, with gold', () => {
    fc.assert(
      fc.property(cellsArb(), fc.integer(), (cells, seed) => {
        const data = build(cells);
        const random = mulberry32(seed);
        const gold = Int32Array.from(data.units, () => Math.floor(random() * (cells.q + 1)) - 1);
        for (const level of LEVELS) {
          const result = computeAgreement(data, { level, gold, bootstrap: { resamples: 20, seed } });
          JSON.stringify(result, (_key, value: unknown) => {
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
            return value;
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});
