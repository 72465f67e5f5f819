export type DiffLine = {
  kind: 'SAME' | 'ADDED' | 'REMOVED';
  text: string;
  oldNumber: number | null;
  newNumber: number | null;
};

export type DiffSegment = { kind: 'lines'; lines: DiffLine[] } | { kind: 'fold'; lines: DiffLine[] };

/**
 * Splits a whole-text diff into what a reader needs: every change with `context` unchanged
 * lines around it, and each longer run of unchanged lines folded (shown on request).
 */
export function foldDiff(lines: readonly DiffLine[], context = 3): DiffSegment[] {
  const near = lines.map(() => false);
  lines.forEach((line, i) => {
    if (line.kind === 'SAME') return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) near[j] = true;
  });
  const segments: DiffSegment[] = [];
  let i = 0;
  while (i < lines.length) {
    const shown = near[i]!;
    let j = i;
    while (j < lines.length && near[j] === shown) j++;
    const run = lines.slice(i, j);
    // Folding a single line saves nothing: show it.
    segments.push(shown || run.length === 1 ? { kind: 'lines', lines: run } : { kind: 'fold', lines: run });
    i = j;
  }
  return segments.reduce<DiffSegment[]>((merged, segment) => {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'lines' && segment.kind === 'lines') last.lines.push(...segment.lines);
    else merged.push(segment.kind === 'lines' ? { kind: 'lines', lines: [...segment.lines] } : segment);
    return merged;
  }, []);
}
