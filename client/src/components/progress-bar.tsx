import styles from './progress-bar.module.css';

/**
 * A progress bar of `value` out of `max`, named by `label` (a market); teal, or green when
 * `tone` is good. `live` animates its changes.
 */
export function ProgressBar({
  label,
  value,
  max,
  tone = 'accent',
  live = false,
}: {
  label: string;
  value: number;
  max: number;
  tone?: 'accent' | 'good';
  live?: boolean;
}) {
  return (
    <div
      className={styles.track}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
    >
      <div
        className={styles.fill}
        data-tone={tone === 'good' ? 'good' : undefined}
        data-live={live ? '' : undefined}
        style={{ width: `${max ? (100 * value) / max : 0}%` }}
      />
    </div>
  );
}
