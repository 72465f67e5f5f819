import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { describeError } from './error-message';

const graphqlError = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'server text', extensions: { code, ...extensions } }] });
const serverError = (status: number) =>
  new ServerError('Response not successful', { response: new Response('', { status }), bodyText: '' });

describe('describeError', () => {
  it.each([
    ['UNAUTHENTICATED', 'errors.unauthenticated'],
    ['FORBIDDEN', 'errors.forbidden'],
    ['NOT_FOUND', 'errors.notFound'],
    ['BAD_USER_INPUT', 'errors.badInput'],
    ['CONFLICT', 'errors.conflict'],
    ['RATE_LIMITED', 'errors.rateLimited'],
    ['TIMEOUT', 'errors.timeout'],
    ['INTERNAL_SERVER_ERROR', 'errors.unexpected'],
  ])('maps extensions.code %s to %s', (code, key) => {
    expect(describeError(graphqlError(code), true)).toEqual({ key });
  });

  it('says how long to wait when the server tells', () => {
    expect(describeError(graphqlError('RATE_LIMITED', { retryAfterSeconds: 41.2 }), true)).toEqual({
      key: 'errors.rateLimitedFor',
      values: { count: 42 },
    });
  });

  it('tells a network failure from a server failure', () => {
    expect(describeError(new TypeError('Failed to fetch'), true)).toEqual({ key: 'errors.network' });
    expect(describeError(new TypeError('NetworkError when attempting to fetch resource.'), true)).toEqual({
      key: 'errors.network',
    });
    expect(describeError(serverError(502), true)).toEqual({ key: 'errors.network' });
    expect(describeError(serverError(500), true)).toEqual({ key: 'errors.server' });
    expect(
      describeError(
        new ServerParseError(new SyntaxError('bad'), { response: new Response(''), bodyText: '<html>' }),
        true,
      ),
    ).toEqual({
      key: 'errors.server',
    });
  });

  it('reads HTTP statuses that carry no GraphQL body', () => {
    expect(describeError(serverError(401), true)).toEqual({ key: 'errors.unauthenticated' });
    expect(describeError(serverError(429), true)).toEqual({ key: 'errors.rateLimited' });
  });

  it('says the browser is offline before anything else but a server answer', () => {
    expect(describeError(new TypeError('Failed to fetch'), false)).toEqual({ key: 'errors.offline' });
    expect(describeError(graphqlError('FORBIDDEN'), false)).toEqual({ key: 'errors.forbidden' });
  });

  it('does not mistake a programming error for a network failure', () => {
    expect(describeError(new TypeError("Cannot read properties of undefined (reading 'x')"), true)).toEqual({
      key: 'errors.unexpected',
    });
  });

  describe('with a reason', () => {
    const refusal = (extensions: Record<string, unknown>) =>
      graphqlError('CONFLICT', { feature: 'quiz', ...extensions });

    it('gives errors.<feature>.<REASON> when the catalog has it, with the values the server sent', () => {
      expect(describeError(refusal({ reason: 'ALREADY_SUBMITTED' }), true)).toEqual({
        key: 'errors.quiz.ALREADY_SUBMITTED',
      });
      expect(describeError(refusal({ reason: 'ATTEMPT_IN_PROGRESS', userName: 'Lena Schmidt' }), true)).toEqual({
        key: 'errors.quiz.ATTEMPT_IN_PROGRESS',
        values: { userName: 'Lena Schmidt' },
      });
    });

    it('joins lists and leaves out what is not a value to show', () => {
      const error = graphqlError('BAD_USER_INPUT', {
        feature: 'quiz',
        reason: 'LABEL_NOT_IN_POLICY',
        position: 2,
        label: 'spam',
        labels: ['none', 'insult'],
        lineErrors: [{ line: 3 }],
        count: 7,
        http: { status: 400 },
      });
      expect(describeError(error, true)).toEqual({
        key: 'errors.quiz.LABEL_NOT_IN_POLICY',
        values: { position: 2, label: 'spam', labels: 'none, insult' },
      });
    });

    it('falls back to the per-code key for a reason or feature the catalog lacks', () => {
      expect(describeError(refusal({ reason: 'NOT_YET_TRANSLATED' }), true)).toEqual({ key: 'errors.conflict' });
      expect(describeError(graphqlError('CONFLICT', { feature: 'nowhere', reason: 'X' }), true)).toEqual({
        key: 'errors.conflict',
      });
      expect(describeError(graphqlError('CONFLICT', { feature: 'conflict', reason: 'length' }), true)).toEqual({
        key: 'errors.conflict',
      });
      expect(describeError(graphqlError('FORBIDDEN', { feature: 'quiz', reason: 'constructor' }), true)).toEqual({
        key: 'errors.forbidden',
      });
      expect(describeError(graphqlError('UNAUTHENTICATED', { reason: 'DEACTIVATED' }), true)).toEqual({
        key: 'errors.unauthenticated',
      });
    });

    it.each(LANGUAGES)('reads in %s, with the values in place', (language) => {
      const i18n = createI18n(language);
      const message = describeError(refusal({ reason: 'ATTEMPT_IN_PROGRESS', userName: 'Lena Schmidt' }), true);
      const text = i18n.t(message.key, message.values);
      expect(text).toContain('Lena Schmidt');
      expect(text).not.toContain('{{');
      expect(text).not.toBe(message.key);
      expect(text).not.toBe(i18n.t('errors.conflict'));
    });
  });
});
