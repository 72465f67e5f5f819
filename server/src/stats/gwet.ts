import { categoryPrevalence } from './fleiss.js';
import { percentAgreement } from './percent-agreement.js';
import { chanceCorrected, undefinedChanceCorrected, type ChanceCorrected } from './stat.js';
import type { CountTable } from './table.js';

/**
 * Gwet's AC1 (Gwet 2008; Handbook of Inter-Rater Reliability, 4th ed., ch. 2):
 *
 *   p_e = (1 / (q - 1)) sum_k pi_k (1 - pi_k),   AC1 = (P_a - p_e) / (1 - p_e),
 *
 * with P_a the percent agreement over pairable units, pi_k the
 * {@link categoryPrevalence} and q the size of the category list (labels nobody chose
 * count). Unlike kappa, AC1 does not collapse when one label dominates.
 *
 * Undefined: `no pairable unit`; `fewer than 2 categories` when q < 2; `no variation`
 * when p_e = 1 (cannot happen for q >= 2, where p_e <= 1/q, but guarded). O(entries + q).
 */
export function gwetAC1(table: CountTable): ChanceCorrected {
  const pa = percentAgreement(table);
  if (pa.value === null) return undefinedChanceCorrected(pa.reason);
  const q = table.categoryCount;
  if (q < 2) return undefinedChanceCorrected('fewer than 2 categories', pa.value);
  const pi = categoryPrevalence(table);
  let sum = 0;
  for (let k = 0; k < q; k++) sum += pi[k]! * (1 - pi[k]!);
  return chanceCorrected(pa.value, sum / (q - 1));
}
