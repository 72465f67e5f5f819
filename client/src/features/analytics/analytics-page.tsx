import { useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from '../../app/address-params';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { type Column, DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { DocumentTitle } from '../../components/document-title';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { AnalyticsDimension, AnalyticsFilter, Role } from '../../gql/graphql';
import { exportFileName, type Period } from './export-name';
import { currentData } from '../../lib/current-data';
import { useViewerRole } from '../../lib/viewer-role';
import { DrillDownSection } from './drill-down-section';
import { ParticipantsTable, VendorComparisonTable } from './drill-downs';
import { useFigureColumns, HeadlineFigures, type Figures } from './figures';
import { FilterBar, type FilterChoices, type FiltersChange } from './filter-bar';
import { MarketPolicyHeatMap, type HeatCell } from './heat-map';
import { bucketLabel, TrendChart } from './trend-chart';
import {
  filtersToParams,
  parseFilters,
  periodInstants,
  reconcileFilters,
  type AnalyticsFilters,
  type FilterIssue,
  type FilterOptions,
  type Grouping,
} from './url-filters';
import styles from './analytics.module.css';

export const AnalyticsFiguresFragment = graphql(`
  fragment AnalyticsFigures on AgreementRateRow {
    sessions
    items
    votes
    percentAgreement {
      value
      reason
    }
    fleissKappa {
      value
      reason
    }
    krippendorffAlpha {
      value
      reason
    }
    gwetAC1 {
      value
      reason
    }
    accuracy {
      value
      reason
    }
  }
`);

export const AnalyticsOptionsQuery = graphql(`
  query AnalyticsOptions {
    analyticsOptions {
      markets {
        id
        code
        name
      }
      vendors {
        id
        name
      }
      teams {
        id
        name
      }
      policies {
        id
        title
      }
      policyVersions {
        id
        number
        policy {
          id
        }
      }
      facilitators {
        id
        name
      }
    }
  }
`);

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

export const AnalyticsComparisonsQuery = graphql(`
  query AnalyticsComparisons(
    $filter: AnalyticsFilter
    $versionFilter: AnalyticsFilter
    $policyId: ID!
    $withPolicy: Boolean!
  ) {
    vendorComparison(filter: $filter) {
      vendor {
        id
        name
      }
      items
      votes
      correctVotes
      accuracy {
        value
        reason
      }
      percentAgreement {
        value
        reason
      }
    }
    policyVersionComparison(policyId: $policyId, filter: $versionFilter) @include(if: $withPolicy) {
      policyVersion {
        id
        number
        effectiveDate
      }
      ...AnalyticsFigures
    }
  }
`);

export const AnalyticsParticipantsQuery = graphql(`
  query AnalyticsParticipants($filter: AnalyticsFilter, $threshold: Float) {
    lowAccuracyParticipants(filter: $filter, threshold: $threshold, limit: 50) {
      user {
        id
        name
      }
      market {
        id
        code
      }
      team {
        id
        name
      }
      sessions
      goldVotes
      correctVotes
      accuracy
    }
  }
`);

/** Who may read analytics; the server checks again on every query. */
export const ANALYST_ROLES: readonly Role[] = ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST', 'POLICY_OWNER'];

const DIMENSION: Record<Exclude<Grouping, 'none'>, AnalyticsDimension> = {
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

/** What the filters may name: the markets, people and policies the viewer can see. */
function toFilterOptions(choices: FilterChoices): FilterOptions {
  const policies = new Map<string, string[]>();
  for (const policy of choices.policies) policies.set(policy.id, []);
  for (const version of choices.policyVersions) policies.get(version.policyId)?.push(version.id);
  return {
    markets: choices.markets.map((m) => m.code),
    vendors: choices.vendors.map((v) => v.id),
    teams: choices.teams.map((team) => team.id),
    policies,
    facilitators: choices.facilitators.map((f) => f.id),
  };
}

/** Manager analytics: agreement over closed sessions, filtered through the address. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const role = useViewerRole();
  const allowed = role !== null && ANALYST_ROLES.includes(role);
  return (
    <Page width="xl">
      <DocumentTitle title={t('analytics.title')} />
      {role === null ? (
        <LoadingState label={t('analytics.loading')} />
      ) : allowed ? (
        <AnalyticsBody role={role} />
      ) : (
        <>
          <PageHeader title={t('analytics.title')} />
          <Alert tone="info" title={t('analytics.forbiddenTitle')}>
            {t('analytics.forbidden')}
          </Alert>
        </>
      )}
    </Page>
  );
}

function AnalyticsBody({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [params, updateParams] = useAddressParams();
  // Read once per render: the date is today's for presets, not the moment the page opened.
  const today = useMemo(() => new Date(), []);
  const parsed = useMemo(() => parseFilters(params), [params]);
  const options = useQuery(AnalyticsOptionsQuery);
  const choices: FilterChoices | null = useMemo(() => {
    const o = options.data?.analyticsOptions;
    if (!o) return null;
    return {
      markets: o.markets,
      vendors: o.vendors,
      teams: o.teams,
      policies: o.policies,
      policyVersions: o.policyVersions.map((v) => ({ id: v.id, number: v.number, policyId: v.policy.id })),
      facilitators: o.facilitators,
    };
  }, [options.data]);
  const filterOptions = useMemo(() => (choices ? toFilterOptions(choices) : null), [choices]);
  const reconciled = useMemo(
    () =>
      filterOptions
        ? reconcileFilters(parsed.filters, filterOptions)
        : { filters: parsed.filters, issues: [] as FilterIssue[] },
    [parsed.filters, filterOptions],
  );
  const filters = reconciled.filters;
  const issues = [...parsed.issues, ...reconciled.issues];
  const period: Period = { from: filters.from, to: filters.to };
  // Built on the address as it is now, not on this render's filters (see useAddressParams).
  const update = (change: FiltersChange) =>
    updateParams((current) => {
      const latest = parseFilters(current).filters;
      return filtersToParams(change(filterOptions ? reconcileFilters(latest, filterOptions).filters : latest));
    });

  return (
    <>
      <PageHeader
        title={t('analytics.title')}
        lead={t('analytics.lead')}
        actions={
          <div className={styles.headerActions}>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('analytics.printReport')}
            </button>
          </div>
        }
      />
      {options.error ? (
        <ErrorAlert error={options.error} title={t('analytics.loadFailed')} onRetry={() => void options.refetch()} />
      ) : null}
      {choices ? (
        <>
          <FilterBar filters={filters} choices={choices} onChange={update} today={today} />
          <PrintSummary filters={filters} choices={choices} />
          {issues.length > 0 ? <FilterIssues issues={issues} /> : null}
          <AnalyticsContent filters={filters} choices={choices} period={period} role={role} onChange={update} />
        </>
      ) : !options.error ? (
        <LoadingState label={t('analytics.loading')} />
      ) : null}
    </>
  );
}

/** What the address asked for that the page could not use, and what it did instead. */
function FilterIssues({ issues }: { issues: readonly FilterIssue[] }) {
  const { t } = useTranslation();
  return (
    <Alert tone="info" title={t('analytics.issuesTitle')}>
      <ul className={styles.issues} data-testid="filter-issues">
        {issues.map((issue, index) => (
          <li key={`${issue.param}-${index}`}>
            {t(`analytics.issues.${issue.reason}`, {
              param: t(`analytics.params.${issue.param}`),
              value: issue.value,
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** On paper the filter controls are left out; this line says what the report covers instead. */
function PrintSummary({ filters, choices }: { filters: AnalyticsFilters; choices: FilterChoices }) {
  const { t, i18n } = useTranslation();
  const parts = [
    filters.from || filters.to
      ? t('analytics.print.period', { from: filters.from ?? '…', to: filters.to ?? '…' })
      : t('analytics.filters.presets.all'),
    filters.markets.length > 0 ? filters.markets.join(', ') : t('analytics.print.allMarkets'),
    choices.policies.find((p) => p.id === filters.policy)?.title,
    choices.policyVersions.find((v) => v.id === filters.version)
      ? t('analytics.versionN', { number: choices.policyVersions.find((v) => v.id === filters.version)?.number ?? 0 })
      : undefined,
    choices.vendors.find((v) => v.id === filters.vendor)?.name,
    choices.teams.find((team) => team.id === filters.team)?.name,
    choices.facilitators.find((f) => f.id === filters.facilitator)?.name,
  ].filter(Boolean);
  return (
    <p className={`${styles.printOnly} ${styles.provenance}`}>
      {t('analytics.print.covers', { filters: parts.join(' · '), date: new Date().toLocaleString(i18n.language) })}
    </p>
  );
}

function AnalyticsContent({
  filters,
  choices,
  period,
  role,
  onChange,
}: {
  filters: AnalyticsFilters;
  choices: FilterChoices;
  period: Period;
  role: Role;
  onChange: (change: FiltersChange) => void;
}) {
  const { t } = useTranslation();
  const filter = serverFilter(filters, choices.markets);
  const groupBy = filters.group === 'none' ? [] : [DIMENSION[filters.group]];
  const rates = useQuery(AnalyticsRatesQuery, {
    variables: { filter, groupBy, interval: filters.interval === 'week' ? 'WEEK' : 'MONTH' },
  });
  const { policyVersionIds: _ignored, ...versionFilter } = filter;
  const comparisons = useQuery(AnalyticsComparisonsQuery, {
    variables: { filter, versionFilter, policyId: filters.policy ?? '', withPolicy: Boolean(filters.policy) },
  });
  const isManager = role === 'QA_MANAGER';
  const participants = useQuery(AnalyticsParticipantsQuery, {
    variables: { filter, threshold: filters.threshold },
    skip: !isManager,
  });

  const ratesData = currentData(rates);
  const comparisonsData = currentData(comparisons);
  const participantsData = currentData(participants);
  const figures = (row: FragmentType<typeof AnalyticsFiguresFragment>): Figures =>
    getFragmentData(AnalyticsFiguresFragment, row);

  return (
    <>
      <QueryState
        loading={rates.loading}
        error={rates.error}
        hasData={Boolean(ratesData)}
        loadingLabel={t('analytics.loading')}
        errorTitle={t('analytics.loadFailed')}
        onRetry={() => void rates.refetch()}
      />
      {ratesData ? (
        <div aria-busy={rates.loading} className={styles.stack}>
          <HeadlineFigures figures={figures(ratesData.agreementRates.total)} />
          <TrendChart
            interval={filters.interval}
            period={period}
            points={ratesData.agreementRates.trend.map((point) => ({
              start: point.period ?? '',
              figures: figures(point),
            }))}
          />
          <MarketPolicyHeatMap
            period={period}
            cells={ratesData.heatMap.rows.flatMap((row): HeatCell[] =>
              row.market && row.policy
                ? [
                    {
                      market: row.market.code,
                      policyId: row.policy.id,
                      policyTitle: row.policy.title,
                      figures: figures(row),
                    },
                  ]
                : [],
            )}
          />
          {filters.group !== 'none' ? (
            <Breakdown
              group={filters.group}
              period={period}
              rows={ratesData.agreementRates.rows.map((row) => ({ ...row, figures: figures(row) }))}
            />
          ) : null}
        </div>
      ) : null}

      <DrillDownSection filter={filter} period={period} />

      {isManager ? (
        participants.error ? (
          <ErrorAlert
            error={participants.error}
            title={t('analytics.loadFailed')}
            onRetry={() => void participants.refetch()}
          />
        ) : (
          <ParticipantsTable
            rows={participantsData?.lowAccuracyParticipants ?? []}
            period={period}
            busy={participants.loading}
            tools={<ThresholdPicker filters={filters} onChange={onChange} />}
          />
        )
      ) : null}

      {comparisons.error ? (
        <ErrorAlert
          error={comparisons.error}
          title={t('analytics.loadFailed')}
          onRetry={() => void comparisons.refetch()}
        />
      ) : null}
      {comparisonsData ? (
        <div className={styles.grid2} aria-busy={comparisons.loading}>
          <VersionComparison rows={comparisonsData.policyVersionComparison ?? null} period={period} figures={figures} />
          <VendorComparisonTable rows={comparisonsData.vendorComparison ?? []} period={period} />
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

type VersionRow = { policyVersion?: { id: string; number: number; effectiveDate?: string | null } | null };

/** A policy's versions side by side: did the change make decisions more consistent? */
function VersionComparison<Row extends VersionRow>({
  rows,
  period,
  figures,
}: {
  rows: readonly Row[] | null;
  period: Period;
  figures: (row: Row) => Figures;
}) {
  const { t } = useTranslation();
  const columns: Column<Row>[] = [
    {
      csv: 'version',
      header: t('analytics.filters.version'),
      rowHeader: true,
      value: (row) => row.policyVersion?.number ?? null,
      cell: (row) => (row.policyVersion ? t('analytics.versionN', { number: row.policyVersion.number }) : '—'),
    },
    {
      csv: 'effective_date',
      header: t('analytics.effective'),
      value: (row) => row.policyVersion?.effectiveDate ?? null,
      cell: (row) => row.policyVersion?.effectiveDate ?? '—',
    },
    ...useFigureColumns<Row>(figures),
  ];
  if (rows === null) {
    return (
      <Card title={t('analytics.versions')} lead={t('analytics.versionsPickPolicy')} testId="version-comparison" />
    );
  }
  return (
    <DataTable
      title={t('analytics.versions')}
      lead={t('analytics.versionsLead')}
      columns={columns}
      rows={rows}
      rowKey={(row, index) => row.policyVersion?.id ?? String(index)}
      csvFile={exportFileName('policy-versions', period)}
      empty={t('analytics.noData')}
      testId="version-comparison"
    />
  );
}

const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/** The accuracy below which participants are listed; kept in the address with the other filters. */
function ThresholdPicker({
  filters,
  onChange,
}: {
  filters: AnalyticsFilters;
  onChange: (change: FiltersChange) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const choices = THRESHOLDS.includes(filters.threshold)
    ? THRESHOLDS
    : [...THRESHOLDS, filters.threshold].sort((a, b) => a - b);
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.pickerLabel}>
        {t('analytics.threshold')}
      </label>
      <select
        id={id}
        className="select"
        value={filters.threshold}
        onChange={(event) => {
          const threshold = Number(event.target.value);
          onChange((current) => ({ ...current, threshold }));
        }}
      >
        {choices.map((value) => (
          <option key={value} value={value}>
            {percent.format(value)}
          </option>
        ))}
      </select>
    </div>
  );
}
