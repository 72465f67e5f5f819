// Live calibration at scale: 1,000 graphql-ws subscribers on one session, 1,000 votes,
// against a real Concord server and, in the same run, a bare graphql-ws echo server.
// Run: pnpm bench (from the repository root), or from bench/:
//   tsx calibration.bench.ts [--clients 1000] [--votes N] [--concurrency 20] [--timeout 300]
//                            [--only concord|echo] [--cpu-prof DIR]
// Needs the built server (`pnpm --filter @concord/server run build`). See bench/README.md.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  removeOnExit,
  terminateAll,
  type ServerChild,
  type ServerStats,
  startServerChild,
} from './calibration-child.js';
import { closeClients, type LoadResult, runLoad, type Target } from './calibration-load.js';
import { eventSpread, latencies, type Latency, overstatedTallies, percentile } from './load-figures.js';
import { printTable } from './print-table.js';

const { values: options } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    votes: { type: 'string' },
    concurrency: { type: 'string', default: '20' },
    timeout: { type: 'string', default: '300' },
    only: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
const CLIENTS = Number(options.clients);
const VOTES = Number(options.votes ?? options.clients);
const CONCURRENCY = Number(options.concurrency);
const TIMEOUT_S = Number(options.timeout);
if (![CLIENTS, VOTES, CONCURRENCY, TIMEOUT_S].every((n) => Number.isInteger(n) && n > 0) || VOTES > CLIENTS) {
  console.error(
    '--clients, --votes (at most --clients: one vote per voter), --concurrency and --timeout take positive integers',
  );
  process.exit(2);
}
const profileDir = options['cpu-prof'] ? path.resolve(options['cpu-prof']) : undefined;
const profileArgs = (name: string) =>
  profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];

const serverEntry = new URL('../server/dist/app/bootstrap.js', import.meta.url);
if (options.only !== 'echo' && !existsSync(serverEntry)) {
  console.error('The server is not built: run `pnpm --filter @concord/server run build` first.');
  process.exit(2);
}

// One clock for the whole run: past it the children are killed and the bench fails.
let phase = 'starting';
const setPhase = (name: string) => {
  phase = name;
  if (process.env.BENCH_VERBOSE) console.error(`[${(performance.now() / 1000).toFixed(1)} s] ${name}`);
};
const deadline = setTimeout(() => {
  console.error(`calibration bench: timed out after ${TIMEOUT_S} s while ${phase}; stopping the servers`);
  void terminateAll().finally(() => process.exit(1));
}, TIMEOUT_S * 1000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void terminateAll().finally(() => process.exit(130)));
}

type Measured = {
  setupMs: number;
  load: LoadResult;
  latency: Latency;
  memory: { before: ServerStats; connected: ServerStats; after: ServerStats };
  /** Concord only: tallies whose version claims votes they do not count. */
  overstated?: { events: number; distinct: number; worst: number };
};

async function measure(
  child: ServerChild,
  target: (ready: Record<string, unknown>) => Target,
  name: string,
): Promise<Measured> {
  const started = performance.now();
  try {
    setPhase(`starting the ${name} server`);
    const ready = await child.ready;
    const setupMs = performance.now() - started;
    const before = await child.stats();
    let connected: ServerStats | undefined;
    const spec = target(ready);
    const { result, clients } = await runLoad(spec, {
      afterConnect: async () => {
        connected = await child.stats('start');
      },
      broadcast: () => child.broadcast(),
      drained: async () => {
        // Nothing in flight for half a second: a notice still crossing NOTIFY has landed by then.
        for (let quiet = 0; quiet < 10; ) {
          quiet = (await child.pending()) > 0 ? 0 : quiet + 1;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      setPhase: (p) => setPhase(`${name}: ${p}`),
    });
    const after = await child.stats('stop');
    setPhase(`${name}: closing the clients`);
    await closeClients(clients);
    return {
      setupMs,
      load: result,
      latency: latencies(result, spec.exact),
      memory: { before, connected: connected!, after },
      overstated: spec.exact ? undefined : overstatedTallies(result),
    };
  } finally {
    setPhase(`${name}: stopping the server`);
    await child.stop();
  }
}

const SESSION_EVENTS = `subscription($id: ID!) { sessionEvents(sessionId: $id) {
  __typename
  ... on PresenceChanged { total }
  ... on TallyUpdated { tally { version voted } }
} }`;
const CAST_VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { version } } }';
const LABELS = ['no_violation', 'borderline', 'violating', 'severe'];

