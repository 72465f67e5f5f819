import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { run } from './main.js';

// Krippendorff (2011) reliability data as a long CSV (published: nominal alpha .743,
// interval .849; percent agreement 9/11; see src/stats/vectors.test.ts).
const KRIPPENDORFF_CSV = toCsv({
  A: '1 2 3 3 2 1 4 1 2 . . .',
  B: '1 2 3 3 2 2 4 1 2 5 . 3',
  C: '. 3 3 3 2 3 4 2 2 5 1 .',
  D: '1 2 3 3 2 4 4 1 2 5 1 .',
});
const GOLD_CSV = `unit,value\n${['1', '2', '3', '3', '2', '1', '4', '1', '2', '5', '1', '3'].map((v, i) => `u${i + 1},${v}`).join('\n')}\n`;
// Cohen (1960): 200 units, two judges; kappa .492.
const COHEN_CSV = cohenCsv([
  [88, 14, 18],
  [10, 40, 10],
  [2, 6, 12],
]);

function toCsv(rows: Record<string, string>): string {
  const lines = ['unit,rater,value'];
  for (const [rater, values] of Object.entries(rows)) {
    values.split(' ').forEach((v, i) => {
      if (v !== '.') lines.push(`u${i + 1},${rater},${v}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

function cohenCsv(table: number[][]): string {
  const lines = ['unit,rater,value'];
  let unit = 0;
  table.forEach((row, a) =>
    row.forEach((n, b) => {
      for (let i = 0; i < n; i++, unit++) lines.push(`u${unit},A,${a + 1}`, `u${unit},B,${b + 1}`);
    }),
  );
  return `${lines.join('\n')}\n`;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function runWith(files: Record<string, string>, argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => {
      const text = files[path];
      return text === undefined
        ? Promise.reject(new Error(`ENOENT: no such file or directory, open '${path}'`))
        : Promise.resolve(text);
    },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const JSON_KEYS = [
  'units',
  'raters',
  'ratings',
  'pairableValues',
  'percentAgreement',
  'fleissKappa',
  'krippendorffAlpha',
  'gwetAC1',
  'cohenKappa',
  'alphaCI95',
];

describe('concord agreement --json', () => {
  it('prints exactly one JSON object with the figures', async () => {
    const { code, stdout, stderr } = await runWith({ 'k.csv': KRIPPENDORFF_CSV }, ['agreement', 'k.csv', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(JSON_KEYS);
    expect(json).toMatchObject({ units: 12, raters: 4, ratings: 41, pairableValues: 40, cohenKappa: null });
    expect(json.percentAgreement).toBeCloseTo(9 / 11, 12);
    expect(json.krippendorffAlpha).toBeCloseTo(0.743, 3);
    expect(json.fleissKappa).toBeCloseTo(0.76117, 5);
    expect(json.gwetAC1).toBeCloseTo(0.77544, 5);
    const ci = json.alphaCI95 as { low: number; high: number };
    expect(Object.keys(ci)).toEqual(['low', 'high']);
    expect(ci.low).toBeLessThan(0.743);
    expect(ci.high).toBeGreaterThan(0.743);
  });

  it.each([
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ])('--level %s gives alpha %f', async (level, published) => {
    const { code, stdout } = await runWith({ 'k.csv': KRIPPENDORFF_CSV }, [
      'agreement',
      'k.csv',
      '--json',
      '--level',
      level,
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { krippendorffAlpha: number }).krippendorffAlpha).toBeCloseTo(published, 3);
  });

  it("gives Cohen's kappa with exactly two raters", async () => {
    const { code, stdout } = await runWith({ 'c.csv': COHEN_CSV }, ['agreement', 'c.csv', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { cohenKappa: number }).cohenKappa).toBeCloseTo(0.492, 3);
  });

  it('adds accuracy with --gold', async () => {
    const { code, stdout } = await runWith({ 'k.csv': KRIPPENDORFF_CSV, 'g.csv': GOLD_CSV }, [
      'agreement',
      'k.csv',
      '--gold',
      'g.csv',
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...JSON_KEYS, 'accuracy']);
    expect(json.accuracy).toBeCloseTo(36 / 41, 12);
  });

  it('the same --seed gives the same interval; another seed another one', async () => {
    const files = { 'k.csv': KRIPPENDORFF_CSV };
    const interval = async (seed: string) =>
      (
        JSON.parse((await runWith(files, ['agreement', 'k.csv', '--json', '--seed', seed])).stdout) as {
          alphaCI95: unknown;
        }
      ).alphaCI95;
    expect(await interval('5')).toEqual(await interval('5'));
    expect(await interval('5')).not.toEqual(await interval('6'));
  });

  it('prints null for undefined figures, never NaN', async () => {
    const { code, stdout } = await runWith({ 'same.csv': 'unit,rater,value\nu1,r1,a\nu1,r2,a\n' }, [
      'agreement',
      'same.csv',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      percentAgreement: 1,
      fleissKappa: null,
      krippendorffAlpha: null,
      gwetAC1: null,
      cohenKappa: null,
      alphaCI95: null,
    });
  });
});

describe('concord agreement (table)', () => {
  it('shows each figure with its reading', async () => {
    const { code, stdout } = await runWith({ 'k.csv': KRIPPENDORFF_CSV, 'g.csv': GOLD_CSV }, [
      'agreement',
      'k.csv',
      '--gold',
      'g.csv',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('k.csv: nominal level, 5 categories: 1, 2, 3, 4, 5');
    expect(stdout).toMatch(/percent agreement\s+│ 0\.818/);
    expect(stdout).toMatch(/Fleiss' kappa\s+│ 0\.761\s+│ substantial \(Landis & Koch\)/);
    expect(stdout).toMatch(/Gwet's AC1\s+│ 0\.775\s+│ substantial \(Landis & Koch\)/);
    expect(stdout).toMatch(
      /Krippendorff's alpha \(nominal\)\s+│ 0\.743\s+│ tentative conclusions only \(Krippendorff\)/,
    );
    expect(stdout).toMatch(/alpha 95% CI\s+│ 0\.\d{3} to 1\.000/);
    expect(stdout).toMatch(/Cohen's kappa\s+│ n\/a\s+│ needs exactly two raters \(4 here\)/);
    expect(stdout).toMatch(/accuracy vs gold\s+│ 0\.878\s+│ 36 of 41 votes/);
    expect(stdout).toMatch(/│ C\s+│ 10\s+│ 0\.700/);
    // No colour codes: the output is meant to be pasted and piped.
    expect(stdout.includes('\u001b[')).toBe(false);
  });

  it('notes gold values nobody chose on stderr', async () => {
    const { code, stderr } = await runWith(
      { 'r.csv': 'unit,rater,value\nu1,r1,a\nu1,r2,a\n', 'g.csv': 'unit,value\nu1,b\n' },
      ['agreement', 'r.csv', '--gold', 'g.csv'],
    );
    expect(code).toBe(0);
    expect(stderr).toContain('gold value(s) b chosen by no rater were added to the categories (q = 2)');
  });
});

describe('concord agreement: malformed input exits 2 naming the line', () => {
  const files = {
    'dup.csv': 'unit,rater,value\nu1,r1,a\nu2,r3,b\nu1,r2,a\nu2,r1,a\nu3,r1,b\nu2,r3,a\n',
    'empty.csv': '',
    'noheader.csv': 'u1,r1,a\nu1,r2,b\n',
    'words.csv': 'unit,rater,value\nu1,r1,a\nu1,r2,b\n',
    'k.csv': KRIPPENDORFF_CSV,
    'badgold.csv': 'unit,value\nu1,1\nu1,2\n',
  };

  it.each([
    [
      'a rater rating a unit twice',
      ['dup.csv'],
      'concord: dup.csv: line 7: rater "r3" already rated unit "u2" on line 3',
    ],
    [
      'an empty file',
      ['empty.csv'],
      'concord: empty.csv: the file is empty: expected a header "unit,rater,value" and rows',
    ],
    [
      'a missing header',
      ['noheader.csv'],
      'concord: noheader.csv: line 1: the header must name the columns unit,rater,value',
    ],
    [
      'a value outside --categories',
      ['k.csv', '--categories', '1,2,3,4'],
      'concord: k.csv: line 20: value "5" is not one of the categories 1, 2, 3, 4\nk.csv: line 30:',
    ],
    [
      'a bad --level',
      ['k.csv', '--level', 'nominl'],
      'concord: --level must be one of nominal, ordinal, interval, ratio, not "nominl"',
    ],
    ['a bad --seed', ['k.csv', '--seed', 'abc'], 'concord: --seed must be an integer from 0 to 4294967295, not "abc"'],
    [
      'non-numeric values at the interval level',
      ['words.csv', '--level', 'interval'],
      'concord: words.csv: line 2: value "a" is not a number (--level interval needs numeric values)',
    ],
    [
      'an unreadable file',
      ['missing.csv'],
      `concord: cannot read the ratings file "missing.csv": ENOENT: no such file or directory, open 'missing.csv'`,
    ],
    ['an unreadable gold file', ['k.csv', '--gold', 'nope.csv'], 'concord: cannot read the gold file "nope.csv"'],
    [
      'a malformed gold file',
      ['k.csv', '--gold', 'badgold.csv'],
      'concord: badgold.csv: line 3: unit "u1" already has a gold value on line 2',
    ],
  ])('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await runWith(files, ['agreement', ...args, '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
  });

  it('lists several bad lines at once', async () => {
    const text = 'unit,rater,value\nu1,r1,x\nu1,r2,a\nu2,r1,y\n';
    const { code, stderr } = await runWith({ 'f.csv': text }, ['agreement', 'f.csv', '--categories', 'a,b']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'concord: f.csv: line 2: value "x" is not one of the categories a, b\nf.csv: line 4: value "y" is not one of the categories a, b\n',
    );
  });

  it('usage errors (no file, unknown option) exit 2 with commander’s message', async () => {
    const missing = await runWith({}, ['agreement']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'file'");
    const unknown = await runWith(files, ['agreement', 'k.csv', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--bogus'");
  });

  it('--help exits 0', async () => {
    const { code, stdout } = await runWith({}, ['agreement', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: concord agreement [options] <file>');
  });
});

describe('the concord binary (spawned)', () => {
  const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const main = join(serverDir, 'src', 'cli', 'main.ts');
  const dir = mkdtempSync(join(tmpdir(), 'concord-agreement-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const concord = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: serverDir,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('computes a good file: exit 0 and one JSON object', { timeout: 60_000 }, () => {
    const file = join(dir, 'ratings.csv');
    writeFileSync(file, KRIPPENDORFF_CSV);
    const result = concord('agreement', file, '--json', '--level', 'interval');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, number>;
    expect(json.krippendorffAlpha).toBeCloseTo(0.849, 3);
    expect(json.pairableValues).toBe(40);
  });

  it('rejects a bad file: exit 2 and the line on stderr', { timeout: 60_000 }, () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'unit,rater,value\nu1,r1,a\nu2,r3,b\nu1,r2,a\nu2,r1,a\nu3,r1,b\nu2,r3,a\n');
    const result = concord('agreement', file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('line 7: rater "r3" already rated unit "u2" on line 3');
  });
});
