import { describe, expect, it } from 'vitest';
import { characterCount, textProblem } from './text-limits';

describe('characterCount', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    // One emoji is one character for the server, though two UTF-16 units.
    ['👍', 1],
    ['한국어', 3],
    ['a\nb', 3],
  ])('counts %j as %i', (text, expected) => {
    expect(characterCount(text)).toBe(expected);
  });
});

describe('textProblem', () => {
  it.each([
    ['', 5, 'empty'],
    ['   \n\t', 5, 'empty'],
    ['hello', 5, null],
    ['hello!', 5, 'tooLong'],
    ['👍👍👍👍👍', 5, null],
    ['<script>alert(1)</script>', 100, null],
  ] as const)('%j with max %i is %s', (text, max, expected) => {
    expect(textProblem(text, max)).toBe(expected);
  });
});
