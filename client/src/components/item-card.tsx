import type { ReactNode } from 'react';
import { BadgeRow } from './status-badge';
import styles from './item-card.module.css';

/** Item cards one under the other. */
export function ItemList({ children }: { children: ReactNode }) {
  return <div className={styles.list}>{children}</div>;
}

/**
 * One item of a list in a card of its own: its title (labelling the card when `titleId` is
 * given) and badges on one line, then `children`.
 */
export function ItemCard({
  as: Tag = 'article',
  heading: Heading = 'h2',
  title,
  titleId,
  badges,
  testId,
  children,
}: {
  as?: 'article' | 'section';
  heading?: 'h2' | 'h3';
  title: ReactNode;
  titleId?: string;
  badges?: ReactNode;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <Tag className={styles.item} aria-labelledby={titleId} data-testid={testId}>
      <div className={styles.head}>
        <Heading id={titleId} className={styles.title}>
          {title}
        </Heading>
        {badges ? <BadgeRow>{badges}</BadgeRow> : null}
      </div>
      {children}
    </Tag>
  );
}
