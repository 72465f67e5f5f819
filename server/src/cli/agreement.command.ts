import Table from 'cli-table3';
import type { Command } from 'commander';
import {
  alphaBand,
  BAND_WORDS,
  computeAgreement,
  landisKochBand,
  type AgreementResult,
  type Stat,
} from '../stats/index.js';
import {
  buildAgreementInput,
  formatInputError,
  MAX_ERRORS,
  parseCategoriesOption,
  parseGoldCsv,
  parseLevel,
  parseRatingsCsv,
  parseSeed,
  type AgreementInput,
  type InputError,
  type Parsed,
} from './agreement-input.js';
import { CliError, type CliIO } from './io.js';

interface AgreementCommandOptions {
  level: string;
  categories?: string;
  gold?: string;
  seed: string;
  json?: boolean;
}

/** The object `--json` prints: each figure a number or null. */
export interface AgreementJson {
  units: number;
  raters: number;
  ratings: number;
  pairableValues: number;
  percentAgreement: number | null;
  fleissKappa: number | null;
  krippendorffAlpha: number | null;
  gwetAC1: number | null;
  cohenKappa: number | null;
  alphaCI95: { low: number; high: number } | null;
  accuracy?: number | null;
}

/**
 * Registers `agreement FILE [--level …] [--categories a,b,c] [--gold FILE] [--seed N]
 * [--json]`: the agreement statistics of a CSV of ratings (`unit,rater,value`).
 * Malformed input is reported on stderr naming the line, and `run` exits with 2.
 */
export function registerAgreementCommand(program: Command, io: CliIO): Command {
  return program
    .command('agreement')
    .description('agreement statistics of a CSV of ratings with the header unit,rater,value')
    .argument('<file>', 'ratings CSV: header unit,rater,value, one rating a row')
    .option('--level <level>', 'level of measurement for alpha: nominal, ordinal, interval or ratio', 'nominal')
    .option(
      '--categories <list>',
      'the category list, comma-separated (for ordinal, in order); default: the values seen',
    )
    .option('--gold <file>', 'expected answers CSV: header unit,value')
    .option('--seed <n>', 'seed of the bootstrap for the confidence interval of alpha', '0')
    .option('--json', 'print one JSON object instead of a table')
    .action(async (file: string, options: AgreementCommandOptions) => {
      await runAgreement(file, options, io);
    });
}

async function runAgreement(file: string, options: AgreementCommandOptions, io: CliIO): Promise<void> {
  const level = orFail(parseLevel(options.level), null);
  const seed = orFail(parseSeed(options.seed), null);
  const categories =
    options.categories === undefined ? null : orFail(parseCategoriesOption(options.categories, level), null);
  const inputOptions = { level, categories };
  const ratings = orFail(parseRatingsCsv(await read(io, file, 'ratings'), inputOptions), file);
  const goldRows =
    options.gold === undefined
      ? null
      : orFail(parseGoldCsv(await read(io, options.gold, 'gold'), inputOptions), options.gold);
  const input = orFail(buildAgreementInput(ratings, goldRows, inputOptions), file);
  if (input.goldOnlyCategories.length > 0) {
    io.stderr(
      `note: gold value(s) ${input.goldOnlyCategories.join(', ')} chosen by no rater were added to the categories (q = ${input.data.categories.length}); pass --categories to fix the list\n`,
    );
  }
  const result = computeAgreement(input.data, {
    level,
    gold: input.gold,
    bootstrap: { seed },
    perUnit: false,
    perRater: input.gold !== null,
  });
  if (options.json) io.stdout(`${JSON.stringify(toJson(result))}\n`);
  else io.stdout(formatReport(file, result, input, seed));
}

/** The `--json` object of a result. */
export function toJson(result: AgreementResult): AgreementJson {
  const interval = result.alphaInterval;
  const json: AgreementJson = {
    units: result.units,
    raters: result.raters,
    ratings: result.ratings,
    pairableValues: result.pairableValues,
    percentAgreement: result.percentAgreement.value,
    fleissKappa: result.fleissKappa.value,
    krippendorffAlpha: result.krippendorffAlpha.value,
    gwetAC1: result.gwetAC1.value,
    cohenKappa: result.cohenKappa.value,
    alphaCI95: interval === null || interval.low === null ? null : { low: interval.low, high: interval.high },
  };
  if (result.gold !== null) json.accuracy = result.gold.accuracy.value;
  return json;
}

const KAPPA_SCALE = 'Landis & Koch';
// No rule between body rows: a compact table.
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
const ALPHA_SCALE = 'Krippendorff';

