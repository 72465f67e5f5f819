import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status-badge';
import { formatPercent } from '../../lib/format';
import styles from './tally.module.css';

type Label = { key: string; name: string };

type Props = {
  labels: readonly Label[];
  distribution: readonly { label: string; count: number }[];
  gold?: string | null;
  /** The viewer's own choice, marked on its bar. */
  mine?: string | null;
  title: string;
};

/**
 * Votes per label, in the taxonomy's order, every label shown (zero included). A list
 * whose text carries every figure; the bars are decoration beside it.
 */
export function DistributionChart({ labels, distribution, gold, mine, title }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const counts = new Map(distribution.map((d) => [d.label, d.count]));
  const total = distribution.reduce((sum, d) => sum + d.count, 0);
  const max = Math.max(1, ...distribution.map((d) => d.count));
  return (
    <figure className={styles.chart}>
      <figcaption id={titleId} className={styles.chartTitle}>
        {title}
        <span className={styles.chartTotal}>{t('calibration.tally.counted', { count: total })}</span>
      </figcaption>
      <ul role="list" className={styles.bars} aria-labelledby={titleId}>
        {labels.map((label) => {
          const count = counts.get(label.key) ?? 0;
          const share = total > 0 ? count / total : 0;
          const isGold = gold === label.key;
          return (
            <li key={label.key} className={`${styles.barRow} ${isGold ? styles.barRowGold : ''}`}>
              <span className={styles.barLabel}>
                {label.name}
                {isGold ? (
                  <StatusBadge tone="good" small>
                    {t('calibration.reveal.goldTag')}
                  </StatusBadge>
                ) : null}
                {mine === label.key ? (
                  <StatusBadge tone="primary" small>
                    {t('calibration.reveal.yourVoteTag')}
                  </StatusBadge>
                ) : null}
              </span>
              <span className={styles.barTrack} aria-hidden="true">
                <span className={styles.barFill} style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className={styles.barValue}>
                {t('calibration.tally.countShare', { count, share: formatPercent(share, i18n.language) })}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
