import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status-badge';
import { labelName } from '../../lib/format';
import { DistributionChart } from './distribution-chart';
import styles from './reveal-panel.module.css';
import room from './room.module.css';

type Props = {
  labels: readonly { key: string; name: string }[];
  tally: { distribution?: readonly { label: string; count: number }[] | null; abstained: number };
  gold?: string | null;
  votes: readonly { participantName: string; market: string; label?: string | null; rationale?: string | null }[];
  /** The viewer's own vote, when they voted. */
  mine?: { label?: string | null; abstained: boolean } | null;
};

/** After reveal, for everyone: the distribution, the gold, and every vote with its rationale. */
export function RevealPanel({ labels, tally, gold, votes, mine }: Props) {
  const { t } = useTranslation();
  const revealId = useId();
  const rationalesId = useId();
  const withReason = votes.filter((vote) => vote.rationale);
  const without = votes.filter((vote) => !vote.rationale);
  const verdict = !mine
    ? null
    : mine.abstained
      ? t('calibration.reveal.youAbstained')
      : !gold
        ? t('calibration.reveal.yourVote', { label: labelName(labels, mine.label) })
        : mine.label === gold
          ? t('calibration.reveal.youMatched', { label: labelName(labels, mine.label) })
          : t('calibration.reveal.youDiffered', { label: labelName(labels, mine.label) });

  return (
    <section className={styles.reveal} aria-labelledby={revealId} data-testid="reveal">
      <h3 id={revealId} className={room.panelTitle}>
        {t('calibration.reveal.title')}
      </h3>
      <div className={styles.goldCard}>
        <span className={styles.goldCardLabel}>{t('calibration.reveal.gold')}</span>
        <strong className={styles.goldCardValue}>
          {gold ? labelName(labels, gold) : t('calibration.reveal.noGold')}
        </strong>
        {verdict ? <span className={room.muted}>{verdict}</span> : null}
      </div>
      <DistributionChart
        labels={labels}
        distribution={tally.distribution ?? []}
        gold={gold}
        mine={mine?.abstained ? null : mine?.label}
        title={t('calibration.reveal.distribution')}
      />
      {tally.abstained > 0 ? (
        <p className={room.muted}>{t('calibration.tally.abstained', { count: tally.abstained })}</p>
      ) : null}
      <section aria-labelledby={rationalesId}>
        <h4 id={rationalesId} className={room.subTitle}>
          {t('calibration.reveal.rationales', { count: withReason.length })}
        </h4>
        {withReason.length === 0 ? (
          <p className={room.muted}>{t('calibration.reveal.noRationales')}</p>
        ) : (
          <ul role="list" className={styles.rationales}>
            {withReason.map((vote, index) => (
              <li key={`${vote.participantName}-${index}`} className={styles.rationale}>
                <p className={styles.rationaleHead}>
                  <strong>{vote.participantName}</strong>
                  <code>{vote.market}</code>
                  <StatusBadge tone={vote.label === gold && gold ? 'good' : 'neutral'} small>
                    {vote.label ? labelName(labels, vote.label) : t('calibration.reveal.abstained')}
                  </StatusBadge>
                </p>
                <p className={styles.rationaleText}>{vote.rationale}</p>
              </li>
            ))}
          </ul>
        )}
        {without.length > 0 ? (
          <details className={styles.otherVotes}>
            <summary>{t('calibration.reveal.otherVotes', { count: without.length })}</summary>
            <ul role="list" className={styles.voteRows}>
              {without.map((vote, index) => (
                <li key={`${vote.participantName}-${index}`}>
                  <span>{vote.participantName}</span> <code>{vote.market}</code>{' '}
                  <span className={room.muted}>
                    {vote.label ? labelName(labels, vote.label) : t('calibration.reveal.abstained')}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </section>
  );
}
