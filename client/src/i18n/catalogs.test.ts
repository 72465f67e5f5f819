import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import itCatalog from './it.json';
import ko from './ko.json';
import { LANGUAGES, type Language } from './languages';

// Keys used in code are checked by the compiler (i18next.d.ts types `t()` against en.json);
// this test holds the other catalogs to English.
const catalogs: Record<Language, unknown> = { en, it: itCatalog, de, ko };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

/** Key without its plural suffix → the forms present (empty set for a plain key). */
function baseKeys(catalog: unknown): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of flatten(catalog).keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = bases.get(base) ?? new Set<string>();
    if (match?.[1]) forms.add(match[1]);
    bases.set(base, forms);
  }
  return bases;
}

const placeholders = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

/** The plural categories a language actually selects for whole counts. */
function neededForms(language: Language): Set<string> {
  const rules = new Intl.PluralRules(language);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

const english = baseKeys(en);

describe.each(LANGUAGES)('the %s catalog', (language) => {
  const catalog = catalogs[language];
  const bases = baseKeys(catalog);
  const flat = flatten(catalog);

  it('has every key English has', () => {
    const missing = [...english.keys()].filter((key) => !bases.has(key));
    expect(missing).toEqual([]);
  });

  it('has no key English lacks', () => {
    const extra = [...bases.keys()].filter((key) => !english.has(key));
    expect(extra).toEqual([]);
  });

  it('has a non-empty string for every key', () => {
    const blank = [...flat].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([k]) => k);
    expect(blank).toEqual([]);
  });

  it('gives every plural key the forms the language needs', () => {
    const needed = neededForms(language);
    const problems: string[] = [];
    for (const [base, englishForms] of english) {
      if (englishForms.size === 0) continue;
      const forms = bases.get(base) ?? new Set<string>();
      for (const form of needed) if (!forms.has(form)) problems.push(`${base}_${form} is missing`);
      for (const form of forms) if (!needed.has(form)) problems.push(`${base}_${form} is never used`);
    }
    expect(problems).toEqual([]);
  });

  it('uses the same {{placeholders}} as English', () => {
    const englishFlat = flatten(en);
    const problems: string[] = [];
    for (const base of english.keys()) {
      const collect = (source: Map<string, unknown>) =>
        [
          ...new Set(
            [...source]
              .filter(([k]) => k === base || k.replace(PLURAL_SUFFIX, '') === base)
              .flatMap(([, v]) => placeholders(v)),
          ),
        ]
          .filter((name) => name !== 'count' || english.get(base)!.size === 0)
          .sort();
      const expected = collect(englishFlat);
      const actual = collect(flat);
      if (expected.join() !== actual.join())
        problems.push(`${base}: expected {{${expected.join(', ')}}}, got {{${actual.join(', ')}}}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the catalog check itself', () => {
  it('reports a key missing from a catalog', () => {
    const broken = baseKeys({ nav: {} });
    expect([...english.keys()].filter((key) => !broken.has(key))).toContain('nav.dashboard');
  });

  it('knows which plural forms each language selects', () => {
    expect([...neededForms('en')].sort()).toEqual(['one', 'other']);
    expect([...neededForms('ko')]).toEqual(['other']);
    expect([...neededForms('it')].sort()).toEqual(['one', 'other']);
  });
});
