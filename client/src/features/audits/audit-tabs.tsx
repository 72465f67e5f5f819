import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import styles from './audits.module.css';

/** The QA specialist's two audit pages: the queue and the sampling plans that fill it. */
export function AuditTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('audits.tabs.label')} className={styles.tabs}>
      <NavLink to="/audits" end className={styles.tab}>
        {t('audits.tabs.queue')}
      </NavLink>
      <NavLink to="/audits/plans" className={styles.tab}>
        {t('audits.tabs.plans')}
      </NavLink>
    </nav>
  );
}
