import type { ConnectionState } from '../lib/websocket';
import styles from './connection-indicator.module.css';

/** The state of a live page's connection, announced politely; a button to reconnect once it failed. */
export function ConnectionIndicator({
  state,
  text,
  reconnectLabel,
  onReconnect,
}: {
  state: ConnectionState;
  /** The state in words, in the page's own phrasing. */
  text: string;
  reconnectLabel: string;
  onReconnect: () => void;
}) {
  return (
    <div className={styles.connection} data-state={state} role="status" aria-live="polite">
      <span className={styles.connectionDot} aria-hidden="true" />
      <span>{text}</span>
      {state === 'failed' ? (
        <button type="button" className="button button-secondary" onClick={onReconnect}>
          {reconnectLabel}
        </button>
      ) : null}
    </div>
  );
}
