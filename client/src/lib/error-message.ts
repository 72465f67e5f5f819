import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

/** A translatable description of a failure: a catalog key and its interpolation values. */
export type ErrorMessage<Key extends string = ErrorKey> = {
  key: Key;
  values?: Record<string, string | number>;
};

export type ErrorKey =
  | 'errors.offline'
  | 'errors.network'
  | 'errors.server'
  | 'errors.unauthenticated'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.badInput'
  | 'errors.conflict'
  | 'errors.rateLimited'
  | 'errors.rateLimitedFor'
  | 'errors.timeout'
  | 'errors.unexpected';

/** The `extensions.code` of the first GraphQL error, when the server sent one. */
export function graphqlErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : undefined;
}

/** Seconds the server asks to wait (`extensions.retryAfterSeconds` on RATE_LIMITED). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const seconds = error.errors[0]?.extensions?.['retryAfterSeconds'];
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

function isNetworkFailure(error: unknown): boolean {
  // fetch rejects with a TypeError whose message differs per browser.
  return error instanceof TypeError && /fetch|network|load failed|connection/i.test(error.message);
}

/**
 * Maps what Apollo Client reports to a message a person can act on. The server's own
 * message is English-only, so the client translates by `extensions.code` instead.
 */
export function describeError(error: unknown, online: boolean = globalThis.navigator?.onLine ?? true): ErrorMessage {
  if (CombinedGraphQLErrors.is(error)) {
    switch (graphqlErrorCode(error)) {
      case 'UNAUTHENTICATED':
        return { key: 'errors.unauthenticated' };
      case 'FORBIDDEN':
        return { key: 'errors.forbidden' };
      case 'NOT_FOUND':
        return { key: 'errors.notFound' };
      case 'BAD_USER_INPUT':
        return { key: 'errors.badInput' };
      case 'CONFLICT':
        return { key: 'errors.conflict' };
      case 'RATE_LIMITED': {
        const seconds = retryAfterSeconds(error);
        return seconds ? { key: 'errors.rateLimitedFor', values: { count: seconds } } : { key: 'errors.rateLimited' };
      }
      case 'TIMEOUT':
        return { key: 'errors.timeout' };
      default:
        return { key: 'errors.unexpected' };
    }
  }
  if (!online) return { key: 'errors.offline' };
  if (isNetworkFailure(error)) return { key: 'errors.network' };
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { key: 'errors.unauthenticated' };
    if (error.statusCode === 429) return { key: 'errors.rateLimited' };
    // A proxy in front of a server that is down answers 502-504.
    if (error.statusCode >= 502 && error.statusCode <= 504) return { key: 'errors.network' };
    return { key: 'errors.server' };
  }
  if (ServerParseError.is(error)) return { key: 'errors.server' };
  return { key: 'errors.unexpected' };
}
