import { describe, expect, it } from 'vitest';
import {
  arrange,
  insertQuietly,
  settle,
  sortQuestions,
  visibleQuestions,
  type OrderedQuestion,
} from './question-order';

const q = (id: string, minute: number, upvoteCount = 0, pinned = false): OrderedQuestion => ({
  id,
  createdAt: new Date(Date.UTC(2026, 10, 22, 8, minute)).toISOString(),
  upvoteCount,
  pinned,
});

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('sortQuestions', () => {
  const a = q('a', 1, 3);
  const b = q('b', 2, 5);
  const c = q('c', 3, 3);
  const d = q('d', 4, 0, true);

  it.each([
    // Pinned first, then votes; equal votes: newest first (c at :03 before a at :01).
    ['TOP', ['d', 'b', 'c', 'a']],
    // Pinned first, then newest first regardless of votes.
    ['RECENT', ['d', 'c', 'b', 'a']],
  ] as const)('orders by %s', (order, expected) => {
    expect(ids(sortQuestions([a, b, c, d], order))).toEqual(expected);
  });

  it('breaks a full tie by id, so every viewer sees the same order', () => {
    const x = q('x', 1, 2);
    const y = q('y', 1, 2);
    expect(ids(sortQuestions([x, y], 'TOP'))).toEqual(ids(sortQuestions([y, x], 'TOP')));
  });

  it('does not change its input', () => {
    const input = [a, b];
    sortQuestions(input, 'TOP');
    expect(ids(input)).toEqual(['a', 'b']);
  });
});

describe('arrange', () => {
  it('holds new questions back, newest first, and keeps the shown order', () => {
    const settled = ['b', 'a'];
    const result = arrange([q('a', 1, 3), q('b', 2, 5), q('c', 3), q('e', 5)], settled, 'TOP');
    expect(ids(result.shown)).toEqual(['b', 'a']);
    expect(ids(result.fresh)).toEqual(['e', 'c']);
    expect(result.stale).toBe(false);
  });

  it('updates counts in place and reports that a re-sort would move something', () => {
    // a overtook b (4 votes to 2) while the reader was reading.
    const result = arrange([q('a', 1, 4), q('b', 2, 2)], ['b', 'a'], 'TOP');
    expect(ids(result.shown)).toEqual(['b', 'a']);
    expect(result.shown[1]?.upvoteCount).toBe(4);
    expect(result.stale).toBe(true);
  });

  it('is not stale when the change does not affect this order', () => {
    // By recency, votes do not move anything.
    const result = arrange([q('a', 1, 9), q('b', 2, 0)], ['b', 'a'], 'RECENT');
    expect(result.stale).toBe(false);
  });

  it('drops questions that are gone (dismissed for this viewer, or removed)', () => {
    const result = arrange([q('a', 1)], ['b', 'a'], 'TOP');
    expect(ids(result.shown)).toEqual(['a']);
    expect(result.fresh).toEqual([]);
  });

  it('reports a pin as stale: the presenter moved it to the top', () => {
    const result = arrange([q('a', 1, 1), q('b', 2, 0, true)], ['a', 'b'], 'TOP');
    expect(result.stale).toBe(true);
  });
});

describe('settle', () => {
  it('shows everything, sorted', () => {
    expect(settle([q('a', 1, 1), q('b', 2, 4), q('c', 3)], 'TOP')).toEqual(['b', 'a', 'c']);
  });
});

describe('insertQuietly', () => {
  const questions = [q('a', 1, 5), q('b', 2, 2), q('c', 3, 0), q('mine', 4, 0)];

  it('puts a question where it sorts, without moving the others', () => {
    // The shown order is out of date (b above a), and stays so.
    expect(insertQuietly(questions, ['b', 'a', 'c'], ['mine'], 'TOP')).toEqual(['b', 'a', 'mine', 'c']);
  });

  it('puts the newest question first by recency', () => {
    expect(insertQuietly(questions, ['c', 'b', 'a'], ['mine'], 'RECENT')).toEqual(['mine', 'c', 'b', 'a']);
  });

  it('ignores unknown and already shown ids, and drops gone ones', () => {
    expect(insertQuietly(questions, ['a', 'gone'], ['a', 'nope'], 'TOP')).toEqual(['a']);
  });

  it('appends when the question sorts after every shown one', () => {
    expect(insertQuietly([q('a', 1, 5), q('z', 0, 0)], ['a'], ['z'], 'TOP')).toEqual(['a', 'z']);
  });
});

describe('visibleQuestions', () => {
  const list = [
    { id: 'shown', hidden: false, mine: false },
    { id: 'hidden', hidden: true, mine: false },
    { id: 'hiddenMine', hidden: true, mine: true },
  ];

  it('drops hidden questions for an attendee, except their own', () => {
    expect(ids(visibleQuestions(list, false))).toEqual(['shown', 'hiddenMine']);
  });

  it('keeps every question for the presenter', () => {
    expect(ids(visibleQuestions(list, true))).toEqual(['shown', 'hidden', 'hiddenMine']);
  });
});
