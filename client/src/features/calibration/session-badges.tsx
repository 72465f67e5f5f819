import { useTranslation } from 'react-i18next';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';

type SessionStatus = 'SCHEDULED' | 'LIVE' | 'CLOSED';
type ItemState = 'PENDING' | 'VOTING' | 'REVEALED';

const sessionTone: Record<SessionStatus, BadgeTone> = { SCHEDULED: 'info', LIVE: 'bad', CLOSED: 'neutral' };

const itemTone: Record<ItemState, BadgeTone> = { PENDING: 'neutral', VOTING: 'warn', REVEALED: 'good' };

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={sessionTone[status]} live={status === 'LIVE'}>
      {t(`calibration.status.${status}`)}
    </StatusBadge>
  );
}

export function ItemStateBadge({ state }: { state: ItemState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={itemTone[state]}>{t(`calibration.itemState.${state}`)}</StatusBadge>;
}

export function ModeBadge({ mode }: { mode: 'BLIND' | 'OPEN' }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone="primary" title={t(`calibration.modeHint.${mode}`)}>
      {t(`calibration.mode.${mode}`)}
    </StatusBadge>
  );
}
