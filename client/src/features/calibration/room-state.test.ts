import { describe, expect, it } from 'vitest';
import { currentItem, nextPendingItem } from './room-state';

const item = (position: number, state: 'PENDING' | 'VOTING' | 'REVEALED', openedAt: string | null = null) => ({
  id: `i${position}`,
  position,
  state,
  openedAt,
});

describe('currentItem', () => {
  it('is null before any item is opened', () => {
    expect(currentItem([item(1, 'PENDING'), item(2, 'PENDING')])).toBeNull();
  });

  it('is the item open for voting, the latest opened when several are', () => {
    const items = [
      item(1, 'REVEALED', '2026-11-22T10:00:00Z'),
      item(2, 'VOTING', '2026-11-22T10:10:00Z'),
      item(3, 'VOTING', '2026-11-22T10:05:00Z'),
    ];
    expect(currentItem(items)?.id).toBe('i2');
  });

  it('stays on the item just revealed until the next one opens', () => {
    const items = [
      item(1, 'REVEALED', '2026-11-22T10:00:00Z'),
      item(2, 'REVEALED', '2026-11-22T10:10:00Z'),
      item(3, 'PENDING'),
    ];
    expect(currentItem(items)?.id).toBe('i2');
  });
});

describe('nextPendingItem', () => {
  it('is the next pending item in order, wrapping to the first one left', () => {
    const items = [item(1, 'PENDING'), item(2, 'REVEALED'), item(3, 'PENDING')];
    expect(nextPendingItem(items, items[1]!)?.id).toBe('i3');
    expect(nextPendingItem(items, item(3, 'REVEALED'))?.id).toBe('i1');
    expect(nextPendingItem(items, null)?.id).toBe('i1');
    expect(nextPendingItem([item(1, 'REVEALED')], null)).toBeNull();
  });
});
