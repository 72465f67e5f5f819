import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import type { Column } from '../../components/data-table';
import { FigureCard, FigureGrid, FigureReadingGuide, StatValue } from '../../components/stat-figures';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { Stat } from '../../lib/stat-format';
import styles from './analytics.module.css';

export type { Stat };

/** The pooled figures every analytics row carries, as the figure components read them. */
export const AnalyticsFiguresFragment = graphql(`
  fragment AnalyticsFigures on AgreementRateRow {
    sessions
    items
    votes
    percentAgreement {
      value
      reason
    }
    fleissKappa {
      value
      reason
      band
    }
    krippendorffAlpha {
      value
      reason
      band
    }
    gwetAC1 {
      value
      reason
      band
    }
    accuracy {
      value
      reason
    }
  }
`);

/** The pooled agreement figures of some closed sessions, and how much lies behind them. */
export type Figures = {
  sessions: number;
  items: number;
  votes: number;
  percentAgreement: Stat;
  fleissKappa: Stat;
  gwetAC1: Stat;
  krippendorffAlpha: Stat;
  accuracy: Stat;
};

/** The figures of a row that spreads `AnalyticsFigures`. */
export const figuresOf = (row: FragmentType<typeof AnalyticsFiguresFragment>): Figures =>
  getFragmentData(AnalyticsFiguresFragment, row);

/** Sessions, items, votes and the five figures as table columns, for any row that carries figures. */
export function useFigureColumns<Row>(figures: (row: Row) => Figures): Column<Row>[] {
  const { t } = useTranslation();
  const value = (stat: Stat) => stat.value ?? null;
  return [
    { csv: 'sessions', header: t('analytics.sessions'), numeric: true, value: (row) => figures(row).sessions },
    { csv: 'items', header: t('analytics.items'), numeric: true, value: (row) => figures(row).items },
    { csv: 'votes', header: t('analytics.votes'), numeric: true, value: (row) => figures(row).votes },
    {
      csv: 'percent_agreement',
      header: t('calibration.results.percentAgreement'),
      value: (row) => value(figures(row).percentAgreement),
      cell: (row) => <StatValue stat={figures(row).percentAgreement} kind="percent" />,
    },
    {
      csv: 'fleiss_kappa',
      header: t('calibration.results.fleissKappa'),
      value: (row) => value(figures(row).fleissKappa),
      cell: (row) => <StatValue stat={figures(row).fleissKappa} kind="kappa" />,
    },
    {
      csv: 'gwet_ac1',
      header: t('calibration.results.gwetAC1'),
      value: (row) => value(figures(row).gwetAC1),
      cell: (row) => <StatValue stat={figures(row).gwetAC1} kind="kappa" />,
    },
    {
      csv: 'krippendorff_alpha',
      header: t('calibration.results.alpha'),
      value: (row) => value(figures(row).krippendorffAlpha),
      cell: (row) => <StatValue stat={figures(row).krippendorffAlpha} kind="alpha" />,
    },
    {
      csv: 'accuracy',
      header: t('calibration.results.accuracy'),
      value: (row) => value(figures(row).accuracy),
      cell: (row) => <StatValue stat={figures(row).accuracy} kind="percent" />,
    },
  ];
}

/** "3 sessions · 24 items · 310 votes": what lies behind a figure. */
export function useCountsText() {
  const { t } = useTranslation();
  return (figures: Pick<Figures, 'sessions' | 'items' | 'votes'>) =>
    [
      t('analytics.sessionCount', { count: figures.sessions }),
      t('analytics.itemCount', { count: figures.items }),
      t('analytics.voteCount', { count: figures.votes }),
    ].join(' · ');
}

/** The headline: the five figures over everything the filters select, each with its reading. */
export function HeadlineFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const countsText = useCountsText();
  const cards = [
    {
      title: t('calibration.results.percentAgreement'),
      hint: t('calibration.results.percentAgreementHint'),
      stat: figures.percentAgreement,
      kind: 'percent',
    },
    {
      title: t('calibration.results.fleissKappa'),
      hint: t('calibration.results.kappaHint'),
      stat: figures.fleissKappa,
      kind: 'kappa',
    },
    {
      title: t('calibration.results.alpha'),
      hint: t('analytics.alphaHint'),
      stat: figures.krippendorffAlpha,
      kind: 'alpha',
    },
    {
      title: t('calibration.results.gwetAC1'),
      hint: t('calibration.results.ac1Hint'),
      stat: figures.gwetAC1,
      kind: 'kappa',
    },
    {
      title: t('analytics.accuracyVsGold'),
      hint: t('analytics.accuracyHint'),
      stat: figures.accuracy,
      kind: 'percent',
    },
  ] as const;
  return (
    <Card
      title={t('analytics.headline')}
      lead={<span data-testid="headline-counts">{countsText(figures)}</span>}
      testId="headline"
    >
      <FigureGrid oneRow>
        {cards.map((card) => (
          <FigureCard key={card.title} title={card.title} hint={card.hint}>
            <StatValue stat={card.stat} kind={card.kind} />
          </FigureCard>
        ))}
      </FigureGrid>
      <p className={styles.pooledNote}>{t('analytics.pooledNote')}</p>
      <FigureReadingGuide />
    </Card>
  );
}
