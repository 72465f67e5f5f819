import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersToParams,
  isCalendarDay,
  matchPreset,
  normaliseMarket,
  parseFilters,
  periodInstants,
  presetRange,
  reconcileFilters,
  type AnalyticsFilters,
  type FilterOptions,
} from './url-filters';

const POLICY = '11111111-1111-4111-8111-111111111111';
const VERSION = '22222222-2222-4222-8222-222222222222';
const VENDOR = '33333333-3333-4333-8333-333333333333';
const TEAM = '44444444-4444-4444-8444-444444444444';
const FACILITATOR = '55555555-5555-4555-8555-555555555555';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
  it('reads an empty address as the defaults, without issues', () => {
    expect(parse('')).toEqual({ filters: DEFAULT_FILTERS, issues: [] });
  });

  it('reads every filter of a shared address', () => {
    const { filters, issues } = parse(
      `from=2026-01-01&to=2026-03-31&markets=it-IT,de-DE&vendor=${VENDOR}&team=${TEAM}` +
        `&policy=${POLICY}&version=${VERSION}&facilitator=${FACILITATOR}&group=week&interval=week&threshold=55`,
    );
    expect(issues).toEqual([]);
    expect(filters).toEqual<AnalyticsFilters>({
      from: '2026-01-01',
      to: '2026-03-31',
      markets: ['de-DE', 'it-IT'],
      vendor: VENDOR,
      team: TEAM,
      policy: POLICY,
      version: VERSION,
      facilitator: FACILITATOR,
      group: 'week',
      interval: 'week',
      threshold: 0.55,
    });
  });

  it.each([
    ['from=2026-02-30', 'from', 'badDate'],
    ['to=yesterday', 'to', 'badDate'],
    ['from=2026-1-1', 'from', 'badDate'],
    ['vendor=acme', 'vendor', 'badId'],
    ['team=1', 'team', 'badId'],
    ['policy=%27%20or%201=1', 'policy', 'badId'],
    ['facilitator=me', 'facilitator', 'badId'],
    ['group=colour', 'group', 'badChoice'],
    ['interval=day', 'interval', 'badChoice'],
    ['threshold=0', 'threshold', 'badNumber'],
    ['threshold=150', 'threshold', 'badNumber'],
    ['threshold=-5', 'threshold', 'badNumber'],
    ['threshold=abc', 'threshold', 'badNumber'],
    ['threshold=Infinity', 'threshold', 'badNumber'],
    ['markets=italy', 'markets', 'badMarket'],
  ] as const)('%s falls back to the default and says so (%s: %s)', (query, param, reason) => {
    const { filters, issues } = parse(query);
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(issues).toEqual([expect.objectContaining({ param, reason })]);
  });

  it('keeps the good values beside the bad ones', () => {
    const { filters, issues } = parse('markets=it-IT,nowhere,,de-DE&group=nope&from=2026-05-01');
    expect(filters.markets).toEqual(['de-DE', 'it-IT']);
    expect(filters.group).toBe('market');
    expect(filters.from).toBe('2026-05-01');
    expect(issues.map((issue) => `${issue.param}:${issue.value}:${issue.reason}`)).toEqual([
      'markets:nowhere:badMarket',
      'group:nope:badChoice',
    ]);
  });

  it('swaps a period given backwards and notes it', () => {
    const { filters, issues } = parse('from=2026-06-30&to=2026-06-01');
    expect([filters.from, filters.to]).toEqual(['2026-06-01', '2026-06-30']);
    expect(issues).toEqual([expect.objectContaining({ param: 'from', reason: 'swapped' })]);
  });

  it('drops a version given without its policy', () => {
    const { filters, issues } = parse(`version=${VERSION}`);
    expect(filters.version).toBeNull();
    expect(issues).toEqual([{ param: 'version', value: VERSION, reason: 'versionWithoutPolicy' }]);
  });

  it('forgives case, spaces, repeats and a percent sign', () => {
    const { filters, issues } = parse(
      `markets=IT-it&markets=%20ko-kr%20,it-IT&group=Policy&group=TEAM&interval=WEEK&threshold=62.5%25&policy=${POLICY.toUpperCase()}`,
    );
    expect(issues).toEqual([]);
    expect(filters.markets).toEqual(['it-IT', 'ko-KR']);
    expect(filters.group).toBe('team');
    expect(filters.interval).toBe('week');
    expect(filters.threshold).toBe(0.625);
    expect(filters.policy).toBe(POLICY);
  });

  it('ignores empty values without complaint', () => {
    expect(parse('from=&markets=&vendor=&group=')).toEqual({ filters: DEFAULT_FILTERS, issues: [] });
  });
});

