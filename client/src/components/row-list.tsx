import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card } from './card';
import { EmptyState } from './query-state';
import { BadgeRow } from './status-badge';
import styles from './row-list.module.css';

/**
 * A card of rows of one kind (live sessions, upcoming briefings): its title with the count
 * beside it, then the rows, or a line saying there are none.
 */
export function RowGroup<Item>({
  title,
  note,
  testId,
  empty,
  items,
  children,
}: {
  title: ReactNode;
  /** The count, at the end of the title's line. */
  note: ReactNode;
  testId?: string;
  /** What the card says when `items` is empty. */
  empty: ReactNode;
  items: readonly Item[];
  /** One `ListRow` (with its key) per item. */
  children: (item: Item) => ReactNode;
}) {
  return (
    <Card title={title} note={note} testId={testId}>
      {items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul role="list" className={styles.rows}>
          {items.map(children)}
        </ul>
      )}
    </Card>
  );
}

/**
 * One row: its badges, its title linking to `to`, a line of muted facts per entry of `meta`,
 * and `actions` (one link, or a `RowActions` of several) at the end.
 */
export function ListRow({
  badges,
  title,
  to,
  meta,
  actions,
}: {
  badges: ReactNode;
  title: ReactNode;
  to: string;
  meta: readonly ReactNode[];
  actions: ReactNode;
}) {
  return (
    <li className={styles.row}>
      <div className={styles.main}>
        <BadgeRow>{badges}</BadgeRow>
        <Link to={to} className={styles.title}>
          {title}
        </Link>
        {meta.map((line, index) => (
          <p key={index} className={styles.meta}>
            {line}
          </p>
        ))}
      </div>
      {actions}
    </li>
  );
}

/** A row's buttons, side by side. */
export function RowActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}
