import { describe, expect, it } from 'vitest';
import { localDay } from '../../lib/format';
import { byState, isOverdue, rateChange, sortActionItems } from './overdue';

describe('isOverdue', () => {
  it('is late only when open after its due day', () => {
    expect(isOverdue({ dueDate: '2026-11-21', status: 'OPEN' }, '2026-11-22')).toBe(true);
    expect(isOverdue({ dueDate: '2026-11-22', status: 'OPEN' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-01', status: 'DONE' }, '2026-11-22')).toBe(false);
    expect(isOverdue({ dueDate: '2026-11-01', status: 'DROPPED' }, '2026-11-22')).toBe(false);
  });
});

describe('localDay', () => {
  it('formats the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('sortActionItems', () => {
  it('puts open items first, soonest due first', () => {
    const items = [
      { id: 'a', dueDate: '2026-11-30', status: 'DONE' },
      { id: 'b', dueDate: '2026-12-05', status: 'OPEN' },
      { id: 'c', dueDate: '2026-11-10', status: 'OPEN' },
      { id: 'd', dueDate: '2026-11-01', status: 'DROPPED' },
    ];
    expect(sortActionItems(items).map((i) => i.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('byState', () => {
  it('groups in column order, keeping empty columns', () => {
    const groups = byState(
      [
        { id: 1, state: 'RESOLVED' },
        { id: 2, state: 'OPEN' },
        { id: 3, state: 'OPEN' },
      ],
      ['OPEN', 'IN_PROGRESS', 'RESOLVED'] as const,
    );
    expect(groups.map((g) => [g.state, g.items.map((i) => i.id)])).toEqual([
      ['OPEN', [2, 3]],
      ['IN_PROGRESS', []],
      ['RESOLVED', [1]],
    ]);
  });
});

describe('rateChange', () => {
  it('compares the error rate after against before', () => {
    expect(rateChange(0.2, 0.1)).toBe('better');
    expect(rateChange(0.1, 0.2)).toBe('worse');
    expect(rateChange(0.1, 0.102)).toBe('same');
    expect(rateChange(null, 0.1)).toBeNull();
    expect(rateChange(0.1, null)).toBeNull();
  });
});
