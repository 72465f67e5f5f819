import type { ReactNode } from 'react';
import styles from './table.module.css';

/** The class of a cell holding a number (header included): right-aligned, digits of equal width. */
export const numericCell = styles.numeric;

/**
 * A table in its scrolling box, in the app's one table style (table.module.css): `list` for
 * rows of things, `figures` for agreement figures. The caller writes the rows.
 */
export function Table({
  look = 'list',
  roomy = false,
  framed = false,
  wrapHeaders = false,
  label,
  testId,
  children,
}: {
  look?: 'list' | 'figures';
  /** More room around each cell. */
  roomy?: boolean;
  /** A box of its own, for a table that is not inside a card. */
  framed?: boolean;
  /** Column headers may wrap (a list's stay on one line otherwise). */
  wrapHeaders?: boolean;
  /** Names the box as a region a keyboard user can focus and scroll. */
  label?: string;
  testId?: string;
  children: ReactNode;
}) {
  const region = label ? ({ role: 'region', 'aria-label': label, tabIndex: 0 } as const) : {};
  return (
    <div className={framed ? `${styles.scroll} ${styles.framed}` : styles.scroll} data-testid={testId} {...region}>
      <table
        className={[styles.table, styles[look], roomy && styles.roomy, wrapHeaders && styles.wrapHeaders]
          .filter(Boolean)
          .join(' ')}
      >
        {children}
      </table>
    </div>
  );
}

/** A column's header: `numeric` aligns it with its numbers, `hidden` says it to screen readers only (a column of buttons). */
export type HeaderColumn = { label: ReactNode; numeric?: boolean; hidden?: boolean };

/** A table's header row, one `th scope="col"` per column. */
export function TableHead({ columns }: { columns: readonly HeaderColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map(({ label, numeric = false, hidden = false }, index) => (
          <th key={index} scope="col" className={numeric ? numericCell : undefined}>
            {hidden ? <span className="visually-hidden">{label}</span> : label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
