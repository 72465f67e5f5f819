import { AnalyticsTable } from './analytics.enums.js';
import { AuditAction } from '../shared/audit-log/audit-action.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound, unauthenticated } from '../shared/errors.js';
import { policyVersionScope, teamScope, userScope } from '../shared/visibility/scopes.js';
import type { Viewer } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import * as comparisons from './analytics-comparisons.js';
import { type AnalyticsQueries, exportCsv } from './analytics-export.js';
import { figuresOfGroups } from './analytics-figures.js';
import { levelFor, type Scoped, where } from './analytics-filter.js';
import * as itemQueries from './analytics-items.js';
import { emptyRow, labelRows } from './analytics-labels.js';
import { scopeFilter } from './analytics-scope.js';
import { type Group, groupSums, mergeGroups, parseUuidArray } from './analytics-sums.js';
import { AnalyticsDimension, TrendInterval } from './analytics.enums.js';
import { analyticsError } from './analytics.errors.js';
import type { AnalyticsExportInput, AnalyticsFilter } from './analytics.inputs.js';
import type {
  AgreementRateRow,
  AgreementRates,
  AnalyticsItem,
  AnalyticsOptions,
  ConfusedLabelPair,
  DivergentItem,
  LowAccuracyParticipant,
  MarketDrift,
  VendorComparisonRow,
} from './analytics.types.js';
import { ScopeLevel } from './session-aggregates.js';

/**
 * Manager analytics over the aggregates kept at close (analytics-aggregates.ts). Who
 * may ask is declared on the resolver; here each query is limited to what the viewer
 * may see (analytics-scope.ts): a vendor's staff only ever count their own vendor's
 * votes and people, and naming another vendor's vendor or team answers NOT_FOUND.
 *
 * The work is elsewhere, one reason to change a file: the SQL filter (analytics-filter.ts),
 * the queries that return sums (analytics-sums.ts), the figures from them
 * (analytics-figures.ts, over stats/pooled.ts), labelling rows with entities
 * (analytics-labels.ts), the drill-downs (analytics-items.ts, analytics-comparisons.ts)
 * and the CSV export (analytics-export.ts, analytics-csv.ts).
 */
/** Tables that name people, whose every export is recorded. */
const PEOPLE_TABLES = new Set([AnalyticsTable.LOW_ACCURACY_PARTICIPANTS]);

