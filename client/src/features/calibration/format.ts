/** Number and date formats in the reader's language; figures are rounded only here, where shown. */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A coefficient (kappa, AC1, alpha) to a fixed number of decimals: `0.74`, `-0,12`. */
export function formatCoefficient(value: number, digits: number, language: string): string {
  return numberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  }).format(value);
}

/** A share in [0, 1] as a percentage: `82%`, `82,5 %`. */
export function formatPercent(value: number, language: string, digits = 0): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: digits }).format(value);
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The name of a label key in a taxonomy; the key itself when the taxonomy does not have it. */
export function labelName(labels: readonly { key: string; name: string }[], key: string | null | undefined): string {
  if (!key) return '';
  return labels.find((label) => label.key === key)?.name ?? key;
}

/** The undefined-statistic reasons the server names (server/src/stats/stat.ts), as catalog keys. */
const REASONS = {
  'no pairable unit': 'noPairableUnit',
  'too few values': 'tooFewValues',
  'no variation': 'noVariation',
  'fewer than 2 categories': 'fewerThanTwoCategories',
  'not two raters': 'notTwoRaters',
  'no common unit': 'noCommonUnit',
  'no gold': 'noGold',
  'no values': 'noValues',
  'no majority to compare': 'noMajorityToCompare',
  'no other market': 'noOtherMarket',
  'too few defined resamples': 'tooFewDefinedResamples',
  'not finite': 'notFinite',
} as const;

export type ReasonKey = (typeof REASONS)[keyof typeof REASONS];

/** The catalog key of a reason, or null for one this client does not know (shown as sent). */
export function reasonKey(reason: string | null | undefined): ReasonKey | null {
  if (!reason) return null;
  return (REASONS as Record<string, ReasonKey>)[reason] ?? null;
}
