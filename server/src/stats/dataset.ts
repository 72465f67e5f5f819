/**
 * The reliability data set of STATS.md: units × raters, each rater giving a unit at most
 * one value from a category list of size q. Missing values are simply absent ratings.
 *
 * Ratings are held column-wise in typed arrays (unit index, rater index, category index
 * per rating), so every statistic reads them in one linear pass without allocating per
 * rating.
 */

/** Level of measurement of the values, which chooses Krippendorff's distance. */
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** The levels of measurement, from the weakest. */
export const LEVELS: readonly Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/**
 * A reliability data set. Build it with {@link createReliabilityData} (labels) or
 * {@link reliabilityDataFromIndices} (index arrays), which check it.
 */
export interface ReliabilityData {
  /** The category list C (q = its length), in order: the order is the ordinal scale. */
  readonly categories: readonly string[];
  /**
   * The numeric value of each category, needed for the interval and ratio levels; `null`
   * when the categories are not numeric. Distinct categories have distinct values.
   */
  readonly categoryValues: Float64Array | null;
  /** Unit ids; a unit's index is its position. Units without ratings are allowed. */
  readonly units: readonly string[];
  /** Rater ids; a rater's index is its position. */
  readonly raters: readonly string[];
  /** Per rating: the unit index. */
  readonly ratingUnit: Int32Array;
  /** Per rating: the rater index. */
  readonly ratingRater: Int32Array;
  /** Per rating: the category index into `categories`. */
  readonly ratingCategory: Int32Array;
}

/**
 * Expected (gold) answers: per unit index, the category index of the expected answer,
 * or -1 when the unit has none.
 */
export type GoldLabels = Int32Array;

/** Which rule a malformed data set broke. */
export type ReliabilityDataErrorCode =
  | 'duplicate-category'
  | 'invalid-category-value'
  | 'unknown-category'
  | 'unknown-unit'
  | 'unknown-rater'
  | 'duplicate-rating'
  | 'duplicate-gold'
  | 'index-out-of-range';

/** Malformed input to a data set constructor; `code` says which rule was broken. */
export class ReliabilityDataError extends Error {
  constructor(
    readonly code: ReliabilityDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReliabilityDataError';
  }
}

/** One rating given by labels. */
export interface RatingInput {
  readonly unit: string;
  readonly rater: string;
  /** A category of the list. */
  readonly value: string;
}

/** Input of {@link createReliabilityData}. */
export interface CreateReliabilityDataInput {
  /** The full category list (the taxonomy), even labels nobody chose: q is its length. */
  readonly categories: readonly string[];
  /** Numeric value per category, for the interval and ratio levels. */
  readonly categoryValues?: readonly number[] | null;
  readonly ratings: Iterable<RatingInput>;
  /** Units in the order to index them; units first seen in `ratings` are appended. */
  readonly units?: readonly string[];
  /** Raters in the order to index them; raters first seen in `ratings` are appended. */
  readonly raters?: readonly string[];
}

/**
 * Builds a data set from labelled ratings.
 *
 * @throws ReliabilityDataError on a duplicate category, a value outside the category
 * list, or a rater rating a unit twice.
 */
export function createReliabilityData(input: CreateReliabilityDataInput): ReliabilityData {
  const categoryIndex = indexLabels(input.categories, 'duplicate-category', 'category');
  const units = [...(input.units ?? [])];
  const raters = [...(input.raters ?? [])];
  const unitIndex = indexLabels(units, 'unknown-unit', 'unit');
  const raterIndex = indexLabels(raters, 'unknown-rater', 'rater');
  const unit: number[] = [];
  const rater: number[] = [];
  const category: number[] = [];
  for (const rating of input.ratings) {
    const c = categoryIndex.get(rating.value);
    if (c === undefined) {
      throw new ReliabilityDataError(
        'unknown-category',
        `value "${rating.value}" of rater "${rating.rater}" on unit "${rating.unit}" is not a category`,
      );
    }
    unit.push(internLabel(rating.unit, unitIndex, units));
    rater.push(internLabel(rating.rater, raterIndex, raters));
    category.push(c);
  }
  return reliabilityDataFromIndices({
    categories: input.categories,
    categoryValues: input.categoryValues ?? null,
    units,
    raters,
    ratingUnit: Int32Array.from(unit),
    ratingRater: Int32Array.from(rater),
    ratingCategory: Int32Array.from(category),
  });
}

