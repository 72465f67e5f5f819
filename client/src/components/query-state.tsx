import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';
import { LoadingState } from './loading-state';
import styles from './query-state.module.css';

/**
 * What stands in for a query's content while there is none to show: a spinner while it
 * loads, its error (with a retry) when it failed. Once `hasData`, neither: the content
 * shows, and a failed refetch leaves it in place.
 */
export function QueryState({
  loading,
  error,
  hasData = false,
  loadingLabel,
  errorTitle,
  onRetry,
}: {
  loading: boolean;
  error?: unknown;
  hasData?: boolean;
  loadingLabel: string;
  errorTitle: ReactNode;
  onRetry?: () => void;
}) {
  return (
    <>
      {loading && !hasData ? <LoadingState label={loadingLabel} /> : null}
      {error && !hasData ? <ErrorAlert error={error} title={errorTitle} onRetry={onRetry} /> : null}
    </>
  );
}

/** A list or table with nothing in it: one muted line saying so. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className={styles.empty}>{children}</p>;
}