describe('filtersToParams', () => {
  it('leaves the defaults out, so the plain page has a plain address', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('writes a stable address that reads back to the same filters', () => {
    const filters: AnalyticsFilters = {
      ...DEFAULT_FILTERS,
      from: '2026-01-01',
      markets: ['ko-KR', 'de-DE'],
      policy: POLICY,
      version: VERSION,
      group: 'month',
      threshold: 0.625,
    };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe(
      `from=2026-01-01&markets=de-DE%2Cko-KR&policy=${POLICY}&version=${VERSION}&group=month&threshold=62.5`,
    );
    expect(parseFilters(params)).toEqual({ filters: { ...filters, markets: ['de-DE', 'ko-KR'] }, issues: [] });
  });

  it('never writes a version without its policy', () => {
    expect(filtersToParams({ ...DEFAULT_FILTERS, version: VERSION }).has('version')).toBe(false);
  });
});

describe('reconcileFilters', () => {
  const options: FilterOptions = {
    markets: ['de-DE', 'it-IT'],
    vendors: [VENDOR],
    teams: [TEAM],
    policies: new Map([[POLICY, [VERSION]]]),
    facilitators: [FACILITATOR],
  };

  it('keeps what the viewer may see', () => {
    const filters: AnalyticsFilters = {
      ...DEFAULT_FILTERS,
      markets: ['it-IT'],
      vendor: VENDOR,
      team: TEAM,
      policy: POLICY,
      version: VERSION,
      facilitator: FACILITATOR,
    };
    expect(reconcileFilters(filters, options)).toEqual({ filters, issues: [] });
  });

  it('drops well-formed values that name nothing the viewer may see', () => {
    const other = '99999999-9999-4999-8999-999999999999';
    const { filters, issues } = reconcileFilters(
      {
        ...DEFAULT_FILTERS,
        markets: ['fr-FR', 'it-IT'],
        vendor: other,
        team: other,
        policy: POLICY,
        version: other,
        facilitator: other,
      },
      options,
    );
    expect(filters).toEqual({ ...DEFAULT_FILTERS, markets: ['it-IT'], policy: POLICY });
    expect(issues.map((issue) => issue.param)).toEqual(['markets', 'vendor', 'team', 'facilitator', 'version']);
    expect(issues.every((issue) => issue.reason === 'unknown')).toBe(true);
  });

  it('drops the version together with an unknown policy', () => {
    const other = '99999999-9999-4999-8999-999999999999';
    const { filters, issues } = reconcileFilters({ ...DEFAULT_FILTERS, policy: other, version: VERSION }, options);
    expect([filters.policy, filters.version]).toEqual([null, null]);
    expect(issues).toEqual([{ param: 'policy', value: other, reason: 'unknown' }]);
  });
});

describe('calendar days and markets', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['26-04-01', false],
  ])('%s is a calendar day: %s', (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });

  it.each([
    ['it-IT', 'it-IT'],
    ['pt-br', 'pt-BR'],
    ['es-419', 'es-419'],
    ['fil-PH', 'fil-PH'],
    ['italian', null],
    ['it_IT', null],
  ])('%s reads as %s', (value, expected) => {
    expect(normaliseMarket(value)).toBe(expected);
  });
});

describe('period presets', () => {
  // Noon local time, so the day is the same in every time zone the tests run in.
  const today = new Date(2026, 10, 22, 12);

  it('end today and start the right number of days before', () => {
    expect(presetRange('30d', today)).toEqual({ from: '2026-10-24', to: null });
    expect(presetRange('90d', today)).toEqual({ from: '2026-08-25', to: null });
    expect(presetRange('12m', today)).toEqual({ from: '2025-11-23', to: null });
    expect(presetRange('all', today)).toEqual({ from: null, to: null });
  });

  it('are recognised in the filters, and a custom period is none of them', () => {
    expect(matchPreset({ from: '2026-10-24', to: null }, today)).toBe('30d');
    expect(matchPreset({ from: null, to: null }, today)).toBe('all');
    expect(matchPreset({ from: '2026-10-24', to: '2026-11-01' }, today)).toBeNull();
  });
});

describe('periodInstants', () => {
  it('runs from the start of the first day to the start of the day after the last, in local time', () => {
    const { from, to } = periodInstants({ from: '2026-03-01', to: '2026-03-31' });
    expect(new Date(from!).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(to!).getTime()).toBe(new Date(2026, 3, 1).getTime());
  });

  it('leaves an open end open', () => {
    expect(periodInstants({ from: null, to: null })).toEqual({});
    expect(Object.keys(periodInstants({ from: '2026-12-31', to: null }))).toEqual(['from']);
  });
});
