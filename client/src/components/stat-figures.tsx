import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bandKey, bandTone } from '../lib/bands';
import { useFormatStat, useReasonText, type Stat, type StatKind } from '../lib/stat-format';
import styles from './stat-figures.module.css';

/** A figure with its reading (band) or, when undefined, "—" and the reason. */
export function StatValue({ stat, kind, showBand = true }: { stat: Stat; kind: StatKind; showBand?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatStat();
  const reasonText = useReasonText();
  if (stat.value === null || stat.value === undefined) {
    const why = reasonText(stat.reason);
    return (
      <span className={styles.undefinedStat} title={why}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('calibration.results.undefined')}</span>{' '}
        <span className={styles.reason}>{why}</span>
      </span>
    );
  }
  const band = stat.band;
  return (
    <span className={styles.statValue}>
      <span className={styles.number}>{format(stat.value, kind)}</span>
      {band && showBand ? (
        <span className={`${styles.band} ${styles[`band_${bandTone(band)}`] ?? ''}`}>{t(bandKey(band))}</span>
      ) : null}
    </span>
  );
}

/**
 * Figure cards side by side, as many to a row as fit. `oneRow` narrows them so that five
 * share one row on a desktop screen (a headline).
 */
export function FigureGrid({ children, oneRow = false }: { children: ReactNode; oneRow?: boolean }) {
  return <dl className={oneRow ? `${styles.figures} ${styles.oneRow}` : styles.figures}>{children}</dl>;
}

/** One figure in a grid: what it is, its value (a `StatValue`, say) and how to read it. */
export function FigureCard({
  title,
  hint,
  children,
  testId,
}: {
  title: string;
  hint: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={styles.figure} data-testid={testId}>
      <dt className={styles.figureTitle}>{title}</dt>
      <dd className={styles.figureValue}>{children}</dd>
      <dd className={styles.figureHint}>{hint}</dd>
    </div>
  );
}

/** "How to read these figures": the readings of kappa, alpha and AC1, folded away (and left off paper). */
export function FigureReadingGuide() {
  const { t } = useTranslation();
  return (
    <details className={styles.guide}>
      <summary>{t('calibration.results.howToRead')}</summary>
      <div className={styles.guideBody}>
        <p>{t('calibration.results.readKappa')}</p>
        <p>{t('calibration.results.readAlpha')}</p>
        <p>{t('calibration.results.readAC1')}</p>
      </div>
    </details>
  );
}
