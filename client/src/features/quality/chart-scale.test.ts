import { describe, expect, it } from 'vitest';
import { accuracyDomain, linePath, percentTicks, xAt, yAt, type Frame } from './chart-scale';

const frame: Frame = { width: 120, height: 110, left: 10, right: 10, top: 5, bottom: 5 };

describe('accuracyDomain', () => {
  it('starts a round tenth below the lowest value and ends at 100%', () => {
    expect(accuracyDomain([0.93, 0.97, null])).toEqual([0.9, 1]);
    expect(accuracyDomain([0.91])).toEqual([0.8, 1]);
    expect(accuracyDomain([0.55, 0.8])).toEqual([0.5, 1]);
  });
  it('is at least ten points tall and never below zero', () => {
    expect(accuracyDomain([1, 1])).toEqual([0.9, 1]);
    expect(accuracyDomain([0])).toEqual([0, 1]);
  });
  it('is 0–100% without data', () => {
    expect(accuracyDomain([null, null])).toEqual([0, 1]);
  });
});

describe('percentTicks', () => {
  it('steps by tenths on a narrow axis and by fifths on a wide one', () => {
    expect(percentTicks([0.8, 1])).toEqual([0.8, 0.9, 1]);
    expect(percentTicks([0, 1])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe('positions', () => {
  it('centres buckets in their slots', () => {
    expect(xAt(0, 1, frame)).toBe(60);
    expect(xAt(0, 4, frame)).toBe(22.5);
    expect(xAt(3, 4, frame)).toBe(97.5);
  });
  it('puts the top of the domain at the top', () => {
    expect(yAt(1, [0.5, 1], frame)).toBe(5);
    expect(yAt(0.5, [0.5, 1], frame)).toBe(105);
    expect(yAt(0.75, [0.5, 1], frame)).toBe(55);
    expect(yAt(0.2, [0.5, 1], frame)).toBe(105);
  });
});

describe('linePath', () => {
  it('breaks the line at buckets without a value', () => {
    const points = [{ value: 1 }, { value: 0.5 }, { value: null }, { value: 0.75 }];
    expect(linePath(points, [0.5, 1], frame)).toBe('M22.5 5.0L47.5 105.0M97.5 55.0');
  });
  it('is empty without values', () => {
    expect(linePath([{ value: null }], [0, 1], frame)).toBe('');
  });
});
