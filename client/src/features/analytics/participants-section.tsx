import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import type { AnalyticsFilter } from '../../gql/graphql';
import { currentData } from '../../lib/current-data';
import { exportFileName, type Period } from './export-name';
import type { FiltersChange } from './filter-bar';
import { ShareCell } from './share-cell';
import type { AnalyticsFilters } from './url-filters';
import styles from './analytics.module.css';

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

/** For a QA manager: the participants whose accuracy against gold is below the chosen threshold. */
export function ParticipantsSection({
  filters,
  filter,
  period,
  onChange,
}: {
  filters: AnalyticsFilters;
  filter: AnalyticsFilter;
  period: Period;
  onChange: (change: FiltersChange) => void;
}) {
  const { t } = useTranslation();
  const participants = useQuery(AnalyticsParticipantsQuery, { variables: { filter, threshold: filters.threshold } });
  const data = currentData(participants);
  return participants.error ? (
    <ErrorAlert
      error={participants.error}
      title={t('analytics.loadFailed')}
      onRetry={() => void participants.refetch()}
    />
  ) : (
    <ParticipantsTable
      rows={data?.lowAccuracyParticipants ?? []}
      period={period}
      busy={participants.loading}
      tools={<ThresholdPicker filters={filters} onChange={onChange} />}
    />
  );
}

export type ParticipantRow = {
  user: { id: string; name: string };
  market: { code: string };
  team?: { name: string } | null;
  sessions: number;
  goldVotes: number;
  correctVotes: number;
  accuracy: number;
};

/** Who falls below the accuracy threshold (QA managers only): a list for coaching, not a ranking. */
export function ParticipantsTable({
  rows,
  period,
  tools,
  busy = false,
}: {
  rows: readonly ParticipantRow[];
  period: Period;
  tools: ReactNode;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const columns: Column<ParticipantRow>[] = [
    { csv: 'name', header: t('calibration.results.participant'), rowHeader: true, value: (row) => row.user.name },
    {
      csv: 'market',
      header: t('calibration.results.market'),
      value: (row) => row.market.code,
      cell: (row) => <code>{row.market.code}</code>,
    },
    {
      csv: 'team',
      header: t('analytics.filters.team'),
      value: (row) => row.team?.name ?? null,
      cell: (row) => row.team?.name ?? '—',
    },
    { csv: 'sessions', header: t('analytics.sessions'), numeric: true, value: (row) => row.sessions },
    { csv: 'gold_votes', header: t('analytics.goldVotes'), numeric: true, value: (row) => row.goldVotes },
    { csv: 'correct_votes', header: t('analytics.correctVotes'), numeric: true, value: (row) => row.correctVotes },
    {
      csv: 'accuracy',
      header: t('calibration.results.accuracy'),
      value: (row) => row.accuracy,
      cell: (row) => <ShareCell value={row.accuracy} poor />,
    },
  ];
  return (
    <DataTable
      title={t('analytics.participants')}
      lead={t('analytics.participantsLead')}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.user.id}
      csvFile={exportFileName('low-accuracy-participants', period)}
      empty={t('analytics.noParticipants')}
      testId="low-accuracy"
      tools={tools}
      busy={busy}
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
