import { featureErrors } from '../shared/errors.js';

/** Why reading or exporting the audit log is refused; clients show `errors.auditlog.<REASON>`. */
export const auditLogError = featureErrors('auditlog', ['NOT_AN_ADMIN', 'BAD_PERIOD', 'TOO_MANY_ROWS']);
