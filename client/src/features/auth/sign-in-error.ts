import { CombinedGraphQLErrors } from '@apollo/client';
import {
  describeError,
  graphqlErrorCode,
  retryAfterSeconds,
  type ErrorMessage,
  type ErrorKey,
} from '../../lib/error-message';

export type SignInErrorKey =
  | ErrorKey
  | 'signIn.errors.wrongCredentials'
  | 'signIn.errors.deactivated'
  | 'signIn.errors.rateLimited'
  | 'signIn.errors.rateLimitedFor';

/**
 * On the sign-in form, UNAUTHENTICATED means the email or password is wrong (or the account
 * is switched off), not that a session expired.
 */
export function describeSignInError(error: unknown, online?: boolean): ErrorMessage<SignInErrorKey> {
  switch (graphqlErrorCode(error)) {
    case 'UNAUTHENTICATED': {
      // The server names a deactivated account by its reason (identity's DEACTIVATED); any
      // other refusal here is a wrong email or password.
      const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
      const deactivated = extensions?.['feature'] === 'identity' && extensions['reason'] === 'DEACTIVATED';
      return { key: deactivated ? 'signIn.errors.deactivated' : 'signIn.errors.wrongCredentials' };
    }
    case 'RATE_LIMITED': {
      const seconds = retryAfterSeconds(error);
      return seconds
        ? { key: 'signIn.errors.rateLimitedFor', values: { count: seconds } }
        : { key: 'signIn.errors.rateLimited' };
    }
    default:
      return describeError(error, online);
  }
}
