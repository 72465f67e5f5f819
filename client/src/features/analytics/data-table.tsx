import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv } from '../calibration/csv';
import { exportFileName, tableCsvRows, type CsvColumn } from './table-csv';
import results from '../calibration/results.module.css';
import styles from './analytics.module.css';

export type Column<Row> = CsvColumn<Row> & {
  header: ReactNode;
  /** What the cell shows; the CSV value as text when absent. */
  cell?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The column that names the row (a `th scope="row"`). */
  rowHeader?: boolean;
  /** In the CSV only: the page shows it inside another cell (an item's number in its link). */
  csvOnly?: boolean;
};

export type Period = { from: string | null; to: string | null };

/**
 * A titled table with its CSV export. Every table on the analytics page goes through here,
 * so each one can be downloaded as shown.
 */
export function DataTable<Row>({
  title,
  lead,
  columns,
  rows,
  rowKey,
  csvName,
  period,
  empty,
  testId,
  tools,
  busy = false,
}: {
  title: string;
  lead?: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** The table's part of the file name, e.g. `markets`. */
  csvName: string;
  period: Period;
  empty: string;
  testId?: string;
  /** Controls beside the export button (a threshold, say). */
  tools?: ReactNode;
  /** The rows shown are the previous filter's while the new one loads. */
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const shown = columns.filter((column) => !column.csvOnly);
  return (
    <section
      className={`${results.section} ${styles.tableSection}`}
      aria-labelledby={titleId}
      data-testid={testId}
      aria-busy={busy}
    >
      <div className={styles.sectionHeadRow}>
        <div className={results.sectionHead}>
          <h2 id={titleId} className={results.sectionTitle}>
            {title}
          </h2>
          {lead ? <p className={results.muted}>{lead}</p> : null}
        </div>
        <div className={styles.sectionTools}>
          {tools}
          <button
            type="button"
            className={`button button-secondary ${styles.exportButton}`}
            disabled={rows.length === 0}
            aria-label={t('analytics.exportTable', { table: title })}
            onClick={() => downloadCsv(exportFileName(csvName, period), toCsv(tableCsvRows(columns, rows)))}
          >
            {t('analytics.exportCsv')}
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className={results.muted}>{empty}</p>
      ) : (
        <div className={results.scroll} role="region" aria-label={title} tabIndex={0}>
          <table className={results.table}>
            <thead>
              <tr>
                {shown.map((column) => (
                  <th key={column.csv} scope="col" className={column.numeric ? results.num : undefined}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={rowKey(row, index)}>
                  {shown.map((column) => {
                    const content = column.cell ? column.cell(row) : String(column.value(row) ?? '—');
                    const className = column.numeric ? results.num : undefined;
                    return column.rowHeader ? (
                      <th key={column.csv} scope="row" className={className}>
                        {content}
                      </th>
                    ) : (
                      <td key={column.csv} className={className}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
