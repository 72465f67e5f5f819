/** Periods of the quality dashboard, as UTC calendar days (the server buckets decisions by UTC day). */

const DAY_MS = 86_400_000;

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The last `days` days up to and including today (UTC). */
export function lastDays(days: number, now: Date): { from: string; to: string } {
  const to = isoDay(now);
  const from = isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS));
  return { from, to };
}

/** Whole days from `from` to `to`, both included; 0 when the range is reversed or malformed. */
export function daysInPeriod(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return 0;
  return Math.round((end - start) / DAY_MS) + 1;
}

/** The server accepts up to 366 days; a day's trend over a longer period is unreadable anyway. */
export const MAX_PERIOD_DAYS = 366;

/** A signed change as text with an explicit sign: `+3`, `−2`, `0`. */
export function signed(value: number, format: (n: number) => string): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `−${format(-value)}`;
  return format(0);
}
