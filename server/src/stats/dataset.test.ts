import { describe, expect, it } from 'vitest';
import {
  createReliabilityData,
  goldFromLabels,
  reliabilityDataFromIndices,
  ReliabilityDataError,
  selectRaters,
  tabulate,
  unitCounts,
} from './index.js';

const CATEGORIES = ['a', 'b', 'c'];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ReliabilityDataError) return error.code;
    throw error;
  }
  return undefined;
}

describe('createReliabilityData', () => {
  it('indexes units and raters in order of first appearance, after those given', () => {
    const data = createReliabilityData({
      categories: CATEGORIES,
      units: ['first'],
      ratings: [
        { unit: 'u2', rater: 'x', value: 'b' },
        { unit: 'first', rater: 'y', value: 'c' },
      ],
    });
    expect(data.units).toEqual(['first', 'u2']);
    expect(data.raters).toEqual(['x', 'y']);
    expect([...data.ratingUnit]).toEqual([1, 0]);
    expect([...data.ratingCategory]).toEqual([1, 2]);
  });

  it.each([
    [
      'a rater rating a unit twice',
      {
        ratings: [
          { unit: 'u', rater: 'r', value: 'a' },
          { unit: 'u', rater: 'r', value: 'b' },
        ],
      },
      'duplicate-rating',
    ],
    ['a value outside the categories', { ratings: [{ unit: 'u', rater: 'r', value: 'z' }] }, 'unknown-category'],
    ['a category listed twice', { categories: ['a', 'a'], ratings: [] }, 'duplicate-category'],
    ['two categories with the same value', { categoryValues: [1, 1, 2], ratings: [] }, 'invalid-category-value'],
    ['a non-finite category value', { categoryValues: [1, NaN, 2], ratings: [] }, 'invalid-category-value'],
    ['values not one per category', { categoryValues: [1, 2], ratings: [] }, 'invalid-category-value'],
  ])('rejects %s', (_name, input, code) => {
    expect(codeOf(() => createReliabilityData({ categories: CATEGORIES, ...input }))).toBe(code);
  });
});

describe('reliabilityDataFromIndices', () => {
  const base = { categories: CATEGORIES, units: ['u0', 'u1'], raters: ['r0', 'r1'] };

  it('rejects an index out of range', () => {
    expect(
      codeOf(() =>
        reliabilityDataFromIndices({
          ...base,
          ratingUnit: Int32Array.of(2),
          ratingRater: Int32Array.of(0),
          ratingCategory: Int32Array.of(0),
        }),
      ),
    ).toBe('index-out-of-range');
  });

  it('finds a duplicate rating among many units and raters (the grouped path)', () => {
    const many = Array.from({ length: 400 }, (_, i) => `x${i}`);
    expect(
      codeOf(() =>
        reliabilityDataFromIndices({
          categories: CATEGORIES,
          units: many,
          raters: many,
          ratingUnit: Int32Array.of(399, 5, 399),
          ratingRater: Int32Array.of(7, 7, 7),
          ratingCategory: Int32Array.of(0, 1, 2),
        }),
      ),
    ).toBe('duplicate-rating');
    expect(
      reliabilityDataFromIndices({
        categories: CATEGORIES,
        units: many,
        raters: many,
        ratingUnit: Int32Array.of(399, 5, 398),
        ratingRater: Int32Array.of(7, 7, 7),
        ratingCategory: Int32Array.of(0, 1, 2),
      }).ratingUnit,
    ).toHaveLength(3);
  });

  it('finds a duplicate rating wherever it is in the arrays', () => {
    expect(
      codeOf(() =>
        reliabilityDataFromIndices({
          ...base,
          ratingUnit: Int32Array.of(1, 0, 0, 1),
          ratingRater: Int32Array.of(1, 0, 1, 1),
          ratingCategory: Int32Array.of(0, 1, 2, 0),
        }),
      ),
    ).toBe('duplicate-rating');
  });
});

describe('selectRaters', () => {
  it('keeps only the chosen raters, re-indexed in the order given, and all units', () => {
    const data = createReliabilityData({
      categories: CATEGORIES,
      ratings: [
        { unit: 'u0', rater: 'x', value: 'a' },
        { unit: 'u0', rater: 'y', value: 'b' },
        { unit: 'u1', rater: 'z', value: 'c' },
        { unit: 'u1', rater: 'y', value: 'a' },
      ],
    });
    const sub = selectRaters(data, [2, 1]);
    expect(sub.raters).toEqual(['z', 'y']);
    expect(sub.units).toEqual(['u0', 'u1']);
    expect([...sub.ratingRater]).toEqual([1, 0, 1]);
    expect([...sub.ratingCategory]).toEqual([1, 2, 0]);
  });
});

describe('goldFromLabels', () => {
  const data = createReliabilityData({ categories: CATEGORIES, ratings: [{ unit: 'u0', rater: 'x', value: 'a' }] });

  it('maps units to category indices, -1 where none, ignoring units not in the data', () => {
    expect([
      ...goldFromLabels(data, [
        ['u0', 'c'],
        ['elsewhere', 'a'],
      ]),
    ]).toEqual([2]);
  });

  it('rejects a unit given twice or an unknown label', () => {
    expect(
      codeOf(() =>
        goldFromLabels(data, [
          ['u0', 'a'],
          ['u0', 'b'],
        ]),
      ),
    ).toBe('duplicate-gold');
    expect(codeOf(() => goldFromLabels(data, [['u0', 'z']]))).toBe('unknown-category');
  });
});

describe('tabulate', () => {
  it('counts n_uk and m_u, sparse entries in ascending category order', () => {
    const data = createReliabilityData({
      categories: CATEGORIES,
      units: ['u0', 'u1', 'u2'],
      ratings: [
        { unit: 'u0', rater: 'x', value: 'c' },
        { unit: 'u0', rater: 'y', value: 'a' },
        { unit: 'u0', rater: 'z', value: 'c' },
        { unit: 'u2', rater: 'x', value: 'b' },
      ],
    });
    const table = tabulate(data);
    expect([...table.m]).toEqual([3, 0, 1]);
    expect([0, 1, 2].map((u) => unitCounts(table, u))).toEqual([
      [1, 0, 2],
      [0, 0, 0],
      [0, 1, 0],
    ]);
    expect([...table.entryCategory]).toEqual([0, 2, 1]);
    expect(table).toMatchObject({ ratedUnits: 2, pairableUnits: 1, pairableValues: 3, ratingCount: 4 });
  });

  it('many categories (70,000: the sparse path) give the same counts', () => {
    const categories = Array.from({ length: 70_000 }, (_, k) => `k${k}`);
    const data = createReliabilityData({
      categories,
      ratings: [
        { unit: 'u0', rater: 'x', value: 'k40' },
        { unit: 'u0', rater: 'y', value: 'k3' },
        { unit: 'u0', rater: 'z', value: 'k40' },
      ],
    });
    const table = tabulate(data);
    expect([...table.entryCategory]).toEqual([3, 40]);
    expect([...table.entryCount]).toEqual([1, 2]);
    expect(table).toMatchObject({ pairableUnits: 1, pairableValues: 3 });
  });
});
