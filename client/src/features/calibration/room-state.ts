/** Which item the room is about, from the items' states alone (the same for every viewer). */

export type ItemLike = {
  id: string;
  position: number;
  state: 'PENDING' | 'VOTING' | 'REVEALED';
  openedAt?: string | null;
};

const opened = (item: ItemLike) => (item.openedAt ? Date.parse(item.openedAt) : Number.NEGATIVE_INFINITY);
const latestOpened = <T extends ItemLike>(items: readonly T[]): T | null =>
  items.reduce<T | null>(
    (best, item) =>
      !best || opened(item) > opened(best) || (opened(item) === opened(best) && item.position > best.position)
        ? item
        : best,
    null,
  );

/**
 * The item in play: the one open for voting most recently; when none is open, the one
 * opened last (it has just been revealed, and the room discusses it); null before the
 * first item is opened.
 */
export function currentItem<T extends ItemLike>(items: readonly T[]): T | null {
  return (
    latestOpened(items.filter((item) => item.state === 'VOTING')) ??
    latestOpened(items.filter((item) => item.state === 'REVEALED'))
  );
}

/** The first pending item after `after` in the session's order, else the first pending one. */
export function nextPendingItem<T extends ItemLike>(items: readonly T[], after: T | null): T | null {
  const pending = [...items].filter((item) => item.state === 'PENDING').sort((a, b) => a.position - b.position);
  return pending.find((item) => !after || item.position > after.position) ?? pending[0] ?? null;
}
