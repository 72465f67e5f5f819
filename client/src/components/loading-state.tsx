import styles from './loading-state.module.css';

/** A spinner with a label that screen readers announce. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className={styles.loading} role="status" aria-busy="true">
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
