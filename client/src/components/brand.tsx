import { useTranslation } from 'react-i18next';
import { LogoMark } from './icons';
import styles from './brand.module.css';

/** The logo and name; `nameClassName` lets a tight layout hide the name (not from screen readers). */
export function Brand({ size = 'md', nameClassName }: { size?: 'md' | 'lg'; nameClassName?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.brand} ${size === 'lg' ? styles.large : ''}`}>
      <LogoMark className={styles.mark} />
      <span className={`${styles.name} ${nameClassName ?? ''}`}>{t('app.name')}</span>
    </span>
  );
}
