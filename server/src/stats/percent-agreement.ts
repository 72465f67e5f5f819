import { defined, undefinedStat, type Stat } from './stat.js';
import type { CountTable } from './table.js';

/**
 * Percent agreement P_a: the unweighted mean over pairable units (m_u >= 2) of
 *
 *   P_u = sum_k n_uk (n_uk - 1) / (m_u (m_u - 1)),
 *
 * the share of ordered pairs of a unit's values that agree (Fleiss' P-bar, generalised
 * to unequal m_u). Units with fewer than two values are left out.
 *
 * Undefined (`no pairable unit`) when no unit has two values. O(entries of the table).
 */
export function percentAgreement(table: CountTable): Stat {
  const { m, entryStart, entryCount } = table;
  let sum = 0;
  let pairable = 0;
  for (let u = 0; u < table.unitCount; u++) {
    const mu = m[u]!;
    if (mu < 2) continue;
    let agreeingPairs = 0;
    for (let e = entryStart[u]!; e < entryStart[u + 1]!; e++) {
      const n = entryCount[e]!;
      agreeingPairs += n * (n - 1);
    }
    sum += agreeingPairs / (mu * (mu - 1));
    pairable++;
  }
  return pairable === 0 ? undefinedStat('no pairable unit') : defined(sum / pairable);
}
