// Times the agreement statistics (server/src/stats) on synthetic data and prints tables.
// Run: server/node_modules/.bin/tsx bench/stats.bench.ts   (from the repository root)
// See bench/README.md for what is measured.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  bootstrapAlpha,
  computeAgreement,
  fleissKappa,
  gwetAC1,
  krippendorffAlpha,
  mulberry32,
  percentAgreement,
  reliabilityDataFromIndices,
  tabulate,
  type CountTable,
  type ReliabilityData,
} from '../server/src/stats/index.js';
import { printTable } from './print-table.js';

const SIZES = [10_000, 100_000, 1_000_000];
const RATERS = 1000;
const CATEGORIES = 20;
const MISSING = 0.3;
const SESSION = { units: 100, raters: 60, categories: 5, missing: 0.1 };

/** A consumer of every result, so no computation can be optimised away. */
let sink = 0;
const consume = (value: number | null | undefined): void => {
  sink += value ?? 0;
};

/**
 * Ratings of `units` × `raters` with each cell missing with probability `missing`; each
 * unit has a true category drawn from a skewed (Zipf-like) prevalence, and a rater gives it
 * with probability 0.7, otherwise a uniformly random category. Stops at `limit` ratings.
 */
function synthesize(
  units: number,
  raters: number,
  q: number,
  missing: number,
  limit: number,
  seed: number,
): ReliabilityData {
  const random = mulberry32(seed);
  const weights = Array.from({ length: q }, (_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const drawSkewed = (): number => {
    let x = random() * total;
    for (let k = 0; k < q; k++) {
      x -= weights[k]!;
      if (x < 0) return k;
    }
    return q - 1;
  };
  const unit = new Int32Array(limit);
  const rater = new Int32Array(limit);
  const category = new Int32Array(limit);
  let n = 0;
  for (let u = 0; u < units && n < limit; u++) {
    const truth = drawSkewed();
    for (let r = 0; r < raters && n < limit; r++) {
      if (random() < missing) continue;
      unit[n] = u;
      rater[n] = r;
      category[n] = random() < 0.7 ? truth : Math.floor(random() * q);
      n++;
    }
  }
  return reliabilityDataFromIndices({
    categories: Array.from({ length: q }, (_, k) => `c${k}`),
    units: Array.from({ length: units }, (_, u) => `u${u}`),
    raters: Array.from({ length: raters }, (_, r) => `r${r}`),
    ratingUnit: unit.subarray(0, n),
    ratingRater: rater.subarray(0, n),
    ratingCategory: category.subarray(0, n),
  });
}

/**
 * Median time of one call in milliseconds: warm up for ~150 ms, pick a batch size so that
 * a batch takes >= 20 ms, then take the median over `runs` batches.
 */
function measure(fn: () => void, runs = 9): number {
  const warmUntil = performance.now() + 150;
  let calls = 0;
  while (performance.now() < warmUntil || calls < 3) {
    fn();
    calls++;
  }
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - start >= 20 || batch >= 1 << 20) break;
    batch *= 2;
  }
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

interface Row {
  name: string;
  ms: number[];
}

function baseline(data: ReliabilityData): () => void {
  const values = data.ratingCategory;
  return () => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[i]!;
    consume(sum);
  };
}

function main(): void {
  const rows: Row[] = [
    { name: 'baseline: sum one Int32Array of N', ms: [] },
    { name: 'validate data set (ranges, duplicates)', ms: [] },
    { name: 'count table (tabulate)', ms: [] },
    { name: 'percent agreement (from table)', ms: [] },
    { name: "Fleiss' kappa (from table)", ms: [] },
    { name: "Gwet's AC1 (from table)", ms: [] },
    { name: 'alpha nominal (from table)', ms: [] },
    { name: 'alpha ordinal (from table)', ms: [] },
    { name: 'table + PA + kappa + AC1 + alpha nominal', ms: [] },
    { name: 'computeAgreement (no bootstrap, per unit/rater)', ms: [] },
  ];
  const shapes: string[] = [];
  for (const size of SIZES) {
    const units = Math.ceil(size / (RATERS * (1 - MISSING))) + 2;
    const data = synthesize(units, RATERS, CATEGORIES, MISSING, size, size);
    const table: CountTable = tabulate(data);
    shapes.push(`${table.ratingCount} ratings, ${table.ratedUnits} units`);
    const steps: (() => void)[] = [
      baseline(data),
      () => consume(reliabilityDataFromIndices(data).ratingCategory.length),
      () => consume(tabulate(data).pairableValues),
      () => consume(percentAgreement(table).value),
      () => consume(fleissKappa(table).value),
      () => consume(gwetAC1(table).value),
      () => consume(krippendorffAlpha(table, 'nominal').value),
      () => consume(krippendorffAlpha(table, 'ordinal').value),
      () => {
        const t = tabulate(data);
        consume(percentAgreement(t).value);
        consume(fleissKappa(t).value);
        consume(gwetAC1(t).value);
        consume(krippendorffAlpha(t, 'nominal').value);
      },
      () => consume(computeAgreement(data, { bootstrap: false }).krippendorffAlpha.value),
    ];
    steps.forEach((step, i) => rows[i]!.ms.push(measure(step)));
  }

  const session = synthesize(
    SESSION.units,
    SESSION.raters,
    SESSION.categories,
    SESSION.missing,
    SESSION.units * SESSION.raters,
    42,
  );
  const sessionTable = tabulate(session);
  const bootRows: Row[] = [
    { name: 'baseline: sum one Int32Array of N', ms: [measure(baseline(session))] },
    { name: 'bootstrap alpha nominal, B = 1000', ms: [measure(() => consume(bootstrapAlpha(sessionTable).low), 7)] },
    {
      name: 'bootstrap alpha ordinal, B = 1000',
      ms: [measure(() => consume(bootstrapAlpha(sessionTable, 'ordinal').low), 7)],
    },
    {
      name: 'computeAgreement with bootstrap (everything)',
      ms: [measure(() => consume(computeAgreement(session).alphaInterval?.low), 7)],
    },
  ];

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`node ${process.version}, ${cpu}, one thread`);
  console.log(
    `data: ${RATERS} raters, ${CATEGORIES} categories, ${MISSING * 100}% missing; median of 9 batches after warm-up`,
  );
  console.log('');
  printTable(
    ['step', ...SIZES.map((s) => `N = ${s.toExponential(0).replace('+', '')}`), 'ns/rating @1e6', '× baseline @1e6'],
    rows.map((row) => [
      row.name,
      ...row.ms.map(formatMs),
      ((row.ms[2]! * 1e6) / SIZES[2]!).toFixed(1),
      (row.ms[2]! / rows[0]!.ms[2]!).toFixed(1),
    ]),
  );
  console.log(`(${shapes.join('; ')})`);
  console.log('');
  console.log(
    `session: ${SESSION.units} items × ${SESSION.raters} raters, ${SESSION.categories} categories, ` +
      `${SESSION.missing * 100}% missing (${sessionTable.ratingCount} ratings); median of 7`,
  );
  printTable(
    ['step', 'time', '× baseline'],
    bootRows.map((row) => [row.name, formatMs(row.ms[0]!), (row.ms[0]! / bootRows[0]!.ms[0]!).toFixed(0)]),
  );
  if (!Number.isFinite(sink)) console.log('checksum is not finite');
}

function formatMs(ms: number): string {
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

main();
