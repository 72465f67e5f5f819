import { type Collection, Reference, wrap } from '@mikro-orm/core';

/** Loads of uninitialised references still out, by entity (one object per entity manager). */
const inFlight = new WeakMap<object, Promise<object>>();

/**
 * Loads a relation for a field resolver. Uninitialised references in one tick are
 * batched into one query by MikroORM's dataloader (`dataloader: true` in the ORM
 * config), so a list of N rows costs one query per relation, not N.
 */
export async function loadRef<T extends object>(entity: T): Promise<T> {
  if (wrap(entity).isInitialized()) return entity;
  // A reference asked for again while its batch is still out (by a resolver deeper in the
  // query, e.g. a FAQ entry's author after the version's) would go into a new batch, a
  // second query for the same row, or not, depending on which query returned first; the
  // number of queries of one request then varied from run to run. One entity is one object
  // per entity manager, so the load in flight is shared.
  const pending = inFlight.get(entity);
  if (pending) return pending as Promise<T>;
  const load = Reference.create(entity)
    .loadOrFail({ dataloader: true })
    .finally(() => inFlight.delete(entity));
  inFlight.set(entity, load);
  return (await load) as T;
}

/** A collection's items for a field resolver, batched across the tick like `loadRef`. */
export async function loadItems<T extends object>(collection: Collection<T>): Promise<T[]> {
  if (collection.isInitialized()) return collection.getItems();
  return (await collection.load({ dataloader: true })).getItems();
}