/** Input of {@link reliabilityDataFromIndices}: the fields of {@link ReliabilityData}. */
export interface IndexedReliabilityDataInput {
  readonly categories: readonly string[];
  readonly categoryValues?: ArrayLike<number> | null;
  readonly units: readonly string[];
  readonly raters: readonly string[];
  readonly ratingUnit: Int32Array;
  readonly ratingRater: Int32Array;
  readonly ratingCategory: Int32Array;
}

/**
 * Builds a data set from index arrays (the fast path: no string handling per rating).
 * Checks in O(ratings + units + raters) that indices are in range and that no rater rates
 * a unit twice; the arrays are used as given, not copied.
 *
 * @throws ReliabilityDataError when a check fails.
 */
export function reliabilityDataFromIndices(input: IndexedReliabilityDataInput): ReliabilityData {
  const { categories, units, raters, ratingUnit, ratingRater, ratingCategory } = input;
  indexLabels(categories, 'duplicate-category', 'category');
  const categoryValues = checkCategoryValues(categories, input.categoryValues ?? null);
  const n = ratingUnit.length;
  if (ratingRater.length !== n || ratingCategory.length !== n) {
    throw new ReliabilityDataError('index-out-of-range', 'rating arrays differ in length');
  }
  const unitCount = units.length;
  const raterCount = raters.length;
  const q = categories.length;
  for (let i = 0; i < n; i++) {
    const u = ratingUnit[i]!;
    const r = ratingRater[i]!;
    const c = ratingCategory[i]!;
    if (u < 0 || u >= unitCount || r < 0 || r >= raterCount || c < 0 || c >= q) {
      throw new ReliabilityDataError('index-out-of-range', `rating ${i} has an index out of range`);
    }
  }
  assertOneRatingPerRaterAndUnit(units, raters, ratingUnit, ratingRater);
  return { categories, categoryValues, units, raters, ratingUnit, ratingRater, ratingCategory };
}

/**
 * The sub-data of some raters (a market, a team): same units and categories, only those
 * raters' ratings, raters re-indexed in the order given.
 */
export function selectRaters(data: ReliabilityData, raterIndices: readonly number[]): ReliabilityData {
  const newIndex = new Int32Array(data.raters.length).fill(-1);
  const raters: string[] = [];
  for (const r of raterIndices) {
    if (!(r >= 0 && r < data.raters.length)) {
      throw new ReliabilityDataError('index-out-of-range', `rater index ${r} is out of range`);
    }
    if (newIndex[r] !== -1) continue;
    newIndex[r] = raters.length;
    raters.push(data.raters[r]!);
  }
  let kept = 0;
  const n = data.ratingRater.length;
  for (let i = 0; i < n; i++) if (newIndex[data.ratingRater[i]!] !== -1) kept++;
  const ratingUnit = new Int32Array(kept);
  const ratingRater = new Int32Array(kept);
  const ratingCategory = new Int32Array(kept);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const r = newIndex[data.ratingRater[i]!]!;
    if (r === -1) continue;
    ratingUnit[j] = data.ratingUnit[i]!;
    ratingRater[j] = r;
    ratingCategory[j] = data.ratingCategory[i]!;
    j++;
  }
  return { ...data, raters, ratingUnit, ratingRater, ratingCategory };
}

/**
 * Gold labels from (unit id, category label) pairs. Units not in the data set are
 * ignored (a gold file may cover more items than were rated).
 *
 * @throws ReliabilityDataError on a label outside the category list or a unit given twice.
 */
export function goldFromLabels(
  data: ReliabilityData,
  pairs: Iterable<readonly [unit: string, label: string]>,
): GoldLabels {
  const unitIndex = new Map(data.units.map((id, i) => [id, i]));
  const categoryIndex = new Map(data.categories.map((label, i) => [label, i]));
  const gold = new Int32Array(data.units.length).fill(-1);
  const seen = new Set<string>();
  for (const [unit, label] of pairs) {
    if (seen.has(unit)) {
      throw new ReliabilityDataError('duplicate-gold', `unit "${unit}" has two gold values`);
    }
    seen.add(unit);
    const c = categoryIndex.get(label);
    if (c === undefined) {
      throw new ReliabilityDataError('unknown-category', `gold value "${label}" of unit "${unit}" is not a category`);
    }
    const u = unitIndex.get(unit);
    if (u !== undefined) gold[u] = c;
  }
  return gold;
}

