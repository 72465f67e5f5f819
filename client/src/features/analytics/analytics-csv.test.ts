import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/csv';
import { tableCsvRows, type CsvColumn } from '../../lib/csv';
import { exportFileName } from './export-name';
import type { Figures } from './figures';
import { heatMapCsvRows, heatTone, type HeatCell } from './heat-map';
import { bucketLabel, trendCsvRows } from './trend-chart';

const figures = (overrides: Partial<Figures> = {}): Figures => ({
  sessions: 2,
  items: 10,
  votes: 40,
  percentAgreement: { value: 0.8125 },
  fleissKappa: { value: -0.05 },
  gwetAC1: { value: 0.7 },
  krippendorffAlpha: { value: null, reason: 'no variation' },
  accuracy: { value: 0.9 },
  ...overrides,
});

describe('tableCsvRows', () => {
  type Row = { name: string; share: number | null };
  const columns: CsvColumn<Row>[] = [
    { csv: 'name', value: (row) => row.name },
    { csv: 'share', value: (row) => row.share },
  ];

  it('writes identifier headers, then each row in column order, values at full precision', () => {
    const rows = tableCsvRows(columns, [
      { name: 'Giulia, it-IT', share: 0.666666 },
      { name: '=cmd', share: null },
    ]);
    expect(toCsv(rows)).toBe('name,share\r\n"Giulia, it-IT",0.666666\r\n\'=cmd,\r\n');
  });

  it('writes a header alone for an empty table', () => {
    expect(tableCsvRows(columns, [])).toEqual([['name', 'share']]);
  });

  it('names the file after the table and the period', () => {
    expect(exportFileName('market-drift', { from: '2026-01-01', to: null })).toBe(
      'concord-analytics-market-drift-2026-01-01-today.csv',
    );
    expect(exportFileName('vendors', { from: null, to: '2026-03-31' })).toBe(
      'concord-analytics-vendors-start-2026-03-31.csv',
    );
  });
});

describe('the heat map', () => {
  const cells: HeatCell[] = [
    { market: 'it-IT', policyId: 'p2', policyTitle: 'Hate speech', figures: figures({ gwetAC1: { value: 0.5 } }) },
    { market: 'de-DE', policyId: 'p1', policyTitle: 'Bullying', figures: figures({ gwetAC1: { value: 0.9 } }) },
    { market: 'it-IT', policyId: 'p1', policyTitle: 'Bullying', figures: figures({ gwetAC1: { value: null } }) },
  ];

  it('exports one row per market and one column per policy, empty where there is no figure or no cell', () => {
    expect(heatMapCsvRows(cells, 'gwetAC1')).toEqual([
      ['market', 'Bullying', 'Hate speech'],
      ['de-DE', 0.9, null],
      ['it-IT', null, 0.5],
    ]);
  });

  it.each([
    ['gwetAC1', { value: 0.81, band: 'ALMOST_PERFECT' }, 'good'],
    ['fleissKappa', { value: 0.5, band: 'MODERATE' }, 'fair'],
    ['fleissKappa', { value: -0.1, band: 'POOR' }, 'poor'],
    ['krippendorffAlpha', { value: 0.8, band: 'RELIABLE' }, 'good'],
    ['krippendorffAlpha', { value: 0.7, band: 'TENTATIVE' }, 'fair'],
    ['percentAgreement', { value: 0.8 }, 'good'],
    ['accuracy', { value: 0.65 }, 'fair'],
    ['accuracy', { value: 0.59 }, 'poor'],
  ] as const)('shades %s %o as %s: coefficients by the server’s band, shares by thresholds', (metric, stat, tone) => {
    expect(heatTone(metric, stat)).toBe(tone);
  });

  it('leaves a cell without a figure unshaded', () => {
    expect(heatTone('gwetAC1', { value: null, band: null })).toBeNull();
    expect(heatTone('accuracy', undefined)).toBeNull();
  });
});

describe('the trend', () => {
  it('exports each bucket by its first day with counts and the five figures', () => {
    expect(trendCsvRows([{ start: '2026-10-01T00:00:00.000Z', figures: figures() }])).toEqual([
      [
        'period_start',
        'sessions',
        'items',
        'votes',
        'percent_agreement',
        'fleiss_kappa',
        'gwet_ac1',
        'krippendorff_alpha',
        'accuracy',
      ],
      ['2026-10-01', 2, 10, 40, 0.8125, -0.05, 0.7, null, 0.9],
    ]);
  });

  it('names months and weeks by their UTC start, whatever the reader’s time zone', () => {
    expect(bucketLabel('2026-11-01T00:00:00.000Z', 'month', 'en-US')).toBe('Nov 2026');
    expect(bucketLabel('2026-11-16T00:00:00.000Z', 'week', 'en-US')).toBe('Nov 16');
    expect(bucketLabel('2026-11-01T00:00:00.000Z', 'month', 'de')).toBe('Nov. 2026');
    expect(bucketLabel('not a date', 'month', 'en-US')).toBe('not a date');
  });
});
