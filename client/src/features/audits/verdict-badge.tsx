import { useTranslation } from 'react-i18next';
import { type BadgeTone, StatusBadge } from '../../components/status-badge';
import type { AppealStatus, Verdict } from '../../gql/graphql';

/** Correct or incorrect, with a mark so it does not rest on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={verdict === 'CORRECT' ? 'good' : 'bad'}>
      <span aria-hidden="true">{verdict === 'CORRECT' ? '✓' : '✗'}</span>
      {t(`audits.verdict.${verdict}`)}
    </StatusBadge>
  );
}

const appealTone: Record<AppealStatus, BadgeTone> = { OPEN: 'warn', UPHELD: 'info', OVERTURNED: 'good' };

export function AppealStatusBadge({ status }: { status: AppealStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={appealTone[status]}>{t(`audits.appealStatus.${status}`)}</StatusBadge>;
}
