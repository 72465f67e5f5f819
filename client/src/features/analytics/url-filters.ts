import { localDay } from '../../lib/format';

/**
 * The analytics filters live in the page's address, so a manager can bookmark a view or
 * send it to a colleague. Addresses are typed by people and pasted from old mails, so
 * parsing never throws: a value that does not parse is dropped (or corrected) and named
 * in `issues`, which the page shows beside the filters.
 */

export const GROUPINGS = [
  'none',
  'market',
  'policy',
  'version',
  'vendor',
  'team',
  'facilitator',
  'month',
  'week',
] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const INTERVALS = ['month', 'week'] as const;
export type Interval = (typeof INTERVALS)[number];

export type AnalyticsFilters = {
  /** First day included, YYYY-MM-DD; null: from the first session. */
  from: string | null;
  /** Last day included, YYYY-MM-DD; null: up to today. */
  to: string | null;
  /** Market codes (BCP 47, e.g. `it-IT`), sorted; empty: every market the viewer may see. */
  markets: string[];
  vendor: string | null;
  team: string | null;
  policy: string | null;
  /** A version of `policy`; ignored without it. */
  version: string | null;
  facilitator: string | null;
  /** How the breakdown table is grouped. */
  group: Grouping;
  /** The trend's bucket. */
  interval: Interval;
  /** Participants whose accuracy is below this share (0..1) are listed. */
  threshold: number;
};

export const DEFAULT_FILTERS: AnalyticsFilters = {
  from: null,
  to: null,
  markets: [],
  vendor: null,
  team: null,
  policy: null,
  version: null,
  facilitator: null,
  group: 'market',
  interval: 'month',
  threshold: 0.8,
};

export type FilterParam =
  | 'from'
  | 'to'
  | 'markets'
  | 'vendor'
  | 'team'
  | 'policy'
  | 'version'
  | 'facilitator'
  | 'group'
  | 'interval'
  | 'threshold';

/** Why a value from the address was not used as it was. */
export type FilterIssueReason =
  /** Not a YYYY-MM-DD calendar day. */
  | 'badDate'
  /** `from` after `to`: both kept, swapped. */
  | 'swapped'
  /** Not a market code. */
  | 'badMarket'
  /** Not an id. */
  | 'badId'
  /** Not one of the choices. */
  | 'badChoice'
  /** Not a percentage from 1 to 100. */
  | 'badNumber'
  /** A version without its policy. */
  | 'versionWithoutPolicy'
  /** Well formed, but nothing the viewer may see has it. */
  | 'unknown';

export type FilterIssue = { param: FilterParam; value: string; reason: FilterIssueReason };

export type ParsedFilters = { filters: AnalyticsFilters; issues: FilterIssue[] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Server ids are UUIDs; anything else cannot name a row, so it is dropped before asking.
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MARKET = /^([a-z]{2,3})-([a-z]{2}|\d{3})$/i;

/** A real calendar day in YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `it-it` and `IT-it` are read as `it-IT`; anything that is not language-region is null. */
export function normaliseMarket(value: string): string | null {
  const match = MARKET.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return `${match[1].toLowerCase()}-${match[2].toUpperCase()}`;
}

function pick<T extends string>(choices: readonly T[], value: string): T | null {
  const lower = value.trim().toLowerCase();
  return choices.find((choice) => choice === lower) ?? null;
}

/** Reads the filters from an address's query; never throws. */
export function parseFilters(params: URLSearchParams): ParsedFilters {
  const filters: AnalyticsFilters = { ...DEFAULT_FILTERS, markets: [] };
  const issues: FilterIssue[] = [];
  // A repeated parameter: the last one wins, as a person editing the address expects.
  const read = (param: FilterParam): string | null => {
    const values = params.getAll(param);
    const value = values[values.length - 1];
    return value === undefined || value.trim() === '' ? null : value;
  };

  for (const param of ['from', 'to'] as const) {
    const value = read(param);
    if (value === null) continue;
    if (isCalendarDay(value.trim())) filters[param] = value.trim();
    else issues.push({ param, value, reason: 'badDate' });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    issues.push({ param: 'from', value: `${filters.from} > ${filters.to}`, reason: 'swapped' });
    [filters.from, filters.to] = [filters.to, filters.from];
  }

  // Markets come comma-separated (`markets=it-IT,de-DE`) or repeated (`markets=it-IT&markets=de-DE`).
  const markets = new Set<string>();
  for (const raw of params.getAll('markets').flatMap((value) => value.split(','))) {
    if (raw.trim() === '') continue;
    const code = normaliseMarket(raw);
    if (code) markets.add(code);
    else issues.push({ param: 'markets', value: raw, reason: 'badMarket' });
  }
  filters.markets = [...markets].sort();

  for (const param of ['vendor', 'team', 'policy', 'version', 'facilitator'] as const) {
    const value = read(param);
    if (value === null) continue;
    if (ID.test(value.trim())) filters[param] = value.trim().toLowerCase();
    else issues.push({ param, value, reason: 'badId' });
  }
  if (filters.version && !filters.policy) {
    issues.push({ param: 'version', value: filters.version, reason: 'versionWithoutPolicy' });
    filters.version = null;
  }

  const group = read('group');
  if (group !== null) {
    const choice = pick(GROUPINGS, group);
    if (choice) filters.group = choice;
    else issues.push({ param: 'group', value: group, reason: 'badChoice' });
  }
  const interval = read('interval');
  if (interval !== null) {
    const choice = pick(INTERVALS, interval);
    if (choice) filters.interval = choice;
    else issues.push({ param: 'interval', value: interval, reason: 'badChoice' });
  }

  // A percentage in the address (threshold=70) reads better than a share.
  const threshold = read('threshold');
  if (threshold !== null) {
    const percent = Number(threshold.trim().replace(/%$/, ''));
    if (/^\d+(\.\d+)?%?$/.test(threshold.trim()) && percent >= 1 && percent <= 100) {
      filters.threshold = percent / 100;
    } else {
      issues.push({ param: 'threshold', value: threshold, reason: 'badNumber' });
    }
  }

  return { filters, issues };
}

/**
 * The address query of some filters: defaults left out, parameters in a fixed order, so
 * the same view always has the same address (and `parseFilters` reads it back unchanged).
 */
export function filtersToParams(filters: AnalyticsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.markets.length > 0) params.set('markets', [...filters.markets].sort().join(','));
  if (filters.vendor) params.set('vendor', filters.vendor);
  if (filters.team) params.set('team', filters.team);
  if (filters.policy) params.set('policy', filters.policy);
  if (filters.policy && filters.version) params.set('version', filters.version);
  if (filters.facilitator) params.set('facilitator', filters.facilitator);
  if (filters.group !== DEFAULT_FILTERS.group) params.set('group', filters.group);
  if (filters.interval !== DEFAULT_FILTERS.interval) params.set('interval', filters.interval);
  if (filters.threshold !== DEFAULT_FILTERS.threshold) {
    params.set('threshold', String(Math.round(filters.threshold * 1000) / 10));
  }
  return params;
}

