import { describe, expect, it } from 'vitest';
import { linkTokenFrom } from './link-token';
import { passwordProblem } from './password-rule';

describe('linkTokenFrom', () => {
  it.each([
    ['#abc_DEF-123', 'abc_DEF-123'],
    ['abc', 'abc'],
    ['#a%2Bb', 'a+b'],
    ['#bad%zz', 'bad%zz'],
    ['#  ', null],
    ['', null],
    ['#', null],
  ])('%j → %j', (hash, token) => {
    expect(linkTokenFrom(hash)).toBe(token);
  });
});

describe('passwordProblem', () => {
  it.each([
    ['', '', undefined, 'required'],
    ['short', 'short', undefined, 'tooShort'],
    ['elevenchars', 'elevenchars', undefined, 'tooShort'],
    ['person@example.com', 'person@example.com', 'Person@Example.com', 'sameAsEmail'],
    ['a long passphrase', 'a long passphrase!', undefined, 'mismatch'],
    ['a long passphrase', 'a long passphrase', 'person@example.com', null],
  ] as const)('%j / %j (email %j) → %j', (password, repeated, email, problem) => {
    expect(passwordProblem(password, repeated, email)).toBe(problem);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('😀'.repeat(11), '😀'.repeat(11))).toBe('tooShort');
    expect(passwordProblem('비밀번호비밀번호비밀번호', '비밀번호비밀번호비밀번호')).toBeNull();
  });
});
