import { describe, expect, it } from 'vitest';
import { CaseFileFormat, ContentType } from './case.enums.js';
import { CASE_FIELDS, formatOfFileName, isMediaUrl, parseCaseFile } from './case-file.js';

const now = new Date('2026-06-01T12:00:00Z');
const HEADER = CASE_FIELDS.join(',');

const good = {
  source: 'tool',
  externalId: 'a-1',
  market: 'it-IT',
  queue: 'user-reports',
  contentType: 'TEXT',
  text: 'Ciao',
  mediaUrl: '',
  sensitivityTags: '',
  policy: 'bullying',
  policyVersion: '2',
  decision: 'insult',
  moderatorEmail: 'Moderator.IT@concord.demo',
  decidedAt: '2026-05-01T10:00:00Z',
};

const csvLine = (row: Record<string, string>) =>
  CASE_FIELDS.map((f) => {
    const value = row[f] ?? '';
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');

const csv = (...rows: Record<string, string>[]) => [HEADER, ...rows.map(csvLine)].join('\n');

describe('parseCaseFile (CSV)', () => {
  it('reads good rows, normalising email, type and tags', () => {
    const { rows, errors } = parseCaseFile(
      csv(good, {
        ...good,
        externalId: 'a-2',
        contentType: 'image',
        text: '',
        mediaUrl: 'https://x.test/a.png',
        sensitivityTags: 'Graphic| minor',
      }),
      CaseFileFormat.CSV,
      { now },
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toEqual({
      line: 2,
      source: 'tool',
      externalId: 'a-1',
      market: 'it-IT',
      queue: 'user-reports',
      contentType: ContentType.TEXT,
      text: 'Ciao',
      mediaUrl: null,
      sensitivityTags: [],
      policy: 'bullying',
      policyVersion: 2,
      decision: 'insult',
      moderatorEmail: 'moderator.it@concord.demo',
      decidedAt: new Date('2026-05-01T10:00:00Z'),
    });
    expect(rows[1]).toMatchObject({
      line: 3,
      contentType: ContentType.IMAGE,
      text: null,
      sensitivityTags: ['graphic', 'minor'],
    });
  });

  it('numbers lines from the file, across quoted line breaks and blank lines', () => {
    const content = `${HEADER}\n${csvLine({ ...good, text: 'one\ntwo\nthree' })}\n\n${csvLine({ ...good, externalId: 'a-2', decision: 'Bad' })}`;
    const { errors } = parseCaseFile(content, CaseFileFormat.CSV, { now });
    expect(errors).toEqual([
      {
        line: 6,
        field: 'decision',
        message: 'decision "Bad" is not a label key (lower-case letters, digits, underscores)',
      },
    ]);
  });

  it('reports every problem of every line', () => {
    const { rows, errors } = parseCaseFile(
      csv(
        { ...good, market: 'Italy!', policyVersion: 'two', decidedAt: '2026-05-01 10:00' },
        { ...good, externalId: 'a-3', contentType: 'AUDIO', text: '' },
        { ...good, externalId: 'a-4', mediaUrl: 'https://x.test/a.png' },
        { ...good, externalId: 'a-5', contentType: 'VIDEO', text: '', mediaUrl: 'javascript:alert(1)' },
        { ...good, externalId: 'a-6', moderatorEmail: 'nobody', decidedAt: '2026-07-01T00:00:00Z' },
        { ...good, externalId: 'a-7', sensitivityTags: 'ok|no way' },
      ),
      CaseFileFormat.CSV,
      { now },
    );
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'market'],
      [2, 'policyVersion'],
      [2, 'decidedAt'],
      [3, 'contentType'],
      [4, 'mediaUrl'],
      [5, 'mediaUrl'],
      [6, 'moderatorEmail'],
      [6, 'decidedAt'],
      [7, 'sensitivityTags'],
    ]);
    expect(errors[4]!.message).toBe('a TEXT case has no mediaUrl: use IMAGE or VIDEO for media');
    expect(errors[5]!.message).toBe('mediaUrl "javascript:alert(1)" is not an http(s) URL or a /path on this server');
    expect(errors[7]!.message).toBe('decidedAt 2026-07-01T00:00:00Z is in the future');
  });

  it('rejects a duplicate (source, externalId) on its second line', () => {
    const { rows, errors } = parseCaseFile(
      csv(good, { ...good, text: 'again' }, { ...good, source: 'other' }),
      CaseFileFormat.CSV,
      {
        now,
      },
    );
    expect(rows).toHaveLength(2);
    expect(errors).toEqual([
      { line: 3, field: 'externalId', message: '"a-1" of source "tool" is also on line 2: each case once per file' },
    ]);
  });

  it('rejects a bad header, a short line, broken quoting and an empty file', () => {
    expect(parseCaseFile('source,externalId,moderator\n', CaseFileFormat.CSV).errors[0]!.message).toMatch(
      /^bad header: unknown column "moderator", missing column "market", .*missing column "decidedAt"/,
    );
    expect(parseCaseFile(`${HEADER}\ntool,a-1,it-IT`, CaseFileFormat.CSV).errors).toEqual([
      { line: 2, field: null, message: 'has 3 fields; the header has 13' },
    ]);
    expect(parseCaseFile(`${HEADER}\n"tool,a-1`, CaseFileFormat.CSV).errors[0]).toMatchObject({ line: 2, field: null });
    expect(parseCaseFile('', CaseFileFormat.CSV).errors).toEqual([
      { line: 1, field: null, message: 'the file has no cases' },
    ]);
  });
});