/** What the viewer may choose from, once loaded; each list holds what the server showed them. */
export type FilterOptions = {
  markets: readonly string[];
  vendors: readonly string[];
  teams: readonly string[];
  /** Policy id → its version ids. */
  policies: ReadonlyMap<string, readonly string[]>;
  facilitators: readonly string[];
};

/**
 * Drops well-formed values that name nothing the viewer may see (an old link to a retired
 * market, a colleague's link to another vendor's team), each with an `unknown` issue, so
 * the page says why the view is wider than the address asked.
 */
export function reconcileFilters(filters: AnalyticsFilters, options: FilterOptions): ParsedFilters {
  const next: AnalyticsFilters = { ...filters, markets: [] };
  const issues: FilterIssue[] = [];
  for (const code of filters.markets) {
    if (options.markets.includes(code)) next.markets.push(code);
    else issues.push({ param: 'markets', value: code, reason: 'unknown' });
  }
  const check = (param: 'vendor' | 'team' | 'facilitator', known: readonly string[]) => {
    const value = filters[param];
    if (value && !known.includes(value)) {
      issues.push({ param, value, reason: 'unknown' });
      next[param] = null;
    }
  };
  check('vendor', options.vendors);
  check('team', options.teams);
  check('facilitator', options.facilitators);
  if (filters.policy) {
    const versions = options.policies.get(filters.policy);
    if (!versions) {
      issues.push({ param: 'policy', value: filters.policy, reason: 'unknown' });
      next.policy = null;
      next.version = null;
    } else if (filters.version && !versions.includes(filters.version)) {
      issues.push({ param: 'version', value: filters.version, reason: 'unknown' });
      next.version = null;
    }
  }
  return { filters: next, issues };
}

/** A preset period ending today: its first day, or null for all time. */
export type PeriodPreset = '30d' | '90d' | '12m' | 'all';

export function presetRange(preset: PeriodPreset, today: Date): { from: string | null; to: string | null } {
  if (preset === 'all') return { from: null, to: null };
  // The reader's calendar day, not UTC's: "the last 30 days" ends on their today.
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (preset === '12m') {
    start.setFullYear(start.getFullYear() - 1);
    start.setDate(start.getDate() + 1);
  } else {
    start.setDate(start.getDate() - (preset === '30d' ? 29 : 89));
  }
  return { from: localDay(start), to: null };
}

/**
 * The period as the instants the server filters on: from the start of `from` to the start
 * of the day after `to` (exclusive), both in the reader's time zone, so "to 31 March"
 * includes the whole of 31 March where the reader is.
 */
export function periodInstants(filters: Pick<AnalyticsFilters, 'from' | 'to'>): { from?: string; to?: string } {
  const start = (day: string, plusDays: number) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return new Date(year, month - 1, date + plusDays).toISOString();
  };
  return {
    ...(filters.from ? { from: start(filters.from, 0) } : {}),
    ...(filters.to ? { to: start(filters.to, 1) } : {}),
  };
}

/** Which preset a period is, if any (so its button shows as pressed). */
export function matchPreset(filters: Pick<AnalyticsFilters, 'from' | 'to'>, today: Date): PeriodPreset | null {
  for (const preset of ['30d', '90d', '12m', 'all'] as const) {
    const range = presetRange(preset, today);
    if (range.from === filters.from && range.to === filters.to) return preset;
  }
  return null;
}
