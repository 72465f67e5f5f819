/**
 * What crosses the bus: small notices (ids and versions), never whole events. Each
 * process turns a notice into the event its subscribers see, once (DESIGN.md
 * "Realtime"). Topics carry an id, so a notice reaches one channel only.
 *
 * Each feature adds its own topic where it publishes, by declaration merging:
 *
 *     declare module '../shared/bus.js' {
 *       interface BusNotices { briefing: { kind: 'started' } | … }
 *     }
 *
 * The implementations (in memory, PostgreSQL LISTEN/NOTIFY) are in app/event-bus.ts.
 */
export interface BusNotices {
  system: { kind: 'ping'; at: string };
}

export type Topic = keyof BusNotices;

export interface EventBus {
  /** Delivers `notice` to the subscribers of `topic:id` in every process. */
  publish<T extends Topic>(topic: T, id: string, notice: BusNotices[T]): Promise<void>;
  /** This process's subscribers' view of `topic:id`. */
  subscribe<T extends Topic>(topic: T, id: string): AsyncIterable<BusNotices[T]>;
  close(): Promise<void>;
}
