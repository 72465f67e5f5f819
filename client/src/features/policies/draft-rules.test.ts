import { describe, expect, it } from 'vitest';
import {
  fromLabels,
  move,
  parseSeverity,
  publishProblems,
  saveProblems,
  toLabelInputs,
  type Draft,
} from './draft-rules';

const draft = (patch: Partial<Draft> = {}): Draft => ({
  body: '# Rule',
  changeSummary: '',
  effectiveDate: '2026-01-01',
  labels: [
    { key: 'none', name: 'No violation', description: '', severity: '0' },
    { key: 'insult', name: 'Insult', description: '', severity: '1' },
  ],
  ...patch,
});

describe('draft rules', () => {
  it('accepts a complete draft', () => {
    expect(saveProblems(draft())).toEqual([]);
    expect(publishProblems(draft())).toEqual([]);
  });

  it("finds each label's problems, numbered from 1", () => {
    const labels = [
      { key: 'Bad Key', name: 'A', description: '', severity: '' },
      { key: 'dup', name: '', description: '', severity: '' },
      { key: 'dup', name: 'C', description: '', severity: '101' },
    ];
    expect(saveProblems(draft({ labels }))).toEqual([
      { key: 'labelKeyInvalid', values: { n: 1 } },
      { key: 'labelNameMissing', values: { n: 2 } },
      { key: 'labelKeyDuplicate', values: { n: 3, key: 'dup' } },
      { key: 'labelSeverityInvalid', values: { n: 3 } },
    ]);
  });

  it('says what keeps a draft from being published', () => {
    const labels = [
      { key: 'a', name: 'A', description: '', severity: '1' },
      { key: 'b', name: 'B', description: '', severity: '' },
    ];
    expect(publishProblems(draft({ body: ' ', effectiveDate: '', labels })).map((p) => p.key)).toEqual([
      'bodyMissing',
      'effectiveDateMissing',
      'severityAllOrNone',
    ]);
    expect(publishProblems(draft({ labels: labels.slice(0, 1) })).map((p) => p.key)).toEqual(['tooFewLabels']);
  });

  it('converts labels to and from the API', () => {
    const labels = [
      { key: 'a', name: 'A', description: 'd', severity: null },
      { key: 'b', name: 'B', description: '', severity: 2 },
    ];
    const editable = fromLabels(labels);
    expect(editable[1]).toEqual({ key: 'b', name: 'B', description: '', severity: '2' });
    expect(toLabelInputs(editable)).toEqual(labels);
    expect(parseSeverity(' 7 ')).toBe(7);
    expect(parseSeverity('-1')).toBeNull();
    expect(parseSeverity('1.5')).toBeNull();
  });

  it('moves an item up or down, and ignores moves past either end', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
