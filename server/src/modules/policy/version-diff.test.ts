import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLabels, diffLines, type DiffLine, type LabelShape } from './version-diff.js';

const label = (key: string, extra: Partial<LabelShape> = {}): LabelShape => ({
  key,
  name: key.toUpperCase(),
  description: '',
  severity: null,
  ...extra,
});

describe('diffLabels', () => {
  it('reports added, removed and changed labels by key', () => {
    const before = [label('ok'), label('mild', { severity: 1 }), label('severe')];
    const after = [label('ok'), label('mild', { name: 'Mild insult', severity: 2 }), label('threat')];
    const diff = diffLabels(before, after);
    expect(diff.added.map((l) => l.key)).toEqual(['threat']);
    expect(diff.removed.map((l) => l.key)).toEqual(['severe']);
    expect(diff.changed).toEqual([{ key: 'mild', before: before[1], after: after[1], fields: ['NAME', 'SEVERITY'] }]);
    expect(diff.unchanged).toBe(1);
  });

  it('marks a reordered label as moved, but not labels shifted by an insertion', () => {
    const before = [label('a'), label('b'), label('c')];
    expect(diffLabels(before, [label('new'), ...before]).changed).toEqual([]);
    const swapped = diffLabels(before, [label('b'), label('a'), label('c')]);
    expect(swapped.changed.map((c) => [c.key, c.fields])).toEqual([
      ['b', ['POSITION']],
      ['a', ['POSITION']],
    ]);
  });

  it('finds nothing between equal taxonomies', () => {
    const labels = [label('x', { description: 'd' }), label('y')];
    expect(diffLabels(labels, labels)).toEqual({ added: [], removed: [], changed: [], unchanged: 2 });
  });
});

const kinds = (lines: DiffLine[]) => lines.map((l) => `${l.kind[0]}${l.text}`);

describe('diffLines', () => {
  it('diffs a small edit with line numbers on both sides', () => {
    const lines = diffLines('# Rule\nNo insults.\nBe kind.', '# Rule\nNo insults or slurs.\nBe kind.\nReport threats.');
    expect(lines).toEqual([
      { kind: 'SAME', text: '# Rule', oldNumber: 1, newNumber: 1 },
      { kind: 'REMOVED', text: 'No insults.', oldNumber: 2, newNumber: null },
      { kind: 'ADDED', text: 'No insults or slurs.', oldNumber: null, newNumber: 2 },
      { kind: 'SAME', text: 'Be kind.', oldNumber: 3, newNumber: 3 },
      { kind: 'ADDED', text: 'Report threats.', oldNumber: null, newNumber: 4 },
    ]);
  });

  it('handles empty sides and CRLF line ends', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(kinds(diffLines('', 'a\nb'))).toEqual(['Aa', 'Ab']);
    expect(kinds(diffLines('a\r\nb', ''))).toEqual(['Ra', 'Rb']);
    expect(kinds(diffLines('a\r\nb', 'a\nb'))).toEqual(['Sa', 'Sb']);
  });

  it("finds Myers' example: ABCABBA to CBABAC in 5 edits", () => {
    const lines = diffLines([...'ABCABBA'].join('\n'), [...'CBABAC'].join('\n'));
    expect(lines.filter((l) => l.kind !== 'SAME')).toHaveLength(5);
    expect(lines.filter((l) => l.kind === 'SAME')).toHaveLength(4);
  });

  // A longest common subsequence by dynamic programming, to check minimality.
  const lcs = (a: string[], b: string[]) => {
    const row = Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      let diagonal = 0;
      for (let j = 1; j <= b.length; j++) {
        const up = row[j]!;
        row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
        diagonal = up;
      }
    }
    return row[b.length]!;
  };

  it('rebuilds both texts and keeps a longest common subsequence (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const before = a.join('\n');
        const after = b.join('\n');
        const lines = diffLines(before, after);
        const oldSide = lines.filter((l) => l.kind !== 'ADDED').map((l) => l.text);
        const newSide = lines.filter((l) => l.kind !== 'REMOVED').map((l) => l.text);
        expect(oldSide.join('\n')).toBe(before);
        expect(newSide.join('\n')).toBe(after);
        const split = (s: string) => (s === '' ? [] : s.split('\n'));
        expect(lines.filter((l) => l.kind === 'SAME')).toHaveLength(lcs(split(before), split(after)));
        lines.forEach((l) => {
          if (l.oldNumber !== null) expect(split(before)[l.oldNumber - 1]).toBe(l.text);
          if (l.newNumber !== null) expect(split(after)[l.newNumber - 1]).toBe(l.text);
        });
      }),
      { numRuns: 500 },
    );
  });
});
