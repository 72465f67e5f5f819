import { describe, expect, it } from 'vitest';
import { draftTaxonomyProblems, normaliseLabels, publishProblems } from './taxonomy.js';

const labels = normaliseLabels([
  { key: 'none', name: 'No violation', severity: 0 },
  { key: 'violating', name: ' Violating ', description: ' removes it ', severity: 2 },
]);

describe('taxonomy rules', () => {
  it('normalises labels as entered', () => {
    expect(labels[1]).toEqual({ key: 'violating', name: 'Violating', description: 'removes it', severity: 2 });
    expect(normaliseLabels([{ key: 'a', name: 'A' }])[0]).toEqual({
      key: 'a',
      name: 'A',
      description: '',
      severity: null,
    });
  });

  it('finds duplicate keys and blank names in a draft', () => {
    const problems = draftTaxonomyProblems(normaliseLabels([...labels, { key: 'none', name: '  ' }]));
    expect(problems).toEqual([
      'label 3: the key "none" is used by an earlier label',
      'label 3 ("none"): give it a name',
    ]);
  });

  it('publishes a complete version', () => {
    expect(publishProblems({ body: '# Rule', effectiveDate: '2026-01-01', labels })).toEqual([]);
  });

  it('says everything that keeps a draft from being published', () => {
    const partial = normaliseLabels([
      { key: 'a', name: 'A', severity: 1 },
      { key: 'b', name: 'B' },
    ]);
    expect(publishProblems({ body: ' ', effectiveDate: null, labels: partial })).toEqual([
      'write the policy text (body)',
      'set the effective date',
      'set a severity on every label or on none (1 of 2 have one): ordinal agreement needs all',
    ]);
    expect(publishProblems({ body: 'x', effectiveDate: '2026-01-01', labels: labels.slice(0, 1) })).toEqual([
      'give the taxonomy at least 2 labels (it has 1)',
    ]);
  });
});