describe('parseCaseFile (JSON Lines)', () => {
  const json = { ...good, policyVersion: 2, sensitivityTags: ['minor'], mediaUrl: null };

  it('reads typed values and skips blank lines', () => {
    const content = `${JSON.stringify(json)}\n\n${JSON.stringify({ ...json, externalId: 'a-2', policyVersion: '3' })}\n`;
    const { rows, errors } = parseCaseFile(content, CaseFileFormat.JSONL, { now });
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.policyVersion, r.sensitivityTags])).toEqual([
      [1, 2, ['minor']],
      [3, 3, ['minor']],
    ]);
  });

  it('names the line of bad JSON, non-objects, unknown keys and wrong types', () => {
    const content = [
      '{"source": "tool",',
      '[1, 2]',
      JSON.stringify({ ...json, extra: true }),
      JSON.stringify({ ...json, externalId: 7, sensitivityTags: 'minor', policyVersion: 1.5 }),
    ].join('\n');
    const { errors } = parseCaseFile(content, CaseFileFormat.JSONL, { now });
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, 'externalId'],
      [4, 'sensitivityTags'],
      [4, 'policyVersion'],
    ]);
    expect(errors[0]!.message).toMatch(/^not valid JSON: /);
    expect(errors[2]!.message).toMatch(/^unknown key "extra"/);
  });
});

describe('decision times', () => {
  it.each([
    ['2026-02-30T10:00:00Z', false],
    ['2026-02-29T10:00:00Z', false],
    ['2024-02-29T10:00:00Z', true],
    ['2026-04-31T10:00:00Z', false],
    ['2026-13-01T10:00:00Z', false],
    ['2026-00-10T10:00:00Z', false],
    ['2026-05-01T24:00:00Z', false],
    ['2026-05-01T23:60Z', false],
    ['2026-05-01T23:59:60Z', false],
    ['2026-05-01T23:59:59.5+14:00', true],
    ['2026-05-01T10:00:00+15:00', false],
    ['2026-05-31T10:00+0200', true],
  ])('%s is a real instant: %s', (decidedAt, real) => {
    const { errors, rows } = parseCaseFile(csv({ ...good, decidedAt }), CaseFileFormat.CSV, { now });
    expect(errors.length === 0, JSON.stringify(errors)).toBe(real);
    if (!real) expect(errors[0]!.field).toBe('decidedAt');
    else expect(rows[0]!.decidedAt.getTime()).toBe(Date.parse(decidedAt));
  });
});

describe('helpers', () => {
  it('accepts http(s) URLs and paths on this server only', () => {
    expect(isMediaUrl('https://cdn.example.com/a.png?x=1')).toBe(true);
    expect(isMediaUrl('http://localhost:4000/a.png')).toBe(true);
    expect(isMediaUrl('/demo-media/kitten.png')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
      'ftp://x.test/a',
      '//x.test/a',
      '/\\x.test/a',
      '/a b.png',
      'not a url',
    ]) {
      expect(isMediaUrl(bad), bad).toBe(false);
    }
  });

  it('tells the format from the file name', () => {
    expect(formatOfFileName('cases.CSV')).toBe(CaseFileFormat.CSV);
    expect(formatOfFileName('cases.jsonl')).toBe(CaseFileFormat.JSONL);
    expect(formatOfFileName('cases.ndjson')).toBe(CaseFileFormat.JSONL);
    expect(formatOfFileName('cases.txt')).toBeNull();
  });
});
