import type { AnalyticsDimension, AnalyticsFilter } from '../../gql/graphql';
import { periodInstants, type AnalyticsFilters, type Grouping } from './url-filters';

/** The server's dimension of each grouping the filters offer. */
export const DIMENSION: Record<Exclude<Grouping, 'none'>, AnalyticsDimension> = {
  market: 'MARKET',
  policy: 'POLICY',
  version: 'POLICY_VERSION',
  vendor: 'VENDOR',
  team: 'TEAM',
  facilitator: 'FACILITATOR',
  month: 'MONTH',
  week: 'WEEK',
};

/** The server's filter for the address's filters, market codes turned into ids. */
export function serverFilter(
  filters: AnalyticsFilters,
  markets: readonly { id: string; code: string }[],
): AnalyticsFilter {
  const ids = (value: string | null) => (value ? [value] : undefined);
  const marketIds = filters.markets
    .map((code) => markets.find((market) => market.code === code)?.id)
    .filter((id): id is string => Boolean(id));
  return {
    ...periodInstants(filters),
    ...(marketIds.length > 0 ? { marketIds } : {}),
    vendorIds: ids(filters.vendor),
    teamIds: ids(filters.team),
    policyIds: ids(filters.policy),
    policyVersionIds: ids(filters.version),
    facilitatorIds: ids(filters.facilitator),
  };
}

/** What the rates are grouped by: nothing, or the grouping the filters chose. */
export const groupByOf = (filters: AnalyticsFilters): AnalyticsDimension[] =>
  filters.group === 'none' ? [] : [DIMENSION[filters.group]];
