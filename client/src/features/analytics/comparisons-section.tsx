import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { StatValue } from '../../components/stat-figures';
import { graphql } from '../../gql';
import type { AnalyticsFilter } from '../../gql/graphql';
import { currentData } from '../../lib/current-data';
import type { Stat } from '../../lib/stat-format';
import { exportFileName, type Period } from './export-name';
import { figuresOf, useFigureColumns, type Figures } from './figures';
import styles from './analytics.module.css';

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

/**
 * Comparisons beside each other: a policy's versions (when the filters name a policy) and the
 * vendors on the gold items they both voted on.
 */
export function ComparisonsSection({
  filter,
  policyId,
  period,
}: {
  filter: AnalyticsFilter;
  policyId: string | null;
  period: Period;
}) {
  const { t } = useTranslation();
  // The versions are compared across every version of the policy, whatever version the filters name.
  const { policyVersionIds: _ignored, ...versionFilter } = filter;
  const comparisons = useQuery(AnalyticsComparisonsQuery, {
    variables: { filter, versionFilter, policyId: policyId ?? '', withPolicy: Boolean(policyId) },
  });
  const data = currentData(comparisons);
  return (
    <>
      {comparisons.error ? (
        <ErrorAlert
          error={comparisons.error}
          title={t('analytics.loadFailed')}
          onRetry={() => void comparisons.refetch()}
        />
      ) : null}
      {data ? (
        <div className={styles.grid2} aria-busy={comparisons.loading}>
          <VersionComparison rows={data.policyVersionComparison ?? null} period={period} figures={figuresOf} />
          <VendorComparisonTable rows={data.vendorComparison ?? []} period={period} />
        </div>
      ) : null}
    </>
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

export type VendorRow = {
  vendor?: { id: string; name: string } | null;
  items: number;
  votes: number;
  correctVotes: number;
  accuracy: Stat;
  percentAgreement: Stat;
};

/** Vendor against vendor on the gold items they both voted on. */
export function VendorComparisonTable({ rows, period }: { rows: readonly VendorRow[]; period: Period }) {
  const { t } = useTranslation();
  const columns: Column<VendorRow>[] = [
    {
      csv: 'vendor',
      header: t('analytics.filters.vendor'),
      rowHeader: true,
      value: (row) => row.vendor?.name ?? null,
      cell: (row) => row.vendor?.name ?? t('analytics.platformStaff'),
    },
    { csv: 'items', header: t('analytics.sharedItems'), numeric: true, value: (row) => row.items },
    { csv: 'votes', header: t('analytics.votes'), numeric: true, value: (row) => row.votes },
    { csv: 'correct_votes', header: t('analytics.correctVotes'), numeric: true, value: (row) => row.correctVotes },
    {
      csv: 'accuracy',
      header: t('calibration.results.accuracy'),
      value: (row) => row.accuracy.value ?? null,
      cell: (row) => <StatValue stat={row.accuracy} kind="percent" />,
    },
    {
      csv: 'percent_agreement',
      header: t('calibration.results.percentAgreement'),
      value: (row) => row.percentAgreement.value ?? null,
      cell: (row) => <StatValue stat={row.percentAgreement} kind="percent" />,
    },
  ];
  return (
    <DataTable
      title={t('analytics.vendors')}
      lead={t('analytics.vendorsLead')}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.vendor?.id ?? 'staff'}
      csvFile={exportFileName('vendors', period)}
      empty={t('analytics.noVendors')}
      testId="vendor-comparison"
    />
  );
}
