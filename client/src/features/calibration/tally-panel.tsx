import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DistributionChart } from './distribution-chart';
import room from './room.module.css';
import styles from './tally.module.css';

type Props = {
  tally: {
    voted: number;
    abstained: number;
    eligible: number;
    distribution?: readonly { label: string; count: number }[] | null;
  };
  labels: readonly { key: string; name: string }[];
  mode: 'BLIND' | 'OPEN';
  revealed: boolean;
  gold?: string | null;
};

/**
 * How many have voted, as a bar; the distribution too when the server sends it (open
 * mode, or after reveal). While blind the server sends counts only, and so nothing else
 * can show here.
 */
export function TallyPanel({ tally, labels, mode, revealed, gold }: Props) {
  const { t } = useTranslation();
  const tallyId = useId();
  const share = tally.eligible > 0 ? Math.min(1, tally.voted / tally.eligible) : 0;
  return (
    <section className={styles.tally} aria-labelledby={tallyId} data-testid="tally">
      <div className={styles.tallyHead}>
        <h3 id={tallyId} className={room.panelTitle}>
          {t('calibration.tally.title')}
        </h3>
        <p className={styles.tallyCount} aria-live="polite">
          {t('calibration.tally.voted', { voted: tally.voted, eligible: tally.eligible })}
          {tally.abstained > 0 ? (
            <span className={room.muted}> · {t('calibration.tally.abstained', { count: tally.abstained })}</span>
          ) : null}
        </p>
      </div>
      <div
        className={styles.progress}
        role="progressbar"
        aria-labelledby={tallyId}
        aria-valuemin={0}
        aria-valuemax={tally.eligible}
        aria-valuenow={tally.voted}
        aria-valuetext={t('calibration.tally.voted', { voted: tally.voted, eligible: tally.eligible })}
      >
        <span className={styles.progressFill} style={{ width: `${share * 100}%` }} />
      </div>
      {tally.distribution ? (
        <DistributionChart
          labels={labels}
          distribution={tally.distribution}
          gold={revealed ? gold : null}
          title={t('calibration.tally.distribution')}
        />
      ) : (
        <p className={room.muted}>
          {mode === 'BLIND' ? t('calibration.tally.blindHint') : t('calibration.tally.noVotesYet')}
        </p>
      )}
    </section>
  );
}
