import { orderByUnit, type ReliabilityData } from './dataset.js';

/**
 * The count table `n_uk` of a data set, stored sparsely per unit (only categories a unit
 * received), plus the per-unit totals `m_u`. Every unit-level statistic (percent
 * agreement, Fleiss' kappa, Gwet's AC1, Krippendorff's alpha, per-unit figures) reads it
 * in time linear in its size, which is at most the number of ratings.
 *
 * Entries of unit u: `entryCategory[e]`, `entryCount[e]` for
 * `entryStart[u] <= e < entryStart[u + 1]`, categories in ascending order.
 */
export interface CountTable {
  /** q: the size of the category list. */
  readonly categoryCount: number;
  readonly unitCount: number;
  /** Total number of ratings. */
  readonly ratingCount: number;
  /** m_u: number of values of unit u. */
  readonly m: Int32Array;
  readonly entryStart: Int32Array;
  readonly entryCategory: Int32Array;
  readonly entryCount: Int32Array;
  /** n1: units with at least one value. */
  readonly ratedUnits: number;
  /** Units with m_u >= 2. */
  readonly pairableUnits: number;
  /** n: number of values in pairable units (Krippendorff's n). */
  readonly pairableValues: number;
  /** Rating indices grouped by unit: unit u's are `ratingOrder[ratingStart[u] ..]`. */
  readonly ratingStart: Int32Array;
  readonly ratingOrder: Int32Array;
}

/**
 * Builds the count table in O(ratings + units + q): a counting sort of ratings by unit,
 * then one pass per unit over a dense scratch row of q counters.
 */
export function tabulate(data: ReliabilityData): CountTable {
  const q = data.categories.length;
  const unitCount = data.units.length;
  const { ratingCategory } = data;
  const { start: ratingStart, order: ratingOrder } = orderByUnit(unitCount, data.ratingUnit);
  const m = new Int32Array(unitCount);
  const entryStart = new Int32Array(unitCount + 1);
  // A unit has at most min(m_u, q) entries.
  let capacity = 0;
  for (let u = 0; u < unitCount; u++) {
    const mu = ratingStart[u + 1]! - ratingStart[u]!;
    m[u] = mu;
    capacity += Math.min(mu, q);
  }
  const entryCategory = new Int32Array(capacity);
  const entryCount = new Int32Array(capacity);
  const scratch = new Int32Array(q);
  let ratedUnits = 0;
  let pairableUnits = 0;
  let pairableValues = 0;
  let e = 0;
  for (let u = 0; u < unitCount; u++) {
    const from = ratingStart[u]!;
    const to = ratingStart[u + 1]!;
    const mu = to - from;
    entryStart[u] = e;
    if (mu === 0) continue;
    ratedUnits++;
    if (mu >= 2) {
      pairableUnits++;
      pairableValues += mu;
    }
    if (mu * 4 < q) {
      // Few ratings, many categories: count the ratings' categories, sort the few found.
      const first = e;
      for (let k = from; k < to; k++) {
        const c = ratingCategory[ratingOrder[k]!]!;
        if (scratch[c] === 0) entryCategory[e++] = c;
        scratch[c]!++;
      }
      entryCategory.subarray(first, e).sort();
      for (let x = first; x < e; x++) {
        const c = entryCategory[x]!;
        entryCount[x] = scratch[c]!;
        scratch[c] = 0;
      }
    } else {
      for (let k = from; k < to; k++) scratch[ratingCategory[ratingOrder[k]!]!]!++;
      for (let c = 0; c < q; c++) {
        const count = scratch[c]!;
        if (count === 0) continue;
        entryCategory[e] = c;
        entryCount[e] = count;
        e++;
        scratch[c] = 0;
      }
    }
  }
  entryStart[unitCount] = e;
  return {
    categoryCount: q,
    unitCount,
    ratingCount: ratingCategory.length,
    m,
    entryStart,
    entryCategory: entryCategory.subarray(0, e),
    entryCount: entryCount.subarray(0, e),
    ratedUnits,
    pairableUnits,
    pairableValues,
    ratingStart,
    ratingOrder,
  };
}

/** n_uk as a dense row of q counts (for display and tests). */
export function unitCounts(table: CountTable, unit: number): number[] {
  const row = new Array<number>(table.categoryCount).fill(0);
  for (let e = table.entryStart[unit]!; e < table.entryStart[unit + 1]!; e++) {
    row[table.entryCategory[e]!] = table.entryCount[e]!;
  }
  return row;
}
