/**
 * Builders of small data sets in the layouts the literature prints them in, for tests
 * and examples. Not used by the statistics themselves.
 */
import { createReliabilityData, type RatingInput, type ReliabilityData } from './dataset.js';

/**
 * From a reliability data matrix with one row per rater and one column per unit
 * (Krippendorff's layout); `null` is a missing value. Raters are named `r0, r1, …` unless
 * `raters` is given, units `u0, u1, …`.
 */
export function dataFromRaterRows(
  rows: readonly (readonly (string | null)[])[],
  options: { categories: readonly string[]; categoryValues?: readonly number[]; raters?: readonly string[] },
): ReliabilityData {
  const ratings: RatingInput[] = [];
  const unitCount = Math.max(0, ...rows.map((row) => row.length));
  rows.forEach((row, r) =>
    row.forEach((value, u) => {
      if (value !== null) ratings.push({ unit: `u${u}`, rater: options.raters?.[r] ?? `r${r}`, value });
    }),
  );
  return createReliabilityData({
    categories: options.categories,
    categoryValues: options.categoryValues ?? null,
    ratings,
    units: Array.from({ length: unitCount }, (_, u) => `u${u}`),
    raters: rows.map((_, r) => options.raters?.[r] ?? `r${r}`),
  });
}

/** As {@link dataFromRaterRows} with one row per unit and one column per rater. */
export function dataFromUnitRows(
  rows: readonly (readonly (string | null)[])[],
  options: { categories: readonly string[]; categoryValues?: readonly number[] },
): ReliabilityData {
  const raterCount = Math.max(0, ...rows.map((row) => row.length));
  const byRater = Array.from({ length: raterCount }, (_, r) => rows.map((row) => row[r] ?? null));
  return dataFromRaterRows(byRater, options);
}

/**
 * From counts per unit and category (Fleiss' layout): unit u gets `counts[u][k]` values of
 * category k, from raters `r0, r1, …` in turn (which rater gave which value does not
 * matter to the unit-level statistics).
 */
export function dataFromCounts(
  counts: readonly (readonly number[])[],
  categories?: readonly string[],
): ReliabilityData {
  const q = counts[0]?.length ?? categories?.length ?? 0;
  const labels = categories ?? Array.from({ length: q }, (_, k) => String(k));
  const ratings: RatingInput[] = [];
  counts.forEach((row, u) => {
    let r = 0;
    row.forEach((n, k) => {
      for (let i = 0; i < n; i++) ratings.push({ unit: `u${u}`, rater: `r${r++}`, value: labels[k]! });
    });
  });
  return createReliabilityData({ categories: labels, ratings, units: counts.map((_, u) => `u${u}`) });
}

/**
 * Two raters `A` and `B` from a q × q contingency table of counts (rows A's category,
 * columns B's): `table[a][b]` units rated a by A and b by B.
 */
export function dataFromContingency(
  table: readonly (readonly number[])[],
  categories?: readonly string[],
): ReliabilityData {
  const q = table.length;
  const labels = categories ?? Array.from({ length: q }, (_, k) => String(k));
  const ratings: RatingInput[] = [];
  let unit = 0;
  table.forEach((row, a) =>
    row.forEach((n, b) => {
      for (let i = 0; i < n; i++, unit++) {
        ratings.push({ unit: `u${unit}`, rater: 'A', value: labels[a]! });
        ratings.push({ unit: `u${unit}`, rater: 'B', value: labels[b]! });
      }
    }),
  );
  return createReliabilityData({ categories: labels, ratings, raters: ['A', 'B'] });
}

/** Splits `'1 2 . 3'` into values, `.` being missing. */
export function row(text: string): (string | null)[] {
  return text
    .trim()
    .split(/\s+/)
    .map((v) => (v === '.' ? null : v));
}
