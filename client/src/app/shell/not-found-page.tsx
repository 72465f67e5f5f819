import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title';
import styles from './not-found-page.module.css';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <DocumentTitle title={t('notFound.title')} />
      <h1 className={styles.title}>{t('notFound.title')}</h1>
      <p className={styles.text}>{t('notFound.text')}</p>
      <Link to="/" className="button button-primary">
        {t('notFound.back')}
      </Link>
    </div>
  );
}
