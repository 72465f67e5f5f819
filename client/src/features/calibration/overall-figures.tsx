import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { FigureCard, FigureGrid, FigureReadingGuide, StatValue } from '../../components/stat-figures';
import type { CalibrationResultsQuery } from '../../gql/graphql';
import { useFormatStat } from '../../lib/stat-format';

type Figures = NonNullable<CalibrationResultsQuery['calibrationSession']['result']>['overall'];

/** The session's agreement figures, each with how to read it (STATS.md "Reading the figures"). */
export function OverallFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFormatStat();
  const ci = figures.alphaCI95;
  return (
    <Card
      title={t('calibration.results.overall')}
      lead={t('calibration.results.counts', {
        items: figures.items,
        raters: figures.raters,
        votes: figures.votes,
      })}
    >
      <FigureGrid>
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
      </FigureGrid>
      <FigureReadingGuide />
    </Card>
  );
}
