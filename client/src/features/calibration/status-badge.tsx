import { useTranslation } from 'react-i18next';
import styles from './calibration.module.css';

type SessionStatus = 'SCHEDULED' | 'LIVE' | 'CLOSED';
type ItemState = 'PENDING' | 'VOTING' | 'REVEALED';

const sessionTone: Record<SessionStatus, string | undefined> = {
  SCHEDULED: styles.badgeScheduled,
  LIVE: styles.badgeLive,
  CLOSED: styles.badgeClosed,
};

const itemTone: Record<ItemState, string | undefined> = {
  PENDING: styles.badgePending,
  VOTING: styles.badgeVoting,
  REVEALED: styles.badgeRevealed,
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${sessionTone[status] ?? ''}`}>
      {status === 'LIVE' ? <span className={styles.liveDot} aria-hidden="true" /> : null}
      {t(`calibration.status.${status}`)}
    </span>
  );
}

export function ItemStateBadge({ state }: { state: ItemState }) {
  const { t } = useTranslation();
  return <span className={`${styles.badge} ${itemTone[state] ?? ''}`}>{t(`calibration.itemState.${state}`)}</span>;
}

export function ModeBadge({ mode }: { mode: 'BLIND' | 'OPEN' }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${styles.badgeMode}`} title={t(`calibration.modeHint.${mode}`)}>
      {t(`calibration.mode.${mode}`)}
    </span>
  );
}
