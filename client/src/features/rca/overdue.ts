/** Action items as the RCA board shows them. */

export type ActionItemLike = { dueDate: string; status: string };

/** Still open after its due day: due dates are calendar days, so an item due today is not late. */
export function isOverdue(item: ActionItemLike, today: string): boolean {
  return item.status === 'OPEN' && item.dueDate < today;
}

/** Open items first, soonest due first; done and dropped ones after, by due date. */
export function sortActionItems<T extends ActionItemLike>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.status === 'OPEN' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate));
}

/** Escalations by state, in board order, keeping each column's order as given. */
export function byState<T extends { state: S }, S extends string>(items: readonly T[], states: readonly S[]) {
  return states.map((state) => ({ state, items: items.filter((item) => item.state === state) }));
}

/**
 * How the error rate moved from before an escalation to after it was resolved: null when
 * either side has no audits, so "no data" is never drawn as an improvement.
 */
export function rateChange(before: number | null, after: number | null): 'better' | 'worse' | 'same' | null {
  if (before === null || after === null) return null;
  const delta = after - before;
  if (Math.abs(delta) < 0.005) return 'same';
  return delta < 0 ? 'better' : 'worse';
}
