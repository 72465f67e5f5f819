import { describe, expect, it } from 'vitest';
import { answerInputs, unanswered } from './quiz-answers';

const questions = [
  { id: 'q2', position: 2 },
  { id: 'q1', position: 1 },
  { id: 'q3', position: 3 },
];

describe('unanswered', () => {
  it('lists the positions still without an answer, in order', () => {
    expect(unanswered(questions, { q2: 'hate' })).toEqual([1, 3]);
    expect(unanswered(questions, { q1: 'a', q2: 'b', q3: 'c' })).toEqual([]);
  });
});

describe('answerInputs', () => {
  it('gives one input per answered question, in question order', () => {
    expect(answerInputs(questions, { q3: 'ok', q1: 'hate' })).toEqual([
      { questionId: 'q1', label: 'hate' },
      { questionId: 'q3', label: 'ok' },
    ]);
  });
});
