// The client side of calibration.bench.ts, the same for both targets: N graphql-ws clients
// (one websocket each) subscribe; once every one is known to be subscribed, V "votes" go
// over HTTP with a fixed number in flight; each vote's response time and version are
// recorded, and so is every event each subscriber receives.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What one subscription message means to the bench. */
export type Parsed =
  | { kind: 'ready' } // proves the subscription is live (Concord: presence; echo: the hello event)
  | { kind: 'vote'; version: number; voted: number } // a tally (Concord) or an echoed ping (echo)
  | { kind: 'other' };

export type Target = {
  wsUrl: string;
  httpUrl: string;
  clients: number;
  votes: number;
  concurrency: number;
  connectionParams: (client: number) => Record<string, unknown> | undefined;
  subscription: { query: string; variables?: Record<string, unknown> };
  parse: (data: any) => Parsed;
  /** How long no message at all must arrive before the votes start (presence settling). */
  quietMs: number;
  /** The HTTP request of vote `i` (0-based), and its version from the response's data. */
  voteRequest: (vote: number) => { body: string; token?: string };
  versionOf: (data: any) => number;
  /** Echo: an event includes exactly one vote (its number). Concord: every vote up to its version. */
  exact: boolean;
};

export type Subscriber = {
  /** Arrival times (performance.now(), ms) and versions of vote events, in arrival order. */
  times: number[];
  versions: number[];
  voted: number[];
  readyCount: number;
  other: number;
  /** The highest version seen so far. */
  max: number;
};

export type LoadResult = {
  subscribers: Subscriber[];
  /** Per vote: when its response returned, its version, its HTTP round trip. */
  returned: Float64Array;
  versions: Float64Array;
  roundTrip: Float64Array;
  connectMs: number;
  voteStart: number;
  voteEnd: number;
  /** When the last subscriber had seen every vote. */
  deliveredAt: number;
  /** When the last vote event arrived, once the server had nothing left to send. */
  lastEventAt: number;
  /** Presence (or hello) messages the subscribers received while connecting. */
  connectMessages: number;
  /**
   * Single events sent to every subscriber on the idle server, before the votes: the
   * server's time from the event in hand to the last socket written (and, Concord, its
   * build), and the time from the first to the last subscriber receiving it.
   */
  probes: { fanoutMs: number; buildMs?: number; spreadMs: number }[];
  /** Messages received by subscribers during the vote phase that were not vote events. */
  otherDuringVotes: number;
  clientCpuMs: number;
  /** The client process's own event-loop delay during the votes (ms): how late it could read. */
  clientLoopDelay: { p50: number; p99: number; max: number };
};

export type Hooks = {
  /** Called when every client is subscribed and the server is quiet, before the votes. */
  afterConnect: () => Promise<void>;
  /** Resolves when the server has nothing left to send (Concord: no notice waits for its build). */
  drained: () => Promise<void>;
  /** Has the server send one event to every subscriber now; its own timing of that. */
  broadcast: () => Promise<{ fanoutMs: number; buildMs?: number }>;
  setPhase: (phase: string) => void;
};

/** How many single broadcasts are timed on the idle server. */
const PROBES = Number(process.env.BENCH_PROBES ?? 7);

/** Resolves once `test()` holds, checking after each message (and every 100 ms). */
function until(test: () => boolean, onMessage: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!test()) return;
      onMessage.delete(check);
      clearInterval(timer);
      resolve();
    };
    const timer = setInterval(check, 100);
    onMessage.add(check);
    check();
  });
}

