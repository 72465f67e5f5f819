import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { DocumentTitle } from '../../components/document-title';
import { NumberFigures } from '../../components/number-figures';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { QualityDashboardQuery, QualityDimension, TrendInterval } from '../../gql/graphql';
import { ErrorTrendTables } from './error-trend-tables';
import { daysInPeriod, lastDays, MAX_PERIOD_DAYS } from './period';
import { Breakdown } from './quality-breakdown';
import { TrendChart } from './trend-chart';
import forms from '../../components/form.module.css';
import styles from './quality.module.css';

export const QualityDashboardQueryDocument = graphql(`
  query QualityDashboard($scores: QualityScoresInput!, $trends: ErrorTrendsInput!) {
    qualityScores(input: $scores) {
      overall {
        key
        audited
        correct
        incorrect
        overturned
        accuracy
      }
      ...QualityBreakdown_report
      trend {
        periodStart
        audited
        correct
        accuracy
      }
    }
    errorTrends(input: $trends) {
      ...ErrorTrendTables_trends
    }
    markets {
      id
      code
      name
    }
  }
`);

const DIMENSIONS: readonly QualityDimension[] = [
  'MODERATOR',
  'TEAM',
  'VENDOR',
  'MARKET',
  'QUEUE',
  'POLICY',
  'ERROR_CATEGORY',
];
const PRESETS = [7, 28, 90] as const;

type Report = QualityDashboardQuery['qualityScores'];

/**
 * Quality for managers: accuracy of audited decisions over a period (overturned verdicts
 * count as correct), per moderator, team, vendor, market, queue, policy or error category,
 * its trend by day or week, and the error trends growing fastest against the previous period.
 */
export function QualityDashboardPage() {
  const { t } = useTranslation();
  const formId = useId();
  const [period, setPeriod] = useState(() => lastDays(28, new Date()));
  const [groupBy, setGroupBy] = useState<QualityDimension>('MODERATOR');
  const [interval, setTrendInterval] = useState<TrendInterval>('DAY');
  const [marketId, setMarketId] = useState('');
  const days = daysInPeriod(period.from, period.to);
  const valid = days > 0 && days <= MAX_PERIOD_DAYS;
  const filter = { from: period.from, to: period.to, ...(marketId ? { marketId } : {}) };
  const { data, previousData, loading, error, refetch } = useQuery(QualityDashboardQueryDocument, {
    variables: { scores: { ...filter, groupBy, interval }, trends: { ...filter, limit: 8 } },
    skip: !valid,
    fetchPolicy: 'cache-and-network',
  });
  // Keep the last figures on screen while new filters load, instead of flashing empty.
  const shown = data ?? previousData;

  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.quality.title')} />
      <PageHeader title={t('audits.quality.title')} lead={t('audits.quality.lead')} />
      <Card label={t('audits.quality.filters')}>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.quality.from')}
            <input
              type="date"
              className="input"
              value={period.from}
              max={period.to}
              onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))}
              aria-invalid={!valid}
              aria-describedby={!valid ? `${formId}-period` : undefined}
            />
          </label>
          <label className={forms.field}>
            {t('audits.quality.to')}
            <input
              type="date"
              className="input"
              value={period.to}
              min={period.from}
              onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))}
              aria-invalid={!valid}
            />
          </label>
          <label className={forms.field}>
            {t('audits.quality.groupBy')}
            <select className="select" value={groupBy} onChange={(e) => setGroupBy(e.target.value as QualityDimension)}>
              {DIMENSIONS.map((dimension) => (
                <option key={dimension} value={dimension}>
                  {t(`audits.quality.dimension.${dimension}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t('audits.quality.interval')}
            <select
              className="select"
              value={interval}
              onChange={(e) => setTrendInterval(e.target.value as TrendInterval)}
            >
              <option value="DAY">{t('audits.quality.intervals.DAY')}</option>
              <option value="WEEK">{t('audits.quality.intervals.WEEK')}</option>
            </select>
          </label>
          <label className={forms.field}>
            {t('audits.fields.market')}
            <select className="select" value={marketId} onChange={(e) => setMarketId(e.target.value)}>
              <option value="">{t('audits.quality.allMarkets')}</option>
              {(shown?.markets ?? []).map((market) => (
                <option key={market.id} value={market.id}>
                  {market.code} · {market.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className={forms.actions}>
          {PRESETS.map((n) => (
            <button
              key={n}
              type="button"
              className="button button-secondary"
              aria-pressed={days === n && period.to === lastDays(n, new Date()).to}
              onClick={() => setPeriod(lastDays(n, new Date()))}
            >
              {t('audits.quality.lastDays', { count: n })}
            </button>
          ))}
        </div>
        {!valid ? (
          <span id={`${formId}-period`} className={styles.incorrect} role="alert">
            {t('audits.quality.badPeriod', { max: MAX_PERIOD_DAYS })}
          </span>
        ) : null}
      </Card>
      <QueryState
        loading={loading && !shown}
        error={error}
        loadingLabel={t('audits.quality.loading')}
        errorTitle={t('audits.quality.loadFailed')}
        onRetry={() => void refetch()}
      />
      {shown && valid ? (
        <>
          <Overall report={shown.qualityScores} />
          <Card label={t('audits.quality.trend')}>
            <TrendChart
              interval={interval}
              buckets={shown.qualityScores.trend.map((point) => ({
                start: point.periodStart,
                audits: point.audited,
                accuracy: point.accuracy ?? null,
              }))}
            />
          </Card>
          <Breakdown report={shown.qualityScores} groupBy={groupBy} />
          <ErrorTrendTables trends={shown.errorTrends} marketId={marketId} />
        </>
      ) : null}
    </Page>
  );
}

function Overall({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const { overall } = report;
  return (
    <NumberFigures
      testId="quality-overall"
      figures={[
        [
          t('audits.quality.accuracy'),
          overall.accuracy === null || overall.accuracy === undefined ? '—' : percent.format(overall.accuracy),
        ],
        [t('audits.quality.audits'), overall.audited],
        [t('audits.quality.incorrect'), overall.incorrect],
        [t('audits.quality.overturned'), overall.overturned],
      ]}
    />
  );
}
