import { useTranslation } from 'react-i18next';
import { BadgeRow } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { AppealStatus } from '../../gql/graphql';
import { AppealStatusBadge } from './verdict-badge';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

/** What the history shows of an appeal; spread `@unmask` where appeals are loaded or changed. */
export const AppealHistory_appeal = graphql(`
  fragment AppealHistory_appeal on Appeal {
    id
    status
    reason
    decisionNote
    createdAt
    decidedAt
    appellant {
      id
      name
    }
    decidedBy {
      id
      name
    }
  }
`);

export type AppealEntry = {
  id: string;
  status: AppealStatus;
  reason: string;
  decisionNote?: string | null;
  createdAt: string;
  decidedAt?: string | null;
  appellant?: { id?: string; name: string } | null;
  decidedBy?: { name: string } | null;
};

/**
 * Every appeal of one audit, oldest first: who appealed (and for whom, when a team lead
 * appealed for the moderator) and why, who decided and their note.
 */
export function AppealHistory({
  appeals,
  moderator,
}: {
  appeals: readonly AppealEntry[];
  moderator?: { id: string; name: string } | null;
}) {
  const { t, i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (appeals.length === 0) return null;
  return (
    <ol role="list" className={styles.timeline} aria-label={t('audits.appeal.history')}>
      {[...appeals]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((appeal) => (
          <li key={appeal.id} className={forms.form} data-testid="appeal-entry">
            <BadgeRow>
              <AppealStatusBadge status={appeal.status} />
              <span className={styles.small}>
                {moderator && appeal.appellant?.id && appeal.appellant.id !== moderator.id
                  ? t('audits.appeal.appealedByFor', {
                      name: appeal.appellant.name,
                      moderator: moderator.name,
                      date: dateTime.format(new Date(appeal.createdAt)),
                    })
                  : t('audits.appeal.appealedBy', {
                      name: appeal.appellant?.name ?? '—',
                      date: dateTime.format(new Date(appeal.createdAt)),
                    })}
              </span>
            </BadgeRow>
            <p className={styles.small}>
              <strong>{t('audits.appeal.reason')}:</strong> {appeal.reason}
            </p>
            {appeal.status !== 'OPEN' ? (
              <p className={styles.small}>
                <strong>
                  {t('audits.appeal.decidedBy', {
                    name: appeal.decidedBy?.name ?? '—',
                    date: appeal.decidedAt ? dateTime.format(new Date(appeal.decidedAt)) : '—',
                  })}
                </strong>{' '}
                {appeal.decisionNote}
              </p>
            ) : (
              <p className={`${styles.small} ${styles.muted}`}>{t('audits.appeal.waiting')}</p>
            )}
          </li>
        ))}
    </ol>
  );
}
