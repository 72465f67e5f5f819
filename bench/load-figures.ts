// What calibration.bench.ts reads from a load run: response-time percentiles, tallies that
// ran ahead of the votes, and how far apart subscribers received the same event.
import type { LoadResult } from './calibration-load.js';

export type Latency = {
  pairs: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /** Pairs whose event reached the subscriber before the vote's response returned (counted as 0). */
  early: number;
  /** Pairs never seen (should be 0: the load waits until every subscriber has seen every vote). */
  missed: number;
};

/**
 * Latency of every (vote, subscriber) pair: the first arrival at the subscriber of an
 * event that includes the vote, minus the time the vote's response returned. "Includes":
 * an event whose version is at least the vote's (Concord's tally), or exactly the vote's
 * number (the echo). Per subscriber, arrivals are in time order, so a running maximum of
 * versions plus a binary search finds the first arrival that covers a version.
 */
export function latencies(result: LoadResult, exact: boolean): Latency {
  const { subscribers, returned, versions } = result;
  const votes = returned.length;
  const all = new Float64Array(votes * subscribers.length);
  let count = 0;
  let early = 0;
  let missed = 0;
  let sum = 0;
  for (const s of subscribers) {
    const arrivals = s.times.length;
    if (exact) {
      const at = new Map<number, number>();
      for (let j = 0; j < arrivals; j++) if (!at.has(s.versions[j]!)) at.set(s.versions[j]!, s.times[j]!);
      for (let v = 0; v < votes; v++) {
        const t = at.get(versions[v]!);
        if (t === undefined) missed++;
        else count = push(t - returned[v]!);
      }
    } else {
      const runningMax = new Float64Array(arrivals);
      let m = -Infinity;
      for (let j = 0; j < arrivals; j++) runningMax[j] = m = Math.max(m, s.versions[j]!);
      for (let v = 0; v < votes; v++) {
        const version = versions[v]!;
        let lo = 0;
        let hi = arrivals;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (runningMax[mid]! >= version) hi = mid;
          else lo = mid + 1;
        }
        if (lo === arrivals) missed++;
        else count = push(s.times[lo]! - returned[v]!);
      }
    }
  }
  function push(latency: number) {
    if (latency < 0) {
      early++;
      latency = 0;
    }
    all[count] = latency;
    sum += latency;
    return count + 1;
  }
  const sorted = all.subarray(0, count).sort();
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * count) - 1)] ?? NaN;
  return {
    pairs: count,
    p50: rank(0.5),
    p99: rank(0.99),
    max: sorted[count - 1] ?? NaN,
    mean: sum / count,
    early,
    missed,
  };
}

/** The nearest-rank percentile of a small sample. */
export function percentile(values: Float64Array, p: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/**
 * Events that claim a version without including every vote up to it: a tally with
 * `version` V must count every vote whose version is at most V (each voter votes once
 * here, so `voted` must be at least how many such votes there are). Returns how many
 * distinct events break that, and by how many votes at most.
 */
export function overstatedTallies(result: LoadResult): { events: number; distinct: number; worst: number } {
  const sortedVersions = Float64Array.from(result.versions).sort();
  const seen = new Map<number, number>();
  for (const s of result.subscribers) {
    for (let j = 0; j < s.versions.length; j++) seen.set(s.versions[j]!, s.voted[j]!);
  }
  let events = 0;
  let worst = 0;
  for (const [version, voted] of seen) {
    let lo = 0;
    let hi = sortedVersions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sortedVersions[mid]! <= version) lo = mid + 1;
      else hi = mid;
    }
    if (voted < lo) {
      events++;
      worst = Math.max(worst, lo - voted);
    }
  }
  return { events, distinct: seen.size, worst };
}

/**
 * The k-th vote event each subscriber received, as epoch ms: when the first and the last
 * subscriber got it. Null unless every subscriber received the same number of them (then
 * the k-th is the same event for all: every one was subscribed before the first vote).
 */
export function eventSpread(result: LoadResult): { first: Float64Array; last: Float64Array } | null {
  const count = result.subscribers[0]?.times.length ?? 0;
  if (result.subscribers.some((s) => s.times.length !== count)) return null;
  const first = new Float64Array(count).fill(Infinity);
  const last = new Float64Array(count).fill(-Infinity);
  for (const s of result.subscribers) {
    for (let k = 0; k < count; k++) {
      const at = performance.timeOrigin + s.times[k]!;
      if (at < first[k]!) first[k] = at;
      if (at > last[k]!) last[k] = at;
    }
  }
  return { first, last };
}
