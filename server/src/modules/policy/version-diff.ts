/** Comparisons of two policy versions: taxonomy labels by key, and the body line by line. Pure. */

export type LabelShape = { key: string; name: string; description: string; severity: number | null };

export type LabelField = 'NAME' | 'DESCRIPTION' | 'SEVERITY' | 'POSITION';

export type LabelChange = { key: string; before: LabelShape; after: LabelShape; fields: LabelField[] };

export type LabelsDiff = { added: LabelShape[]; removed: LabelShape[]; changed: LabelChange[]; unchanged: number };

/**
 * Labels are matched by key (the identifier decisions and votes store): a key only in
 * `after` was added, only in `before` removed; a key in both changed when its name,
 * description or severity differs, or when it moved relative to the other kept labels
 * (so adding a label in front does not mark every later one as moved).
 */
export function diffLabels(before: readonly LabelShape[], after: readonly LabelShape[]): LabelsDiff {
  const beforeKeys = new Set(before.map((l) => l.key));
  const afterKeys = new Set(after.map((l) => l.key));
  const keptBefore = before.filter((l) => afterKeys.has(l.key)).map((l) => l.key);
  const keptAfter = after.filter((l) => beforeKeys.has(l.key)).map((l) => l.key);
  const byKey = new Map(before.map((l) => [l.key, l]));
  const changed: LabelChange[] = [];
  let unchanged = 0;
  for (const next of after) {
    const prev = byKey.get(next.key);
    if (!prev) continue;
    const fields: LabelField[] = [];
    if (prev.name !== next.name) fields.push('NAME');
    if (prev.description !== next.description) fields.push('DESCRIPTION');
    if (prev.severity !== next.severity) fields.push('SEVERITY');
    if (keptBefore.indexOf(next.key) !== keptAfter.indexOf(next.key)) fields.push('POSITION');
    if (fields.length > 0) changed.push({ key: next.key, before: prev, after: next, fields });
    else unchanged++;
  }
  return {
    added: after.filter((l) => !beforeKeys.has(l.key)),
    removed: before.filter((l) => !afterKeys.has(l.key)),
    changed,
    unchanged,
  };
}

export type DiffLineKind = 'SAME' | 'ADDED' | 'REMOVED';

/** One line of a line diff; `oldNumber`/`newNumber` are 1-based and null on the side the line is absent from. */
export type DiffLine = { kind: DiffLineKind; text: string; oldNumber: number | null; newNumber: number | null };

const splitLines = (text: string) => (text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n'));

/**
 * A shortest line diff (Myers 1986, "An O(ND) Difference Algorithm and Its Variations"):
 * the fewest added plus removed lines that turn `before` into `after`, so the SAME lines
 * are a longest common subsequence. Common leading and trailing lines are matched first;
 * time is O((N+M)·D) and memory O(D²) for D edits, small for policy revisions.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: DiffLineKind[] = [
    ...Array<DiffLineKind>(start).fill('SAME'),
    ...myers(a.slice(start, endA), b.slice(start, endB)),
    ...Array<DiffLineKind>(a.length - endA).fill('SAME'),
  ];
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const kind of ops) {
    if (kind === 'SAME') lines.push({ kind, text: a[i]!, oldNumber: ++i, newNumber: ++j });
    else if (kind === 'REMOVED') lines.push({ kind, text: a[i]!, oldNumber: ++i, newNumber: null });
    else lines.push({ kind, text: b[j]!, oldNumber: null, newNumber: ++j });
  }
  return lines;
}

/** The edit script of `a` into `b`, in order. */
function myers(a: readonly string[], b: readonly string[]): DiffLineKind[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return Array<DiffLineKind>(m).fill('ADDED');
  if (m === 0) return Array<DiffLineKind>(n).fill('REMOVED');
  const max = n + m;
  const offset = max + 1;
  // v[offset + k]: the furthest x reached on diagonal k = x - y.
  const v = new Int32Array(2 * max + 3);
  // trace[d][k + d]: v on diagonals -d..d after round d, for walking back.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  const ops: DiffLineKind[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('SAME');
      x--;
      y--;
    }
    ops.push(x === prevX ? 'ADDED' : 'REMOVED');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('SAME');
    x--;
    y--;
  }
  return ops.reverse();
}
