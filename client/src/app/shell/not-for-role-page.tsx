import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title';
import type { Role } from '../../gql/graphql';
import styles from './not-found-page.module.css';

/** What a page says to a role that does not use it (instead of its queries failing one by one). */
export function NotForRolePage({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <DocumentTitle title={t('notForRole.title')} />
      <h1 className={styles.title}>{t('notForRole.title')}</h1>
      <p className={styles.text}>{t('notForRole.text', { role: t(`roles.${role}`) })}</p>
      <Link to="/" className="button button-primary">
        {t('notForRole.back')}
      </Link>
    </div>
  );
}
