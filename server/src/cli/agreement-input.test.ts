import { describe, expect, it } from 'vitest';
import {
  buildAgreementInput,
  parseCategoriesOption,
  parseGoldCsv,
  parseLevel,
  parseNumber,
  parseRatingsCsv,
  parseSeed,
  type InputOptions,
  type Parsed,
} from './agreement-input.js';

const NOMINAL: InputOptions = { level: 'nominal', categories: null };

function errorsOf<T>(parsed: Parsed<T>): string[] {
  if (parsed.ok) throw new Error('expected errors');
  return parsed.errors.map((e) => (e.line === null ? e.message : `line ${e.line}: ${e.message}`));
}

function valueOf<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.value;
}

describe('parseRatingsCsv', () => {
  it('reads rows with their line numbers; quoted fields may hold commas; blank lines skipped', () => {
    const rows = valueOf(parseRatingsCsv('unit,rater,value\nu1,r1,"hate, speech"\n\n"u,2",r2,ok\r\nu3,r3,ok', NOMINAL));
    expect(rows).toEqual([
      { unit: 'u1', rater: 'r1', value: 'hate, speech', line: 2 },
      { unit: 'u,2', rater: 'r2', value: 'ok', line: 4 },
      { unit: 'u3', rater: 'r3', value: 'ok', line: 5 },
    ]);
  });

  it('accepts the columns in any order, a BOM, header case and spaces, and extra columns', () => {
    const rows = valueOf(parseRatingsCsv('\ufeff Value ,Rater,UNIT,comment\na,r1,u1,fine\n', NOMINAL));
    expect(rows).toEqual([{ unit: 'u1', rater: 'r1', value: 'a', line: 2 }]);
  });

  it('names the earlier line when a rater rates a unit twice', () => {
    const text = 'unit,rater,value\nu1,r1,a\nu2,r3,a\nu2,r1,b\nu3,r1,a\nu1,r2,a\nu2,r3,b\n';
    expect(errorsOf(parseRatingsCsv(text, NOMINAL))).toEqual(['line 7: rater "r3" already rated unit "u2" on line 3']);
  });

  it.each([
    ['an empty file', '', 'the file is empty: expected a header "unit,rater,value" and rows'],
    ['blank lines only', '\n\n  \n', 'the file is empty: expected a header "unit,rater,value" and rows'],
    ['a header without rows', 'unit,rater,value\n', 'the file has a header but no ratings'],
    [
      'a missing header',
      'u1,r1,a\nu2,r1,b\n',
      'line 1: the header must name the columns unit,rater,value; missing "unit", "rater", "value" (found "u1,r1,a")',
    ],
    [
      'a wrong header',
      'item,rater,value\nu1,r1,a\n',
      'line 1: the header must name the columns unit,rater,value; missing "unit" (found "item,rater,value")',
    ],
    ['a column named twice', 'unit,rater,value,unit\n', 'line 1: the header names the column "unit" twice'],
    [
      'a short row',
      'unit,rater,value\nu1,r1\n',
      'line 2: empty value (every row needs unit, rater, value; leave a missing rating out)',
    ],
    [
      'an unclosed quote',
      'unit,rater,value\nu1,r1,"a\n',
      expect.stringMatching(/^line 2: not valid CSV: Quote Not Closed/),
    ],
  ])('rejects %s', (_name, text, message) => {
    expect(errorsOf(parseRatingsCsv(text, NOMINAL))).toEqual([message]);
  });

  it('rejects values outside --categories, naming each line', () => {
    const text = 'unit,rater,value\nu1,r1,a\nu1,r2,x\nu2,r1,b\nu2,r2,y\n';
    expect(errorsOf(parseRatingsCsv(text, { level: 'nominal', categories: ['a', 'b'] }))).toEqual([
      'line 3: value "x" is not one of the categories a, b',
      'line 5: value "y" is not one of the categories a, b',
    ]);
  });

  it('needs numbers for interval and ratio, and non-negative ones for ratio', () => {
    const text = 'unit,rater,value\nu1,r1,1.5\nu1,r2,high\nu2,r1,-2\n';
    expect(errorsOf(parseRatingsCsv(text, { level: 'interval', categories: null }))).toEqual([
      'line 3: value "high" is not a number (--level interval needs numeric values)',
    ]);
    expect(errorsOf(parseRatingsCsv(text, { level: 'ratio', categories: null }))).toEqual([
      'line 3: value "high" is not a number (--level ratio needs numeric values)',
      'line 4: value "-2" is negative (--level ratio needs values >= 0)',
    ]);
  });
});

