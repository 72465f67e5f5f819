import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table';
import { StatValue } from '../../components/stat-figures';
import { labelName } from '../../lib/format';
import { useFormatStat, type Stat } from '../../lib/stat-format';
import { exportFileName, type Period } from './export-name';
import { ShareCell } from './share-cell';
import styles from './analytics.module.css';

type Labels = readonly { key: string; name: string }[];

/** The part every item table shares: which session and item, under which policy, its gold. */
export type ItemRow = {
  sessionId: string;
  sessionTitle: string;
  itemId: string;
  position: number;
  caseId: string;
  gold?: string | null;
  votes: number;
  percentAgreement?: number | null;
  majority?: string | null;
  majorityShare: number;
  distribution: readonly { label: string; count: number }[];
  policyVersion: { number: number; policy: { title: string }; labels: Labels };
};

export type DivergentRow = ItemRow & {
  divergence: number;
  markets: readonly {
    market: { code: string };
    votes: number;
    majority?: string | null;
    majorityShare: number;
    matchesGold?: boolean | null;
  }[];
};

/** Where an item's link leads: its session's results, scrolled to the item. */
export const itemResultsPath = (row: Pick<ItemRow, 'sessionId' | 'position'>) =>
  `/calibration/${row.sessionId}/results#item-${row.position}`;

function useItemColumns<Row extends ItemRow>(): Column<Row>[] {
  const { t } = useTranslation();
  const format = useFormatStat();
  return [
    {
      csv: 'session',
      header: t('analytics.session'),
      rowHeader: true,
      value: (row) => row.sessionTitle,
      cell: (row) => (
        <Link to={itemResultsPath(row)}>
          {row.sessionTitle} · {t('calibration.results.itemShort', { position: row.position })}
        </Link>
      ),
    },
    { csv: 'item', header: t('analytics.item'), csvOnly: true, value: (row) => row.position },
    {
      csv: 'case_id',
      header: t('analytics.case'),
      value: (row) => row.caseId,
      cell: (row) => <Link to={`/cases/${row.caseId}`}>{t('analytics.openCase')}</Link>,
    },
    {
      csv: 'policy',
      header: t('analytics.filters.policy'),
      value: (row) => `${row.policyVersion.policy.title} v${row.policyVersion.number}`,
      cell: (row) =>
        t('calibration.common.policyVersion', {
          policy: row.policyVersion.policy.title,
          number: row.policyVersion.number,
        }),
    },
    {
      csv: 'gold',
      header: t('analytics.gold'),
      value: (row) => row.gold ?? null,
      cell: (row) => (row.gold ? labelName(row.policyVersion.labels, row.gold) : '—'),
    },
    { csv: 'votes', header: t('analytics.votes'), numeric: true, value: (row) => row.votes },
    {
      csv: 'percent_agreement',
      header: t('calibration.results.percentAgreement'),
      numeric: true,
      value: (row) => row.percentAgreement ?? null,
      cell: (row) => format(row.percentAgreement, 'percent'),
    },
  ];
}

/** The items whose voters disagreed most, each linked to its session's results. */
export function ContestedItemsTable({ rows, period }: { rows: readonly ItemRow[]; period: Period }) {
  const { t } = useTranslation();
  const columns: Column<ItemRow>[] = [
    ...useItemColumns<ItemRow>(),
    {
      csv: 'split',
      header: t('analytics.split'),
      value: (row) => row.distribution.map((d) => `${d.label}:${d.count}`).join(' '),
      cell: (row) =>
        row.distribution
          .filter((d) => d.count > 0)
          .map((d) => `${labelName(row.policyVersion.labels, d.label)} ${d.count}`)
          .join(' · '),
    },
  ];
  return (
    <DataTable
      title={t('analytics.contested')}
      lead={t('analytics.contestedLead')}
      columns={columns}
      rows={rows}
      rowKey={(row, index) => `${row.itemId}-${index}`}
      csvFile={exportFileName('contested-items', period)}
      empty={t('analytics.noData')}
      testId="contested-items"
    />
  );
}

