import { featureErrors } from '../shared/errors.js';

/** Why a case request is refused; clients show `errors.case.<REASON>`. */
export const caseError = featureErrors('case', ['PERIOD_REVERSED', 'FILE_HAS_BAD_LINES']);