function concordTarget(ready: Record<string, unknown>): Target {
  const { port, sessionId, itemId } = ready as { port: number; sessionId: string; itemId: string };
  const tokens = ready.tokens as string[];
  return {
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    httpUrl: `http://127.0.0.1:${port}/graphql`,
    clients: CLIENTS,
    votes: VOTES,
    concurrency: CONCURRENCY,
    connectionParams: (i) => ({ authorization: `Bearer ${tokens[i]}` }),
    subscription: { query: SESSION_EVENTS, variables: { id: sessionId } },
    parse: (data) => {
      const event = data?.sessionEvents;
      if (event?.__typename === 'PresenceChanged') return { kind: 'ready' };
      if (event?.__typename === 'TallyUpdated')
        return { kind: 'vote', version: event.tally.version, voted: event.tally.voted };
      return { kind: 'other' };
    },
    // A client hears presence only once its listener is in the session's room (the hub
    // adds it before announcing the join), so one PresenceChanged proves it subscribed;
    // then the votes wait until presence announcements (every 250 ms) have stopped.
    quietMs: 600,
    voteRequest: (i) => ({
      body: JSON.stringify({ query: CAST_VOTE, variables: { input: { itemId, label: LABELS[i % LABELS.length] } } }),
      token: tokens[i],
    }),
    versionOf: (data) => data.castVote.vote.version,
    exact: false,
  };
}

function echoTarget(ready: Record<string, unknown>): Target {
  const { port } = ready as { port: number };
  return {
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    httpUrl: `http://127.0.0.1:${port}/graphql`,
    clients: CLIENTS,
    votes: VOTES,
    concurrency: CONCURRENCY,
    connectionParams: () => undefined,
    subscription: { query: 'subscription { events { n } }' },
    parse: (data) => {
      const n = data?.events?.n;
      if (n === 0) return { kind: 'ready' };
      if (typeof n === 'number') return { kind: 'vote', version: n, voted: 0 };
      return { kind: 'other' };
    },
    quietMs: 0,
    voteRequest: (i) => ({
      body: JSON.stringify({ query: 'mutation($n: Int!) { ping(n: $n) }', variables: { n: i + 1 } }),
    }),
    versionOf: (data) => data.ping,
    exact: true,
  };
}

async function main() {
  const runStart = performance.now();
  let concord: Measured | undefined;
  let echo: Measured | undefined;
  if (options.only !== 'echo') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'concord-bench-'));
    removeOnExit(dataDir);
    const child = startServerChild(
      'concord',
      new URL('./calibration-server.mjs', import.meta.url),
      [dataDir, String(CLIENTS)],
      profileArgs('concord'),
    );
    concord = await measure(child, concordTarget, 'concord');
  }
  if (options.only !== 'concord') {
    const child = startServerChild('echo', new URL('./echo-server.mjs', import.meta.url), [], profileArgs('echo'));
    echo = await measure(child, echoTarget, 'echo');
  }
  clearTimeout(deadline);
  if (process.env.BENCH_TRACE_FILE) {
    // Raw traces for a closer look: the servers' and the k-th event's first/last arrival.
    const raw = (m: Measured | undefined) =>
      m && {
        trace: m.memory.after.trace,
        spread: eventSpread(m.load),
        voteStart: performance.timeOrigin + m.load.voteStart,
      };
    writeFileSync(
      process.env.BENCH_TRACE_FILE,
      JSON.stringify({ concord: raw(concord), echo: raw(echo) }, (_k, v) =>
        v instanceof Float64Array ? Array.from(v) : v,
      ),
    );
  }
  report(concord, echo, (performance.now() - runStart) / 1000);
}

// ---- the table ----

