import { checkGold, type GoldLabels } from './dataset.js';
import { defined, undefinedStat, type Stat } from './stat.js';
import type { CountTable } from './table.js';

/** The figures of one unit (STATS.md "Per unit"); categories are indices. */
export interface UnitSummary {
  readonly unit: number;
  /** m_u. */
  readonly values: number;
  /** n_uk for k = 0 .. q-1. */
  readonly distribution: number[];
  /** The unique mode; null on a tie or with no values. */
  readonly majority: number | null;
  /** On a tie, the tied categories (ascending); otherwise empty. */
  readonly tied: number[];
  /** max_k n_uk / m_u; `no values` when m_u = 0. */
  readonly majorityShare: Stat;
  /** -sum_k p_k ln p_k / ln q with p_k = n_uk / m_u; 0 when q < 2; `no values` when m_u = 0. */
  readonly entropy: Stat;
}

/**
 * The per-unit figures of one unit:
 * - distribution n_uk;
 * - majority label: the unique mode; on a tie none, and the tied labels listed;
 * - majority share `max_k n_uk / m_u`;
 * - normalised entropy `-sum_k p_k ln p_k / ln q` (terms with p_k = 0 are 0), in [0, 1]:
 *   0 when all agree, 1 when the values spread evenly over all q categories; 0 when
 *   q < 2. Clamped to [0, 1] against rounding.
 *
 * With no values the majority is null, nothing is tied, and share and entropy are
 * undefined (`no values`). O(d_u + q).
 */
export function unitSummary(table: CountTable, unit: number): UnitSummary {
  const q = table.categoryCount;
  const mu = table.m[unit]!;
  const distribution = new Array<number>(q).fill(0);
  const from = table.entryStart[unit]!;
  const to = table.entryStart[unit + 1]!;
  let max = 0;
  for (let e = from; e < to; e++) {
    const n = table.entryCount[e]!;
    distribution[table.entryCategory[e]!] = n;
    if (n > max) max = n;
  }
  if (mu === 0) {
    return {
      unit,
      values: 0,
      distribution,
      majority: null,
      tied: [],
      majorityShare: undefinedStat('no values'),
      entropy: undefinedStat('no values'),
    };
  }
  const modes: number[] = [];
  let h = 0;
  for (let e = from; e < to; e++) {
    const n = table.entryCount[e]!;
    if (n === max) modes.push(table.entryCategory[e]!);
    const p = n / mu;
    h -= p * Math.log(p);
  }
  const entropy = q < 2 ? 0 : Math.min(1, Math.max(0, h / Math.log(q)));
  return {
    unit,
    values: mu,
    distribution,
    majority: modes.length === 1 ? modes[0]! : null,
    tied: modes.length === 1 ? [] : modes,
    majorityShare: defined(max / mu),
    entropy: defined(entropy),
  };
}

/** {@link unitSummary} for every unit. O(entries + units × q). */
export function unitSummaries(table: CountTable): UnitSummary[] {
  const out: UnitSummary[] = [];
  for (let u = 0; u < table.unitCount; u++) out.push(unitSummary(table, u));
  return out;
}

/** One unit's majority against its gold answer. */
export interface UnitMajorityVsGold {
  readonly unit: number;
  readonly gold: number;
  readonly majority: number | null;
  readonly tied: number[];
  /** Whether the unique majority equals gold; false on a tie. */
  readonly matches: boolean;
}

/** The result of {@link majorityVsGold}. */
export interface MajorityVsGold {
  /** Units with gold and at least one value. */
  readonly units: UnitMajorityVsGold[];
  /** Units whose unique majority equals gold. */
  readonly matched: number;
  /** Units with gold whose values tie (no majority). */
  readonly tied: number;
  /** matched / units.length; a tie counts as a miss; `no gold` when no unit qualifies. */
  readonly share: Stat;
}

/**
 * The group's majority against gold, per unit with gold and at least one value (STATS.md
 * "Breakdowns": per item, the market's majority against gold). A tie has no majority and
 * counts as not matching. O(entries).
 */
export function majorityVsGold(table: CountTable, gold: GoldLabels): MajorityVsGold {
  checkGold(gold, table.unitCount, table.categoryCount);
  const units: UnitMajorityVsGold[] = [];
  let matched = 0;
  let tied = 0;
  for (let u = 0; u < table.unitCount; u++) {
    const g = gold[u]!;
    if (g < 0 || table.m[u]! === 0) continue;
    const summary = unitSummary(table, u);
    const matches = summary.majority === g;
    if (matches) matched++;
    if (summary.majority === null) tied++;
    units.push({ unit: u, gold: g, majority: summary.majority, tied: summary.tied, matches });
  }
  return {
    units,
    matched,
    tied,
    share: units.length === 0 ? undefinedStat('no gold') : defined(matched / units.length),
  };
}
