import { featureErrors } from '../shared/errors.js';

/** Why adding people or joining is refused; clients show `errors.people.<REASON>`. */
export const peopleError = featureErrors('people', [
  'NOT_AN_ADMIN',
  'OTHER_VENDOR',
  'ROLE_ABOVE_OWN',
  'TEAM_REQUIRED',
  'TEAM_NOT_IN_MARKET',
  'STAFF_ROLE_ON_VENDOR_TEAM',
  'EMAIL_TAKEN',
  'INVITATION_INVALID',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_REVOKED',
  'INVITATION_ACCEPTED',
  'WEAK_PASSWORD',
  'RESET_LINK_INVALID',
  'TOO_MANY_RESETS',
  'LAST_ADMIN',
  'SELF_DEACTIVATION',
  'FILE_HAS_BAD_LINES',
  'FILE_TOO_LARGE',
]);
