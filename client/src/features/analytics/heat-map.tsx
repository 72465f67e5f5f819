import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/query-state';
import { SwatchLegend } from '../../components/swatch-legend';
import { bandTone, type BandTone } from '../../lib/bands';
import { downloadCsv, toCsv } from '../../lib/csv';
import { useFormatStat, type Stat } from '../../lib/stat-format';
import { exportFileName, type Period } from './export-name';
import { useCountsText, type Figures } from './figures';
import styles from './analytics.module.css';

export type HeatCell = { market: string; policyId: string; policyTitle: string; figures: Figures };

export const HEAT_METRICS = ['gwetAC1', 'fleissKappa', 'krippendorffAlpha', 'percentAgreement', 'accuracy'] as const;
export type HeatMetric = (typeof HEAT_METRICS)[number];

/**
 * How a cell is shaded: a kappa-type or alpha figure by its reading (the server's band);
 * shares by thresholds matching "substantial" and "moderate". Null: no figure.
 */
export function heatTone(metric: HeatMetric, stat: Stat | undefined): BandTone | null {
  const value = stat?.value;
  if (value === null || value === undefined) return null;
  if (metric === 'percentAgreement' || metric === 'accuracy') {
    return value >= 0.8 ? 'good' : value >= 0.6 ? 'fair' : 'poor';
  }
  return stat?.band ? bandTone(stat.band) : null;
}

/** The market × policy grid as CSV rows: one row per market, one column per policy. */
export function heatMapCsvRows(cells: readonly HeatCell[], metric: HeatMetric): (string | number | null)[][] {
  const markets = [...new Set(cells.map((cell) => cell.market))].sort();
  const policies = [...new Map(cells.map((cell) => [cell.policyId, cell.policyTitle])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  return [
    ['market', ...policies.map(([, title]) => title)],
    ...markets.map((market) => [
      market,
      ...policies.map(
        ([id]) => cells.find((cell) => cell.market === market && cell.policyId === id)?.figures[metric].value ?? null,
      ),
    ]),
  ];
}

/** Markets (rows) against policies (columns), each cell one pooled figure, shaded by its reading. */
export function MarketPolicyHeatMap({ cells, period }: { cells: readonly HeatCell[]; period: Period }) {
  const { t } = useTranslation();
  const metricId = useId();
  const format = useFormatStat();
  const countsText = useCountsText();
  const [metric, setMetric] = useState<HeatMetric>('gwetAC1');
  const kind =
    metric === 'krippendorffAlpha' ? 'alpha' : metric === 'fleissKappa' || metric === 'gwetAC1' ? 'kappa' : 'percent';
  const markets = [...new Set(cells.map((cell) => cell.market))].sort();
  const policies = [...new Map(cells.map((cell) => [cell.policyId, cell.policyTitle])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const metricName = (m: HeatMetric) =>
    m === 'accuracy'
      ? t('analytics.accuracyVsGold')
      : t(`calibration.results.${m === 'krippendorffAlpha' ? 'alpha' : m}`);

  return (
    <Card
      title={t('analytics.heatMap')}
      lead={t('analytics.heatMapLead')}
      testId="market-policy-heat-map"
      tools={
        <>
          <label htmlFor={metricId} className={styles.pickerLabel}>
            {t('analytics.metric')}
          </label>
          <select
            id={metricId}
            className="select"
            value={metric}
            onChange={(event) => setMetric(event.target.value as HeatMetric)}
          >
            {HEAT_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricName(m)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={`button button-secondary ${styles.exportButton}`}
            disabled={cells.length === 0}
            aria-label={t('common.exportTable', { table: t('analytics.heatMap') })}
            onClick={() =>
              downloadCsv(exportFileName(`heat-map-${metric}`, period), toCsv(heatMapCsvRows(cells, metric)))
            }
          >
            {t('common.exportCsv')}
          </button>
        </>
      }
    >
      {cells.length === 0 ? (
        <EmptyState>{t('analytics.noData')}</EmptyState>
      ) : (
        <div className={styles.scroll} role="region" aria-label={t('analytics.heatMap')} tabIndex={0}>
          <table className={styles.heatTable}>
            <caption className="visually-hidden">
              {t('analytics.heatMapCaption', { metric: metricName(metric) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('calibration.results.market')}</th>
                {policies.map(([id, title]) => (
                  <th key={id} scope="col">
                    {title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {markets.map((market) => (
                <tr key={market}>
                  <th scope="row">
                    <code>{market}</code>
                  </th>
                  {policies.map(([id, title]) => {
                    const cell = cells.find((c) => c.market === market && c.policyId === id);
                    const stat = cell?.figures[metric];
                    const tone = heatTone(metric, stat);
                    const text = stat ? format(stat.value, kind) : '—';
                    return (
                      <td
                        key={id}
                        data-tone={tone ?? 'none'}
                        title={cell ? `${market} · ${title}: ${text} · ${countsText(cell.figures)}` : undefined}
                      >
                        <span className={styles.heatValue}>{text}</span>
                        {cell ? (
                          <span className={styles.heatVotes}>
                            {t('analytics.votesShort', { count: cell.figures.votes })}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SwatchLegend
        items={[
          { tone: 'good', label: t('analytics.toneGood') },
          { tone: 'fair', label: t('analytics.toneFair') },
          { tone: 'poor', label: t('analytics.tonePoor') },
          { tone: 'none', label: t('analytics.toneNone') },
        ]}
      />
    </Card>
  );
}
