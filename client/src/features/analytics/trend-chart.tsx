import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/query-state';
import { numericCell, Table } from '../../components/table';
import { downloadCsv, toCsv } from '../../lib/csv';
import { useFormatStat } from '../../lib/stat-format';
import { exportFileName, type Period } from './export-name';
import type { Figures, Stat } from './figures';
import { trendGeometry, type Box } from './trend-geometry';
import type { Interval } from './url-filters';
import styles from './analytics.module.css';

export type TrendPoint = { start: string; figures: Figures };

type SeriesKey = 'percentAgreement' | 'fleissKappa' | 'gwetAC1' | 'krippendorffAlpha' | 'accuracy';

// Colour and dash both tell the lines apart, so they read in greyscale print and for colour-blind readers.
const SERIES: readonly { key: SeriesKey; colour: string; dash?: string; kind: 'percent' | 'kappa' | 'alpha' }[] = [
  { key: 'percentAgreement', colour: '#3a46c4', kind: 'percent' },
  { key: 'fleissKappa', colour: '#c2410c', dash: '6 4', kind: 'kappa' },
  { key: 'gwetAC1', colour: '#0f766e', dash: '2 3', kind: 'kappa' },
  { key: 'krippendorffAlpha', colour: '#7e22ce', dash: '10 3 2 3', kind: 'alpha' },
  { key: 'accuracy', colour: '#374151', dash: '1 0', kind: 'percent' },
];

const BOX: Box = { width: 760, height: 260, top: 12, right: 16, bottom: 30, left: 44 };

/** A bucket's name: "Nov 2026" for a month, "16 Nov" (its Monday) for a week. */
export function bucketLabel(start: string, interval: Interval, language: string): string {
  const date = new Date(`${start.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return start;
  const options: Intl.DateTimeFormatOptions =
    interval === 'month'
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** The trend as CSV: the bucket's first day, the counts and the five figures at full precision. */
export function trendCsvRows(points: readonly TrendPoint[]): (string | number | null)[][] {
  return [
    ['period_start', 'sessions', 'items', 'votes', ...SERIES.map((spec) => CSV_NAMES[spec.key])],
    ...points.map((point) => [
      point.start.slice(0, 10),
      point.figures.sessions,
      point.figures.items,
      point.figures.votes,
      ...SERIES.map((spec) => (point.figures[spec.key] as Stat).value ?? null),
    ]),
  ];
}

const CSV_NAMES: Record<SeriesKey, string> = {
  percentAgreement: 'percent_agreement',
  fleissKappa: 'fleiss_kappa',
  gwetAC1: 'gwet_ac1',
  krippendorffAlpha: 'krippendorff_alpha',
  accuracy: 'accuracy',
};

/**
 * The figures over time as lines on one scale (all top out at 1). An SVG for the eye; the
 * same numbers in a table for screen readers and for anyone who wants them exact.
 */
export function TrendChart({
  points,
  interval,
  period,
}: {
  points: readonly TrendPoint[];
  interval: Interval;
  period: Period;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const format = useFormatStat();
  const seriesName = (key: SeriesKey) =>
    key === 'accuracy'
      ? t('analytics.accuracyVsGold')
      : t(`calibration.results.${key === 'krippendorffAlpha' ? 'alpha' : key}`);
  const geometry = trendGeometry(
    SERIES.map(({ key }) => points.map((point) => (point.figures[key] as Stat).value ?? null)),
    BOX,
  );
  const labels = points.map((point) => bucketLabel(point.start, interval, i18n.language));
  // Past a dozen buckets, every other label is shown so they do not overlap.
  const labelEvery = Math.ceil(points.length / 12);

  return (
    <Card
      title={interval === 'month' ? t('analytics.trendMonthly') : t('analytics.trendWeekly')}
      titleId={titleId}
      lead={<span id={descriptionId}>{t('analytics.trendLead', { count: points.length })}</span>}
      testId="trend"
      tools={
        <button
          type="button"
          className={`button button-secondary ${styles.exportButton}`}
          disabled={points.length === 0}
          aria-label={t('common.exportTable', {
            table: interval === 'month' ? t('analytics.trendMonthly') : t('analytics.trendWeekly'),
          })}
          onClick={() => downloadCsv(exportFileName(`trend-${interval}`, period), toCsv(trendCsvRows(points)))}
        >
          {t('common.exportCsv')}
        </button>
      }
    >
      {points.length === 0 ? (
        <EmptyState>{t('analytics.noData')}</EmptyState>
      ) : (
        <figure className={styles.chartFigure}>
          <svg
            viewBox={`0 0 ${BOX.width} ${BOX.height}`}
            className={styles.trendSvg}
            role="img"
            aria-labelledby={`${titleId} ${descriptionId}`}
          >
            {geometry.ticks.map((tick) => (
              <g key={tick.value}>
                <line
                  x1={BOX.left}
                  x2={BOX.width - BOX.right}
                  y1={tick.y}
                  y2={tick.y}
                  className={tick.value === 0 ? styles.axisZero : styles.gridLine}
                />
                <text x={BOX.left - 6} y={tick.y + 4} textAnchor="end" className={styles.axisText}>
                  {format(tick.value, 'kappa')}
                </text>
              </g>
            ))}
            {geometry.xs.map((x, index) =>
              index % labelEvery === 0 ? (
                <text key={index} x={x} y={BOX.height - 8} textAnchor="middle" className={styles.axisText}>
                  {labels[index]}
                </text>
              ) : null,
            )}
            {geometry.series.map((series, s) => {
              const spec = SERIES[s]!;
              return (
                <g key={spec.key} stroke={spec.colour} fill={spec.colour}>
                  {series.segments.map((d) => (
                    <path key={d} d={d} fill="none" strokeWidth={2.25} strokeDasharray={spec.dash} />
                  ))}
                  {series.dots.map((dot) => (
                    <circle key={dot.index} cx={dot.x} cy={dot.y} r={3.5}>
                      <title>{`${labels[dot.index]} · ${seriesName(spec.key)}: ${format(dot.value, spec.kind)}`}</title>
                    </circle>
                  ))}
                </g>
              );
            })}
          </svg>
          <figcaption className={styles.trendLegend}>
            {SERIES.map((spec) => (
              <span key={spec.key}>
                <svg width="28" height="10" aria-hidden="true">
                  <line
                    x1="0"
                    x2="28"
                    y1="5"
                    y2="5"
                    stroke={spec.colour}
                    strokeWidth="2.5"
                    strokeDasharray={spec.dash}
                  />
                </svg>
                {seriesName(spec.key)}
              </span>
            ))}
          </figcaption>
          <details className={styles.dataDetails}>
            <summary>{t('analytics.showData')}</summary>
            <Table look="figures" label={t('analytics.trendCaption')}>
              <caption className="visually-hidden">{t('analytics.trendCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analytics.period')}</th>
                  <th scope="col" className={numericCell}>
                    {t('analytics.votes')}
                  </th>
                  {SERIES.map((spec) => (
                    <th key={spec.key} scope="col" className={numericCell}>
                      {seriesName(spec.key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((point, index) => (
                  <tr key={point.start}>
                    <th scope="row">{labels[index]}</th>
                    <td className={numericCell}>{point.figures.votes}</td>
                    {SERIES.map((spec) => (
                      <td key={spec.key} className={numericCell}>
                        {format((point.figures[spec.key] as Stat).value, spec.kind)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        </figure>
      )}
    </Card>
  );
}
