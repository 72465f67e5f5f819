import { bootstrapAlphaFromPreparation, type AlphaInterval, type BootstrapOptions } from './bootstrap.js';
import { cohenKappaBetweenRaters, type CohenKappa } from './cohen.js';
import { checkGold, type GoldLabels, type Level, type ReliabilityData } from './dataset.js';
import { fleissKappa } from './fleiss.js';
import { accuracy, confusionMatrix, type Accuracy } from './gold.js';
import { gwetAC1 } from './gwet.js';
import { alphaFromPreparation, prepareAlpha, type AlphaResult } from './krippendorff.js';
import { percentAgreement } from './percent-agreement.js';
import { raterSummaries, type RaterSummary } from './per-rater.js';
import { majorityVsGold, unitSummaries, type MajorityVsGold, type UnitSummary } from './per-unit.js';
import { STATS_VERSION, undefinedChanceCorrected, type ChanceCorrected, type Stat } from './stat.js';
import { tabulate } from './table.js';

/** Options of {@link computeAgreement}. */
export interface AgreementOptions {
  /** Level of Krippendorff's alpha and its interval; default nominal. */
  readonly level?: Level;
  /** Expected answers per unit (-1: none); enables the gold figures. */
  readonly gold?: GoldLabels | null;
  /** Bootstrap settings for alpha's interval, or false to skip it; default B = 1000, seed 0. */
  readonly bootstrap?: BootstrapOptions | false;
  /** Include per-unit figures; default true. */
  readonly perUnit?: boolean;
  /** Include per-rater figures; default true. */
  readonly perRater?: boolean;
}

/** The figures against the expected (gold) answers. */
export interface GoldFigures {
  readonly accuracy: Accuracy;
  /** Rows gold, columns chosen: `confusionMatrix[g][c]` votes. */
  readonly confusionMatrix: number[][];
  readonly majorityVsGold: MajorityVsGold;
}

/** Everything STATS.md defines for one data set. Category references are indices into `categories`. */
export interface AgreementResult {
  readonly statsVersion: string;
  readonly level: Level;
  readonly categories: readonly string[];
  /** Units in the data set (rated or not). */
  readonly units: number;
  /** Units with at least one value (n1). */
  readonly ratedUnits: number;
  readonly pairableUnits: number;
  readonly raters: number;
  readonly ratings: number;
  /** n: values in pairable units. */
  readonly pairableValues: number;
  readonly percentAgreement: Stat;
  readonly fleissKappa: ChanceCorrected;
  readonly gwetAC1: ChanceCorrected;
  readonly krippendorffAlpha: AlphaResult;
  /** Null when the bootstrap was switched off. */
  readonly alphaInterval: AlphaInterval | null;
  /** Between the two raters when there are exactly two; otherwise `not two raters`. */
  readonly cohenKappa: CohenKappa;
  /** Null without gold. */
  readonly gold: GoldFigures | null;
  /** Empty when switched off. */
  readonly perUnit: UnitSummary[];
  /** Empty when switched off. */
  readonly perRater: RaterSummary[];
}

/**
 * All the statistics of STATS.md for one data set: percent agreement, Fleiss' kappa,
 * Gwet's AC1, Krippendorff's alpha at `level` with its bootstrap interval, Cohen's kappa
 * (exactly two raters), and with gold: accuracy, confusion matrix, the majority against
 * gold; per unit and per rater figures. The count table is built once and shared; the
 * point alpha and the bootstrap share one preparation. For a market, call it on
 * `selectRaters(data, marketRaters)`.
 *
 * @throws RangeError when the interval or ratio level is asked without category values, or
 * when `gold` is not one category index (or -1) per unit.
 */
export function computeAgreement(data: ReliabilityData, options: AgreementOptions = {}): AgreementResult {
  const level = options.level ?? 'nominal';
  const gold = options.gold ?? null;
  if (gold !== null) checkGold(gold, data.units.length, data.categories.length);
  const table = tabulate(data);
  const prep = prepareAlpha(table, level, data.categoryValues);
  const alpha = alphaFromPreparation(prep, null);
  const alphaInterval =
    options.bootstrap === false ? null : bootstrapAlphaFromPreparation(prep, options.bootstrap ?? {});
  const cohenKappa: CohenKappa =
    data.raters.length === 2
      ? cohenKappaBetweenRaters(data, 0, 1)
      : { ...undefinedChanceCorrected('not two raters'), units: 0 };
  return {
    statsVersion: STATS_VERSION,
    level,
    categories: data.categories,
    units: table.unitCount,
    ratedUnits: table.ratedUnits,
    pairableUnits: table.pairableUnits,
    raters: data.raters.length,
    ratings: table.ratingCount,
    pairableValues: table.pairableValues,
    percentAgreement: percentAgreement(table),
    fleissKappa: fleissKappa(table),
    gwetAC1: gwetAC1(table),
    krippendorffAlpha: alpha,
    alphaInterval,
    cohenKappa,
    gold:
      gold === null
        ? null
        : {
            accuracy: accuracy(data, gold),
            confusionMatrix: confusionMatrix(data, gold),
            majorityVsGold: majorityVsGold(table, gold),
          },
    perUnit: options.perUnit === false ? [] : unitSummaries(table),
    perRater: options.perRater === false ? [] : raterSummaries(data, table, gold),
  };
}