/** The human-readable report: figures, their readings, and per-rater figures with gold. */
export function formatReport(file: string, result: AgreementResult, input: AgreementInput, seed: number): string {
  const q = result.categories.length;
  const lines: string[] = [];
  lines.push(
    `${file}: ${result.level} level, ${q} ${q === 1 ? 'category' : 'categories'}: ${result.categories.join(', ')}`,
  );
  const table = new Table({ head: ['figure', 'value', 'reading'], chars: COMPACT, style: { head: [], border: [] } });
  table.push(
    ['units', String(result.units), `${result.pairableUnits} pairable (2 or more values)`],
    ['raters', String(result.raters), ''],
    ['ratings', String(result.ratings), ''],
    ['pairable values', String(result.pairableValues), "n of Krippendorff's alpha"],
    ['percent agreement', show(result.percentAgreement), reading(result.percentAgreement, '')],
    ["Fleiss' kappa", show(result.fleissKappa), kappaReading(result.fleissKappa)],
    ["Gwet's AC1", show(result.gwetAC1), kappaReading(result.gwetAC1)],
    [`Krippendorff's alpha (${result.level})`, show(result.krippendorffAlpha), alphaReading(result.krippendorffAlpha)],
    ['alpha 95% CI', ...intervalCells(result, seed)],
    ["Cohen's kappa", showCohen(result), cohenReading(result)],
  );
  if (result.gold !== null) {
    const { accuracy, majorityVsGold } = result.gold;
    const goldNote = input.unratedGoldUnits > 0 ? `; ${input.unratedGoldUnits} gold unit(s) nobody rated ignored` : '';
    table.push(
      [
        'accuracy vs gold',
        show(accuracy),
        reading(accuracy, `${accuracy.correct} of ${accuracy.total} votes${goldNote}`),
      ],
      [
        'majority = gold',
        show(majorityVsGold.share),
        reading(
          majorityVsGold.share,
          `${majorityVsGold.matched} of ${majorityVsGold.units.length} units${majorityVsGold.tied > 0 ? `, ${majorityVsGold.tied} tied` : ''}`,
        ),
      ],
    );
  }
  lines.push(table.toString());
  if (result.gold !== null && result.perRater.length > 0) {
    const raters = new Table({
      head: ['rater', 'ratings', 'accuracy', "Cohen's kappa vs gold", 'reading', "agrees with others' majority"],
      chars: COMPACT,
      style: { head: [], border: [] },
    });
    for (const r of result.perRater) {
      raters.push([
        input.data.raters[r.rater] ?? String(r.rater),
        String(r.ratings),
        r.accuracy === null ? '' : show(r.accuracy),
        r.cohenKappaVsGold === null ? '' : show(r.cohenKappaVsGold),
        r.cohenKappaVsGold === null ? '' : kappaReading(r.cohenKappaVsGold),
        r.majorityAgreement.value === null
          ? `undefined: ${r.majorityAgreement.reason}`
          : `${format(r.majorityAgreement.value)} (${r.majorityAgreement.agreed} of ${r.majorityAgreement.compared})`,
      ]);
    }
    lines.push('per rater, against gold:');
    lines.push(raters.toString());
  }
  return `${lines.join('\n')}\n`;
}

function intervalCells(result: AgreementResult, seed: number): [string, string] {
  const interval = result.alphaInterval;
  if (interval === null) return ['', 'not computed'];
  if (interval.low === null) return ['undefined', interval.reason];
  return [
    `${format(interval.low)} to ${format(interval.high)}`,
    `bootstrap over units: ${interval.resamples} resamples (${interval.definedResamples} defined), seed ${seed}`,
  ];
}

function showCohen(result: AgreementResult): string {
  return result.cohenKappa.reason === 'not two raters' ? 'n/a' : show(result.cohenKappa);
}

function cohenReading(result: AgreementResult): string {
  if (result.cohenKappa.reason === 'not two raters') return `needs exactly two raters (${result.raters} here)`;
  return kappaReading(result.cohenKappa);
}

function kappaReading(stat: Stat): string {
  if (stat.value === null) return stat.reason;
  return `${BAND_WORDS[landisKochBand(stat.value)!]} (${KAPPA_SCALE})`;
}

function alphaReading(stat: Stat): string {
  if (stat.value === null) return stat.reason;
  return `${BAND_WORDS[alphaBand(stat.value)!]} (${ALPHA_SCALE})`;
}

function reading(stat: Stat, text: string): string {
  return stat.value === null ? stat.reason : text;
}

function show(stat: Stat): string {
  return stat.value === null ? 'undefined' : format(stat.value);
}

// Rounding happens only here, where figures are shown. A tiny negative value keeps its
// sign ("-0.000"), so it reads consistently with its band ("poor").
function format(value: number): string {
  return value.toFixed(3);
}

async function read(io: CliIO, path: string, what: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot read the ${what} file "${path}": ${reason}`);
  }
}

// `source` names the file the errors are in; null for options.
function orFail<T>(parsed: Parsed<T>, source: string | null): T {
  if (parsed.ok) return parsed.value;
  throw new CliError(describeErrors(parsed.errors, source));
}

function describeErrors(errors: readonly InputError[], source: string | null): string {
  const shown = errors
    .slice(0, MAX_ERRORS)
    .map((e) => (source === null ? formatInputError(e) : `${source}: ${formatInputError(e)}`));
  if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more`);
  return shown.join('\n');
}
