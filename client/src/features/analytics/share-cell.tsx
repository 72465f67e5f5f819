import { useFormatStat } from '../../lib/stat-format';
import styles from './analytics.module.css';

/** A share as a short bar and its percentage; `poor` draws the bar red. */
export function ShareCell({ value, poor = false }: { value: number; poor?: boolean }) {
  const format = useFormatStat();
  return (
    <span className={styles.shareCell}>
      <span className={styles.shareBar} data-tone={poor ? 'poor' : undefined} aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />
      </span>
      {format(value, 'percent')}
    </span>
  );
}
