import { registerEnumType } from 'type-graphql';

/** What agreement rates can be grouped by (at most two at once: a market × policy heat map, say). */
export enum AnalyticsDimension {
  MARKET = 'MARKET',
  POLICY = 'POLICY',
  POLICY_VERSION = 'POLICY_VERSION',
  VENDOR = 'VENDOR',
  TEAM = 'TEAM',
  FACILITATOR = 'FACILITATOR',
  MONTH = 'MONTH',
  WEEK = 'WEEK',
}

registerEnumType(AnalyticsDimension, {
  name: 'AnalyticsDimension',
  description: 'A dimension of agreement rates: each row of a grouped answer is one value of it.',
  valuesConfig: {
    MARKET: { description: "The voter's market when invited." },
    POLICY: { description: 'The policy, all versions pooled.' },
    POLICY_VERSION: { description: 'One version of a policy.' },
    VENDOR: { description: "The voter's vendor; the row with no vendor is the platform's own staff." },
    TEAM: { description: "The voter's team; the row with no team is people without one (admins, policy owners)." },
    FACILITATOR: { description: "The session's facilitator." },
    MONTH: { description: 'The calendar month (UTC) the session closed in.' },
    WEEK: { description: 'The ISO week (Monday, UTC) the session closed in.' },
  },
});

export enum TrendInterval {
  MONTH = 'MONTH',
  WEEK = 'WEEK',
}

registerEnumType(TrendInterval, {
  name: 'AgreementTrendInterval',
  description: 'The step of an agreement trend series (audit quality trends use TrendInterval: days or weeks).',
});

/** The tables `analyticsExport` writes as CSV: one per analytics query. */
export enum AnalyticsTable {
  AGREEMENT_RATES = 'AGREEMENT_RATES',
  TREND = 'TREND',
  CONTESTED_ITEMS = 'CONTESTED_ITEMS',
  CONFUSED_LABEL_PAIRS = 'CONFUSED_LABEL_PAIRS',
  MARKET_DRIFT = 'MARKET_DRIFT',
  DIVERGENT_ITEMS = 'DIVERGENT_ITEMS',
  LOW_ACCURACY_PARTICIPANTS = 'LOW_ACCURACY_PARTICIPANTS',
  POLICY_VERSIONS = 'POLICY_VERSIONS',
  VENDORS = 'VENDORS',
}

registerEnumType(AnalyticsTable, {
  name: 'AnalyticsTable',
  description: 'An analytics table, as `analyticsExport` writes it in CSV.',
  valuesConfig: {
    AGREEMENT_RATES: { description: '`agreementRates.rows` (with `groupBy`), or its total without grouping.' },
    TREND: { description: '`agreementRates.trend` (with `interval`).' },
    CONTESTED_ITEMS: { description: '`contestedItems`.' },
    CONFUSED_LABEL_PAIRS: { description: '`confusedLabelPairs`.' },
    MARKET_DRIFT: { description: '`marketDrift`.' },
    DIVERGENT_ITEMS: { description: '`divergentItems`.' },
    LOW_ACCURACY_PARTICIPANTS: { description: '`lowAccuracyParticipants` (QA managers only).' },
    POLICY_VERSIONS: { description: '`policyVersionComparison` (needs `policyId`).' },
    VENDORS: { description: '`vendorComparison`.' },
  },
});
