import type { ErrorCategory } from '../gql/graphql';

/** In the order the form offers them: the common mistakes first, "other" last. */
export const ERROR_CATEGORIES: readonly ErrorCategory[] = [
  'MISSED_VIOLATION',
  'OVER_ENFORCEMENT',
  'WRONG_POLICY',
  'WRONG_SEVERITY',
  'OTHER',
];
