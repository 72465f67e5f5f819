import type { ReactNode } from 'react';
import styles from './callout.module.css';

/** A moderator's decision, set off in the primary colour: its lines one under the other. */
export function DecisionCallout({ children }: { children: ReactNode }) {
  return <div className={styles.decision}>{children}</div>;
}

/** A written note (QA's feedback, an escalation's resolution), quoted as written. */
export function QuotedNote({ children }: { children: ReactNode }) {
  return <p className={styles.note}>{children}</p>;
}
