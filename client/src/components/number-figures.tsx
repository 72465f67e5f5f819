import type { ReactNode } from 'react';
import styles from './number-figures.module.css';

/** Counts and shares side by side: `[label, value]` pairs, each in a tile. */
export function NumberFigures({
  figures,
  testId,
}: {
  figures: readonly (readonly [label: ReactNode, value: ReactNode])[];
  testId?: string;
}) {
  return (
    <dl className={styles.figures} data-testid={testId}>
      {figures.map(([label, value], index) => (
        <div key={index} className={styles.figure}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
