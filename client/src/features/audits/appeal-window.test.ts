import { describe, expect, it } from 'vitest';
import { appealTimeLeft } from './appeal-window';

const now = new Date('2026-11-22T12:00:00Z');

describe('appealTimeLeft', () => {
  it.each([
    ['2026-11-29T12:00:00Z', { state: 'open', unit: 'day', count: 7 }],
    ['2026-11-24T11:59:59Z', { state: 'open', unit: 'day', count: 1 }],
    ['2026-11-23T11:00:00Z', { state: 'open', unit: 'hour', count: 23 }],
    ['2026-11-22T13:00:00Z', { state: 'open', unit: 'hour', count: 1 }],
    ['2026-11-22T12:30:30Z', { state: 'open', unit: 'minute', count: 30 }],
    ['2026-11-22T12:00:10Z', { state: 'open', unit: 'minute', count: 1 }],
    ['2026-11-22T12:00:00Z', { state: 'closed' }],
    ['2026-11-20T08:00:00Z', { state: 'closed' }],
    ['not a date', { state: 'closed' }],
  ])('until %s', (closesAt, expected) => {
    expect(appealTimeLeft(closesAt, now)).toEqual(expected);
  });
});