/** Items where the markets' majorities part ways: a policy text that reads differently across languages. */
export function DivergentItemsTable({
  rows,
  period,
  oneMarket,
}: {
  rows: readonly DivergentRow[];
  period: Period;
  /** One market is chosen: there is no other to diverge from, and the empty table says so. */
  oneMarket: boolean;
}) {
  const { t } = useTranslation();
  const columns: Column<DivergentRow>[] = [
    ...useItemColumns<DivergentRow>().filter((column) => column.csv !== 'percent_agreement'),
    {
      csv: 'divergence',
      header: t('analytics.divergence'),
      value: (row) => row.divergence,
      cell: (row) => <ShareCell value={row.divergence} poor />,
    },
    {
      csv: 'market_majorities',
      header: t('analytics.marketMajorities'),
      value: (row) =>
        row.markets
          .map((m) => `${m.market.code}:${m.majority ?? 'tie'}${m.matchesGold === false ? '(!)' : ''}`)
          .join(' '),
      cell: (row) => (
        <ul role="list" className={styles.majorityList}>
          {row.markets.map((m) => (
            <li
              key={m.market.code}
              data-matches={m.matchesGold === null || m.matchesGold === undefined ? 'none' : String(m.matchesGold)}
            >
              <code>{m.market.code}</code>{' '}
              {m.majority ? labelName(row.policyVersion.labels, m.majority) : t('calibration.results.tie')}
              <span className="visually-hidden">
                {' '}
                (
                {m.matchesGold === true
                  ? t('analytics.matchesGold')
                  : m.matchesGold === false
                    ? t('analytics.differsFromGold')
                    : t('analytics.noGoldShort')}
                )
              </span>
              <span aria-hidden="true">{m.matchesGold === true ? ' ✓' : m.matchesGold === false ? ' ✗' : ''}</span>
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <DataTable
      title={t('analytics.divergent')}
      lead={t('analytics.divergentLead')}
      columns={columns}
      rows={rows}
      rowKey={(row, index) => `${row.itemId}-${index}`}
      csvFile={exportFileName('divergent-items', period)}
      empty={oneMarket ? t('analytics.divergentOneMarket') : t('analytics.noDivergence')}
      testId="divergent-items"
    />
  );
}

export type ConfusedPairRow = {
  policy: { id: string; title: string; currentVersion?: { labels: Labels } | null };
  labelA: string;
  labelB: string;
  disagreements: number;
  share: number;
  goldAChoseB: number;
  goldBChoseA: number;
};

/** Which labels voters confuse with which, most confused first. */
export function ConfusedPairsTable({ rows, period }: { rows: readonly ConfusedPairRow[]; period: Period }) {
  const { t } = useTranslation();
  const names = (row: ConfusedPairRow) => row.policy.currentVersion?.labels ?? [];
  const columns: Column<ConfusedPairRow>[] = [
    {
      csv: 'label_a',
      header: t('analytics.labelPair'),
      rowHeader: true,
      value: (row) => row.labelA,
      cell: (row) => (
        <>
          {labelName(names(row), row.labelA)}
          <span className={styles.pairArrow} aria-label={t('analytics.confusedWith')}>
            ⇄
          </span>
          {labelName(names(row), row.labelB)}
        </>
      ),
    },
    { csv: 'label_b', header: '', csvOnly: true, value: (row) => row.labelB },
    { csv: 'policy', header: t('analytics.filters.policy'), value: (row) => row.policy.title },
    { csv: 'disagreements', header: t('analytics.disagreements'), numeric: true, value: (row) => row.disagreements },
    {
      csv: 'share',
      header: t('analytics.shareOfDisagreements'),
      value: (row) => row.share,
      cell: (row) => <ShareCell value={row.share} />,
    },
    {
      csv: 'gold_a_chose_b',
      header: t('analytics.goldAChoseB'),
      numeric: true,
      value: (row) => row.goldAChoseB,
    },
    {
      csv: 'gold_b_chose_a',
      header: t('analytics.goldBChoseA'),
      numeric: true,
      value: (row) => row.goldBChoseA,
    },
  ];
  return (
    <DataTable
      title={t('analytics.confused')}
      lead={t('analytics.confusedLead')}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.policy.id}|${row.labelA}|${row.labelB}`}
      csvFile={exportFileName('confused-label-pairs', period)}
      empty={t('analytics.noData')}
      testId="confused-pairs"
    />
  );
}

export type DriftRow = {
  market: { code: string };
  policy: { id: string; title: string };
  goldVotes: number;
  accuracy: Stat;
  otherMarketsAccuracy: Stat;
  drift?: number | null;
  majorityMatchesGold: Stat;
};

/** Each market's accuracy against gold per policy, beside every market's: how far it drifts. */
export function MarketDriftTable({ rows, period }: { rows: readonly DriftRow[]; period: Period }) {
  const { t, i18n } = useTranslation();
  const points = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const columns: Column<DriftRow>[] = [
    {
      csv: 'market',
      header: t('calibration.results.market'),
      rowHeader: true,
      value: (row) => row.market.code,
      cell: (row) => <code>{row.market.code}</code>,
    },
    { csv: 'policy', header: t('analytics.filters.policy'), value: (row) => row.policy.title },
    { csv: 'gold_votes', header: t('analytics.goldVotes'), numeric: true, value: (row) => row.goldVotes },
    {
      csv: 'accuracy',
      header: t('calibration.results.accuracy'),
      value: (row) => row.accuracy.value ?? null,
      cell: (row) => <StatValue stat={row.accuracy} kind="percent" />,
    },
    {
      csv: 'other_markets_accuracy',
      header: t('analytics.otherMarketsAccuracy'),
      value: (row) => row.otherMarketsAccuracy.value ?? null,
      cell: (row) => <StatValue stat={row.otherMarketsAccuracy} kind="percent" />,
    },
    {
      csv: 'drift',
      header: t('analytics.drift'),
      numeric: true,
      value: (row) => row.drift ?? null,
      cell: (row) =>
        row.drift === null || row.drift === undefined ? (
          <StatValue stat={{ value: null, reason: row.otherMarketsAccuracy.reason ?? null }} kind="percent" />
        ) : (
          <span className={styles.drift} data-sign={row.drift < -0.005 ? 'down' : row.drift > 0.005 ? 'up' : 'flat'}>
            {t('analytics.points', { value: points.format(row.drift * 100) })}
          </span>
        ),
    },
    {
      csv: 'majority_matches_gold',
      header: t('calibration.results.majorityMatchesGold'),
      value: (row) => row.majorityMatchesGold.value ?? null,
      cell: (row) => <StatValue stat={row.majorityMatchesGold} kind="percent" />,
    },
  ];
  return (
    <DataTable
      title={t('analytics.marketDrift')}
      lead={t('analytics.marketDriftLead')}
      columns={columns}
      rows={rows}
      rowKey={(row) => `${row.market.code}|${row.policy.id}`}
      csvFile={exportFileName('market-drift', period)}
      empty={t('analytics.noData')}
      testId="market-drift"
    />
  );
}