describe('parseGoldCsv', () => {
  it('reads unit,value rows', () => {
    expect(valueOf(parseGoldCsv('unit,value\nu1,a\nu2,"b, c"\n', NOMINAL))).toEqual([
      { unit: 'u1', value: 'a', line: 2 },
      { unit: 'u2', value: 'b, c', line: 3 },
    ]);
  });

  it('rejects a unit given twice, a bad header, a value outside --categories', () => {
    expect(errorsOf(parseGoldCsv('unit,value\nu1,a\nu1,b\n', NOMINAL))).toEqual([
      'line 3: unit "u1" already has a gold value on line 2',
    ]);
    expect(errorsOf(parseGoldCsv('unit,gold\nu1,a\n', NOMINAL))[0]).toMatch(
      /^line 1: the header must name the columns unit,value/,
    );
    expect(errorsOf(parseGoldCsv('unit,value\nu1,z\n', { level: 'nominal', categories: ['a'] }))).toEqual([
      'line 2: value "z" is not one of the categories a',
    ]);
  });
});

describe('options', () => {
  it('--level', () => {
    expect(valueOf(parseLevel('ordinal'))).toBe('ordinal');
    expect(errorsOf(parseLevel('Nominal'))).toEqual([
      '--level must be one of nominal, ordinal, interval, ratio, not "Nominal"',
    ]);
  });

  it('--categories: a list, quoted commas allowed; no empty or repeated entries', () => {
    expect(valueOf(parseCategoriesOption('low, medium ,high', 'ordinal'))).toEqual(['low', 'medium', 'high']);
    expect(valueOf(parseCategoriesOption('"a, b",c', 'nominal'))).toEqual(['a, b', 'c']);
    expect(errorsOf(parseCategoriesOption('a,,b', 'nominal'))).toEqual(['--categories has an empty category']);
    expect(errorsOf(parseCategoriesOption('a,b,a', 'nominal'))).toEqual(['--categories lists "a" twice']);
    expect(errorsOf(parseCategoriesOption('1,x', 'interval'))).toEqual([
      '--categories: value "x" is not a number (--level interval needs numeric values)',
    ]);
    expect(errorsOf(parseCategoriesOption('1,1.0', 'ratio'))).toEqual([
      '--categories: "1" and "1.0" are the same number; use one spelling',
    ]);
  });

  it('--seed: an integer from 0 to 2^32 - 1', () => {
    expect(valueOf(parseSeed('42'))).toBe(42);
    expect(valueOf(parseSeed('4294967295'))).toBe(4294967295);
    for (const bad of ['-1', '1.5', 'x', '4294967296', '']) expect(parseSeed(bad).ok).toBe(false);
  });

  it('parseNumber reads plain decimals only', () => {
    expect(['1', '-2.5', '.5', '1e3', '+3'].map(parseNumber)).toEqual([1, -2.5, 0.5, 1000, 3]);
    expect(['0x10', '', ' 1', 'Infinity', '1,5'].map(parseNumber)).toEqual([null, null, null, null, null]);
  });
});

describe('buildAgreementInput', () => {
  const rows = valueOf(parseRatingsCsv('unit,rater,value\nu1,r1,10\nu1,r2,9\nu2,r1,10\nu2,r2,2\n', NOMINAL));

  it('without --categories: the values seen, numbers sorted numerically', () => {
    const { data } = valueOf(buildAgreementInput(rows, null, NOMINAL));
    expect(data.categories).toEqual(['2', '9', '10']);
    expect(data.units).toEqual(['u1', 'u2']);
    expect(data.raters).toEqual(['r1', 'r2']);
  });

  it('interval and ratio carry the numeric values', () => {
    const { data } = valueOf(buildAgreementInput(rows, null, { level: 'interval', categories: null }));
    expect([...data.categoryValues!]).toEqual([2, 9, 10]);
  });

  it('non-numeric values are sorted for nominal but need --categories for ordinal', () => {
    const words = valueOf(parseRatingsCsv('unit,rater,value\nu1,r1,low\nu1,r2,high\n', NOMINAL));
    expect(valueOf(buildAgreementInput(words, null, NOMINAL)).data.categories).toEqual(['high', 'low']);
    expect(errorsOf(buildAgreementInput(words, null, { level: 'ordinal', categories: null }))[0]).toMatch(
      /order is unknown: give it with --categories/,
    );
    const ordered = valueOf(buildAgreementInput(words, null, { level: 'ordinal', categories: ['low', 'high'] }));
    expect(ordered.data.categories).toEqual(['low', 'high']);
  });

  it('"1" and "1.0" are one number: an error at the interval level', () => {
    const mixed = valueOf(parseRatingsCsv('unit,rater,value\nu1,r1,1\nu1,r2,1.0\n', NOMINAL));
    expect(errorsOf(buildAgreementInput(mixed, null, { level: 'interval', categories: null }))).toEqual([
      'the values: "1" and "1.0" are the same number; use one spelling',
    ]);
  });

  it('gold: per unit, gold-only values added to the categories, unrated gold units counted', () => {
    const gold = valueOf(parseGoldCsv('unit,value\nu1,10\nu2,7\nu9,2\n', NOMINAL));
    const input = valueOf(buildAgreementInput(rows, gold, NOMINAL));
    expect(input.data.categories).toEqual(['2', '7', '9', '10']);
    expect(input.goldOnlyCategories).toEqual(['7']);
    expect([...input.gold!]).toEqual([3, 1]);
    expect(input.unratedGoldUnits).toBe(1);
  });
});
