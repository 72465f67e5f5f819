/** A value of one CSV cell; null and undefined give an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"):
// case texts and rationales are written by strangers, so text cells never start with one.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180: quoted when it holds a comma, a quote or a line break, with quotes
 * doubled. Text that a spreadsheet would take for a formula gets a leading apostrophe;
 * numbers are written as they are (a negative kappa stays a number), non-finite ones empty.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: cells joined by commas, records ended by CRLF (RFC 4180). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/**
 * Saves CSV text as a file from the browser. The byte order mark makes spreadsheet
 * programs read it as UTF-8, so names in Korean or German survive.
 */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * One column of a table as it is exported. The same definition renders the cell and writes the
 * CSV, so a table exports exactly what it shows (at full precision, with identifiers for
 * headers so scripts reading the file do not depend on the reader's language).
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
