import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['windows\r\nline', '"windows\r\nline"'],
    ['"', '""""'],
    ['', ''],
    ['이거 봐', '이거 봐'],
  ])('%j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers as numbers, negative ones included, and leaves missing values empty', () => {
    expect(csvCell(0.7431)).toBe('0.7431');
    expect(csvCell(-0.125)).toBe('-0.125');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('keeps text that starts like a formula from running in a spreadsheet', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+39 333')).toBe("'+39 333");
    expect(csvCell('-idiot')).toBe("'-idiot");
    expect(csvCell('@here')).toBe("'@here");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });
});

describe('toCsv', () => {
  it('joins cells with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['item', 'gold', 'share'],
        [1, 'insult', 0.75],
        [2, null, 'a "quoted", text'],
      ]),
    ).toBe('item,gold,share\r\n1,insult,0.75\r\n2,,"a ""quoted"", text"\r\n');
  });

  it('gives an empty string for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
