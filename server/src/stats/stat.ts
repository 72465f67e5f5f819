/**
 * Version of the statistical method. A stored result records it, so a result computed
 * by an older method can be told apart after a definition changes. Bump the minor for an
 * added figure, the major for any change that can alter a published number.
 */
export const STATS_VERSION = '1.0.0';

/**
 * Why a statistic has no value. The wording follows STATS.md where it names a reason.
 *
 * - `no pairable unit`: no unit has two or more values (percent agreement, kappa, AC1).
 * - `too few values`: fewer than 2 pairable values (Krippendorff's alpha, n < 2).
 * - `no variation`: every value is the same category, so chance agreement is 1 (kappa,
 *   AC1, Cohen) or the expected disagreement is 0 (alpha).
 * - `fewer than 2 categories`: the category list has q < 2 (AC1).
 * - `not two raters`: Cohen's kappa between raters needs exactly two raters.
 * - `no common unit`: the two sides of a Cohen's kappa share no unit.
 * - `no gold`: no vote falls on a unit that has an expected (gold) answer.
 * - `no values`: the unit has no value (per-unit share and entropy).
 * - `no majority to compare`: no unit where the other raters have a unique majority.
 * - `no other market`: a market's drift from gold, when no other market has gold votes
 *   under the same filter (a team works in one market, say).
 * - `too few defined resamples`: fewer than half of the bootstrap alphas are defined.
 * - `not finite`: a guard that should never fire: the arithmetic produced NaN or
 *   Infinity; reported instead of letting it reach GraphQL.
 */
export const UNDEFINED_REASONS = [
  'no pairable unit',
  'too few values',
  'no variation',
  'fewer than 2 categories',
  'not two raters',
  'no common unit',
  'no gold',
  'no values',
  'no majority to compare',
  'no other market',
  'too few defined resamples',
  'not finite',
] as const;

/** One of {@link UNDEFINED_REASONS}. */
export type UndefinedReason = (typeof UNDEFINED_REASONS)[number];

/**
 * A statistic: a finite number, or `null` with the reason it is undefined. Never NaN or
 * Infinity (GraphQL cannot carry them).
 */
export type Stat =
  | { readonly value: number; readonly reason?: undefined }
  | { readonly value: null; readonly reason: UndefinedReason };

/**
 * A chance-corrected coefficient `(p_a - p_e) / (1 - p_e)` with its two ingredients:
 * `observedAgreement` (p_a) and `chanceAgreement` (p_e), each `null` when it could not
 * be computed.
 */
export type ChanceCorrected = Stat & {
  readonly observedAgreement: number | null;
  readonly chanceAgreement: number | null;
};

/** A defined statistic; a non-finite number becomes `null` with reason `not finite`. */
export function defined(value: number): Stat {
  return Number.isFinite(value) ? { value } : { value: null, reason: 'not finite' };
}

/** An undefined statistic. */
export function undefinedStat(reason: UndefinedReason): Stat {
  return { value: null, reason };
}

/**
 * `(p_a - p_e) / (1 - p_e)`, undefined (`no variation`) when `p_e >= 1`: the shared
 * final step of Fleiss' kappa, Gwet's AC1 and Cohen's kappa.
 */
export function chanceCorrected(observedAgreement: number, chanceAgreement: number): ChanceCorrected {
  if (!(chanceAgreement < 1)) {
    return { value: null, reason: 'no variation', observedAgreement, chanceAgreement };
  }
  return {
    ...defined((observedAgreement - chanceAgreement) / (1 - chanceAgreement)),
    observedAgreement,
    chanceAgreement,
  };
}

/** A chance-corrected coefficient that is undefined before p_a or p_e exist. */
export function undefinedChanceCorrected(
  reason: UndefinedReason,
  observedAgreement: number | null = null,
  chanceAgreement: number | null = null,
): ChanceCorrected {
  return { value: null, reason, observedAgreement, chanceAgreement };
}
