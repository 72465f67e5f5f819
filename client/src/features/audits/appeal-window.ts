export type TimeLeft = { state: 'closed' } | { state: 'open'; unit: 'day' | 'hour' | 'minute'; count: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long an appeal window stays open, rounded down to the largest whole unit that is at
 * least 1 (so "2 days" means at least two full days remain), and under a minute as 1 minute
 * rather than 0, since the window is still open.
 */
export function appealTimeLeft(closesAt: string, now: Date): TimeLeft {
  const end = new Date(closesAt).getTime();
  if (Number.isNaN(end)) return { state: 'closed' };
  const left = end - now.getTime();
  if (left <= 0) return { state: 'closed' };
  if (left >= DAY) return { state: 'open', unit: 'day', count: Math.floor(left / DAY) };
  if (left >= HOUR) return { state: 'open', unit: 'hour', count: Math.floor(left / HOUR) };
  return { state: 'open', unit: 'minute', count: Math.max(1, Math.floor(left / MINUTE)) };
}
