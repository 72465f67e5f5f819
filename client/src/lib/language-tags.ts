/** Whether `tag` is a well-formed BCP 47 language tag (`it`, `pt-BR`, `zh-Hant-TW`). */
export function isLanguageTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * A typed list of language tags ("it, en-GB"; commas or spaces between them), canonical
 * (`en-gb` → `en-GB`) and without repeats, and the entries that are not tags.
 */
export function parseLanguageTags(text: string): { tags: string[]; invalid: string[] } {
  const tags: string[] = [];
  const invalid: string[] = [];
  for (const entry of text.split(/[\s,|]+/).filter(Boolean)) {
    if (!isLanguageTag(entry)) invalid.push(entry);
    else {
      const tag = Intl.getCanonicalLocales(entry)[0]!;
      if (!tags.includes(tag)) tags.push(tag);
    }
  }
  return { tags, invalid };
}

/** Every IANA time zone this browser knows, for a searchable list (UTC included). */
export function timeZones(): readonly string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}
