import { featureErrors } from '../shared/errors.js';

/**
 * Why an SSO sign-in is refused. The callback redirects to `/sign-in?sso=<REASON>` and the
 * client shows `errors.sso.<REASON>`; none of them says more than the person can act on.
 */
export const ssoError = featureErrors('sso', [
  'NOT_CONFIGURED',
  'PROVIDER_ERROR',
  'STATE_INVALID',
  'CODE_REJECTED',
  'TOKEN_INVALID',
  'EMAIL_MISSING',
  'DOMAIN_NOT_ALLOWED',
  'UNKNOWN_USER',
  'CLAIMS_UNMAPPED',
  'LINKED_ELSEWHERE',
  'DEACTIVATED',
  'TOO_MANY_ATTEMPTS',
]);

export type SsoReason = (typeof ssoError.reasons)[number];

/** A refusal of the callback: its reason goes to the sign-in page, the detail to the audit log only. */
export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoReason,
    readonly detail: string,
    /** Whom it concerns, when known: the audit entry names them. */
    readonly who: { userId: string | null; vendorId: string | null; email: string } | null = null,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'SsoRefusal';
  }
}
