import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { describeSignInError } from './sign-in-error';

const failure = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('describeSignInError', () => {
  it('reads UNAUTHENTICATED as wrong credentials on the sign-in form', () => {
    expect(describeSignInError(failure('Email or password is wrong.', { code: 'UNAUTHENTICATED' }), true)).toEqual({
      key: 'signIn.errors.wrongCredentials',
    });
  });

  it('tells a deactivated account apart by its reason, not its message', () => {
    const error = failure('This account is deactivated or no longer exists: ask an admin.', {
      code: 'UNAUTHENTICATED',
      feature: 'identity',
      reason: 'DEACTIVATED',
    });
    expect(describeSignInError(error, true)).toEqual({ key: 'signIn.errors.deactivated' });
    const reworded = failure('Account switched off.', {
      code: 'UNAUTHENTICATED',
      feature: 'identity',
      reason: 'DEACTIVATED',
    });
    expect(describeSignInError(reworded, true)).toEqual({ key: 'signIn.errors.deactivated' });
    const wrong = failure('The word deactivated alone is not enough.', {
      code: 'UNAUTHENTICATED',
      feature: 'identity',
      reason: 'WRONG_CREDENTIALS',
    });
    expect(describeSignInError(wrong, true)).toEqual({ key: 'signIn.errors.wrongCredentials' });
  });

  it('passes on the wait the rate limiter asks for', () => {
    const error = failure('Too many sign-in attempts: try again in 37 s.', {
      code: 'RATE_LIMITED',
      retryAfterSeconds: 37,
    });
    expect(describeSignInError(error, true)).toEqual({ key: 'signIn.errors.rateLimitedFor', values: { count: 37 } });
    expect(describeSignInError(failure('slow down', { code: 'RATE_LIMITED' }), true)).toEqual({
      key: 'signIn.errors.rateLimited',
    });
  });

  it('falls back to the general mapping for everything else', () => {
    expect(describeSignInError(new TypeError('Failed to fetch'), true)).toEqual({ key: 'errors.network' });
    expect(describeSignInError(new TypeError('Failed to fetch'), false)).toEqual({ key: 'errors.offline' });
    expect(describeSignInError(failure('bad', { code: 'BAD_USER_INPUT' }), true)).toEqual({ key: 'errors.badInput' });
  });
});
