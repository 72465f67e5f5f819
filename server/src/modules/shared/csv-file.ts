import { CsvError, parse } from 'csv-parse/sync';
import { DomainError } from './errors.js';

/** One reason a line of a file is rejected; `field` is null when the whole line is wrong. */
export type LineError = { line: number; field: string | null; message: string };

/** A record of a CSV file: the line it starts on and its values by column. */
export type CsvRecord<F extends string> = { line: number; values: Partial<Record<F, string>> };

/**
 * Reads a CSV file with a header row of `fields` (every one but `optional` required, none
 * unknown or repeated), reporting each problem by the line it is on, so a person can fix a
 * whole file at once. A record of the wrong width is reported and comes back empty.
 */
export function readCsvRecords<F extends string>(
  content: string,
  fields: readonly F[],
  optional: ReadonlySet<F>,
  errors: LineError[],
): CsvRecord<F>[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(content, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    errors.push({ line, field: null, message: `not valid CSV: ${error.message}` });
    return [];
  }
  const [header, ...body] = parsed;
  if (!header) return [];
  const columns = header.record.map((c) => c.trim());
  const unknown = columns.filter((c) => !(fields as readonly string[]).includes(c));
  const missing = fields.filter((f) => !optional.has(f) && !columns.includes(f));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  const headerProblems = [
    ...unknown.map((c) => `unknown column "${c}"`),
    ...missing.map((c) => `missing column "${c}"`),
    ...repeated.map((c) => `column "${c}" appears twice`),
  ];
  if (headerProblems.length > 0) {
    errors.push({
      line: 1,
      field: null,
      message: `bad header: ${headerProblems.join(', ')} (the columns are ${fields.join(', ')})`,
    });
    return [];
  }
  return body.map(({ record, info }) => {
    // `info.lines` is the line a record ends on; a quoted field may span lines.
    const line = info.lines - record.reduce((n, field) => n + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (record.length !== columns.length) {
      errors.push({ line, field: null, message: `has ${record.length} fields; the header has ${columns.length}` });
      return { line, values: {} };
    }
    const values: Partial<Record<F, string>> = {};
    columns.forEach((column, i) => {
      values[column as F] = record[i]!;
    });
    return { line, values };
  });
}

/** How many line errors travel in a GraphQL error; the command line prints them all. */
export const MAX_REPORTED_LINE_ERRORS = 500;

/** A file with bad lines: nothing was written. `lineErrors` lists every reason, by line. */
export class FileRejected extends DomainError {
  constructor(
    readonly lineErrors: LineError[],
    /** The feature's details with its reason, e.g. `(values) => caseError.details('FILE_HAS_BAD_LINES', values)`. */
    details: (values: {
      badLines: number;
      lineErrors: LineError[];
      lineErrorsOmitted: number;
    }) => Record<string, unknown>,
    what: string,
  ) {
    const badLines = new Set(lineErrors.map((e) => e.line)).size;
    const first = lineErrors
      .slice(0, 3)
      .map((e) => `line ${e.line}: ${e.message}`)
      .join('; ');
    super(
      'BAD_USER_INPUT',
      `The file has ${badLines} bad line${badLines === 1 ? '' : 's'}, so nothing was ${what}: ${first}${lineErrors.length > 3 ? '; …' : ''}.`,
      details({
        badLines,
        lineErrors: lineErrors.slice(0, MAX_REPORTED_LINE_ERRORS),
        lineErrorsOmitted: Math.max(0, lineErrors.length - MAX_REPORTED_LINE_ERRORS),
      }),
    );
  }
}

/** Line errors in file order (a stable sort: a line's own order stays). */
export const sortLineErrors = (errors: LineError[]) => [...errors].sort((a, b) => a.line - b.line);
