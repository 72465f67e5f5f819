/** Geometry of the quality trend chart, kept apart from React so it can be tested. */

export type TrendPoint = { value: number | null };

/**
 * The accuracy axis: from a round tenth below the lowest value (with a little headroom) to
 * 100%, so a team at 92–97% is not drawn as a flat line at the top of a 0–100% axis; never
 * below 0, and at least 10 points tall.
 */
export function accuracyDomain(values: readonly (number | null)[]): [number, number] {
  const defined = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (defined.length === 0) return [0, 1];
  const lowest = Math.min(...defined);
  const floor = Math.floor((lowest - 0.02) * 10) / 10;
  return [Math.max(0, Math.min(floor, 0.9)), 1];
}

/** Ticks every tenth (every fifth of the range when it is wider than half) inside the domain. */
export function percentTicks([low, high]: [number, number]): number[] {
  const step = high - low > 0.5 ? 0.2 : 0.1;
  const ticks: number[] = [];
  for (let tick = high; tick >= low - 1e-9; tick -= step) ticks.push(Math.round(tick * 100) / 100);
  return ticks.reverse();
}

export type Frame = { width: number; height: number; left: number; right: number; top: number; bottom: number };

/** x of the i-th of n buckets: centred in its slot, so one bucket sits in the middle. */
export function xAt(i: number, n: number, frame: Frame): number {
  const inner = frame.width - frame.left - frame.right;
  return frame.left + (inner * (i + 0.5)) / Math.max(1, n);
}

/** y of a value within the domain (higher values up). */
export function yAt(value: number, [low, high]: [number, number], frame: Frame): number {
  const inner = frame.height - frame.top - frame.bottom;
  const share = high === low ? 0.5 : (value - low) / (high - low);
  return frame.top + inner * (1 - Math.min(1, Math.max(0, share)));
}

/**
 * An SVG path through the defined points; a bucket without audits breaks the line instead
 * of being drawn as 0%.
 */
export function linePath(points: readonly TrendPoint[], domain: [number, number], frame: Frame): string {
  let path = '';
  let drawing = false;
  points.forEach((point, i) => {
    if (point.value === null) {
      drawing = false;
      return;
    }
    const x = xAt(i, points.length, frame).toFixed(1);
    const y = yAt(point.value, domain, frame).toFixed(1);
    path += `${drawing ? 'L' : 'M'}${x} ${y}`;
    drawing = true;
  });
  return path;
}
