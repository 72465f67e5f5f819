import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { Meter, meterCell } from '../../components/meter';
import { NumberFigures } from '../../components/number-figures';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { numericCell, Table } from '../../components/table';
import { DocumentTitle } from '../../components/document-title';
import { graphql } from '../../gql';
import type { QualityDashboardQuery, QualityDimension, TrendInterval } from '../../gql/graphql';
import { daysInPeriod, lastDays, MAX_PERIOD_DAYS, signed } from './period';
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
      groups {
        key
        label
        audited
        correct
        incorrect
        overturned
        accuracy
      }
      trend {
        periodStart
        audited
        correct
        accuracy
      }
    }
    errorTrends(input: $trends) {
      from
      to
      previousFrom
      previousTo
      audited
      previousAudited
      categories {
        errorCategory
        current
        previous
        change
        currentRate
        previousRate
      }
      labelPairs {
        policyKey
        expectedLabel
        decidedLabel
        current
        previous
        change
      }
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
type Trends = QualityDashboardQuery['errorTrends'];

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

function Breakdown({ report, groupBy }: { report: Report; groupBy: QualityDimension }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const byErrors = groupBy === 'ERROR_CATEGORY';
  const maxErrors = Math.max(1, ...report.groups.map((g) => g.incorrect));
  const name = (key: string, label: string) =>
    byErrors ? t(`audits.errorCategory.${key as 'OTHER'}`, { defaultValue: label }) : label;
  return (
    <Card
      title={t(`audits.quality.by.${groupBy}`)}
      note={byErrors ? t('audits.quality.mostErrorsFirst') : t('audits.quality.worstFirst')}
      testId="quality-groups"
    >
      {report.groups.length === 0 ? (
        <EmptyState>{t('audits.quality.noData')}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t(`audits.quality.dimension.${groupBy}`)}</th>
              {byErrors ? null : (
                <th scope="col" className={numericCell}>
                  {t('audits.quality.audits')}
                </th>
              )}
              <th scope="col" className={numericCell}>
                {t('audits.quality.incorrect')}
              </th>
              {byErrors ? null : (
                <th scope="col" className={numericCell}>
                  {t('audits.quality.overturned')}
                </th>
              )}
              <th scope="col">{byErrors ? t('audits.quality.errors') : t('audits.quality.accuracy')}</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((group) => {
              const share = byErrors ? group.incorrect / maxErrors : (group.accuracy ?? 0);
              return (
                <tr key={group.key}>
                  <th scope="row">{name(group.key, group.label)}</th>
                  {byErrors ? null : <td className={numericCell}>{group.audited}</td>}
                  <td className={numericCell}>{group.incorrect}</td>
                  {byErrors ? null : <td className={numericCell}>{group.overturned}</td>}
                  <td className={meterCell}>
                    <Meter share={share} bad={byErrors} grow="1 1 120px">
                      <span className={numericCell}>
                        {byErrors
                          ? group.incorrect
                          : group.accuracy === null || group.accuracy === undefined
                            ? '—'
                            : percent.format(group.accuracy)}
                      </span>
                    </Meter>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

function ErrorTrendTables({ trends, marketId }: { trends: Trends; marketId: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateOf = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
  const growing = trends.categories.filter((c) => c.current > 0 || c.previous > 0);
  const change = (value: number) => (
    <span className={value > 0 ? styles.incorrect : value < 0 ? styles.correct : undefined}>
      <span aria-hidden="true">{value > 0 ? '▲ ' : value < 0 ? '▼ ' : ''}</span>
      {signed(value, (n) => number.format(n))}
    </span>
  );
  return (
    <Card
      title={t('audits.quality.topTrends')}
      note={t('audits.quality.comparedWith', {
        from: dateOf(trends.previousFrom),
        to: dateOf(trends.previousTo),
      })}
      testId="error-trends"
    >
      {growing.length === 0 && trends.labelPairs.length === 0 ? (
        <Alert tone="info">{t('audits.quality.noErrors')}</Alert>
      ) : (
        <div className={styles.grid}>
          <Table>
            <caption className={`${styles.subTitle} ${styles.small}`} style={{ textAlign: 'left' }}>
              {t('audits.quality.categories')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('audits.form.category')}</th>
                <th scope="col" className={numericCell}>
                  {t('audits.quality.previous')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('audits.quality.current')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('audits.quality.change')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('audits.fields.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {growing.map((row) => (
                <tr key={row.errorCategory}>
                  <th scope="row">{t(`audits.errorCategory.${row.errorCategory}`)}</th>
                  <td className={numericCell}>{row.previous}</td>
                  <td className={numericCell}>{row.current}</td>
                  <td className={numericCell}>{change(row.change)}</td>
                  <td>
                    <Link
                      to={`/rca?${new URLSearchParams({ new: '1', category: row.errorCategory, ...(marketId ? { marketId } : {}) }).toString()}`}
                      aria-label={t('audits.quality.escalateNamed', {
                        category: t(`audits.errorCategory.${row.errorCategory}`),
                      })}
                    >
                      {t('audits.quality.escalate')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Table>
            <caption className={`${styles.subTitle} ${styles.small}`} style={{ textAlign: 'left' }}>
              {t('audits.quality.labelPairs')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('audits.quality.pair')}</th>
                <th scope="col" className={numericCell}>
                  {t('audits.quality.previous')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('audits.quality.current')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('audits.quality.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {trends.labelPairs.map((row) => (
                <tr key={`${row.policyKey}:${row.expectedLabel}:${row.decidedLabel}`}>
                  <th scope="row">
                    <span className={styles.code}>{row.policyKey}</span>{' '}
                    {t('audits.quality.pairText', { expected: row.expectedLabel, decided: row.decidedLabel })}
                  </th>
                  <td className={numericCell}>{row.previous}</td>
                  <td className={numericCell}>{row.current}</td>
                  <td className={numericCell}>{change(row.change)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
