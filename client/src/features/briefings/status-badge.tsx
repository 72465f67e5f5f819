import { useTranslation } from 'react-i18next';
import styles from './briefings.module.css';

type BriefingStatus = 'SCHEDULED' | 'LIVE' | 'ENDED';
type QuestionStatus = 'OPEN' | 'ANSWERED' | 'DISMISSED';

const briefingTone: Record<BriefingStatus, string | undefined> = {
  SCHEDULED: styles.badgeScheduled,
  LIVE: styles.badgeLive,
  ENDED: styles.badgeEnded,
};

const questionTone: Record<QuestionStatus, string | undefined> = {
  OPEN: styles.badgeOpen,
  ANSWERED: styles.badgeAnswered,
  DISMISSED: styles.badgeDismissed,
};

export function BriefingStatusBadge({ status }: { status: BriefingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${briefingTone[status] ?? ''}`}>
      {status === 'LIVE' ? <span className={styles.liveDot} aria-hidden="true" /> : null}
      {t(`briefings.status.${status}`)}
    </span>
  );
}

export function QuestionStatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${questionTone[status] ?? ''}`}>{t(`briefings.questionStatus.${status}`)}</span>
  );
}

export function PinnedBadge() {
  const { t } = useTranslation();
  return <span className={`${styles.badge} ${styles.badgePinned}`}>{t('briefings.question.pinned')}</span>;
}
