import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BadgeRow } from './status-badge';
import styles from './page.module.css';

/** The column a page's sections stack in; `width` is its widest (md 1180 px, lg 1240, xl 1320). */
export function Page({ width, children }: { width: 'md' | 'lg' | 'xl'; children: ReactNode }) {
  return <div className={`${styles.page} ${styles[`width_${width}`]}`}>{children}</div>;
}

/** "← All sessions": a link back to where the page was opened from, above its header. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={styles.backLink}>
      {children}
    </Link>
  );
}

/**
 * A page's h1 with what goes above it (a breadcrumb, status badges) and under it (a lead),
 * and its actions: one element (the caller's own group of buttons or pickers), placed at the
 * end of the title's line, or below it on a narrow screen.
 */
export function PageHeader({
  title,
  lead,
  breadcrumb,
  badges,
  actions,
}: {
  title: ReactNode;
  lead?: ReactNode;
  breadcrumb?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className={styles.header}>
      <div className={styles.main} data-badges={badges ? '' : undefined}>
        {breadcrumb ? <p className={styles.breadcrumb}>{breadcrumb}</p> : null}
        {badges ? <BadgeRow>{badges}</BadgeRow> : null}
        <h1 className={styles.title}>{title}</h1>
        {lead ? <p className={styles.lead}>{lead}</p> : null}
      </div>
      {actions}
    </header>
  );
}
