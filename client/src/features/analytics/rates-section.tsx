import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { AnalyticsFilter } from '../../gql/graphql';
import { currentData } from '../../lib/current-data';
import { exportFileName, type Period } from './export-name';
import { figuresOf, HeadlineFigures, useFigureColumns, type Figures } from './figures';
import { MarketPolicyHeatMap, type HeatCell } from './heat-map';
import { groupByOf } from './server-filter';
import { bucketLabel, TrendChart } from './trend-chart';
import type { AnalyticsFilters, Grouping } from './url-filters';
import styles from './analytics.module.css';

export const AnalyticsRatesQuery = graphql(`
  query AnalyticsRates($filter: AnalyticsFilter, $groupBy: [AnalyticsDimension!], $interval: AgreementTrendInterval) {
    agreementRates(filter: $filter, groupBy: $groupBy, interval: $interval) {
      total {
        ...AnalyticsFigures
      }
      trend {
        period
        ...AnalyticsFigures
      }
      rows {
        market {
          id
          code
        }
        policy {
          id
          title
        }
        policyVersion {
          id
          number
          policy {
            id
            title
          }
        }
        vendor {
          id
          name
        }
        team {
          id
          name
        }
        facilitator {
          id
          name
        }
        period
        ...AnalyticsFigures
      }
    }
    heatMap: agreementRates(filter: $filter, groupBy: [MARKET, POLICY]) {
      rows {
        market {
          id
          code
        }
        policy {
          id
          title
        }
        ...AnalyticsFigures
      }
    }
  }
`);

/**
 * The figures over everything the filters select: the headline, the trend, the market ×
 * policy heat map and, when the filters group them, the figures per group.
 */
export function RatesSection({
  filters,
  filter,
  period,
}: {
  filters: AnalyticsFilters;
  filter: AnalyticsFilter;
  period: Period;
}) {
  const { t } = useTranslation();
  const rates = useQuery(AnalyticsRatesQuery, {
    variables: { filter, groupBy: groupByOf(filters), interval: filters.interval === 'week' ? 'WEEK' : 'MONTH' },
  });
  const data = currentData(rates);
  return (
    <>
      <QueryState
        loading={rates.loading}
        error={rates.error}
        hasData={Boolean(data)}
        loadingLabel={t('analytics.loading')}
        errorTitle={t('analytics.loadFailed')}
        onRetry={() => void rates.refetch()}
      />
      {data ? (
        <div aria-busy={rates.loading} className={styles.stack}>
          <HeadlineFigures figures={figuresOf(data.agreementRates.total)} />
          <TrendChart
            interval={filters.interval}
            period={period}
            points={data.agreementRates.trend.map((point) => ({
              start: point.period ?? '',
              figures: figuresOf(point),
            }))}
          />
          <MarketPolicyHeatMap
            period={period}
            cells={data.heatMap.rows.flatMap((row): HeatCell[] =>
              row.market && row.policy
                ? [
                    {
                      market: row.market.code,
                      policyId: row.policy.id,
                      policyTitle: row.policy.title,
                      figures: figuresOf(row),
                    },
                  ]
                : [],
            )}
          />
          {filters.group !== 'none' ? (
            <Breakdown
              group={filters.group}
              period={period}
              rows={data.agreementRates.rows.map((row) => ({ ...row, figures: figuresOf(row) }))}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}

type GroupRow = {
  market?: { code: string } | null;
  policy?: { title: string } | null;
  policyVersion?: { number: number; policy: { title: string } } | null;
  vendor?: { name: string } | null;
  team?: { name: string } | null;
  facilitator?: { name: string } | null;
  period?: string | null;
  figures: Figures;
};

/** The figures per group (market, policy, month…), as chosen in the filters. */
function Breakdown({
  group,
  rows,
  period,
}: {
  group: Exclude<Grouping, 'none'>;
  rows: readonly GroupRow[];
  period: Period;
}) {
  const { t, i18n } = useTranslation();
  const name = (row: GroupRow): string => {
    switch (group) {
      case 'market':
        return row.market?.code ?? '—';
      case 'policy':
        return row.policy?.title ?? '—';
      case 'version':
        return row.policyVersion
          ? t('calibration.common.policyVersion', {
              policy: row.policyVersion.policy.title,
              number: row.policyVersion.number,
            })
          : '—';
      case 'vendor':
        return row.vendor?.name ?? t('analytics.platformStaff');
      case 'team':
        return row.team?.name ?? t('analytics.noTeam');
      case 'facilitator':
        return row.facilitator?.name ?? '—';
      case 'month':
      case 'week':
        return row.period ? bucketLabel(row.period, group === 'month' ? 'month' : 'week', i18n.language) : '—';
    }
  };
  const columns: Column<GroupRow>[] = [
    {
      csv: group,
      header: t(`analytics.groups.${group}`),
      rowHeader: true,
      // Periods go to the CSV as dates, not as the reader's month names.
      value: (row) => (group === 'month' || group === 'week' ? (row.period?.slice(0, 10) ?? null) : name(row)),
      cell: (row) => name(row),
    },
    ...useFigureColumns<GroupRow>((row) => row.figures),
  ];
  return (
    <DataTable
      title={t('analytics.breakdown', { group: t(`analytics.groups.${group}`) })}
      lead={t('analytics.breakdownLead')}
      columns={columns}
      rows={rows}
      rowKey={(row, index) => `${name(row)}-${index}`}
      csvFile={exportFileName(`by-${group}`, period)}
      empty={t('analytics.noData')}
      testId="breakdown"
    />
  );
}