export async function runLoad(target: Target, hooks: Hooks): Promise<{ result: LoadResult; clients: Client[] }> {
  const subscribers: Subscriber[] = [];
  const clients: Client[] = [];
  const failures: string[] = [];
  const watchers = new Set<() => void>();
  let lastMessageAt = performance.now();
  let lastEventAt = 0;
  let connectMessages = 0;
  let probing = false;
  let probeArrivals: number[] = [];
  let votePhase = false;
  let otherDuringVotes = 0;
  // Counted as messages arrive, so no wait scans every subscriber on every message.
  let subscribedCount = 0;
  let goal = Infinity;
  let upToDate = 0;
  const covered = (s: Subscriber) => (target.exact ? s.versions.length >= target.votes : s.max >= goal);

  const fail = (message: string) => {
    failures.push(message);
    for (const watch of watchers) watch();
  };

  hooks.setPhase(`connecting ${target.clients} websocket clients`);
  const connectStart = performance.now();
  const BATCH = 50;
  for (let first = 0; first < target.clients; first += BATCH) {
    const batch: Promise<void>[] = [];
    for (let i = first; i < Math.min(first + BATCH, target.clients); i++) {
      const subscriber: Subscriber = {
        times: [],
        versions: [],
        voted: [],
        readyCount: 0,
        other: 0,
        max: -Infinity,
      };
      subscribers.push(subscriber);
      const client = createClient({
        url: target.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: target.connectionParams(i),
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: (error) => fail(`client ${i}: ${describe(error)}`),
      });
      clients.push(client);
      batch.push(
        new Promise<void>((resolve, reject) => {
          const offConnected = client.on('connected', () => {
            offConnected();
            resolve();
          });
          client.on('closed', (event) => {
            const { code, reason } = event as { code?: number; reason?: string };
            if (code !== 1000) {
              const message = `client ${i}: socket closed (${code} ${reason ?? ''})`;
              reject(new Error(message));
              fail(message);
            }
          });
        }),
      );
      client.subscribe(target.subscription, {
        next: (result) => {
          const now = performance.now();
          lastMessageAt = now;
          if (result.errors) fail(`client ${i}: ${JSON.stringify(result.errors)}`);
          const parsed = target.parse(result.data);
          if (probing && parsed.kind === 'vote') {
            probeArrivals.push(now);
          } else if (parsed.kind === 'vote') {
            lastEventAt = now;
            const was = covered(subscriber);
            subscriber.times.push(now);
            subscriber.versions.push(parsed.version);
            subscriber.voted.push(parsed.voted);
            subscriber.max = Math.max(subscriber.max, parsed.version);
            if (!was && covered(subscriber)) upToDate++;
          } else {
            if (parsed.kind === 'ready') {
              if (subscriber.readyCount++ === 0) subscribedCount++;
            } else subscriber.other++;
            if (votePhase) otherDuringVotes++;
            else connectMessages++;
          }
          for (const watch of watchers) watch();
        },
        error: (error) => fail(`client ${i}: subscription error ${describe(error)}`),
        complete: () => {},
      });
    }
    await Promise.all(batch);
  }
  hooks.setPhase('waiting until every client is subscribed');
  await until(() => failures.length > 0 || subscribedCount === target.clients, watchers);
  throwIfFailed(failures);
  hooks.setPhase(`waiting for ${target.quietMs} ms without messages`);
  await until(() => failures.length > 0 || performance.now() - lastMessageAt >= target.quietMs, watchers);
  throwIfFailed(failures);
  const connectMs = performance.now() - connectStart;

  hooks.setPhase('timing single broadcasts on the idle server');
  const probes: LoadResult['probes'] = [];
  for (let i = 0; i < PROBES; i++) {
    probeArrivals = [];
    probing = true;
    const server = await hooks.broadcast();
    await until(() => failures.length > 0 || probeArrivals.length >= target.clients, watchers);
    probing = false;
    throwIfFailed(failures);
    probes.push({ ...server, spreadMs: Math.max(...probeArrivals) - Math.min(...probeArrivals) });
  }
  await hooks.afterConnect();

  // Warm the HTTP side up (the client's fetch, keep-alive connections, the server's
  // request path) with requests that publish nothing, so the votes measure steady state.
  hooks.setPhase('warming HTTP up');
  const post = (body: string, token?: string) =>
    fetch(target.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      Array.from({ length: target.concurrency }, async () => {
        const response = await post(JSON.stringify({ query: '{ __typename }' }));
        if (!response.ok) fail(`warm-up: HTTP ${response.status}`);
        await response.arrayBuffer();
      }),
    );
  }
  throwIfFailed(failures);

  hooks.setPhase(`casting ${target.votes} votes`);
  const returned = new Float64Array(target.votes);
  const versions = new Float64Array(target.votes);
  const roundTrip = new Float64Array(target.votes);
  let next = 0;
  votePhase = true;
  const cpuBefore = process.cpuUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const voteStart = performance.now();
  const worker = async () => {
    for (;;) {
      const vote = next++;
      if (vote >= target.votes || failures.length > 0) return;
      const { body, token } = target.voteRequest(vote);
      const sent = performance.now();
      const response = await post(body, token);
      const json = (await response.json()) as { data?: any; errors?: unknown[] };
      const now = performance.now();
      if (json.errors || !json.data) {
        fail(`vote ${vote}: HTTP ${response.status} ${JSON.stringify(json.errors)}`);
        return;
      }
      returned[vote] = now;
      roundTrip[vote] = now - sent;
      versions[vote] = target.versionOf(json.data);
    }
  };
  await Promise.all(Array.from({ length: Math.min(target.concurrency, target.votes) }, worker));
  const voteEnd = performance.now();
  throwIfFailed(failures);

  hooks.setPhase('waiting until every subscriber has seen every vote');
  const lastVersion = versions.reduce((a, b) => Math.max(a, b), 0);
  goal = lastVersion;
  upToDate = subscribers.filter(covered).length;
  await until(() => failures.length > 0 || upToDate === target.clients, watchers);
  throwIfFailed(failures);
  const deliveredAt = subscribers.reduce((latest, s) => {
    const at = target.exact ? s.times[target.votes - 1]! : s.times[s.versions.findIndex((v) => v >= lastVersion)]!;
    return Math.max(latest, at);
  }, 0);
  // Whatever the votes still cause (Concord: tallies re-announcing votes already seen,
  // queued behind slower builds) is counted too, and the server is idle before it is
  // measured and stopped.
  hooks.setPhase('waiting until the server has nothing left to send');
  await hooks.drained();
  hooks.setPhase('waiting for 300 ms without messages');
  await until(() => failures.length > 0 || performance.now() - lastMessageAt >= 300, watchers);
  const cpu = process.cpuUsage(cpuBefore);
  loopDelay.disable();
  votePhase = false;
  throwIfFailed(failures);
  return {
    clients,
    result: {
      subscribers,
      returned,
      versions,
      roundTrip,
      connectMs,
      voteStart,
      voteEnd,
      deliveredAt,
      lastEventAt,
      connectMessages,
      probes,
      otherDuringVotes,
      clientCpuMs: (cpu.user + cpu.system) / 1000,
      clientLoopDelay: {
        p50: loopDelay.percentile(50) / 1e6,
        p99: loopDelay.percentile(99) / 1e6,
        max: loopDelay.max / 1e6,
      },
    },
  };
}

function throwIfFailed(failures: string[]) {
  if (failures.length === 0) return;
  const more = failures.length > 5 ? ` (and ${failures.length - 5} more)` : '';
  throw new Error(`${failures.slice(0, 5).join('\n')}${more}`);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'code' in error) {
    const { code, reason } = error as { code: number; reason?: string };
    return `closed ${code} ${reason ?? ''}`;
  }
  return JSON.stringify(error);
}

export async function closeClients(clients: Client[]) {
  await Promise.all(clients.map((client) => client.dispose()));
}