const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`) : '–');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');

type Row = [name: string, value: (m: Measured) => number, format: (x: number) => string];

function report(concord: Measured | undefined, echo: Measured | undefined, totalS: number) {
  const rows: Row[] = [
    ['server start + set-up', (m) => m.setupMs, ms],
    [`connect + subscribe ${CLIENTS} clients`, (m) => m.load.connectMs, ms],
    ['messages while connecting (presence / hello)', (m) => m.load.connectMessages, int],
    [`vote phase (${VOTES} votes, ${CONCURRENCY} in flight)`, (m) => m.load.voteEnd - m.load.voteStart, ms],
    ['votes/s', (m) => (VOTES * 1000) / (m.load.voteEnd - m.load.voteStart), int],
    ['vote HTTP round trip p50', (m) => percentile(m.load.roundTrip, 0.5), ms],
    ['vote HTTP round trip p99', (m) => percentile(m.load.roundTrip, 0.99), ms],
    ['**latency p50** (vote returned → subscriber has it)', (m) => m.latency.p50, ms],
    ['**latency p99**', (m) => m.latency.p99, ms],
    ['latency mean', (m) => m.latency.mean, ms],
    ['latency max', (m) => m.latency.max, ms],
    ['pairs measured (vote × subscriber)', (m) => m.latency.pairs, int],
    ['pairs seen before the vote returned (as 0)', (m) => m.latency.early, int],
    ['pairs never seen', (m) => m.latency.missed, int],
    ['first vote sent → all subscribers have all', (m) => m.load.deliveredAt - m.load.voteStart, ms],
    ['first vote sent → last event received', (m) => m.load.lastEventAt - m.load.voteStart, ms],
    ['events broadcast (per subscriber)', (m) => Math.max(...m.load.subscribers.map((s) => s.times.length)), int],
    ['  of which distinct versions', (m) => distinctEvents(m.load), int],
    ['**messages delivered** (vote events)', (m) => m.load.subscribers.reduce((n, s) => n + s.times.length, 0), int],
    [
      'messages per vote',
      (m) => m.load.subscribers.reduce((n, s) => n + s.times.length, 0) / VOTES,
      (x) => x.toFixed(1),
    ],
    ['other messages during the votes (presence)', (m) => m.load.otherDuringVotes, int],
    ['server RSS: before connecting', (m) => m.memory.before.rss, mb],
    [`server RSS: ${CLIENTS} clients subscribed`, (m) => m.memory.connected.rss, mb],
    ['server RSS: after the votes', (m) => m.memory.after.rss, mb],
    ['server heap: before connecting', (m) => m.memory.before.heapUsed, mb],
    [`server heap: ${CLIENTS} clients subscribed`, (m) => m.memory.connected.heapUsed, mb],
    ['server heap: after the votes', (m) => m.memory.after.heapUsed, mb],
    ['server external (buffers): after the votes', (m) => m.memory.after.external, mb],
    ['server CPU: connect + subscribe', (m) => m.memory.connected.cpuMs - m.memory.before.cpuMs, ms],
    ['server CPU: votes until the last event', (m) => m.memory.after.cpuMs - m.memory.connected.cpuMs, ms],
    ['client process CPU: votes until the last event', (m) => m.load.clientCpuMs, ms],
  ];
  const cell = (m: Measured | undefined, row: Row) => (m ? row[2](row[1](m)) : '–');
  const ratio = (row: Row) => {
    if (!concord || !echo) return '–';
    const a = row[1](concord);
    const b = row[1](echo);
    return b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×` : '–';
  };
  const cpu = cpus();
  console.log(`node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}; all on 127.0.0.1`);
  console.log(
    `${CLIENTS} graphql-ws subscribers (one websocket each, one client process), ${VOTES} votes over HTTP, ` +
      `${CONCURRENCY} in flight; server memory after a forced GC; run took ${totalS.toFixed(1)} s`,
  );
  console.log('');
  printTable(
    ['', 'Concord', 'bare graphql-ws echo', 'Concord / echo'],
    rows.map((row) => [row[0], cell(concord, row), cell(echo, row), ratio(row)]),
  );
  printBreakdown(concord, echo);
  if (concord?.overstated) {
    const o = concord.overstated;
    console.log('');
    console.log(
      `Concord tallies whose version claims a vote they do not count: ${o.events} of ${o.distinct} distinct ` +
        `tallies${o.events ? ` (short by up to ${o.worst} votes)` : ''}.`,
    );
  }
}

/**
 * Where the time of one broadcast goes, from the servers' traces and the clients' arrival
 * times (epoch ms, one clock): for Concord, each coalesced flush from its window opening
 * to the last subscriber; for the echo, each ping from its publish to the last subscriber.
 */
