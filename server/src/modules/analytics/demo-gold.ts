/** A case as far as the demo's expected answers need it. */
export type GoldCase = { text: string | null; mediaUrl: string | null; policyVersionId: string; decision: string };

/** The same text with the same media is the same item, whichever case carries it. */
export const contentKey = (c: { text: string | null; mediaUrl: string | null }) => JSON.stringify([c.text, c.mediaUrl]);

/**
 * The demo's expected answer (gold) of each content under one policy version, so every
 * session and quiz that shows a content expects the same label, whichever of its copies
 * (a demo text is decided three times, not always alike) it shows: the label most of its
 * cases decided under this version were given; when none was decided under it, the label
 * most of its cases of other versions were given among this version's labels; with no
 * such case, no gold. Ties go to the label the taxonomy lists first.
 */
export function demoGold(
  cases: readonly GoldCase[],
  version: { id: string; labels: readonly string[] },
): Map<string, string | null> {
  const tallies = new Map<string, { own: Map<string, number>; other: Map<string, number> }>();
  for (const c of cases) {
    if (!version.labels.includes(c.decision)) continue;
    const key = contentKey(c);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { own: new Map(), other: new Map() }));
    const counts = c.policyVersionId === version.id ? tally.own : tally.other;
    counts.set(c.decision, (counts.get(c.decision) ?? 0) + 1);
  }
  const mode = (counts: Map<string, number>) => {
    let best: string | null = null;
    for (const label of version.labels) {
      if ((counts.get(label) ?? 0) > (best === null ? 0 : counts.get(best)!)) best = label;
    }
    return best;
  };
  const gold = new Map<string, string | null>();
  for (const c of cases) {
    const key = contentKey(c);
    if (gold.has(key)) continue;
    const tally = tallies.get(key);
    gold.set(key, tally ? (mode(tally.own) ?? mode(tally.other)) : null);
  }
  return gold;
}
