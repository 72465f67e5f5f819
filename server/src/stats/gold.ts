import { checkGold, type GoldLabels, type ReliabilityData } from './dataset.js';
import { defined, undefinedStat, type Stat } from './stat.js';

/** Accuracy with its counts. */
export type Accuracy = Stat & {
  /** Votes equal to gold. */
  readonly correct: number;
  /** Votes on units that have gold. */
  readonly total: number;
};

/**
 * Accuracy against the expected answer: the share of votes equal to gold, over the votes
 * on units that have gold (`gold[u] >= 0`). Pass `rater` to restrict to one rater.
 *
 * Undefined (`no gold`) when no vote falls on a unit with gold. O(ratings).
 */
export function accuracy(data: ReliabilityData, gold: GoldLabels, rater?: number): Accuracy {
  checkGold(gold, data.units.length, data.categories.length);
  let correct = 0;
  let total = 0;
  const n = data.ratingUnit.length;
  for (let i = 0; i < n; i++) {
    if (rater !== undefined && data.ratingRater[i] !== rater) continue;
    const g = gold[data.ratingUnit[i]!]!;
    if (g < 0) continue;
    total++;
    if (data.ratingCategory[i] === g) correct++;
  }
  return { ...(total === 0 ? undefinedStat('no gold') : defined(correct / total)), correct, total };
}

/**
 * Confusion matrix: q × q counts of votes, row = gold label, column = chosen label, over
 * units with gold. `matrix[g][c]` is the number of votes for c on units whose gold is g.
 * O(ratings + q^2).
 */
export function confusionMatrix(data: ReliabilityData, gold: GoldLabels): number[][] {
  const q = data.categories.length;
  checkGold(gold, data.units.length, q);
  const matrix = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  const n = data.ratingUnit.length;
  for (let i = 0; i < n; i++) {
    const g = gold[data.ratingUnit[i]!]!;
    if (g < 0) continue;
    matrix[g]![data.ratingCategory[i]!]!++;
  }
  return matrix;
}
