import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
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
});
