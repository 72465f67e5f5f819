import { featureErrors } from '../shared/errors.js';

/** Why reading the outbox is refused; clients show `errors.mail.<REASON>`. */
export const mailError = featureErrors('mail', ['NOT_AN_ADMIN']);
