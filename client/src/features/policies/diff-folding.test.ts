import { describe, expect, it } from 'vitest';
import { foldDiff, type DiffLine } from './diff-folding';

const same = (n: number): DiffLine => ({ kind: 'SAME', text: `line ${n}`, oldNumber: n, newNumber: n });
const added: DiffLine = { kind: 'ADDED', text: 'new', oldNumber: null, newNumber: 11 };

describe('foldDiff', () => {
  it('keeps context around a change and folds long unchanged runs', () => {
    const lines = [
      ...Array.from({ length: 10 }, (_, i) => same(i + 1)),
      added,
      ...Array.from({ length: 10 }, (_, i) => same(i + 11)),
    ];
    const segments = foldDiff(lines, 2);
    expect(segments.map((s) => [s.kind, s.lines.length])).toEqual([
      ['fold', 8],
      ['lines', 5],
      ['fold', 8],
    ]);
    expect(segments[1]!.lines.map((l) => l.text)).toEqual(['line 9', 'line 10', 'new', 'line 11', 'line 12']);
  });

  it('folds an unchanged text whole, and never folds a single line', () => {
    expect(foldDiff([same(1), same(2), same(3)]).map((s) => s.kind)).toEqual(['fold']);
    expect(
      foldDiff([same(1), added, same(2), same(3), same(4), same(5)], 1).map((s) => [s.kind, s.lines.length]),
    ).toEqual([
      ['lines', 3],
      ['fold', 3],
    ]);
    expect(foldDiff([same(1), same(2), added], 1).map((s) => [s.kind, s.lines.length])).toEqual([['lines', 3]]);
    expect(foldDiff([])).toEqual([]);
  });
});
