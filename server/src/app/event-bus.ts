import { createPubSub } from '@graphql-yoga/subscription';

/**
 * The process's event bus. One process uses it in memory; the calibration feature adds
 * PostgreSQL LISTEN/NOTIFY behind the same interface so events cross processes.
 * Topics carry an id (`session:<id>`), so each event goes to one channel only.
 */
export type EventBus = ReturnType<typeof createEventBus>;

export type BusEvents = {
  // Filled by the features that publish: topic → payload.
  'system:ping': [{ at: string }];
};

export function createEventBus() {
  return createPubSub<BusEvents>();
}
