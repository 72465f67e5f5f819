import { toCsv } from './analytics-csv.js';
import { AnalyticsDimension, AnalyticsTable, TrendInterval } from './analytics.enums.js';
import { analyticsError } from './analytics.errors.js';
import type { AnalyticsExportInput, AnalyticsFilter } from './analytics.inputs.js';
import type {
  AgreementRateRow,
  AgreementRates,
  AnalyticsItem,
  ConfusedLabelPair,
  DivergentItem,
  LowAccuracyParticipant,
  MarketDrift,
  VendorComparisonRow,
} from './analytics.types.js';

/** The queries an export runs: the service's own, so a file holds what the page shows (and checks the same rights). */
export interface AnalyticsQueries {
  agreementRates(
    filter: AnalyticsFilter,
    groupBy: AnalyticsDimension[],
    interval: TrendInterval,
  ): Promise<AgreementRates>;
  policyVersionComparison(policyId: string, filter: AnalyticsFilter): Promise<AgreementRateRow[]>;
  contestedItems(filter: AnalyticsFilter, limit?: number): Promise<AnalyticsItem[]>;
  divergentItems(filter: AnalyticsFilter, limit?: number): Promise<DivergentItem[]>;
  confusedLabelPairs(filter: AnalyticsFilter, limit?: number): Promise<ConfusedLabelPair[]>;
  marketDrift(filter: AnalyticsFilter): Promise<MarketDrift[]>;
  lowAccuracyParticipants(
    filter: AnalyticsFilter,
    threshold?: number,
    minVotes?: number,
    limit?: number,
  ): Promise<LowAccuracyParticipant[]>;
  vendorComparison(filter: AnalyticsFilter): Promise<VendorComparisonRow[]>;
}

/** One analytics table as CSV (RFC 4180, see analytics-csv.ts). */
export async function exportCsv(queries: AnalyticsQueries, input: AnalyticsExportInput): Promise<string> {
  const filter = input.filter ?? {};
  switch (input.table) {
    case AnalyticsTable.AGREEMENT_RATES: {
      const rates = await queries.agreementRates(filter, input.groupBy ?? [], TrendInterval.MONTH);
      return toCsv.rates(input.groupBy?.length ? rates.rows : [rates.total], input.groupBy ?? []);
    }
    case AnalyticsTable.TREND: {
      const interval = input.interval ?? TrendInterval.MONTH;
      const rates = await queries.agreementRates(filter, [], interval);
      return toCsv.rates(rates.trend, [
        interval === TrendInterval.WEEK ? AnalyticsDimension.WEEK : AnalyticsDimension.MONTH,
      ]);
    }
    case AnalyticsTable.CONTESTED_ITEMS:
      return toCsv.items(await queries.contestedItems(filter, input.limit));
    case AnalyticsTable.DIVERGENT_ITEMS:
      return toCsv.divergent(await queries.divergentItems(filter, input.limit));
    case AnalyticsTable.CONFUSED_LABEL_PAIRS:
      return toCsv.pairs(await queries.confusedLabelPairs(filter, input.limit));
    case AnalyticsTable.MARKET_DRIFT:
      return toCsv.drift(await queries.marketDrift(filter));
    case AnalyticsTable.LOW_ACCURACY_PARTICIPANTS:
      return toCsv.participants(
        await queries.lowAccuracyParticipants(filter, input.threshold, input.minVotes, input.limit),
      );
    case AnalyticsTable.POLICY_VERSIONS:
      if (!input.policyId) throw analyticsError('BAD_USER_INPUT', 'POLICY_REQUIRED', 'POLICY_VERSIONS needs policyId.');
      return toCsv.rates(await queries.policyVersionComparison(input.policyId, filter), [
        AnalyticsDimension.POLICY_VERSION,
      ]);
    case AnalyticsTable.VENDORS:
      return toCsv.vendors(await queries.vendorComparison(filter));
  }
}
