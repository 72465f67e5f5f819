import { CsvError, parse } from 'csv-parse/sync';
import {
  LEVELS,
  reliabilityDataFromIndices,
  type GoldLabels,
  type Level,
  type ReliabilityData,
} from '../stats/index.js';

/** A problem in the input; `line` is 1-based in the file it came from, null for options. */
export interface InputError {
  readonly line: number | null;
  readonly message: string;
}

/** A parsed value, or every problem found (each naming its line where it has one). */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: InputError[] };

/** A row of the ratings CSV with the line it starts on. */
export interface RatingRow {
  readonly unit: string;
  readonly rater: string;
  readonly value: string;
  readonly line: number;
}

/** A row of the gold CSV with the line it starts on. */
export interface GoldRow {
  readonly unit: string;
  readonly value: string;
  readonly line: number;
}

/** What parsing needs from the options: the level and the --categories list. */
export interface InputOptions {
  readonly level: Level;
  /** From --categories; null when the categories are the values seen. */
  readonly categories: readonly string[] | null;
}

/** Errors listed before the rest are summarised; a bad file should not flood the terminal. */
export const MAX_ERRORS = 20;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a value denotes, or null when it is not a plain decimal number. */
export function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** --level: one of nominal, ordinal, interval, ratio. */
export function parseLevel(text: string): Parsed<Level> {
  const level = LEVELS.find((l) => l === text);
  return level === undefined
    ? fail(null, `--level must be one of ${LEVELS.join(', ')}, not "${text}"`)
    : { ok: true, value: level };
}

/**
 * --categories a,b,c: the category list in order (the ordinal order). Parsed as one CSV
 * record, so a quoted category may hold a comma. Needs numeric categories for the
 * interval and ratio levels (ratio: >= 0), distinct as numbers.
 */
export function parseCategoriesOption(text: string, level: Level): Parsed<string[]> {
  let record: string[];
  try {
    const records = parse(text, { trim: true, relax_column_count: true }) as string[][];
    record = records[0] ?? [];
  } catch (error) {
    return fail(null, `--categories is not a comma-separated list: ${(error as Error).message}`);
  }
  const errors: InputError[] = [];
  if (record.length === 0) errors.push({ line: null, message: '--categories lists no category' });
  const seen = new Set<string>();
  for (const category of record) {
    if (category === '') errors.push({ line: null, message: '--categories has an empty category' });
    else if (seen.has(category)) errors.push({ line: null, message: `--categories lists "${category}" twice` });
    seen.add(category);
  }
  if (errors.length > 0) return { ok: false, errors };
  const numeric = checkNumericCategories(record, level, '--categories');
  return numeric.ok ? { ok: true, value: record } : numeric;
}

/** The seed of --seed: an integer from 0 to 2^32 - 1. */
export function parseSeed(text: string): Parsed<number> {
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(value) && value <= 0xffffffff
    ? { ok: true, value }
    : fail(null, `--seed must be an integer from 0 to 4294967295, not "${text}"`);
}

/**
 * Parses a ratings CSV: a header naming the columns `unit`, `rater`, `value` (in any
 * order; other columns are ignored), then one rating a row. Checks, naming the line:
 * header present, no empty field, no rater rating a unit twice, values within
 * `categories` when given, numeric values for interval and ratio (ratio: >= 0), at least
 * one rating.
 */
