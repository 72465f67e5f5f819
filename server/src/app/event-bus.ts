import { createPubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { BusNotices, EventBus, Topic } from '../modules/shared/bus.js';

export type { BusNotices, EventBus, Topic } from '../modules/shared/bus.js';

type LocalChannels = { [T in Topic]: [id: string, notice: BusNotices[T]] };

/** One process: notices go straight to local subscribers. */
export function createMemoryEventBus(): EventBus {
  const local = createPubSub<LocalChannels>();
  return {
    publish: async (topic, id, notice) => local.publish(topic, id, notice as never),
    subscribe: (topic, id) => (local.subscribe as (t: Topic, i: string) => AsyncIterable<never>)(topic, id),
    close: async () => {},
  };
}

const CHANNEL = 'concord_events';
/** PostgreSQL's limit is 8,000 bytes; ours stay far below, and a bigger one is a bug. */
const MAX_NOTICE_BYTES = 4_000;

/**
 * Several processes on one database: a notice is sent with `NOTIFY` and every process,
 * this one included, hears it on one dedicated `LISTEN` connection and hands it to its
 * local subscribers. No extra infrastructure; the interface lets Redis replace it.
 * Notices are sent after the data they describe is committed, so a listener that
 * reads the database on a notice sees that data.
 */
export async function createPostgresEventBus(
  databaseUrl: string,
  log: (line: string) => void = console.error,
): Promise<EventBus> {
  const local = createPubSub<LocalChannels>();
  const publisher = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle client the server dropped must not crash the process; the pool replaces it.
  publisher.on('error', (error) => log(`event bus: publisher connection lost (${error.message})`));
  let listener: pg.Client | null = null;
  let closed = false;

  const deliver = (message: pg.Notification) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const { t, i, n } = JSON.parse(message.payload) as { t: Topic; i: string; n: never };
      local.publish(t, i, n);
    } catch (error) {
      log(`event bus: dropped a malformed notice: ${(error as Error).message}`);
    }
  };

  const connect = async (attempt = 0): Promise<void> => {
    if (closed) return;
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('notification', deliver);
    client.on('error', (error) => {
      log(`event bus: listener lost (${error.message}); reconnecting`);
      listener = null;
      void client.end().catch(() => {});
      setTimeout(() => void connect(attempt + 1), Math.min(5_000, 100 * 2 ** attempt));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      listener = client;
    } catch (error) {
      if (attempt === 0) throw error;
      log(`event bus: cannot listen yet (${(error as Error).message})`);
      setTimeout(() => void connect(attempt + 1), Math.min(5_000, 100 * 2 ** attempt));
    }
  };
  await connect();

  return {
    async publish(topic, id, notice) {
      const payload = JSON.stringify({ t: topic, i: id, n: notice });
      if (Buffer.byteLength(payload) > MAX_NOTICE_BYTES) {
        throw new Error(`event bus: a notice of ${Buffer.byteLength(payload)} bytes is too big for NOTIFY`);
      }
      await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
    },
    subscribe: (topic, id) => (local.subscribe as (t: Topic, i: string) => AsyncIterable<never>)(topic, id),
    async close() {
      closed = true;
      await listener?.end().catch(() => {});
      await publisher.end();
    },
  };
}
