// @ts-check
// The Concord side of calibration.bench.ts: a real Concord server in its own process (so
// its memory is its own), on a throw-away embedded PostgreSQL in DATA_DIR (argv[2]).
// Plain JavaScript run by `node`, importing the SWC-built server from ../server/dist
// (build it first: `pnpm --filter @concord/server run build`); no loader hooks, so the
// memory it reports is the server's.
//
// It creates a published policy version, one case, VOTERS voter users (argv[3]) from three
// markets and a blind session with them as participants and one item, starts the session
// and opens the item, then sends the parent over IPC
//   { type: 'ready', port, sessionId, itemId, facilitatorToken, tokens: [one per voter] }
// and answers 'stats' and 'stop' (child-ipc.mjs). While tracing, it also records, for each
// coalesced tally flush, when its window opened, when the NOTIFY went out and came back,
// and when the event was built, by wrapping the live objects from outside (no server
// change), plus how many requests waited for a connection of the ORM's pool.
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import process from 'node:process';
import { answerParent, now, send } from './child-ipc.mjs';
import { startConcord } from '../server/dist/app/bootstrap.js';
import { loadConfig } from '../server/dist/config.js';
import { Case } from '../server/dist/modules/case/case.entity.js';
import { ContentType } from '../server/dist/modules/case/case.enums.js';
import { Market } from '../server/dist/modules/identity/market.entity.js';
import { hashPassword } from '../server/dist/modules/identity/password.js';
import { Role, TeamKind } from '../server/dist/modules/identity/role.js';
import { Team } from '../server/dist/modules/identity/team.entity.js';
import { User } from '../server/dist/modules/identity/user.entity.js';
import { Policy } from '../server/dist/modules/policy/policy.entity.js';
import { PolicyArea, PolicyVersionStatus } from '../server/dist/modules/policy/policy.enums.js';
import { PolicyVersion } from '../server/dist/modules/policy/policy-version.entity.js';

const dataDir = process.argv[2];
const voterCount = Number(process.argv[3] ?? 1000);
if (!dataDir || !process.send) {
  console.error('usage: node calibration-server.mjs DATA_DIR VOTERS (forked by calibration.bench.ts, with IPC)');
  process.exit(2);
}
const MARKETS = ['it-IT', 'de-DE', 'ko-KR'];
const LABELS = [
  { key: 'no_violation', name: 'No violation', description: '', severity: 0 },
  { key: 'borderline', name: 'Borderline', description: '', severity: 1 },
  { key: 'violating', name: 'Violating', description: '', severity: 2 },
  { key: 'severe', name: 'Severe', description: '', severity: 3 },
];
const cheap = { N: 1024, r: 8, p: 1 };

/** @type {any} */
let concord = null;
let stopping = false;
/** @type {string | null} */
let benchSession = null;
/** @type {(() => unknown) | null} */
let stopListening = null;
/** @type {{ windows: number[], flushes: number[], heard: number[], builds: [number, number, number][], pool: { samples: number, waitingSum: number, waitingMax: number } } | null} */
let trace = null;
/** @type {NodeJS.Timeout | undefined} */
let poolTimer;
// Tally notices heard on the bus and events built from them, since the start.
/** @type {((result: { buildMs: number, fanoutMs: number }) => void) | null} */
let probe = null;
/** @type {string | null} */
let benchItem = null;
/** One tally notice straight onto the bus (no vote, no window): the hub builds and fans it out. */
function broadcast() {
  return new Promise((resolve) => {
    probe = resolve;
    void concord.deps.bus.publish('session', benchSession, { kind: 'tally', itemId: benchItem });
  });
}
// The hub skips a build when a fresher notice for the same item is already waiting, so
// "heard minus built" never settles; what is left to send is the builds in flight and the
// tally windows still open.
let buildsInFlight = 0;
const pending = () => buildsInFlight + /** @type {any} */ (concord.deps.sessions).tallies.timers.size;
answerParent({ stop, startTrace, stopTrace, broadcast, pending });
concord = await startConcord(
  loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'true',
    EVENT_BUS: 'postgres',
    JWT_SECRET: randomBytes(32).toString('base64url'),
    CLIENT_DIST: path.join(dataDir, 'no-client'),
  }),
  { passwordCost: cheap },
);

