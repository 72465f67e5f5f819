import { featureErrors } from '../shared/errors.js';

/** Why a root-cause analysis request is refused; clients show `errors.rca.<REASON>`. */
export const rcaError = featureErrors('rca', [
  'WEEKS_OUT_OF_RANGE',
  'TREND_NEEDS_CATEGORY',
  'UNKNOWN_SCOPE',
  'VENDOR_OWN_TEAMS_ONLY',
  'NO_TREND_ERRORS',
  'UNKNOWN_LINKS',
  'ESCALATION_RESOLVED',
  'PLATFORM_WIDE',
  'ALREADY_STARTED',
  'NOT_STARTED',
  'ACTION_ITEMS_OPEN',
  'MANAGER_ONLY',
  'OWNER_NOT_ASSIGNABLE',
  'OWNER_OR_MANAGER_ONLY',
]);
