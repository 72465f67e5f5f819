import { useTranslation } from 'react-i18next';
import type { AppealStatus, Verdict } from '../../gql/graphql';
import styles from './audits.module.css';

/** Correct or incorrect, with a mark so it does not rest on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <span className={styles.badge} data-tone={verdict === 'CORRECT' ? 'good' : 'bad'}>
      <span aria-hidden="true">{verdict === 'CORRECT' ? '✓' : '✗'}</span>
      {t(`audits.verdict.${verdict}`)}
    </span>
  );
}

const appealTone: Record<AppealStatus, string> = { OPEN: 'warn', UPHELD: 'info', OVERTURNED: 'good' };

export function AppealStatusBadge({ status }: { status: AppealStatus }) {
  const { t } = useTranslation();
  return (
    <span className={styles.badge} data-tone={appealTone[status]}>
      {t(`audits.appealStatus.${status}`)}
    </span>
  );
}