export function parseRatingsCsv(text: string, options: InputOptions): Parsed<RatingRow[]> {
  const table = readCsv(text, ['unit', 'rater', 'value']);
  if (!table.ok) return table;
  const { rows, columns } = table.value;
  const errors: InputError[] = [];
  const firstRating = new Map<string, number>(); // `${unit}\u0000${rater}` -> line
  const allowed = options.categories === null ? null : new Set(options.categories);
  const out: RatingRow[] = [];
  for (const { record, line } of rows) {
    const unit = record[columns.unit!] ?? '';
    const rater = record[columns.rater!] ?? '';
    const value = record[columns.value!] ?? '';
    const missing = emptyFields({ unit, rater, value });
    if (missing !== null) {
      errors.push({ line, message: missing });
      continue;
    }
    const key = `${unit}\u0000${rater}`;
    const earlier = firstRating.get(key);
    if (earlier !== undefined) {
      errors.push({ line, message: `rater "${rater}" already rated unit "${unit}" on line ${earlier}` });
      continue;
    }
    firstRating.set(key, line);
    const valueError = checkValue(value, allowed, options);
    if (valueError !== null) {
      errors.push({ line, message: valueError });
      continue;
    }
    out.push({ unit, rater, value, line });
  }
  if (errors.length === 0 && out.length === 0)
    errors.push({ line: null, message: 'the file has a header but no ratings' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}

/**
 * Parses a gold CSV: a header naming `unit` and `value`, then one expected answer a
 * row. Checks, naming the line: header, no empty field, one value per unit, values within
 * `categories` when given, numeric for interval and ratio. An empty list is allowed.
 */
export function parseGoldCsv(text: string, options: InputOptions): Parsed<GoldRow[]> {
  const table = readCsv(text, ['unit', 'value']);
  if (!table.ok) return table;
  const { rows, columns } = table.value;
  const errors: InputError[] = [];
  const firstLine = new Map<string, number>();
  const allowed = options.categories === null ? null : new Set(options.categories);
  const out: GoldRow[] = [];
  for (const { record, line } of rows) {
    const unit = record[columns.unit!] ?? '';
    const value = record[columns.value!] ?? '';
    const missing = emptyFields({ unit, value });
    if (missing !== null) {
      errors.push({ line, message: missing });
      continue;
    }
    const earlier = firstLine.get(unit);
    if (earlier !== undefined) {
      errors.push({ line, message: `unit "${unit}" already has a gold value on line ${earlier}` });
      continue;
    }
    firstLine.set(unit, line);
    const valueError = checkValue(value, allowed, options);
    if (valueError !== null) {
      errors.push({ line, message: valueError });
      continue;
    }
    out.push({ unit, value, line });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}

/** The data set and gold labels ready for the statistics. */
export interface AgreementInput {
  readonly data: ReliabilityData;
  readonly gold: GoldLabels | null;
  /** Gold values nobody chose that were added to the categories seen (no --categories). */
  readonly goldOnlyCategories: readonly string[];
  /** Gold rows whose unit nobody rated (ignored). */
  readonly unratedGoldUnits: number;
}

/**
 * The data set and gold labels from parsed rows. Categories: `options.categories` when
 * given; otherwise the values seen in the ratings and gold, sorted numerically when all
 * are numbers, else in code-point order. Without --categories, non-numeric ordinal values
 * are an error, since no order can be inferred from labels. Units and raters are indexed
 * in order of first appearance.
 */
export function buildAgreementInput(
  ratings: readonly RatingRow[],
  goldRows: readonly GoldRow[] | null,
  options: InputOptions,
): Parsed<AgreementInput> {
  let categories: string[];
  let goldOnlyCategories: string[] = [];
  if (options.categories !== null) {
    categories = [...options.categories];
  } else {
    const seen = new Set(ratings.map((r) => r.value));
    goldOnlyCategories = [...new Set((goldRows ?? []).map((g) => g.value))].filter((v) => !seen.has(v));
    categories = [...seen, ...goldOnlyCategories];
    const numbers = categories.map(parseNumber);
    if (numbers.every((n) => n !== null)) {
      categories.sort((a, b) => parseNumber(a)! - parseNumber(b)!);
    } else {
      if (options.level === 'ordinal') {
        return fail(
          null,
          'the values are not all numbers, so their order is unknown: give it with --categories (e.g. --categories low,medium,high)',
        );
      }
      categories.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    goldOnlyCategories.sort((a, b) => categories.indexOf(a) - categories.indexOf(b));
  }
  const numeric = checkNumericCategories(categories, options.level, 'the values');
  if (!numeric.ok) return numeric;
  const categoryValues =
    options.level === 'interval' || options.level === 'ratio' ? categories.map((c) => parseNumber(c)!) : null;

  const categoryIndex = new Map(categories.map((c, i) => [c, i]));
  const unitIndex = new Map<string, number>();
  const raterIndex = new Map<string, number>();
  const n = ratings.length;
  const ratingUnit = new Int32Array(n);
  const ratingRater = new Int32Array(n);
  const ratingCategory = new Int32Array(n);
  ratings.forEach((row, i) => {
    ratingUnit[i] = intern(unitIndex, row.unit);
    ratingRater[i] = intern(raterIndex, row.rater);
    ratingCategory[i] = categoryIndex.get(row.value)!;
  });
  const data = reliabilityDataFromIndices({
    categories,
    categoryValues,
    units: [...unitIndex.keys()],
    raters: [...raterIndex.keys()],
    ratingUnit,
    ratingRater,
    ratingCategory,
  });
  let gold: GoldLabels | null = null;
  let unratedGoldUnits = 0;
  if (goldRows !== null) {
    gold = new Int32Array(data.units.length).fill(-1);
    for (const row of goldRows) {
      const u = unitIndex.get(row.unit);
      if (u === undefined) unratedGoldUnits++;
      else gold[u] = categoryIndex.get(row.value)!;
    }
  }
  return { ok: true, value: { data, gold, goldOnlyCategories, unratedGoldUnits } };
}

/** `line N: message`, or the message alone for option errors. */
export function formatInputError(error: InputError): string {
  return error.line === null ? error.message : `line ${error.line}: ${error.message}`;
}

interface CsvTable {
  readonly rows: { record: string[]; line: number }[];
  readonly columns: Record<string, number | undefined>;
}

// Parses CSV text and locates the required columns in its header.
function readCsv(text: string, required: readonly string[]): Parsed<CsvTable> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? null;
      return fail(line, `not valid CSV: ${error.message.replace(/ at line \d+$/, '')}`);
    }
    throw error;
  }
  const [header, ...body] = records;
  const expected = required.join(',');
  if (header === undefined) return fail(null, `the file is empty: expected a header "${expected}" and rows`);
  const headerLine = startLine(header.record, header.info.lines);
  const names = header.record.map((name) => name.toLowerCase());
  const columns: Record<string, number | undefined> = {};
  const absent: string[] = [];
  for (const name of required) {
    const at = names.indexOf(name);
    if (at === -1) absent.push(name);
    else if (names.indexOf(name, at + 1) !== -1) {
      return fail(headerLine, `the header names the column "${name}" twice`);
    } else columns[name] = at;
  }
  if (absent.length > 0) {
    return fail(
      headerLine,
      `the header must name the columns ${expected}; missing ${absent.map((a) => `"${a}"`).join(', ')} (found "${header.record.join(',')}")`,
    );
  }
  const rows = body.map(({ record, info }) => ({ record, line: startLine(record, info.lines) }));
  return { ok: true, value: { rows, columns } };
}

// csv-parse reports the line a record ends on; a quoted field may span lines.
function startLine(record: readonly string[], endLine: number): number {
  let breaks = 0;
  for (const field of record) for (const ch of field) if (ch === '\n' || ch === '\r') breaks++;
  return endLine - breaks;
}

function emptyFields(fields: Record<string, string>): string | null {
  const empty = Object.entries(fields)
    .filter(([, v]) => v === '')
    .map(([k]) => k);
  if (empty.length === 0) return null;
  return `empty ${empty.join(', ')} (every row needs ${Object.keys(fields).join(', ')}; leave a missing rating out)`;
}

function checkValue(value: string, allowed: ReadonlySet<string> | null, options: InputOptions): string | null {
  if (allowed !== null) {
    return allowed.has(value) ? null : `value "${value}" is not one of the categories ${[...allowed].join(', ')}`;
  }
  return numericProblem(value, options.level);
}

function numericProblem(value: string, level: Level): string | null {
  if (level !== 'interval' && level !== 'ratio') return null;
  const number = parseNumber(value);
  if (number === null) return `value "${value}" is not a number (--level ${level} needs numeric values)`;
  if (level === 'ratio' && number < 0) return `value "${value}" is negative (--level ratio needs values >= 0)`;
  return null;
}

function checkNumericCategories(categories: readonly string[], level: Level, what: string): Parsed<true> {
  const errors: InputError[] = [];
  const byNumber = new Map<number, string>();
  for (const category of categories) {
    const problem = numericProblem(category, level);
    if (problem !== null) {
      errors.push({ line: null, message: `${what}: ${problem}` });
      continue;
    }
    if (level !== 'interval' && level !== 'ratio') continue;
    const number = parseNumber(category)!;
    const other = byNumber.get(number);
    if (other !== undefined) {
      errors.push({
        line: null,
        message: `${what}: "${other}" and "${category}" are the same number; use one spelling`,
      });
    }
    byNumber.set(number, category);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: true };
}

function intern(index: Map<string, number>, key: string): number {
  let i = index.get(key);
  if (i === undefined) {
    i = index.size;
    index.set(key, i);
  }
  return i;
}

function fail(line: number | null, message: string): { ok: false; errors: InputError[] } {
  return { ok: false, errors: [{ line, message }] };
}
