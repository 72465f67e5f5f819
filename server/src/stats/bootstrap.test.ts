import { describe, expect, it } from 'vitest';
import {
  bootstrapAlpha,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  krippendorffAlpha,
  LEVELS,
  mulberry32,
  quantileSorted,
  tabulate,
  type Level,
} from './index.js';
import { dataFromRaterRows, dataFromUnitRows, row } from './testing.js';

// Krippendorff (2011) reliability data (see vectors.test.ts).
const ROWS = [
  row('1 2 3 3 2 1 4 1 2 . . .'),
  row('1 2 3 3 2 2 4 1 2 5 . 3'),
  row('. 3 3 3 2 3 4 2 2 5 1 .'),
  row('1 2 3 3 2 4 4 1 2 5 1 .'),
];
const OPTIONS = { categories: ['1', '2', '3', '4', '5'], categoryValues: [1, 2, 3, 4, 5] };
const DATA = dataFromRaterRows(ROWS, OPTIONS);
const TABLE = tabulate(DATA);

describe('mulberry32', () => {
  it('is deterministic, in [0, 1), and seeds are taken modulo 2^32', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(42 + 2 ** 32);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(b()).toBe(x);
      expect(c()).toBe(x);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('different seeds give different sequences', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  it('is roughly uniform (mean of 100,000 draws within 0.005 of 1/2, deciles within 10%)', () => {
    const random = mulberry32(7);
    const deciles = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      sum += x;
      deciles[Math.floor(x * 10)]!++;
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
    for (const count of deciles) expect(Math.abs(count - 10_000)).toBeLessThan(1000);
  });
});

describe('quantileSorted (Hyndman & Fan type 7)', () => {
  // R: quantile(c(1, 2, 3, 4), c(0, .025, .5, .975, 1)) gives 1, 1.075, 2.5, 3.925, 4.
  it.each([
    [0, 1],
    [0.025, 1.075],
    [0.5, 2.5],
    [0.975, 3.925],
    [1, 4],
  ])('p = %f gives %f on 1, 2, 3, 4', (p, expected) => {
    expect(quantileSorted([1, 2, 3, 4], p)).toBeCloseTo(expected, 12);
  });

  it('one value is every quantile; no value is an error', () => {
    expect(quantileSorted([0.3], 0.025)).toBe(0.3);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
  });
});

describe('bootstrapAlpha', () => {
  it('defaults to B = 1000 and seed 0, and reports them', () => {
    const interval = bootstrapAlpha(TABLE);
    expect(interval).toMatchObject({
      resamples: DEFAULT_RESAMPLES,
      seed: DEFAULT_SEED,
      level: 'nominal',
      confidence: 0.95,
    });
    expect(DEFAULT_RESAMPLES).toBe(1000);
    expect(interval.definedResamples).toBe(1000);
  });

  it('the same seed gives the same interval; another seed another one', () => {
    const a = bootstrapAlpha(TABLE, 'nominal', null, { seed: 12345 });
    expect(bootstrapAlpha(TABLE, 'nominal', null, { seed: 12345 })).toEqual(a);
    expect(bootstrapAlpha(TABLE, 'nominal', null, { seed: 54321 })).not.toEqual(a);
  });

  // The fast path weights each unit's precomputed contribution; the naive path rebuilds a
  // data set from the drawn units and recomputes alpha from scratch. Same draws, same result.
  it.each(LEVELS)('%s: equals resampling units naively with the same draws', (level) => {
    const B = 200;
    const seed = 99;
    const fast = bootstrapAlpha(TABLE, level, DATA.categoryValues, { resamples: B, seed });
    const naive = naiveBootstrap(level, B, seed);
    expect(fast.definedResamples).toBe(naive.defined);
    expect(fast.low!).toBeCloseTo(naive.low, 12);
    expect(fast.high!).toBeCloseTo(naive.high, 12);
  });

  it('the point estimate lies inside the nominal interval of this data set', () => {
    const interval = bootstrapAlpha(TABLE);
    const alpha = krippendorffAlpha(TABLE).value!;
    expect(interval.low!).toBeLessThan(alpha);
    expect(interval.high!).toBeGreaterThanOrEqual(alpha);
  });

  // Two pairable units, all "1" and all "2": alpha = 1, but a resample that draws the same
  // unit twice has no variation. With B = 1 the interval is defined or not with that draw.
  it('is null (too few defined resamples) when fewer than half the resamples are defined', () => {
    const table = tabulate(dataFromUnitRows([row('1 1'), row('2 2')], OPTIONS));
    const outcomes = new Map<number, unknown>();
    for (let seed = 0; seed < 20; seed++) {
      const interval = bootstrapAlpha(table, 'nominal', null, { resamples: 1, seed });
      outcomes.set(interval.definedResamples, interval);
    }
    expect(outcomes.get(0)).toMatchObject({ low: null, high: null, reason: 'too few defined resamples' });
    expect(outcomes.get(1)).toMatchObject({ low: 1, high: 1 });
  });

  it('exactly half defined is enough (null only when fewer than half)', () => {
    const table = tabulate(dataFromUnitRows([row('1 1'), row('2 2')], OPTIONS));
    for (let seed = 0; seed < 200; seed++) {
      const interval = bootstrapAlpha(table, 'nominal', null, { resamples: 2, seed });
      if (interval.definedResamples === 1) {
        expect(interval).toMatchObject({ low: 1, high: 1 });
        return;
      }
    }
    throw new Error('no seed gave one defined resample of two');
  });

  it('rejects a bad number of resamples or confidence', () => {
    expect(() => bootstrapAlpha(TABLE, 'nominal', null, { resamples: 0 })).toThrow(RangeError);
    expect(() => bootstrapAlpha(TABLE, 'nominal', null, { resamples: 1.5 })).toThrow(RangeError);
    expect(() => bootstrapAlpha(TABLE, 'nominal', null, { confidence: 1 })).toThrow(RangeError);
  });
});

function naiveBootstrap(level: Level, B: number, seed: number): { low: number; high: number; defined: number } {
  const units = ROWS[0]!.map((_, u) => ROWS.map((r) => r[u] ?? null));
  const pairable = units.filter((values) => values.filter((v) => v !== null).length >= 2);
  const P = pairable.length;
  const random = mulberry32(seed);
  const alphas: number[] = [];
  for (let b = 0; b < B; b++) {
    const drawn: (string | null)[][] = [];
    for (let j = 0; j < P; j++) drawn.push(pairable[Math.floor(random() * P)]!);
    const data = dataFromUnitRows(drawn, OPTIONS);
    const alpha = krippendorffAlpha(tabulate(data), level, data.categoryValues).value;
    if (alpha !== null) alphas.push(alpha);
  }
  alphas.sort((x, y) => x - y);
  return { low: quantileSorted(alphas, 0.025), high: quantileSorted(alphas, 0.975), defined: alphas.length };
}
