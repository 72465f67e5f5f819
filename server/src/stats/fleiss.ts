import { percentAgreement } from './percent-agreement.js';
import { chanceCorrected, undefinedChanceCorrected, type ChanceCorrected } from './stat.js';
import type { CountTable } from './table.js';

/**
 * Category prevalence pi_k = (1/n1) sum_u n_uk / m_u over the n1 units with at least one
 * value (Gwet, Handbook of Inter-Rater Reliability, 4th ed., ch. 2): each rated unit
 * weighs the same however many values it has. Sums to 1 when n1 > 0; all zeros when no
 * unit is rated. O(entries + q).
 */
export function categoryPrevalence(table: CountTable): Float64Array {
  const pi = new Float64Array(table.categoryCount);
  const { m, entryStart, entryCategory, entryCount } = table;
  for (let u = 0; u < table.unitCount; u++) {
    const mu = m[u]!;
    if (mu === 0) continue;
    for (let e = entryStart[u]!; e < entryStart[u + 1]!; e++) {
      pi[entryCategory[e]!]! += entryCount[e]! / mu;
    }
  }
  if (table.ratedUnits > 0) for (let k = 0; k < pi.length; k++) pi[k]! /= table.ratedUnits;
  return pi;
}

/**
 * Fleiss' kappa, in Gwet's generalisation to unequal numbers of values per unit:
 *
 *   p_e = sum_k pi_k^2,   kappa = (P_a - p_e) / (1 - p_e),
 *
 * with P_a the percent agreement over pairable units and pi_k the
 * {@link categoryPrevalence}. Reduces to Fleiss (1971) when every unit has the same
 * number of values.
 *
 * Undefined: `no pairable unit` (P_a undefined); `no variation` when p_e = 1 (every value
 * is the same category). O(entries + q).
 */
export function fleissKappa(table: CountTable): ChanceCorrected {
  const pa = percentAgreement(table);
  if (pa.value === null) return undefinedChanceCorrected(pa.reason);
  const pi = categoryPrevalence(table);
  let pe = 0;
  for (let k = 0; k < pi.length; k++) pe += pi[k]! * pi[k]!;
  return chanceCorrected(pa.value, pe);
}
