import type { CsvCell } from '../calibration/csv';

/**
 * One column of an analytics table. The same definition renders the cell and writes the
 * CSV, so every table on the page exports exactly what it shows (at full precision, with
 * identifiers for headers so scripts reading the file do not depend on the reader's language).
 */
export type CsvColumn<Row> = {
  /** The CSV header: a stable identifier such as `fleiss_kappa`. */
  csv: string;
  value: (row: Row) => CsvCell;
};

/** The header row, then one record per row, in the columns' order. */
export function tableCsvRows<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): CsvCell[][] {
  return [columns.map((column) => column.csv), ...rows.map((row) => columns.map((column) => column.value(row)))];
}

/** `concord-analytics-<table>-<from>-<to>.csv`: the period in the name, so two exports do not overwrite each other. */
export function exportFileName(table: string, period: { from: string | null; to: string | null }): string {
  const parts = ['concord-analytics', table, period.from ?? 'start', period.to ?? 'today'];
  return `${parts.join('-')}.csv`;
}
