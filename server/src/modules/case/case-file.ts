import { type LineError, readCsvRecords } from '../shared/csv-file.js';
import { ContentType, CaseFileFormat } from './case.enums.js';

/**
 * Case files, CSV or JSON Lines, read and checked without a database: every line is
 * checked, and every problem is reported with its line number, so a person can fix
 * the whole file at once. References (markets, policies, moderators) are checked
 * against the database afterwards, in `case-import.ts`.
 *
 * Columns (CSV header) and keys (JSON Lines), all but `text`, `mediaUrl` and
 * `sensitivityTags` required:
 * `source, externalId, market, queue, contentType, text, mediaUrl, sensitivityTags,
 * policy, policyVersion, decision, moderatorEmail, decidedAt`.
 * In CSV, tags are separated by `|`; in JSON Lines they are an array of strings.
 */
export const CASE_FIELDS = [
  'source',
  'externalId',
  'market',
  'queue',
  'contentType',
  'text',
  'mediaUrl',
  'sensitivityTags',
  'policy',
  'policyVersion',
  'decision',
  'moderatorEmail',
  'decidedAt',
] as const;

export type CaseField = (typeof CASE_FIELDS)[number];

const OPTIONAL = new Set<CaseField>(['text', 'mediaUrl', 'sensitivityTags']);

/** A row that passed every check that needs no database. */
export type CaseRow = {
  line: number;
  source: string;
  externalId: string;
  market: string;
  queue: string;
  contentType: ContentType;
  text: string | null;
  mediaUrl: string | null;
  sensitivityTags: string[];
  policy: string;
  policyVersion: number;
  decision: string;
  moderatorEmail: string;
  decidedAt: Date;
};

export type { LineError };

export type ParsedCaseFile = { rows: CaseRow[]; errors: LineError[] };

export const CASE_FILE_LIMITS = {
  text: 20_000,
  mediaUrl: 2_048,
  tags: 10,
  /** How far in the future a decision time may be, for clock skew. */
  futureSkewMs: 5 * 60_000,
} as const;

const TAG = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const POLICY_KEY = /^[a-z][a-z0-9-]{1,63}$/;
const LABEL_KEY = /^[a-z][a-z0-9_]{0,49}$/;
const MARKET = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// An ISO 8601 date and time with seconds optional and a zone (Z or ±hh:mm) required.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
/**
 * Whether an INSTANT's fields exist: Date.parse rolls 2026-02-30 over to 2026-03-02 and
 * 24:00 to the next day, so a typo became another real date instead of an error.
 */
function onTheCalendar(value: string): boolean {
  const [date, rest] = value.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = rest
    .slice(0, 8)
    .split(':')
    .map((part) => Number.parseInt(part, 10));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(rest);
  const zoneOk = !zone || (Number(zone[2]) <= 14 && Number(zone[3]) <= 59);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second <= 59 &&
    zoneOk
  );
}

// Control characters other than tab and line breaks have no place in these fields.
const hasControlCharacter = (value: string) => {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
  }
  return false;
};

type RawRecord = { line: number; values: Partial<Record<CaseField, unknown>> };

