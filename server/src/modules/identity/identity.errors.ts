import { featureErrors } from '../shared/errors.js';

/** Why a sign-in, a token or an identity request is refused; clients show `errors.identity.<REASON>`. */
export const identityError = featureErrors('identity', [
  'WRONG_CREDENTIALS',
  'DEACTIVATED',
  'TOO_MANY_SIGN_INS',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'NOT_TEAM_MEMBER',
  'SIGNED_OUT',
  'PASSWORD_SIGN_IN_OFF',
]);

/** A token or sign-in of an account an admin switched off; its reason tells it from a bad password. */
export const accountDeactivated = () =>
  identityError('UNAUTHENTICATED', 'DEACTIVATED', 'This account is deactivated or no longer exists: ask an admin.');

/** A token from before the account signed out everywhere (or reset its password). */
export const signedOut = () =>
  identityError('UNAUTHENTICATED', 'SIGNED_OUT', 'This sign-in was ended (signed out everywhere): sign in again.');

/** Password sign-in is switched off, for everyone (PASSWORD_SIGN_IN) or for the person's vendor. */
export const passwordSignInOff = () =>
  identityError(
    'FORBIDDEN',
    'PASSWORD_SIGN_IN_OFF',
    "Signing in with a password is switched off for this account: sign in with your organisation's SSO.",
  );