export class AnalyticsService implements AnalyticsQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly trail: AuditTrail,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  private scope(filter: AnalyticsFilter): Promise<Scoped> {
    return scopeFilter(this.em, this.me, filter);
  }

  // ---- agreement rates ----

  async agreementRates(
    filter: AnalyticsFilter,
    groupBy: AnalyticsDimension[],
    interval: TrendInterval,
  ): Promise<AgreementRates> {
    if (groupBy.length > 2) {
      throw analyticsError('BAD_USER_INPUT', 'TOO_MANY_DIMENSIONS', 'Group by at most two dimensions.', { max: 2 });
    }
    if (new Set(groupBy).size !== groupBy.length) {
      throw analyticsError('BAD_USER_INPUT', 'DIMENSION_TWICE', 'Each dimension may appear once in groupBy.');
    }
    const scoped = await this.scope(filter);
    const trendBy = interval === TrendInterval.WEEK ? AnalyticsDimension.WEEK : AnalyticsDimension.MONTH;
    const trendLevel = levelFor(scoped, [trendBy]);
    const [rows, periods] = await Promise.all([
      groupBy.length ? this.rates(scoped, groupBy) : Promise.resolve([]),
      groupSums(this.em, scoped, [trendBy], trendLevel),
    ]);
    // Every session closes in one period, so the total is the trend's periods added up (no scan of its own).
    const [total] = await this.finish(
      [mergeGroups(periods)].filter((g) => g.sums.units > 0),
      [],
    );
    const trend = await this.finish(periods, [trendBy]);
    return { groupBy, rows, total: total ?? emptyRow(), trend };
  }

  async policyVersionComparison(policyId: string, filter: AnalyticsFilter): Promise<AgreementRateRow[]> {
    const policy = await this.em.findOne(Policy, policyId);
    if (!policy) throw notFound('Policy', policyId);
    const scoped = await this.scope({ ...filter, policyIds: [policyId] });
    const rows = await this.rates(scoped, [AnalyticsDimension.POLICY_VERSION]);
    const versions = await this.em.find(
      PolicyVersion,
      { $and: [{ policy }, policyVersionScope(this.me)] },
      { orderBy: { number: 'asc' }, populate: ['policy'] },
    );
    // Every version the viewer may see, those without closed sessions too, so the client can set them side by side.
    return versions
      .filter((v) => !filter.policyVersionIds?.length || filter.policyVersionIds.includes(v.id))
      .map((v) => rows.find((r) => r.policyVersion?.id === v.id) ?? { ...emptyRow(), policyVersion: v });
  }

  private async rates(filter: Scoped, dims: AnalyticsDimension[]): Promise<AgreementRateRow[]> {
    return this.finish(await groupSums(this.em, filter, dims, levelFor(filter, dims)), dims);
  }

  /** The figures of each group (q from its versions' taxonomies), as rows labelled with their entities. */
  private async finish(groups: Group[], dims: AnalyticsDimension[]): Promise<AgreementRateRow[]> {
    return labelRows(this.em, this.me, await figuresOfGroups(this.em, groups), dims);
  }

  // ---- drill-downs ----

  async contestedItems(filter: AnalyticsFilter, limit?: number): Promise<AnalyticsItem[]> {
    return itemQueries.contestedItems(this.em, await this.scope(filter), limit);
  }

  /**
   * Items whose markets' majorities differ. With a market filter, only the chosen markets
   * are compared (their divergence, votes and split): one market alone has nothing to
   * compare with, so the answer is empty.
   */
  async divergentItems(filter: AnalyticsFilter, limit?: number): Promise<DivergentItem[]> {
    return itemQueries.divergentItems(this.em, await this.scope(filter), limit);
  }

  async confusedLabelPairs(filter: AnalyticsFilter, limit?: number): Promise<ConfusedLabelPair[]> {
    return comparisons.confusedLabelPairs(this.em, await this.scope(filter), limit);
  }

  async marketDrift(filter: AnalyticsFilter): Promise<MarketDrift[]> {
    return comparisons.marketDrift(this.em, this.me, await this.scope(filter));
  }

  async lowAccuracyParticipants(
    filter: AnalyticsFilter,
    threshold = 0.8,
    minVotes = 20,
    limit?: number,
  ): Promise<LowAccuracyParticipant[]> {
    // Also reached through the CSV export, whose resolver admits every analyst.
    if (this.me.role !== Role.QA_MANAGER) {
      throw analyticsError('FORBIDDEN', 'MANAGERS_ONLY', 'Only QA managers see participants below a threshold.');
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw analyticsError('BAD_USER_INPUT', 'THRESHOLD_OUT_OF_RANGE', 'threshold is a share: between 0 and 1.');
    }
    if (!Number.isInteger(minVotes) || minVotes < 1) {
      throw analyticsError('BAD_USER_INPUT', 'MIN_VOTES_INVALID', 'minVotes is a whole number, at least 1.', {
        min: 1,
      });
    }
    const scoped = await this.scope(filter);
    return comparisons.lowAccuracyParticipants(this.em, this.me, scoped, threshold, minVotes, limit);
  }

  async vendorComparison(filter: AnalyticsFilter): Promise<VendorComparisonRow[]> {
    return comparisons.vendorComparison(this.em, this.me, await this.scope(filter));
  }

  // ---- options and export ----

  async options(): Promise<AnalyticsOptions> {
    const me = this.me;
    const level = me.vendorId === null ? ScopeLevel.ALL : ScopeLevel.VENDOR;
    const w = where(await this.scope({}), { level });
    const [markets, vendors, teams, policies, policyVersions, span] = await Promise.all([
      this.em.find(Market, {}, { orderBy: { code: 'asc' } }),
      this.em.find(Vendor, me.vendorId === null ? {} : { id: me.vendorId }, { orderBy: { name: 'asc' } }),
      this.em.find(Team, teamScope(me), { orderBy: { name: 'asc' } }),
      this.em.find(Policy, {}, { orderBy: { key: 'asc' } }),
      this.em.find(PolicyVersion, policyVersionScope(me), { orderBy: { policy: { key: 'asc' }, number: 'asc' } }),
      this.em.execute<{ first: Date | null; last: Date | null; facilitators: string | string[] | null }[]>(
        `select min(closed_at) as first, max(closed_at) as last, array_agg(distinct facilitator_id) as facilitators
           from analytics_scope_stat ${w.sql}`,
        w.params,
      ),
    ]);
    const facilitatorIds = parseUuidArray(span[0]?.facilitators ?? null);
    const facilitators = facilitatorIds.length
      ? await this.em.find(
          User,
          { $and: [{ id: { $in: facilitatorIds } }, userScope(me)] },
          { orderBy: { name: 'asc' } },
        )
      : [];
    return {
      markets,
      vendors,
      teams,
      policies,
      policyVersions,
      facilitators,
      firstClosedAt: span[0]?.first ? new Date(span[0].first) : null,
      lastClosedAt: span[0]?.last ? new Date(span[0].last) : null,
    };
  }

  /** A table as CSV; exporting people by name (low accuracy) is in the audit log. */
  async exportCsv(input: AnalyticsExportInput): Promise<string> {
    const csv = await exportCsv(this, input);
    if (PEOPLE_TABLES.has(input.table)) {
      await this.trail.write({
        action: AuditAction.PEOPLE_EXPORTED,
        target: { type: 'AnalyticsTable', id: null, label: input.table },
        after: { table: input.table, rows: Math.max(0, csv.trimEnd().split('\n').length - 1) },
      });
    }
    return csv;
  }
}
