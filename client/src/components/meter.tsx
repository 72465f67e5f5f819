import type { ReactNode } from 'react';
import styles from './meter.module.css';

/** The class of a table cell that holds a meter. */
export const meterCell = styles.cell;

/** A bar filled to `share` (0 to 1; teal, or orange when `bad`); hidden from screen readers, who read the text. */
export function MeterBar({ share, bad = false, grow }: { share: number; bad?: boolean; grow?: string }) {
  return (
    <span className={styles.bar} style={grow ? { flex: grow } : undefined} aria-hidden="true">
      <span
        className={styles.fill}
        data-tone={bad ? 'bad' : undefined}
        style={{ width: `${Math.round(share * 1000) / 10}%` }}
      />
    </span>
  );
}

/** A bar and the text it draws, on one line that wraps. `grow` is the bar's flex (`1 1 120px`). */
export function Meter({
  share,
  bad = false,
  grow,
  children,
}: {
  share: number;
  bad?: boolean;
  grow?: string;
  children: ReactNode;
}) {
  return (
    <span className={styles.meter}>
      <MeterBar share={share} bad={bad} grow={grow} />
      {children}
    </span>
  );
}