/**
 * Checks that `gold` gives one entry per unit, each -1 (no gold) or a category index.
 * O(units).
 *
 * @throws RangeError otherwise.
 */
export function checkGold(gold: GoldLabels, unitCount: number, categoryCount: number): void {
  if (gold.length !== unitCount) {
    throw new RangeError(`gold must give one entry per unit (${unitCount}), not ${gold.length}`);
  }
  for (let u = 0; u < unitCount; u++) {
    const g = gold[u]!;
    if (g < -1 || g >= categoryCount) throw new RangeError(`gold of unit ${u} is ${g}, not a category index or -1`);
  }
}

function indexLabels(labels: readonly string[], code: ReliabilityDataErrorCode, what: string): Map<string, number> {
  const index = new Map<string, number>();
  labels.forEach((label, i) => {
    if (index.has(label)) throw new ReliabilityDataError(code, `${what} "${label}" is listed twice`);
    index.set(label, i);
  });
  return index;
}

function internLabel(label: string, index: Map<string, number>, labels: string[]): number {
  let i = index.get(label);
  if (i === undefined) {
    i = labels.length;
    index.set(label, i);
    labels.push(label);
  }
  return i;
}

function checkCategoryValues(categories: readonly string[], values: ArrayLike<number> | null): Float64Array | null {
  if (values === null) return null;
  if (values.length !== categories.length) {
    throw new ReliabilityDataError('invalid-category-value', 'categoryValues must give one value per category');
  }
  const out = Float64Array.from(values);
  const seen = new Map<number, number>();
  out.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      throw new ReliabilityDataError('invalid-category-value', `category "${categories[i]}" has no finite value`);
    }
    const other = seen.get(v);
    if (other !== undefined) {
      throw new ReliabilityDataError(
        'invalid-category-value',
        `categories "${categories[other]}" and "${categories[i]}" have the same value ${v}`,
      );
    }
    seen.set(v, i);
  });
  return out;
}

// With a units × raters grid of a few bytes per rating, one pass marks each cell;
// otherwise ratings are grouped by unit (counting sort) and each rater stamped with the
// last unit it was seen in. O(ratings + units + raters) either way, no hashing.
function assertOneRatingPerRaterAndUnit(
  units: readonly string[],
  raters: readonly string[],
  ratingUnit: Int32Array,
  ratingRater: Int32Array,
): void {
  const n = ratingUnit.length;
  const R = raters.length;
  const duplicate = (u: number, r: number) =>
    new ReliabilityDataError('duplicate-rating', `rater "${raters[r]}" rated unit "${units[u]}" more than once`);
  if (units.length * R <= Math.max(8 * n, 1 << 16)) {
    const seen = new Uint8Array(units.length * R);
    for (let i = 0; i < n; i++) {
      const cell = ratingUnit[i]! * R + ratingRater[i]!;
      if (seen[cell] === 1) throw duplicate(ratingUnit[i]!, ratingRater[i]!);
      seen[cell] = 1;
    }
    return;
  }
  const order = orderByUnit(units.length, ratingUnit);
  const lastUnit = new Int32Array(R).fill(-1);
  for (let k = 0; k < order.order.length; k++) {
    const i = order.order[k]!;
    const u = ratingUnit[i]!;
    const r = ratingRater[i]!;
    if (lastUnit[r] === u) throw duplicate(u, r);
    lastUnit[r] = u;
  }
}

/**
 * Rating indices grouped by unit (stable counting sort): the ratings of unit u are
 * `order[start[u]] .. order[start[u + 1] - 1]`.
 */
export function orderByUnit(unitCount: number, ratingUnit: Int32Array): { start: Int32Array; order: Int32Array } {
  return orderBy(unitCount, ratingUnit);
}

/** Rating indices grouped by rater, as {@link orderByUnit}. */
export function orderByRater(raterCount: number, ratingRater: Int32Array): { start: Int32Array; order: Int32Array } {
  return orderBy(raterCount, ratingRater);
}

function orderBy(groupCount: number, key: Int32Array): { start: Int32Array; order: Int32Array } {
  const n = key.length;
  const start = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) start[key[i]! + 1]!++;
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groupCount);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[key[i]!]!++] = i;
  return { start, order };
}
