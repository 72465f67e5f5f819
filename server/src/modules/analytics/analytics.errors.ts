import { featureErrors } from '../shared/errors.js';

/** Why an analytics request is refused; clients show `errors.analytics.<REASON>`. */
export const analyticsError = featureErrors('analytics', [
  'TOO_MANY_DIMENSIONS',
  'DIMENSION_TWICE',
  'MANAGERS_ONLY',
  'THRESHOLD_OUT_OF_RANGE',
  'MIN_VOTES_INVALID',
  'PERIOD_REVERSED',
  'POLICY_REQUIRED',
  'LIMIT_OUT_OF_RANGE',
]);
