import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from './coalescer.js';

describe('Coalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('flushes a burst of changes to one key once, at the end of the window', async () => {
    const flushed: string[] = [];
    const c = new Coalescer<string>(50, (k) => void flushed.push(k));
    for (let i = 0; i < 100; i++) c.touch('item-1');
    c.touch('item-2');
    await vi.advanceTimersByTimeAsync(49);
    expect(flushed).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(flushed.sort()).toEqual(['item-1', 'item-2']);
  });

  it('starts a new window for a change after a flush', async () => {
    const flushed: string[] = [];
    const c = new Coalescer<string>(50, (k) => void flushed.push(k));
    c.touch('a');
    await vi.advanceTimersByTimeAsync(50);
    c.touch('a');
    await vi.advanceTimersByTimeAsync(50);
    expect(flushed).toEqual(['a', 'a']);
  });

  it('drains pending keys at once, and a failing flush does not stop the others', async () => {
    const flushed: string[] = [];
    const errors: unknown[] = [];
    const c = new Coalescer<string>(
      1_000,
      (k) => {
        if (k === 'bad') throw new Error('boom');
        flushed.push(k);
      },
      String,
      (e) => errors.push(e),
    );
    c.touch('bad');
    c.touch('good');
    await c.drain();
    expect(flushed).toEqual(['good']);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(flushed).toEqual(['good']);
  });
});
