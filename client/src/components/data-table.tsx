import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, tableCsvRows, toCsv, type CsvColumn } from '../lib/csv';
import { Card } from './card';
import { EmptyState } from './query-state';
import { numericCell, Table } from './table';
import styles from './data-table.module.css';

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

/**
 * A titled table of figures with its CSV export: the same columns render the cells and write
 * the file, so each table can be downloaded as shown.
 */
export function DataTable<Row>({
  title,
  lead,
  columns,
  rows,
  rowKey,
  csvFile,
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
  /** The exported file's name, e.g. `concord-analytics-markets-start-today.csv`. */
  csvFile: string;
  empty: string;
  testId?: string;
  /** Controls beside the export button (a threshold, say). */
  tools?: ReactNode;
  /** The rows shown are the previous request's while a new one loads. */
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const shown = columns.filter((column) => !column.csvOnly);
  return (
    <Card
      title={title}
      lead={lead}
      testId={testId}
      busy={busy}
      tools={
        <>
          {tools}
          <button
            type="button"
            className={`button button-secondary ${styles.export}`}
            disabled={rows.length === 0}
            aria-label={t('common.exportTable', { table: title })}
            onClick={() => downloadCsv(csvFile, toCsv(tableCsvRows(columns, rows)))}
          >
            {t('common.exportCsv')}
          </button>
        </>
      }
    >
      {rows.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <Table look="figures" label={title}>
          <thead>
            <tr>
              {shown.map((column) => (
                <th key={column.csv} scope="col" className={column.numeric ? numericCell : undefined}>
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
                  const className = column.numeric ? numericCell : undefined;
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
        </Table>
      )}
    </Card>
  );
}
