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
}

/**
 * Builds the count table in O(ratings + units × q) when the units × q grid is no larger
 * than a few times the ratings (the usual case: one pass incrementing a dense grid, then
 * one scan of it), else in O(ratings + units + q) by a counting sort of ratings by unit
 * and one scratch row of q counters per unit. Either way entries come out in ascending
 * category order.
 */
export function tabulate(data: ReliabilityData): CountTable {
  const q = data.categories.length;
  const unitCount = data.units.length;
  const n = data.ratingCategory.length;
  return unitCount * q <= Math.max(4 * n, 1 << 16) ? tabulateDense(data) : tabulateSparse(data);
}

/** {@link tabulate} through a dense units × q grid: O(ratings + units × q) time and memory. */
export function tabulateDense(data: ReliabilityData): CountTable {
  const q = data.categories.length;
  const unitCount = data.units.length;
  const { ratingUnit, ratingCategory } = data;
  const n = ratingCategory.length;
  const grid = new Int32Array(unitCount * q);
  for (let i = 0; i < n; i++) grid[ratingUnit[i]! * q + ratingCategory[i]!]!++;
  let entries = 0;
  for (let x = 0; x < grid.length; x++) if (grid[x] !== 0) entries++;
  const m = new Int32Array(unitCount);
  const entryStart = new Int32Array(unitCount + 1);
  const entryCategory = new Int32Array(entries);
  const entryCount = new Int32Array(entries);
  let e = 0;
  for (let u = 0; u < unitCount; u++) {
    entryStart[u] = e;
    let mu = 0;
    const base = u * q;
    for (let c = 0; c < q; c++) {
      const count = grid[base + c]!;
      if (count === 0) continue;
      entryCategory[e] = c;
      entryCount[e] = count;
      e++;
      mu += count;
    }
    m[u] = mu;
  }
  entryStart[unitCount] = e;
  return finish(q, unitCount, n, m, entryStart, entryCategory, entryCount);
}

/** {@link tabulate} through a counting sort by unit: O(ratings + units + q) time and memory. */
export function tabulateSparse(data: ReliabilityData): CountTable {
  const q = data.categories.length;
  const unitCount = data.units.length;
  const { ratingCategory } = data;
  const { start, order } = orderByUnit(unitCount, data.ratingUnit);
  const m = new Int32Array(unitCount);
  const entryStart = new Int32Array(unitCount + 1);
  // A unit has at most min(m_u, q) entries.
  let capacity = 0;
  for (let u = 0; u < unitCount; u++) {
    const mu = start[u + 1]! - start[u]!;
    m[u] = mu;
    capacity += Math.min(mu, q);
  }
  const entryCategory = new Int32Array(capacity);
  const entryCount = new Int32Array(capacity);
  const scratch = new Int32Array(q);
  let e = 0;
  for (let u = 0; u < unitCount; u++) {
    const from = start[u]!;
    const to = start[u + 1]!;
    entryStart[u] = e;
    const first = e;
    for (let k = from; k < to; k++) {
      const c = ratingCategory[order[k]!]!;
      if (scratch[c] === 0) entryCategory[e++] = c;
      scratch[c]!++;
    }
    entryCategory.subarray(first, e).sort();
    for (let x = first; x < e; x++) {
      const c = entryCategory[x]!;
      entryCount[x] = scratch[c]!;
      scratch[c] = 0;
    }
  }
  entryStart[unitCount] = e;
  return finish(
    q,
    unitCount,
    ratingCategory.length,
    m,
    entryStart,
    entryCategory.subarray(0, e),
    entryCount.subarray(0, e),
  );
}

function finish(
  categoryCount: number,
  unitCount: number,
  ratingCount: number,
  m: Int32Array,
  entryStart: Int32Array,
  entryCategory: Int32Array,
  entryCount: Int32Array,
): CountTable {
  let ratedUnits = 0;
  let pairableUnits = 0;
  let pairableValues = 0;
  for (let u = 0; u < unitCount; u++) {
    const mu = m[u]!;
    if (mu > 0) ratedUnits++;
    if (mu >= 2) {
      pairableUnits++;
      pairableValues += mu;
    }
  }
  return {
    categoryCount,
    unitCount,
    ratingCount,
    m,
    entryStart,
    entryCategory,
    entryCount,
    ratedUnits,
    pairableUnits,
    pairableValues,
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
