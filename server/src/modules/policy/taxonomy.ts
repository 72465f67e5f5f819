import type { LabelShape } from './version-diff.js';

/** The least a decision taxonomy needs: two choices, or there is nothing to decide or agree on. */
export const MIN_LABELS_TO_PUBLISH = 2;

/** Trims a taxonomy as entered; an empty description becomes '' and a missing severity null. */
export function normaliseLabels(
  labels: readonly { key: string; name: string; description?: string | null; severity?: number | null }[],
): LabelShape[] {
  return labels.map((l) => ({
    key: l.key.trim(),
    name: l.name.trim(),
    description: (l.description ?? '').trim(),
    severity: l.severity ?? null,
  }));
}

/** What is wrong with a taxonomy as a draft: keys that appear twice, names left blank. */
export function draftTaxonomyProblems(labels: readonly LabelShape[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, label] of labels.entries()) {
    if (seen.has(label.key)) problems.push(`label ${i + 1}: the key "${label.key}" is used by an earlier label`);
    seen.add(label.key);
    if (label.name === '') problems.push(`label ${i + 1} ("${label.key}"): give it a name`);
  }
  return problems;
}

/** What keeps a draft from being published; empty when it can be. */
export function publishProblems(version: {
  body: string;
  effectiveDate: string | null;
  labels: readonly LabelShape[];
}): string[] {
  const problems = draftTaxonomyProblems(version.labels);
  if (version.body.trim() === '') problems.push('write the policy text (body)');
  if (version.effectiveDate === null) problems.push('set the effective date');
  if (version.labels.length < MIN_LABELS_TO_PUBLISH) {
    problems.push(`give the taxonomy at least ${MIN_LABELS_TO_PUBLISH} labels (it has ${version.labels.length})`);
  }
  const withSeverity = version.labels.filter((l) => l.severity !== null).length;
  if (withSeverity > 0 && withSeverity < version.labels.length) {
    problems.push(
      `set a severity on every label or on none (${withSeverity} of ${version.labels.length} have one): ordinal agreement needs all`,
    );
  }
  return problems;
}
