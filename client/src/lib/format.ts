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

/** An instant in the reader's language and time zone; the text as given when it is not a date. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date (YYYY-MM-DD) in the reader's language, without a time zone shifting the day. */
export function formatLocalDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** `YYYY-MM-DD` of a moment in the viewer's own time zone (due dates and sampling days are calendar days). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The name of a label key in a taxonomy; the key itself when the taxonomy does not have it. */
export function labelName(labels: readonly { key: string; name: string }[], key: string | null | undefined): string {
  if (!key) return '';
  return labels.find((label) => label.key === key)?.name ?? key;
}
