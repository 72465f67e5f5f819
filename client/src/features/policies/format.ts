/** A calendar date (YYYY-MM-DD) in the reader's language, without a time zone shifting the day. */
export function formatLocalDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An instant in the reader's language and time zone. */
export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}
