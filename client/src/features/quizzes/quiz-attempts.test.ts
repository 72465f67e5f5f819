import { describe, expect, it } from 'vitest';
import { latestPerTaker } from './quiz-attempts';

const attempt = (id: string, user: string, number: number) => ({
  __typename: 'QuizAttempt' as const,
  id,
  number,
  status: 'SUBMITTED' as const,
  score: 0.5,
  submittedAt: '2026-11-22T10:00:00.000Z',
  reopenedAt: null,
  user: { __typename: 'User' as const, id: user, name: user },
  market: { __typename: 'Market' as const, id: 'm', code: 'de-DE' },
});

describe('latestPerTaker', () => {
  it('keeps each taker’s first attempt in the list (the newest), in the list’s order', () => {
    const list = [attempt('a3', 'jonas', 2), attempt('b1', 'lena', 1), attempt('a1', 'jonas', 1)];
    expect(latestPerTaker(list).map((a) => a.id)).toEqual(['a3', 'b1']);
  });
});
