import { type Collection, Reference, wrap } from '@mikro-orm/core';

/**
 * Loads a relation for a field resolver. Uninitialised references in one tick are
 * batched into one query by MikroORM's dataloader (`dataloader: true` in the ORM
 * config), so a list of N rows costs one query per relation, not N.
 */
export async function loadRef<T extends object>(entity: T): Promise<T> {
  if (wrap(entity).isInitialized()) return entity;
  return (await Reference.create(entity).loadOrFail({ dataloader: true })) as T;
}

/** A collection's items for a field resolver, batched across the tick like `loadRef`. */
export async function loadItems<T extends object>(collection: Collection<T>): Promise<T[]> {
  if (collection.isInitialized()) return collection.getItems();
  return (await collection.load({ dataloader: true })).getItems();
}
