import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/csv';
import { fileSlug, itemCsvRows, participantCsvRows } from './results-csv';

describe('itemCsvRows', () => {
  it('writes one row per item in order, with counts per label and each market against gold', () => {
    const rows = itemCsvRows(
      ['none', 'insult'],
      [
        {
          position: 2,
          gold: 'none',
          votes: 3,
          abstentions: 0,
          distribution: [1, 2],
          majority: 'insult',
          tied: [],
          majorityShare: { value: 2 / 3 },
          entropy: { value: 0.918 },
          markets: [
            { market: 'it-IT', votes: 2, majority: 'insult', matchesGold: false },
            { market: 'de-DE', votes: 1, majority: 'none', matchesGold: true },
          ],
        },
        {
          position: 1,
          gold: null,
          votes: 2,
          abstentions: 1,
          distribution: [1, 1],
          majority: null,
          tied: ['none', 'insult'],
          majorityShare: { value: 0.5 },
          entropy: { value: 1 },
          markets: [{ market: 'it-IT', votes: 2, majority: null, matchesGold: null }],
        },
      ],
      (position) => `demo-${position}`,
    );
    expect(toCsv(rows)).toBe(
      [
        'item,case,gold,majority,tied,majority_share,entropy,votes,abstentions,votes_none,votes_insult,majority_de-DE,matches_gold_de-DE,majority_it-IT,matches_gold_it-IT',
        '1,demo-1,,,none insult,0.5,1,2,1,1,1,,,,',
        `2,demo-2,none,insult,,${2 / 3},0.918,3,0,1,2,none,true,insult,false`,
        '',
      ].join('\r\n'),
    );
  });
});

describe('participantCsvRows', () => {
  it('quotes names that need it and leaves undefined figures empty', () => {
    const csv = toCsv(
      participantCsvRows([
        {
          name: 'Müller, Felix',
          market: 'de-DE',
          votes: 8,
          accuracy: { value: 0.75, correct: 6, total: 8 },
          cohenKappaVsGold: { value: -0.05 },
          majorityAgreement: { value: null, agreed: 0, compared: 0 },
        },
      ]),
    );
    expect(csv.split('\r\n')[1]).toBe('"Müller, Felix",de-DE,8,0.75,6,8,-0.05,,0,0');
  });
});

describe('fileSlug', () => {
  it('makes a safe file name from a title in any script', () => {
    expect(fileSlug('Bullying calibration — week 46')).toBe('bullying-calibration-week-46');
    expect(fileSlug('Kalibrierung: Übung')).toBe('kalibrierung-ubung');
    expect(fileSlug('괴롭힘 보정 세션')).toBe('괴롭힘-보정-세션');
    expect(fileSlug('///')).toBe('calibration');
  });
});
