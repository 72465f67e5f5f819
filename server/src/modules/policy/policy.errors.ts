import { featureErrors } from '../shared/errors.js';

/** Why a policy request is refused; clients show `errors.policy.<REASON>`. */
export const policyError = featureErrors('policy', [
  'DIFFERENT_POLICIES',
  'KEY_TAKEN',
  'DRAFT_EXISTS',
  'BASE_NOT_IN_POLICY',
  'TAXONOMY_PROBLEMS',
  'NOT_PUBLISHABLE',
  'NOT_A_DRAFT',
  'NOT_PUBLISHED',
  'RETIRED',
  'FAQ_INCOMPLETE',
]);
