import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderedQuestion, QuestionOrder } from './question-order';
import { useQuestionArrangement } from './use-question-arrangement';

const q = (id: string, minute: number, upvoteCount = 0, pinned = false): OrderedQuestion => ({
  id,
  createdAt: new Date(Date.UTC(2026, 10, 22, 8, minute)).toISOString(),
  upvoteCount,
  pinned,
});
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

function setup(initial: readonly OrderedQuestion[] | null, order: QuestionOrder = 'TOP') {
  return renderHook(({ questions, order }) => useQuestionArrangement(questions, order), {
    initialProps: { questions: initial, order },
  });
}

describe('useQuestionArrangement', () => {
  it('settles the first list it gets, sorted', () => {
    const { result } = setup([q('a', 1, 1), q('b', 2, 3)]);
    expect(ids(result.current.shown)).toEqual(['b', 'a']);
    expect(result.current.fresh).toEqual([]);
  });

  it('shows nothing until the questions are loaded', () => {
    const { result, rerender } = setup(null);
    expect(result.current.shown).toEqual([]);
    rerender({ questions: [q('a', 1)], order: 'TOP' });
    expect(ids(result.current.shown)).toEqual(['a']);
  });

  it('announces arrivals instead of inserting them, and shows them on request', () => {
    const { result, rerender } = setup([q('a', 1, 1)]);
    rerender({ questions: [q('a', 1, 1), q('b', 2, 5)], order: 'TOP' });
    expect(ids(result.current.shown)).toEqual(['a']);
    expect(ids(result.current.fresh)).toEqual(['b']);
    act(() => result.current.showAll());
    expect(ids(result.current.shown)).toEqual(['b', 'a']);
    expect(result.current.fresh).toEqual([]);
  });

  it('keeps the order when votes change, flags it stale, and re-sorts on request', () => {
    const { result, rerender } = setup([q('a', 1, 2), q('b', 2, 1)]);
    rerender({ questions: [q('a', 1, 2), q('b', 2, 4)], order: 'TOP' });
    expect(ids(result.current.shown)).toEqual(['a', 'b']);
    expect(result.current.shown[1]?.upvoteCount).toBe(4);
    expect(result.current.stale).toBe(true);
    act(() => result.current.showAll());
    expect(ids(result.current.shown)).toEqual(['b', 'a']);
    expect(result.current.stale).toBe(false);
  });

  it('re-sorts when the reader changes the ordering', () => {
    const questions = [q('a', 1, 5), q('b', 2, 0)];
    const { result, rerender } = setup(questions);
    expect(ids(result.current.shown)).toEqual(['a', 'b']);
    rerender({ questions, order: 'RECENT' });
    expect(ids(result.current.shown)).toEqual(['b', 'a']);
  });

  it("shows the reader's own question as soon as it arrives, moving nothing else", () => {
    const { result, rerender } = setup([q('a', 1, 2), q('b', 2, 1)]);
    // b overtakes a: the reader's order stays a, b.
    rerender({ questions: [q('a', 1, 2), q('b', 2, 3)], order: 'TOP' });
    act(() => result.current.reveal('mine'));
    // Someone else's question and the reader's own arrive together.
    rerender({ questions: [q('a', 1, 2), q('b', 2, 3), q('other', 3), q('mine', 4)], order: 'TOP' });
    expect(ids(result.current.shown)).toEqual(['a', 'b', 'mine']);
    expect(ids(result.current.fresh)).toEqual(['other']);
  });

  it('takes arrivals at once while the list is empty', () => {
    const { result, rerender } = setup([]);
    rerender({ questions: [q('a', 1)], order: 'TOP' });
    expect(ids(result.current.shown)).toEqual(['a']);
    expect(result.current.fresh).toEqual([]);
  });
});