function printBreakdown(concord: Measured | undefined, echo: Measured | undefined) {
  type Stage = [name: string, concord: number[] | null, echo: number[] | null];
  const stages: Stage[] = [];
  const c = concord?.memory.after.trace;
  const cs = concord && eventSpread(concord.load);
  let note = '';
  if (c && cs) {
    const n = Math.min(c.windows.length, c.flushes.length, c.heard.length, c.builds.length, cs.first.length);
    if (n !== cs.first.length || n !== c.builds.length) {
      note = `(Concord: ${c.windows.length} windows, ${c.flushes.length} flushes, ${c.heard.length} notices, ${c.builds.length} builds, ${cs.first.length} events; the first ${n} paired)`;
    }
    const each = (f: (k: number) => number) => Array.from({ length: n }, (_, k) => f(k));
    stages.push(
      ['coalescing window (first vote in it → flush)', each((k) => c.flushes[k] - c.windows[k]), null],
      ['NOTIFY sent → heard back on the bus', each((k) => c.heard[k] - c.flushes[k]), null],
      ['heard → event build starts', each((k) => c.builds[k][0] - c.heard[k]), null],
      ['event build (database reads)', each((k) => c.builds[k][1] - c.builds[k][0]), null],
      ['built → first subscriber has it', each((k) => cs.first[k]! - c.builds[k][1]), null],
    );
  }
  const e = echo?.memory.after.trace;
  const es = echo && eventSpread(echo.load);
  if (e && es) {
    const published = (e.published as [number, number][]).slice(0, es.first.length);
    stages.push(['published → first subscriber has it', null, published.map(([t], k) => es.first[k]! - t)]);
  }
  stages.push([
    'first → last subscriber has it (fan-out spread)',
    cs ? Array.from(cs.first, (t, k) => cs.last[k]! - t) : null,
    es ? Array.from(es.first, (t, k) => es.last[k]! - t) : null,
  ]);
  const probe = (m: Measured | undefined, f: (p: Measured['load']['probes'][number]) => number | undefined) =>
    m ? m.load.probes.map(f).filter((x): x is number => x !== undefined) : null;
  stages.push(
    [`idle server, one event: build (database reads)`, probe(concord, (p) => p.buildMs), null],
    [
      `idle server, one event: in hand → written to all ${CLIENTS} sockets`,
      probe(concord, (p) => p.fanoutMs),
      probe(echo, (p) => p.fanoutMs),
    ],
    [
      `idle server, one event: first → last subscriber has it`,
      probe(concord, (p) => p.spreadMs),
      probe(echo, (p) => p.spreadMs),
    ],
  );
  const stat = (values: number[] | null, p: number) =>
    values?.length ? ms(percentile(Float64Array.from(values), p)) : '–';
  const loop = (m: Measured | undefined, key: 'p50' | 'p99' | 'max') =>
    m?.memory.after.trace ? ms(m.memory.after.trace.loopDelay[key]) : '–';
  console.log('');
  console.log('Where the time goes, per broadcast event (Concord: per coalesced flush), p50 / max:');
  printTable(
    ['stage', 'Concord p50', 'Concord max', 'echo p50', 'echo max'],
    [
      ...stages.map(([name, a, b]) => [name, stat(a, 0.5), stat(a, 1), stat(b, 0.5), stat(b, 1)]),
      [
        'server event-loop delay during the votes (p50 / max)',
        loop(concord, 'p50'),
        loop(concord, 'max'),
        loop(echo, 'p50'),
        loop(echo, 'max'),
      ],
      [
        'client process event-loop delay (p50 / max)',
        concord ? ms(concord.load.clientLoopDelay.p50) : '–',
        concord ? ms(concord.load.clientLoopDelay.max) : '–',
        echo ? ms(echo.load.clientLoopDelay.p50) : '–',
        echo ? ms(echo.load.clientLoopDelay.max) : '–',
      ],
      [
        'ORM pool: requests waiting for a connection (mean / max)',
        c?.pool.samples ? (c.pool.waitingSum / c.pool.samples).toFixed(1) : '–',
        c?.pool.samples ? String(c.pool.waitingMax) : '–',
        '–',
        '–',
      ],
    ],
  );
  if (note) console.log(note);
}

function distinctEvents(load: LoadResult): number {
  const seen = new Set<number>();
  for (const s of load.subscribers) for (const v of s.versions) seen.add(v);
  return seen.size;
}

main().catch((error) => {
  console.error(`calibration bench failed while ${phase}:`, error);
  void terminateAll().finally(() => process.exit(1));
});
