import type { EntityManager } from '@mikro-orm/postgresql';
import { unauthenticated } from '../../app/errors.js';
import type { Viewer } from '../../app/viewer.js';
import type { AnalyticsDimension, TrendInterval } from './analytics.enums.js';
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

/** Manager analytics over the aggregates kept at close (see analytics-aggregates.ts). */
export class AnalyticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  agreementRates(
    filter: AnalyticsFilter,
    groupBy: AnalyticsDimension[],
    interval: TrendInterval,
  ): Promise<AgreementRates> {
    return this.notYet(filter, groupBy, interval);
  }

  contestedItems(filter: AnalyticsFilter, limit?: number): Promise<AnalyticsItem[]> {
    return this.notYet(filter, limit);
  }

  confusedLabelPairs(filter: AnalyticsFilter, limit?: number): Promise<ConfusedLabelPair[]> {
    return this.notYet(filter, limit);
  }

  marketDrift(filter: AnalyticsFilter): Promise<MarketDrift[]> {
    return this.notYet(filter);
  }

  divergentItems(filter: AnalyticsFilter, limit?: number): Promise<DivergentItem[]> {
    return this.notYet(filter, limit);
  }

  lowAccuracyParticipants(
    filter: AnalyticsFilter,
    threshold?: number,
    minVotes?: number,
    limit?: number,
  ): Promise<LowAccuracyParticipant[]> {
    return this.notYet(filter, threshold, minVotes, limit);
  }

  policyVersionComparison(policyId: string, filter: AnalyticsFilter): Promise<AgreementRateRow[]> {
    return this.notYet(policyId, filter);
  }

  vendorComparison(filter: AnalyticsFilter): Promise<VendorComparisonRow[]> {
    return this.notYet(filter);
  }

  options(): Promise<AnalyticsOptions> {
    return this.notYet();
  }

  exportCsv(input: AnalyticsExportInput): Promise<string> {
    return this.notYet(input);
  }

  private notYet(...args: unknown[]): Promise<never> {
    void args;
    void this.em;
    void this.me;
    return Promise.reject(new Error('analytics: not implemented yet'));
  }
}
