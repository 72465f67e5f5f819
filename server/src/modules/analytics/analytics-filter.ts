import { AnalyticsDimension } from './analytics.enums.js';
import { analyticsError } from './analytics.errors.js';
import type { AnalyticsFilter } from './analytics.inputs.js';
import { ScopeLevel } from './session-aggregates.js';

// A filter in SQL over the aggregate tables: the WHERE clause, the aggregate level that
// answers it, and the page size of the ranked lists.

/** A filter after the viewer's scope is applied: a vendor's staff always carry their vendor. */
export type Scoped = AnalyticsFilter & { vendorIds?: string[] };

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

/** A WHERE clause over one aggregate table (columns optionally prefixed by an alias). */
export function where(filter: Scoped, options: { level?: number; alias?: string } = {}) {
  const a = options.alias ? `${options.alias}.` : '';
  const sql: string[] = [];
  const params: unknown[] = [];
  if (options.level !== undefined) {
    sql.push(`${a}level = ?`);
    params.push(options.level);
  }
  if (filter.from) {
    sql.push(`${a}closed_at >= ?::timestamptz`);
    params.push(filter.from.toISOString());
  }
  if (filter.to) {
    sql.push(`${a}closed_at < ?::timestamptz`);
    params.push(filter.to.toISOString());
  }
  const list = (column: string, ids: string[] | undefined) => {
    if (!ids?.length) return;
    sql.push(`${a}${column} in (?)`);
    params.push(ids);
  };
  list('market_id', filter.marketIds);
  list('vendor_id', filter.vendorIds);
  list('team_id', filter.teamIds);
  list('policy_id', filter.policyIds);
  list('policy_version_id', filter.policyVersionIds);
  list('facilitator_id', filter.facilitatorIds);
  return { sql: sql.length ? `where ${sql.join(' and ')}` : '', params };
}

/** Which aggregate level answers a query: the voters it must tell apart. */
export function levelFor(filter: Scoped, dims: AnalyticsDimension[]): number {
  const market = dims.includes(AnalyticsDimension.MARKET) || !!filter.marketIds?.length;
  const team = dims.includes(AnalyticsDimension.TEAM) || !!filter.teamIds?.length;
  const vendor = dims.includes(AnalyticsDimension.VENDOR) || !!filter.vendorIds?.length;
  return (market ? ScopeLevel.MARKET : 0) | (team ? ScopeLevel.TEAM : vendor ? ScopeLevel.VENDOR : 0);
}

/** The item-level aggregates' level for a filter: the voters it must tell apart (a team implies its vendor). */
export function itemLevel(filter: Scoped, withMarkets: boolean) {
  return (
    (withMarkets && filter.marketIds?.length ? ScopeLevel.MARKET : 0) |
    (filter.teamIds?.length ? ScopeLevel.TEAM : filter.vendorIds?.length ? ScopeLevel.VENDOR : 0)
  );
}

/** A ranked list's page size: 50 unless asked, 1 to 1,000. */
export const limitOf = (limit: number | undefined) => {
  if (limit === undefined || limit === null) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw analyticsError('BAD_USER_INPUT', 'LIMIT_OUT_OF_RANGE', `limit is 1 to ${MAX_LIMIT}.`, {
      min: 1,
      max: MAX_LIMIT,
    });
  }
  return limit;
};