/** Parses and checks a whole file; `rows` is only meaningful when `errors` is empty. */
export function parseCaseFile(content: string, format: CaseFileFormat, options: { now?: Date } = {}): ParsedCaseFile {
  const errors: LineError[] = [];
  const records = format === CaseFileFormat.CSV ? readCsv(content, errors) : readJsonLines(content, errors);
  const now = (options.now ?? new Date()).getTime();
  const rows: CaseRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const row = checkRecord(record, now, errors);
    if (!row) continue;
    const identity = `${row.source}\u0000${row.externalId}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      errors.push({
        line: row.line,
        field: 'externalId',
        message: `"${row.externalId}" of source "${row.source}" is also on line ${first}: each case once per file`,
      });
      continue;
    }
    seen.set(identity, row.line);
    rows.push(row);
  }
  if (records.length === 0 && errors.length === 0)
    errors.push({ line: 1, field: null, message: 'the file has no cases' });
  return { rows, errors };
}

function readCsv(content: string, errors: LineError[]): RawRecord[] {
  return readCsvRecords(content, CASE_FIELDS, OPTIONAL, errors).map(({ line, values }) => {
    const tags = values.sensitivityTags;
    if (tags === undefined) return { line, values };
    return {
      line,
      values: { ...values, sensitivityTags: tags.trim() === '' ? [] : tags.split('|').map((t) => t.trim()) },
    };
  });
}

function readJsonLines(content: string, errors: LineError[]): RawRecord[] {
  const records: RawRecord[] = [];
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((text, i) => {
    const line = i + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      errors.push({ line, field: null, message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ line, field: null, message: 'must be a JSON object, one case a line' });
      return;
    }
    const unknown = Object.keys(value).filter((k) => !(CASE_FIELDS as readonly string[]).includes(k));
    if (unknown.length > 0) {
      errors.push({
        line,
        field: null,
        message: `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (the keys are ${CASE_FIELDS.join(', ')})`,
      });
      return;
    }
    records.push({ line, values: value as Partial<Record<CaseField, unknown>> });
  });
  return records;
}

/** Checks one record, pushing every problem; returns the row when there were none. */
function checkRecord({ line, values }: RawRecord, now: number, errors: LineError[]): CaseRow | null {
  if (Object.keys(values).length === 0) return null; // already reported
  const before = errors.length;
  const fail = (field: CaseField, message: string) => {
    errors.push({ line, field, message });
    return null;
  };

  const text = (field: CaseField, max: number, options: { pattern?: RegExp; hint?: string } = {}) => {
    const raw = values[field];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      return OPTIONAL.has(field) ? null : fail(field, `${field} is required`);
    }
    if (typeof raw !== 'string') return fail(field, `${field} must be a string`);
    const value = raw.trim();
    if (value.length > max) return fail(field, `${field} is ${value.length} characters long; at most ${max}`);
    if (hasControlCharacter(value)) return fail(field, `${field} contains control characters`);
    if (options.pattern && !options.pattern.test(value)) return fail(field, `${field} "${value}" ${options.hint}`);
    return value;
  };

  const source = text('source', 100);
  const externalId = text('externalId', 200);
  const market = text('market', 35, { pattern: MARKET, hint: 'is not a market code such as it-IT' });
  const queue = text('queue', 100);
  const policy = text('policy', 64, { pattern: POLICY_KEY, hint: 'is not a policy key such as hate-speech' });
  const decision = text('decision', 50, {
    pattern: LABEL_KEY,
    hint: 'is not a label key (lower-case letters, digits, underscores)',
  });
  const email = text('moderatorEmail', 320, { pattern: EMAIL, hint: 'is not an email address' });
  const body = text('text', CASE_FILE_LIMITS.text);
  const mediaUrl = text('mediaUrl', CASE_FILE_LIMITS.mediaUrl);

  const rawType = values.contentType;
  let contentType: ContentType | null = null;
  if (typeof rawType !== 'string' || rawType.trim() === '') fail('contentType', 'contentType is required');
  else {
    const upper = rawType.trim().toUpperCase();
    if (upper in ContentType) contentType = upper as ContentType;
    else fail('contentType', `contentType "${rawType}" is not one of TEXT, IMAGE, VIDEO`);
  }
  const hasError = (field: CaseField) => errors.slice(before).some((e) => e.field === field);
  if (contentType === ContentType.TEXT) {
    if (body === null && !hasError('text')) fail('text', 'a TEXT case needs its text');
    if (mediaUrl !== null) fail('mediaUrl', 'a TEXT case has no mediaUrl: use IMAGE or VIDEO for media');
  }
  if ((contentType === ContentType.IMAGE || contentType === ContentType.VIDEO) && mediaUrl === null) {
    if (!hasError('mediaUrl'))
      fail('mediaUrl', `${contentType === ContentType.IMAGE ? 'an IMAGE' : 'a VIDEO'} case needs a mediaUrl`);
  }
  if (mediaUrl !== null && !isMediaUrl(mediaUrl))
    fail('mediaUrl', `mediaUrl "${mediaUrl}" is not an http(s) URL or a /path on this server`);

  const tags = checkTags(values.sensitivityTags, (message) => fail('sensitivityTags', message));

  let policyVersion: number | null = null;
  const rawVersion = values.policyVersion;
  const versionNumber =
    typeof rawVersion === 'string' && /^\s*\d+\s*$/.test(rawVersion) ? Number(rawVersion) : rawVersion;
  if (rawVersion === undefined || rawVersion === null || rawVersion === '')
    fail('policyVersion', 'policyVersion is required');
  else if (
    typeof versionNumber !== 'number' ||
    !Number.isInteger(versionNumber) ||
    versionNumber < 1 ||
    versionNumber > 1_000_000
  ) {
    fail('policyVersion', `policyVersion "${String(rawVersion)}" is not a version number (1, 2, 3 …)`);
  } else policyVersion = versionNumber;

  let decidedAt: Date | null = null;
  const rawDecided = values.decidedAt;
  if (typeof rawDecided !== 'string' || rawDecided.trim() === '') fail('decidedAt', 'decidedAt is required');
  else {
    const value = rawDecided.trim();
    const time = INSTANT.test(value) && onTheCalendar(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) {
      fail('decidedAt', `decidedAt "${value}" is not a date and time with a zone, e.g. 2026-03-01T14:05:00Z`);
    } else if (time > now + CASE_FILE_LIMITS.futureSkewMs) fail('decidedAt', `decidedAt ${value} is in the future`);
    else decidedAt = new Date(time);
  }

  if (errors.length > before) return null;
  return {
    line,
    source: source!,
    externalId: externalId!,
    market: market!,
    queue: queue!,
    contentType: contentType!,
    text: body,
    mediaUrl,
    sensitivityTags: tags!,
    policy: policy!,
    policyVersion: policyVersion!,
    decision: decision!,
    moderatorEmail: email!.toLowerCase(),
    decidedAt: decidedAt!,
  };
}

function checkTags(raw: unknown, fail: (message: string) => null): string[] | null {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.some((t) => typeof t !== 'string')) {
    return fail('sensitivityTags must be a list of strings');
  }
  const tags = [...new Set((raw as string[]).map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
  const bad = tags.filter((t) => !TAG.test(t));
  if (bad.length > 0) {
    return fail(
      `sensitivity tag${bad.length > 1 ? 's' : ''} ${bad.map((t) => `"${t}"`).join(', ')}: use lower-case letters, digits, - and _ (at most 40)`,
    );
  }
  if (tags.length > CASE_FILE_LIMITS.tags)
    return fail(`${tags.length} sensitivity tags; at most ${CASE_FILE_LIMITS.tags}`);
  return tags;
}

/**
 * An http(s) URL with a host, or an absolute path on Concord's own server (the demo's
 * `/demo-media/…`, which works offline and wherever Concord is served from). `//host/…`
 * and `/\host/…` are other hosts to a browser, so they are refused; so are javascript:,
 * data: and file: URLs, which must never reach a reviewer's browser.
 */
export function isMediaUrl(value: string): boolean {
  const origin = 'http://concord.invalid';
  try {
    if (value.startsWith('/')) {
      return !/^\/[/\\]/.test(value) && !/\s/.test(value) && new URL(value, origin).origin === origin;
    }
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The format a file name implies, or null. */
export function formatOfFileName(name: string): CaseFileFormat | null {
  if (/\.csv$/i.test(name)) return CaseFileFormat.CSV;
  if (/\.(jsonl|ndjson)$/i.test(name)) return CaseFileFormat.JSONL;
  return null;
}
