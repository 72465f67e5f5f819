// What changed from one version of a policy to another: its labels and its body.
import { policyError } from './policy.errors.js';
import type { PolicyVersionDiff } from './policy.types.js';
import type { PolicyVersion } from './policy-version.entity.js';
import { TaxonomyLabel } from './taxonomy-label.embeddable.js';
import { diffLabels, diffLines, type LabelShape } from './version-diff.js';

export const toLabel = (shape: LabelShape) => Object.assign(new TaxonomyLabel(), shape);

/** Labels added, removed and changed, and a line diff of the body, from one version to another of a policy. */
export function versionDiff(from: PolicyVersion, to: PolicyVersion): PolicyVersionDiff {
  if (from.policy.id !== to.policy.id) {
    throw policyError(
      'BAD_USER_INPUT',
      'DIFFERENT_POLICIES',
      `Versions of different policies cannot be compared: ${from.id} is of "${from.policy.key}", ${to.id} of "${to.policy.key}".`,
      { fromPolicyKey: from.policy.key, toPolicyKey: to.policy.key },
    );
  }
  const labels = diffLabels(from.labels, to.labels);
  const bodyDiff = diffLines(from.body, to.body);
  return {
    from,
    to,
    labelsAdded: labels.added.map(toLabel),
    labelsRemoved: labels.removed.map(toLabel),
    labelsChanged: labels.changed.map((c) => ({ ...c, before: toLabel(c.before), after: toLabel(c.after) })),
    labelsUnchanged: labels.unchanged,
    bodyDiff,
    bodyChanged: bodyDiff.some((line) => line.kind !== 'SAME'),
  };
}
