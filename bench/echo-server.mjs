// @ts-check
// The baseline of calibration.bench.ts: a bare graphql-ws server that only echoes, in its
// own process. `ws` + graphql-ws's `useServer` with a tiny schema: `subscription { events
// { n } }` yields { n: 0 } once subscribed (so the client knows it is), then every
// published event; `mutation { ping(n) }` over HTTP POST /graphql publishes { n } to every
// subscriber through an in-process pub/sub and returns n. No database, no coalescing, no
// authentication: one event per call, each subscriber gets each one.
//
// IPC with the parent: { type: 'ready', port }, then 'stats' and 'stop' (child-ipc.mjs);
// while tracing, it records when each ping was published.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import process from 'node:process';
import { buildSchema, graphql } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { answerParent, now, send } from './child-ipc.mjs';

if (!process.send) {
  console.error('usage: forked by calibration.bench.ts, with IPC');
  process.exit(2);
}
/** While tracing: [time, n] of each publish. @type {[number, number][] | null} */
let published = null;

const schema = buildSchema(`
  type Event { n: Int! }
  type Query { ok: Boolean! }
  type Mutation { ping(n: Int!): Int! }
  type Subscription { events: Event! }
`);

// An event as graphql-js wants it: the subscription's payload is the root value of the
// execution, so the `events` field reads `payload.events`. Built once per publish.
/** @typedef {{ events: { n: number } }} Payload */

/** @type {Set<(payload: Payload) => void>} */
const subscribers = new Set();

/** An async iterator of one subscriber's events: { n: 0 } first, then what is published. */
function subscribe() {
  /** @type {Payload[]} */
  const queue = [{ events: { n: 0 } }];
  /** @type {((result: IteratorResult<Payload>) => void) | null} */
  let waiting = null;
  let done = false;
  const push = (/** @type {Payload} */ event) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: event, done: false });
    } else queue.push(event);
  };
  subscribers.add(push);
  /** @type {AsyncIterableIterator<Payload>} */
  const iterator = {
    [Symbol.asyncIterator]: () => iterator,
    next: () => {
      if (queue.length > 0) return Promise.resolve({ value: /** @type {Payload} */ (queue.shift()), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: () => {
      done = true;
      subscribers.delete(push);
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    },
  };
  return iterator;
}

const rootValue = {
  ok: () => true,
  ping: (/** @type {{ n: number }} */ { n }) => {
    const payload = { events: { n } };
    published?.push([now(), n]);
    for (const push of subscribers) push(payload);
    return n;
  },
};

const httpServer = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/graphql') {
    response.writeHead(404).end();
    return;
  }
  /** @type {Buffer[]} */
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const result = await graphql({ schema, source: query, variableValues: variables, rootValue });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      } catch (error) {
        response
          .writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    })();
  });
});
const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
const cleanup = useServer(
  {
    schema,
    roots: { subscription: { events: subscribe } },
  },
  wss,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await cleanup.dispose();
  await new Promise((resolve) => wss.close(() => resolve(undefined)));
  httpServer.closeAllConnections();
  await new Promise((resolve) => httpServer.close(() => resolve(undefined)));
  process.exit(0);
}
answerParent({
  stop,
  startTrace: () => (published = []),
  stopTrace: () => {
    const result = { published };
    published = null;
    return result;
  },
  // One event { n: -1 } to every subscriber (see child-ipc.mjs).
  broadcast: () =>
    new Promise((resolve) => {
      const payload = { events: { n: -1 } };
      const at = now();
      for (const push of subscribers) push(payload);
      setImmediate(() => resolve({ fanoutMs: now() - at }));
    }),
});

httpServer.listen(0, '127.0.0.1', () => {
  const address = httpServer.address();
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
