import { describe, expect, it } from 'vitest';
import { createPostgresEventBus } from '../src/app/event-bus.js';
import { createTestDatabase } from './support/test-server.js';

const next = async <T>(iterable: AsyncIterable<T>) => {
  const iterator = iterable[Symbol.asyncIterator]();
  const result = await iterator.next();
  await iterator.return?.();
  return result.value as T;
};

describe('PostgreSQL event bus', () => {
  it('delivers a notice published by one bus to the subscribers of another on the same database, by topic and id', async () => {
    const url = await createTestDatabase();
    const a = await createPostgresEventBus(url);
    const b = await createPostgresEventBus(url);
    try {
      const onB = next(b.subscribe('session', 's1'));
      const onA = next(a.subscribe('session', 's1'));
      const elsewhere = b.subscribe('session', 's2')[Symbol.asyncIterator]();
      let strayed = false;
      void elsewhere.next().then((r) => (strayed = !r.done));
      await new Promise((resolve) => setTimeout(resolve, 50)); // LISTEN is in place before the NOTIFY
      await a.publish('session', 's1', { kind: 'tally', itemId: 'i1' });
      expect(await onB).toEqual({ kind: 'tally', itemId: 'i1' });
      expect(await onA).toEqual({ kind: 'tally', itemId: 'i1' });
      await elsewhere.return?.();
      expect(strayed).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a notice too big for NOTIFY instead of losing it silently', async () => {
    const bus = await createPostgresEventBus(await createTestDatabase());
    try {
      await expect(bus.publish('briefing', 'b1', { kind: 'asked', questionId: 'x'.repeat(5000) })).rejects.toThrow(
        /too big/,
      );
    } finally {
      await bus.close();
    }
  });
});
