import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import { EmptyState } from '../../components/query-state';
import { graphql } from '../../gql';
import styles from './people.module.css';

export const MailOutboxQuery = graphql(`
  query MailOutbox {
    mailOutbox(first: 20) {
      folder
      messages {
        to
        subject
        sentAt
        links
      }
    }
  }
`);

/**
 * With no mail server set up, Concord writes its mail to a folder: the newest messages and
 * their one-time links, so an admin can hand a link on. Shown only in that case. Mail is
 * written by a background job after the change, so the list is reloaded on request.
 */
export function MailOutbox() {
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useQuery(MailOutboxQuery, { fetchPolicy: 'cache-and-network' });
  if (!data?.mailOutbox.folder) return error ? <ErrorAlert error={error} title={t('people.outbox.failed')} /> : null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card
      title={t('people.outbox.title')}
      lead={t('people.outbox.lead')}
      busy={loading}
      testId="mail-outbox"
      tools={
        <button type="button" className="button button-secondary" disabled={loading} onClick={() => void refetch()}>
          {t('people.outbox.refresh')}
        </button>
      }
    >
      {data.mailOutbox.messages.length === 0 ? (
        <EmptyState>{t('people.outbox.empty')}</EmptyState>
      ) : (
        <ul role="list" className={styles.outbox}>
          {data.mailOutbox.messages.map((mail) => (
            <li key={`${mail.sentAt}-${mail.to}-${mail.subject}`}>
              <span className={styles.stack}>
                <strong>{mail.subject}</strong>
                <span className={styles.muted}>
                  {t('people.outbox.sentTo', { email: mail.to, date: when.format(new Date(mail.sentAt)) })}
                </span>
              </span>
              {mail.links.map((link) => (
                <code key={link} className={styles.link}>
                  {link}
                </code>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
