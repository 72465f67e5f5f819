import type { ReactNode } from 'react';
import styles from './facts.module.css';

/** A list of facts (`Fact`s): one under the other, or in `columns` side by side as many as fit. */
export function Facts({ columns = false, children }: { columns?: boolean; children: ReactNode }) {
  return <dl className={columns ? `${styles.facts} ${styles.columns}` : styles.facts}>{children}</dl>;
}

/** One fact: its term, small and uppercase, over its value. */
export function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
