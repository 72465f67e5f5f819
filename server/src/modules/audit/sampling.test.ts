import { describe, expect, it } from 'vitest';
import { allocate, sampleSize } from './sampling.js';

describe('sampleSize', () => {
  it.each([
    [{ rate: 0.1, countPerDay: null }, 30, 3], // 3.0000000000000004 in floating point
    [{ rate: 0.1, countPerDay: null }, 31, 4],
    [{ rate: 0.01, countPerDay: null }, 1, 1], // any day with a case gets an audit
    [{ rate: 1, countPerDay: null }, 200, 200],
    [{ rate: 0.5, countPerDay: null }, 0, 0],
    [{ rate: null, countPerDay: 25 }, 200, 25],
    [{ rate: null, countPerDay: 25 }, 7, 7],
  ])('%o of %i cases is %i', (plan, candidates, expected) => {
    expect(sampleSize(plan, candidates)).toBe(expected);
  });
});

describe('allocate (largest remainder)', () => {
  const of = (entries: [string, number][], size: number) => Object.fromEntries(allocate(new Map(entries), size));

  it('splits in proportion when shares are whole', () => {
    expect(
      of(
        [
          ['a', 120],
          ['b', 60],
          ['c', 15],
          ['d', 5],
        ],
        40,
      ),
    ).toEqual({ a: 24, b: 12, c: 3, d: 1 });
  });

  it('gives the leftover to the largest fractions, and never more than a stratum has', () => {
    expect(
      of(
        [
          ['a', 120],
          ['b', 60],
          ['c', 15],
          ['d', 5],
        ],
        10,
      ),
    ).toEqual({ a: 6, b: 3, c: 1, d: 0 });
    expect(
      of(
        [
          ['a', 1],
          ['b', 1],
          ['c', 1],
        ],
        2,
      ),
    ).toEqual({ a: 1, b: 1, c: 0 });
    expect(
      of(
        [
          ['a', 2],
          ['b', 98],
        ],
        100,
      ),
    ).toEqual({ a: 2, b: 98 });
  });

  it('always sums to the size asked (when there are enough cases)', () => {
    for (let size = 0; size <= 37; size++) {
      const total = [
        ...allocate(
          new Map([
            ['x', 17],
            ['y', 13],
            ['z', 7],
          ]),
          size,
        ).values(),
      ].reduce((a, b) => a + b, 0);
      expect(total).toBe(size);
    }
  });

  it('is empty with no cases', () => {
    expect(of([], 5)).toEqual({});
  });
});
