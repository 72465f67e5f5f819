import type { ReactNode } from 'react';
import styles from './status-badge.module.css';

/** neutral grey (closed, pending), info blue (scheduled), good green, warn amber, bad red (live, wrong), primary indigo, accent teal. */
export type BadgeTone = 'neutral' | 'info' | 'good' | 'warn' | 'bad' | 'primary' | 'accent';

/** A state in a pill: the state's word, coloured by its tone; `live` adds a pulsing dot. */
export function StatusBadge({
  tone = 'neutral',
  live = false,
  small = false,
  title,
  children,
}: {
  tone?: BadgeTone;
  live?: boolean;
  /** A smaller pill, for a tag beside a name or a label. */
  small?: boolean;
  /** Said on hover: what the state means. */
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`${styles.badge} ${styles[tone]}${small ? ` ${styles.small}` : ''}`} title={title}>
      {live ? <span className={styles.liveDot} aria-hidden="true" /> : null}
      {children}
    </span>
  );
}

/** Badges side by side, wrapping on a narrow screen; `as` is the element (a `span` inside a cell or a line). */
export function BadgeRow({ as: Tag = 'div', children }: { as?: 'div' | 'span' | 'p'; children: ReactNode }) {
  return <Tag className={styles.row}>{children}</Tag>;
}
