import { useTranslation } from 'react-i18next';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';

type BriefingStatus = 'SCHEDULED' | 'LIVE' | 'ENDED';
type QuestionStatus = 'OPEN' | 'ANSWERED' | 'DISMISSED';

const briefingTone: Record<BriefingStatus, BadgeTone> = { SCHEDULED: 'info', LIVE: 'bad', ENDED: 'neutral' };

const questionTone: Record<QuestionStatus, BadgeTone> = { OPEN: 'warn', ANSWERED: 'good', DISMISSED: 'neutral' };

export function BriefingStatusBadge({ status }: { status: BriefingStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={briefingTone[status]} live={status === 'LIVE'}>
      {t(`briefings.status.${status}`)}
    </StatusBadge>
  );
}

export function QuestionStatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={questionTone[status]}>{t(`briefings.questionStatus.${status}`)}</StatusBadge>;
}

export function PinnedBadge() {
  const { t } = useTranslation();
  return <StatusBadge tone="primary">{t('briefings.question.pinned')}</StatusBadge>;
}
