import { describe, expect, it } from 'vitest';
import { daysInPeriod, lastDays, signed } from './period';

describe('lastDays', () => {
  it('ends today (UTC) and includes it', () => {
    expect(lastDays(7, new Date('2026-11-22T23:30:00Z'))).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(lastDays(1, new Date('2026-03-01T00:10:00Z'))).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(lastDays(28, new Date('2026-03-10T12:00:00Z'))).toEqual({ from: '2026-02-11', to: '2026-03-10' });
  });
});

describe('daysInPeriod', () => {
  it('counts both ends', () => {
    expect(daysInPeriod('2026-11-16', '2026-11-22')).toBe(7);
    expect(daysInPeriod('2026-11-22', '2026-11-22')).toBe(1);
  });
  it('is 0 for a reversed or malformed period', () => {
    expect(daysInPeriod('2026-11-23', '2026-11-22')).toBe(0);
    expect(daysInPeriod('', '2026-11-22')).toBe(0);
  });
});

describe('signed', () => {
  const plain = (n: number) => String(n);
  it('shows the sign of a change', () => {
    expect(signed(3, plain)).toBe('+3');
    expect(signed(-2, plain)).toBe('−2');
    expect(signed(0, plain)).toBe('0');
  });
});
