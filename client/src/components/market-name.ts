/**
 * A market's name in the reader's language, from its BCP 47 code (`it-IT` reads
 * "italiano (Italia)" in Italian, "Italienisch (Italien)" in German), falling back to the
 * name the server stores when the browser cannot name it. `standard` display keeps every
 * market in the same "language (region)" form ("Spanish (Spain)", not "European Spanish").
 */
export function marketDisplayName(code: string, fallback: string, language: string): string {
  try {
    return (
      new Intl.DisplayNames([language], { type: 'language', languageDisplay: 'standard', fallback: 'none' }).of(code) ??
      fallback
    );
  } catch {
    return fallback;
  }
}
