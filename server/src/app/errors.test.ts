import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DomainError, featureErrors, formatError, httpStatusOf } from './errors.js';

// A feature's reasons as a feature declares them (modules/<feature>/<feature>.errors.ts).
const sampleError = featureErrors('sample', ['ALREADY_SUBMITTED', 'TOO_MANY']);

/** What a client receives for an error a resolver threw. */
const format = (error: Error) => {
  const graphql = new GraphQLError(error.message, { originalError: error, path: ['doIt'] });
  return formatError(graphql.toJSON(), graphql);
};

describe('featureErrors', () => {
  it('makes a DomainError whose details name the feature, the reason and the values', () => {
    const error = sampleError('BAD_USER_INPUT', 'TOO_MANY', 'Ask for at most 200.', { limit: 200 });
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Ask for at most 200.');
    expect(error.details).toEqual({ feature: 'sample', reason: 'TOO_MANY', limit: 200 });
    expect(sampleError.feature).toBe('sample');
    expect(sampleError.reasons).toEqual(['ALREADY_SUBMITTED', 'TOO_MANY']);
    expect(sampleError.details('ALREADY_SUBMITTED')).toEqual({ feature: 'sample', reason: 'ALREADY_SUBMITTED' });
  });

  it('refuses, at compile time, a reason outside the list and values that would hide the reason', () => {
    // @ts-expect-error: not one of the feature's reasons
    const unlisted = () => sampleError('CONFLICT', 'NOT_A_REASON', 'x');
    // @ts-expect-error: `reason` is the error's own
    const overriding = () => sampleError('CONFLICT', 'TOO_MANY', 'x', { reason: 'OTHER' });
    // @ts-expect-error: reasons are SCREAMING_SNAKE
    const lowercase = () => featureErrors('sample', ['tooMany']);
    expect([unlisted, overriding, lowercase]).toHaveLength(3);
  });
});

describe('formatError', () => {
  it("sends a reason's code, feature, reason and values as extensions, with the English message", () => {
    const error = sampleError('CONFLICT', 'ALREADY_SUBMITTED', 'You have already submitted this quiz.', {
      submittedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(format(error)).toEqual({
      message: 'You have already submitted this quiz.',
      path: ['doIt'],
      extensions: {
        code: 'CONFLICT',
        feature: 'sample',
        reason: 'ALREADY_SUBMITTED',
        submittedAt: '2026-11-20T10:00:00.000Z',
      },
    });
    expect(httpStatusOf(error.code)).toBe(409);
  });

  it('keeps an error with no reason as it was: its code and details only', () => {
    expect(format(new DomainError('RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 3 })).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 3,
    });
  });
});