async function stop(orderly = true, code = 0) {
  if (stopping) return;
  stopping = true;
  try {
    // Let the server finish what the clients' leaving started (each subscription's end
    // deletes its presence row) before it is stopped: stop() does not wait for those.
    const started = Date.now();
    while (orderly && concord && benchSession && Date.now() - started < 10_000) {
      const [row] = await concord.deps.orm.em
        .fork()
        .execute('select count(*)::int as n from session_presence where session_id = ?', [benchSession]);
      if (row.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await stopListening?.();
    await concord?.stop();
  } catch (error) {
    console.error('calibration-server: stop failed', error);
    code = 1;
  }
  process.exit(code);
}
// ---- tracing a tally's way (wrapping the live objects from outside; no server change) ----
// For each coalesced flush: when its window opened (the first vote's touch), when the
// NOTIFY was sent and heard back on the bus, and when the event was built (read from
// the database); and how many ORM pool requests waited for a connection.
function startTrace() {
  trace = { windows: [], flushes: [], heard: [], builds: [], pool: { samples: 0, waitingSum: 0, waitingMax: 0 } };
  const pool = concord.deps.orm.em.getConnection().getKnex().client.pool;
  poolTimer = setInterval(() => {
    if (!trace) return;
    const waiting = pool.numPendingAcquires();
    trace.pool.samples++;
    trace.pool.waitingSum += waiting;
    trace.pool.waitingMax = Math.max(trace.pool.waitingMax, waiting);
  }, 5);
}
function stopTrace() {
  clearInterval(poolTimer);
  const result = trace;
  trace = null;
  return result ?? {};
}
{
  const hub = /** @type {any} */ (concord.deps.sessions);
  const coalescer = hub.tallies;
  const touch = coalescer.touch.bind(coalescer);
  coalescer.touch = (/** @type {unknown} */ key) => {
    if (trace && !coalescer.timers.has(coalescer.keyOf(key))) trace.windows.push(now());
    touch(key);
  };
  const bus = /** @type {any} */ (concord.deps.bus);
  const publish = bus.publish.bind(bus);
  bus.publish = (/** @type {string} */ topic, /** @type {string} */ id, /** @type {any} */ notice) => {
    if (trace && notice.kind === 'tally') trace.flushes.push(now());
    return publish(topic, id, notice);
  };
  const build = hub.build.bind(hub);
  hub.build = async (/** @type {string} */ sessionId, /** @type {any} */ notice) => {
    const started = now();
    buildsInFlight++;
    const event = await build(sessionId, notice).finally(() => {
      buildsInFlight--;
    });
    const built = now();
    if (trace && notice.kind === 'tally') trace.builds.push([started, built, event?.tally?.version ?? -1]);
    if (probe && notice.kind === 'tally') {
      // The hub hands the event to every subscriber as this resolves (see child-ipc.mjs).
      const done = probe;
      probe = null;
      setImmediate(() => done({ buildMs: built - started, fanoutMs: now() - built }));
    }
    return event;
  };
}
/** One more listener on this process's bus: when each tally notice is heard back. */
function listenToBus(/** @type {string} */ sessionId) {
  const notices = /** @type {AsyncIterator<any>} */ (
    concord.deps.bus.subscribe('session', sessionId)[Symbol.asyncIterator]()
  );
  void (async () => {
    for (;;) {
      const next = await notices.next();
      if (next.done) return;
      if (next.value.kind !== 'tally') continue;
      trace?.heard.push(now());
    }
  })();
  return () => notices.return?.();
}

const base = `http://127.0.0.1:${concord.port}/graphql`;
/** @param {string} query @param {Record<string, unknown>} variables @param {string} token */
async function gql(query, variables, token) {
  const response = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = /** @type {{ data?: any, errors?: unknown[] }} */ (await response.json());
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

try {
  const em = concord.deps.orm.em.fork();
  // A published policy version with four labels and one case (as the integration tests do).
  const suffix = randomUUID().slice(0, 8);
  const policy = em.create(Policy, { key: `bench-${suffix}`, title: 'Bench policy', area: PolicyArea.BULLYING });
  const version = em.create(PolicyVersion, {
    policy,
    number: 1,
    status: PolicyVersionStatus.PUBLISHED,
    effectiveDate: '2026-01-01',
    body: '# Bench',
    labels: LABELS,
    publishedAt: new Date(),
  });
  const markets = await em.find(Market, { code: { $in: MARKETS } });
  const moderator = await em.findOneOrFail(User, { email: 'moderator.it@concord.demo' }, { populate: ['team'] });
  const theCase = em.create(Case, {
    source: 'bench',
    externalId: `${suffix}-0`,
    market: markets[0],
    queue: 'bullying-text',
    contentType: ContentType.TEXT,
    text: 'A sample comment',
    policyVersion: version,
    policy,
    decision: 'borderline',
    moderator,
    team: moderator.team,
    decidedAt: new Date(),
  });
  // The voters: vendor moderators of the three markets, one password hash for all.
  const hash = await hashPassword('concord', cheap);
  const teams = await em.find(
    Team,
    { market: { code: { $in: MARKETS } }, kind: TeamKind.VENDOR },
    { populate: ['market'] },
  );
  /** @type {any[]} */
  const voters = [];
  for (let i = 0; i < voterCount; i++) {
    const team = teams[i % teams.length];
    voters.push(
      em.create(User, {
        email: `bench.voter.${i}.${suffix}@vendor.example`,
        name: `Voter ${String(i).padStart(4, '0')}`,
        role: Role.MODERATOR,
        market: team.market,
        team,
        passwordHash: hash,
      }),
    );
  }
  await em.flush();

  // The session, through the API as a facilitator would run it.
  const facilitator = await em.findOneOrFail(User, { email: 'qa.specialist@concord.demo' });
  const facilitatorToken = (await concord.deps.tokens.sign(facilitator.id)).token;
  const created = await gql(
    'mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { id items { id } } }',
    {
      input: {
        title: 'Benchmark session',
        policyVersionId: version.id,
        mode: 'BLIND',
        scheduledAt: new Date().toISOString(),
        marketIds: teams.map((t) => t.market.id),
        participantIds: voters.map((v) => v.id),
        caseIds: [theCase.id],
      },
    },
    facilitatorToken,
  );
  const sessionId = created.createCalibrationSession.id;
  const itemId = created.createCalibrationSession.items[0].id;
  benchSession = sessionId;
  benchItem = itemId;
  stopListening = listenToBus(sessionId);
  await gql(
    'mutation($id: ID!) { startCalibrationSession(sessionId: $id) { id } }',
    { id: sessionId },
    facilitatorToken,
  );
  await gql('mutation($id: ID!) { openCalibrationItem(itemId: $id) { id } }', { id: itemId }, facilitatorToken);
  const tokens = [];
  for (const voter of voters) tokens.push((await concord.deps.tokens.sign(voter.id)).token);
  send({ type: 'ready', port: concord.port, sessionId, itemId, facilitatorToken, tokens });
} catch (error) {
  console.error('calibration-server: set-up failed', error);
  await stop(false, 1);
}
