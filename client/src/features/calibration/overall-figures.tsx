import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationResultsQuery } from '../../gql/graphql';
import { StatValue, useFormatStat } from './stat-figure';
import styles from './results.module.css';

type Figures = NonNullable<CalibrationResultsQuery['calibrationSession']['result']>['overall'];

function FigureCard({
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

/** The session's agreement figures, each with how to read it (STATS.md "Reading the figures"). */
export function OverallFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const titleId = useId();
  const format = useFormatStat();
  const ci = figures.alphaCI95;
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <div className={styles.sectionHead}>
        <h2 id={titleId} className={styles.sectionTitle}>
          {t('calibration.results.overall')}
        </h2>
        <p className={styles.muted}>
          {t('calibration.results.counts', {
            items: figures.items,
            raters: figures.raters,
            votes: figures.votes,
          })}
        </p>
      </div>
      <dl className={styles.figures}>
        <FigureCard
          title={t('calibration.results.percentAgreement')}
          hint={t('calibration.results.percentAgreementHint')}
        >
          <StatValue stat={figures.percentAgreement} kind="percent" />
        </FigureCard>
        <FigureCard
          title={t('calibration.results.fleissKappa')}
          hint={t('calibration.results.kappaHint')}
          testId="figure-kappa"
        >
          <StatValue stat={figures.fleissKappa} kind="kappa" />
        </FigureCard>
        <FigureCard title={t('calibration.results.gwetAC1')} hint={t('calibration.results.ac1Hint')}>
          <StatValue stat={figures.gwetAC1} kind="kappa" />
        </FigureCard>
        <FigureCard
          title={t('calibration.results.alpha')}
          testId="figure-alpha"
          hint={
            ci.low !== null && ci.low !== undefined && ci.high !== null && ci.high !== undefined
              ? t('calibration.results.alphaInterval', {
                  low: format(ci.low, 'alpha'),
                  high: format(ci.high, 'alpha'),
                  resamples: ci.resamples,
                })
              : t('calibration.results.alphaNoInterval')
          }
        >
          <StatValue stat={figures.krippendorffAlpha} kind="alpha" />
        </FigureCard>
        {figures.krippendorffAlphaOrdinal ? (
          <FigureCard title={t('calibration.results.alphaOrdinal')} hint={t('calibration.results.alphaOrdinalHint')}>
            <StatValue stat={figures.krippendorffAlphaOrdinal} kind="alpha" />
          </FigureCard>
        ) : null}
        <FigureCard
          title={t('calibration.results.accuracy')}
          hint={t('calibration.results.accuracyHint', {
            correct: figures.accuracy.correct ?? 0,
            total: figures.accuracy.total ?? 0,
          })}
        >
          <StatValue stat={figures.accuracy} kind="percent" />
        </FigureCard>
        <FigureCard
          title={t('calibration.results.majorityMatchesGold')}
          hint={t('calibration.results.majorityMatchesGoldHint', {
            matched: figures.majorityMatchesGold.matched ?? 0,
            items: figures.majorityMatchesGold.items ?? 0,
          })}
        >
          <StatValue stat={figures.majorityMatchesGold} kind="percent" />
        </FigureCard>
      </dl>
      <details className={styles.legend}>
        <summary>{t('calibration.results.howToRead')}</summary>
        <div className={styles.legendBody}>
          <p>{t('calibration.results.readKappa')}</p>
          <p>{t('calibration.results.readAlpha')}</p>
          <p>{t('calibration.results.readAC1')}</p>
        </div>
      </details>
    </section>
  );
}
