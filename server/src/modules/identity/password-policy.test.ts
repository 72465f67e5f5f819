import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it.each([
    ['short1', 'TOO_SHORT'],
    ['x'.repeat(1025), 'TOO_LONG'],
    ['1qaz2wsx3edc', 'COMMON'],
    ['QWERTY123456', 'COMMON'],
    ['giulia.rossi.vendor', 'IS_EMAIL'],
    ['giulia.rossi.vendor@lumen.test', 'IS_EMAIL'],
    ['correct horse battery', null],
    ['ほんとうにながいぱすわーど', null],
  ])('%s → %s', (password, problem) => {
    expect(passwordProblem(password, 'giulia.rossi.vendor@lumen.test')).toBe(problem);
  });

  it('counts characters as a person sees them, not UTF-16 units', () => {
    expect(passwordProblem('🙂'.repeat(11), 'a@b.test')).toBe('TOO_SHORT');
    expect(passwordProblem('🙂'.repeat(12), 'a@b.test')).toBeNull();
  });
});
