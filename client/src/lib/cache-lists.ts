import type { Reference } from '@apollo/client';

/*
 * Helpers for a mutation's `update` that amends a cached list by hand: which arguments a list
 * was asked with, and where a new entry goes in the server's order.
 */

/** The arguments a cached list was asked with, from its store name (`appeals({"filter":{},"first":50})`). */
export function listArguments<T extends object>(storeFieldName: string): Partial<T> {
  const json = /^\w+\((.*)\)$/.exec(storeFieldName)?.[1];
  try {
    return json ? (JSON.parse(json) as Partial<T>) : {};
  } catch {
    return {};
  }
}

/**
 * The list with `entry` put where the server's order puts it: before the first entry it
 * `precedes`, once. A list that holds a full page (`first` entries) keeps its length, and an
 * entry that would come after its last is left out (it belongs to a later page).
 */
export function insertInOrder(
  list: readonly Reference[],
  entry: Reference,
  precedes: (other: Reference) => boolean,
  first?: number,
): readonly Reference[] {
  if (list.some((item) => item.__ref === entry.__ref)) return list;
  const at = list.findIndex(precedes);
  const full = first !== undefined && list.length >= first;
  if (at === -1) return full ? list : [...list, entry];
  const next = [...list.slice(0, at), entry, ...list.slice(at)];
  return full ? next.slice(0, first) : next;
}

/** The list without the entry of this cache id. */
export function withoutEntry(list: readonly Reference[], cacheId: string): readonly Reference[] {
  return list.some((item) => item.__ref === cacheId) ? list.filter((item) => item.__ref !== cacheId) : list;
}
