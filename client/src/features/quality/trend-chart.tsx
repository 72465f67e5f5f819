import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/query-state';
import { accuracyDomain, linePath, percentTicks, xAt, yAt, type Frame } from './chart-scale';
import forms from '../../components/form.module.css';
import styles from './quality.module.css';

export type TrendBucket = {
  /** First day of the bucket, `YYYY-MM-DD`. */
  start: string;
  audits: number;
  /** Null when the bucket has no audits. */
  accuracy: number | null;
};

const frame: Frame = { width: 720, height: 240, left: 44, right: 12, top: 12, bottom: 40 };

/**
 * Accuracy per day or week as a line over the number of audits as pale bars. Inline SVG,
 * described by a table for screen readers (the picture itself is hidden from them).
 */
export function TrendChart({ buckets, interval }: { buckets: readonly TrendBucket[]; interval: 'DAY' | 'WEEK' }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const points = buckets.map((b) => ({ value: b.accuracy }));
  const domain = accuracyDomain(points.map((p) => p.value));
  const maxAudits = Math.max(1, ...buckets.map((b) => b.audits));
  const slot = (frame.width - frame.left - frame.right) / Math.max(1, buckets.length);
  const barWidth = Math.max(2, Math.min(28, slot * 0.6));
  const innerBottom = frame.height - frame.bottom;
  // Label every bucket when few, else about eight evenly spaced ones.
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  const dateOf = (start: string) => day.format(new Date(`${start}T00:00:00Z`));

  return (
    <figure className={forms.form} aria-labelledby={titleId} style={{ margin: 0 }} data-testid="quality-trend">
      <figcaption id={titleId} className={styles.subTitle}>
        {t(`audits.quality.trendTitle.${interval}`)}
      </figcaption>
      {buckets.length === 0 ? (
        <EmptyState>{t('audits.quality.noData')}</EmptyState>
      ) : (
        <>
          <svg className={styles.chart} viewBox={`0 0 ${frame.width} ${frame.height}`} aria-hidden="true">
            {percentTicks(domain).map((tick) => {
              const y = yAt(tick, domain, frame);
              return (
                <g key={tick}>
                  <line className={styles.gridLine} x1={frame.left} x2={frame.width - frame.right} y1={y} y2={y} />
                  <text x={frame.left - 6} y={y + 4} textAnchor="end">
                    {percent.format(tick)}
                  </text>
                </g>
              );
            })}
            {buckets.map((bucket, i) => {
              const x = xAt(i, buckets.length, frame);
              const height = ((innerBottom - frame.top) * bucket.audits) / maxAudits / 3;
              return (
                <g key={bucket.start}>
                  <rect
                    className={styles.volumeBar}
                    x={x - barWidth / 2}
                    y={innerBottom - height}
                    width={barWidth}
                    height={height}
                  />
                  {i % labelEvery === 0 ? (
                    <text x={x} y={innerBottom + 16} textAnchor="middle">
                      {dateOf(bucket.start)}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <path className={styles.trendLine} d={linePath(points, domain, frame)} />
            {buckets.map((bucket, i) =>
              bucket.accuracy === null ? null : (
                <circle
                  key={bucket.start}
                  className={styles.trendDot}
                  cx={xAt(i, buckets.length, frame)}
                  cy={yAt(bucket.accuracy, domain, frame)}
                  r={3.5}
                >
                  <title>{`${dateOf(bucket.start)}: ${percent.format(bucket.accuracy)} (${bucket.audits})`}</title>
                </circle>
              ),
            )}
          </svg>
          <div className={styles.legend} aria-hidden="true">
            <span>
              <span className={styles.swatch} style={{ background: 'var(--color-primary)' }} />
              {t('audits.quality.accuracy')}
            </span>
            <span>
              <span className={styles.swatch} style={{ background: '#c7cdf6' }} />
              {t('audits.quality.audits')}
            </span>
          </div>
          <table className="visually-hidden">
            <caption>{t(`audits.quality.trendTitle.${interval}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audits.quality.period')}</th>
                <th scope="col">{t('audits.quality.accuracy')}</th>
                <th scope="col">{t('audits.quality.audits')}</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{dateOf(bucket.start)}</th>
                  <td>{bucket.accuracy === null ? '—' : percent.format(bucket.accuracy)}</td>
                  <td>{bucket.audits}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
