import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FeatureErrors } from './errors.js';

// Every reason a feature declares (modules/<feature>/<feature>.errors.ts) is shown by the
// client as `errors.<feature>.<REASON>`: the English catalog must have each of them, and no
// other. The client's own test (catalogs.test.ts) holds the other languages to English.

const MODULES = fileURLToPath(new URL('../modules/', import.meta.url));
const EN_CATALOG = fileURLToPath(new URL('../../../client/src/i18n/en.json', import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type AnyFeatureErrors = FeatureErrors<string, string>;
const isFeatureErrors = (value: unknown): value is AnyFeatureErrors =>
  typeof value === 'function' &&
  typeof (value as Partial<AnyFeatureErrors>).feature === 'string' &&
  Array.isArray((value as Partial<AnyFeatureErrors>).reasons);

const errorFiles = readdirSync(MODULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(path.join(MODULES, dir.name))
      .filter((file) => file.endsWith('.errors.ts'))
      .map((file) => ({ dir: dir.name, file })),
  );

/** Each feature's declared reasons, from the factory its errors file exports. */
async function declaredReasons(): Promise<Map<string, { dir: string; reasons: readonly string[] }>> {
  const features = new Map<string, { dir: string; reasons: readonly string[] }>();
  for (const { dir, file } of errorFiles) {
    const url = pathToFileURL(path.join(MODULES, dir, file)).href;
    const exported = Object.values(await import(/* @vite-ignore */ url)).filter(isFeatureErrors);
    expect(exported, `${dir}/${file} exports one featureErrors(…)`).toHaveLength(1);
    const { feature, reasons } = exported[0]!;
    expect(file, 'the file is named after its feature').toBe(`${feature}.errors.ts`);
    features.set(feature, { dir, reasons });
  }
  return features;
}

/** The catalog's reason keys: `errors.<feature>` objects → their keys, without plural suffixes. */
function catalogReasons(catalog: { errors?: Record<string, unknown> }): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [feature, entry] of Object.entries(catalog.errors ?? {})) {
    if (typeof entry !== 'object' || entry === null) continue; // errors.<code>: the fallbacks
    found.set(feature, new Set(Object.keys(entry).map((key) => key.replace(PLURAL_SUFFIX, ''))));
  }
  return found;
}

/** Problems between the declared reasons and the catalog: missing keys and stale ones. */
function reasonProblems(
  declared: Map<string, { reasons: readonly string[] }>,
  catalog: Map<string, Set<string>>,
): string[] {
  const problems: string[] = [];
  for (const [feature, { reasons }] of declared) {
    const keys = catalog.get(feature) ?? new Set<string>();
    for (const reason of reasons) if (!keys.has(reason)) problems.push(`errors.${feature}.${reason} is missing`);
    for (const key of keys) if (!reasons.includes(key)) problems.push(`errors.${feature}.${key} is no reason`);
  }
  for (const feature of catalog.keys()) {
    if (!declared.has(feature)) problems.push(`errors.${feature} is no feature with reasons`);
  }
  return problems;
}

describe('error reasons', () => {
  it('are declared once per feature, SCREAMING_SNAKE and each once', async () => {
    for (const [feature, { reasons }] of await declaredReasons()) {
      expect(reasons.length, feature).toBeGreaterThan(0);
      expect(
        reasons.filter((r) => !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(r)),
        feature,
      ).toEqual([]);
      expect(new Set(reasons).size, `${feature} lists a reason twice`).toBe(reasons.length);
    }
  });

  it('are each thrown somewhere in their feature (none is left over)', async () => {
    for (const [feature, { dir, reasons }] of await declaredReasons()) {
      // The feature's sources, its errors file without the list itself (it may hold helpers).
      const sources = readdirSync(path.join(MODULES, dir))
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => readFileSync(path.join(MODULES, dir, file), 'utf8').replace(/featureErrors\([^\]]*\]/, ''))
        .join('\n');
      expect(
        reasons.filter((reason) => !sources.includes(`'${reason}'`)),
        `${feature} declares reasons it never throws`,
      ).toEqual([]);
    }
  });

  it('each have errors.<feature>.<REASON> in the English catalog, and the catalog has no other', async () => {
    const english = JSON.parse(readFileSync(EN_CATALOG, 'utf8')) as { errors?: Record<string, unknown> };
    expect(reasonProblems(await declaredReasons(), catalogReasons(english))).toEqual([]);
  });

  it('finds a missing key and a stale one (the check itself)', () => {
    const declared = new Map([['quiz', { reasons: ['ALREADY_SUBMITTED', 'NOT_ASSIGNED'] }]]);
    const catalog = catalogReasons({
      errors: { conflict: 'Conflict.', quiz: { ALREADY_SUBMITTED: 'x', GONE: 'y' }, rca: { X: 'z' } },
    });
    expect(reasonProblems(declared, catalog)).toEqual([
      'errors.quiz.NOT_ASSIGNED is missing',
      'errors.quiz.GONE is no reason',
      'errors.rca is no feature with reasons',
    ]);
  });
});
