/** A taxonomy label as the editor holds it: severity is the text of its input. */
export type DraftLabel = { key: string; name: string; description: string; severity: string };

export type Draft = { body: string; changeSummary: string; effectiveDate: string; labels: DraftLabel[] };

/** A problem to show: a catalog key under `policies.problems` and its values. */
export type Problem = { key: ProblemKey; values?: Record<string, string | number> };

export type ProblemKey =
  | 'labelKeyInvalid'
  | 'labelKeyDuplicate'
  | 'labelNameMissing'
  | 'labelSeverityInvalid'
  | 'bodyMissing'
  | 'effectiveDateMissing'
  | 'tooFewLabels'
  | 'severityAllOrNone';

// The server's rules (server/src/modules/policy/taxonomy.ts, policy.inputs.ts), checked
// here first so the editor can say what to fix in the reader's language.
const LABEL_KEY = /^[a-z][a-z0-9_]{0,49}$/;
export const MIN_LABELS_TO_PUBLISH = 2;

/** What keeps a draft from being saved: each label's key, name and severity. */
export function saveProblems(draft: Draft): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  draft.labels.forEach((label, i) => {
    const n = i + 1;
    const key = label.key.trim();
    if (!LABEL_KEY.test(key)) problems.push({ key: 'labelKeyInvalid', values: { n } });
    else if (seen.has(key)) problems.push({ key: 'labelKeyDuplicate', values: { n, key } });
    seen.add(key);
    if (label.name.trim() === '') problems.push({ key: 'labelNameMissing', values: { n } });
    if (label.severity.trim() !== '' && parseSeverity(label.severity) === null) {
      problems.push({ key: 'labelSeverityInvalid', values: { n } });
    }
  });
  return problems;
}

/** What keeps a draft from being published, on top of what keeps it from being saved. */
export function publishProblems(draft: Draft): Problem[] {
  const problems = saveProblems(draft);
  if (draft.body.trim() === '') problems.push({ key: 'bodyMissing' });
  if (draft.effectiveDate === '') problems.push({ key: 'effectiveDateMissing' });
  if (draft.labels.length < MIN_LABELS_TO_PUBLISH) {
    problems.push({ key: 'tooFewLabels', values: { min: MIN_LABELS_TO_PUBLISH } });
  }
  const withSeverity = draft.labels.filter((l) => l.severity.trim() !== '').length;
  if (withSeverity > 0 && withSeverity < draft.labels.length) problems.push({ key: 'severityAllOrNone' });
  return problems;
}

/** A severity from its input: a whole number from 0 to 100, or null. */
export function parseSeverity(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,3}$/.test(value)) return null;
  const number = Number(value);
  return number <= 100 ? number : null;
}

/** The labels as `updatePolicyVersion` takes them. */
export function toLabelInputs(labels: DraftLabel[]) {
  return labels.map((l) => ({
    key: l.key.trim(),
    name: l.name.trim(),
    description: l.description.trim(),
    severity: l.severity.trim() === '' ? null : parseSeverity(l.severity),
  }));
}

export function fromLabels(
  labels: readonly { key: string; name: string; description: string; severity?: number | null }[],
) {
  return labels.map((l) => ({
    key: l.key,
    name: l.name,
    description: l.description,
    severity: l.severity === null || l.severity === undefined ? '' : String(l.severity),
  }));
}

/** Moves the item at `from` to `to`, leaving the others in order. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
