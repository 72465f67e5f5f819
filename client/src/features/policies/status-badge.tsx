import { useTranslation } from 'react-i18next';
import type { PolicyVersionStatus } from '../../gql/graphql';
import styles from './policies.module.css';

export function StatusBadge({ status }: { status: PolicyVersionStatus }) {
  const { t } = useTranslation();
  return <span className={`${styles.badge} ${styles[`status_${status}`]}`}>{t(`policies.status.${status}`)}</span>;
}
