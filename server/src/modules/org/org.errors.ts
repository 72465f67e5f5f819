import { featureErrors } from '../shared/errors.js';

/** Why changing vendors, markets or teams is refused; clients show `errors.org.<REASON>`. */
export const orgError = featureErrors('org', ['NOT_AN_ADMIN', 'OTHER_VENDOR', 'NAME_TAKEN', 'CODE_TAKEN']);
