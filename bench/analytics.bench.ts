// Manager analytics at scale: generates 10,000 closed sessions with 1,000,000 votes once
// into a temporary embedded PostgreSQL, then times the common analytics queries through
// the real GraphQL server against a trivial query's round trip measured in the same run.
// Run: pnpm bench (from the repository root), or from bench/:
//   tsx analytics.bench.ts [--sessions 10000] [--votes 1000000] [--runs 50] [--data-dir DIR]
// --data-dir keeps (and on a later run reuses) the generated database. Needs the built server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    sessions: { type: 'string', default: '10000' },
    votes: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '50' },
    'data-dir': { type: 'string' },
  },
});
const SESSIONS = Number(options.sessions);
const VOTES = Number(options.votes);
const RUNS = Number(options.runs);
const dataDir = options['data-dir']
  ? path.resolve(options['data-dir'])
  : mkdtempSync(path.join(tmpdir(), 'concord-analytics-bench-'));

// The built server, loaded at run time so this file type-checks without it.
const dist = (file: string) => new URL(`../server/dist/${file}`, import.meta.url).href;
const { startConcord } = await import(dist('app/bootstrap.js'));
const { loadConfig } = await import(dist('config.js'));
const { generateDemoAnalytics } = await import(dist('modules/analytics/demo-generator.js'));

const concord = await startConcord(
  loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    CLIENT_DIST: path.join(tmpdir(), 'concord-no-client'),
  }),
);
try {
  const em = concord.deps.orm.em.fork();
  const [{ count }] = await em.execute('select count(*)::int as count from vote');
  if (count < VOTES * 0.9) {
    console.log(`Generating ${SESSIONS} sessions and ${VOTES} votes into ${dataDir} …`);
    const started = performance.now();
    let last = 0;
    await generateDemoAnalytics(em, {
      sessions: SESSIONS,
      votes: VOTES,
      results: false,
      onProgress: (done: number, total: number) => {
        if (done - last >= total / 10 || done === total) {
          last = done;
          console.log(`  ${done}/${total} sessions, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      },
    });
    await em.execute('vacuum analyze');
  }
  const [{ votes, sessions }] = await em.execute(
    `select (select count(*)::int from vote) as votes,
            (select count(*)::int from calibration_session where status = 'CLOSED') as sessions`,
  );
  const url = `http://127.0.0.1:${concord.port}/graphql`;
  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  const signIn = (await post(
    'mutation { signIn(input: { email: "qa.manager@concord.demo", password: "concord" }) { token } }',
  )) as {
    data: { signIn: { token: string } };
  };
  const token = signIn.data.signIn.token;
  const FIG =
    'sessions items votes percentAgreement { value } fleissKappa { value } krippendorffAlpha { value } gwetAC1 { value } accuracy { value }';
  const rates = (groupBy: string) =>
    `query($f: AnalyticsFilter) { agreementRates(filter: $f, groupBy: ${groupBy}) { rows { market { code } policy { key } period ${FIG} } total { ${FIG} } trend { period ${FIG} } } }`;
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();
  const quarter = new Date(Date.now() - 90 * 86_400_000).toISOString();
  const cases: [string, string, Record<string, unknown>][] = [
    ['baseline: query { __typename }', 'query { __typename }', {}],
    ['agreementRates total + monthly trend', rates('[]'), { f: { from: yearAgo } }],
    ['agreementRates by market', rates('[MARKET]'), { f: { from: yearAgo } }],
    ['agreementRates by policy', rates('[POLICY]'), {}],
    ['agreementRates market × policy', rates('[MARKET, POLICY]'), {}],
    ['agreementRates by month', rates('[MONTH]'), {}],
    [
      'contestedItems (last 90 days)',
      'query($f: AnalyticsFilter) { contestedItems(filter: $f, limit: 20) { itemId percentAgreement } }',
      { f: { from: quarter } },
    ],
    [
      'confusedLabelPairs (last 90 days)',
      'query($f: AnalyticsFilter) { confusedLabelPairs(filter: $f, limit: 20) { labelA labelB disagreements } }',
      { f: { from: quarter } },
    ],
    ['marketDrift', 'query { marketDrift { market { code } drift } }', {}],
    [
      'divergentItems (last 90 days)',
      'query($f: AnalyticsFilter) { divergentItems(filter: $f, limit: 20) { itemId divergence } }',
      { f: { from: quarter } },
    ],
    [
      'lowAccuracyParticipants (last 90 days)',
      'query($f: AnalyticsFilter) { lowAccuracyParticipants(filter: $f) { accuracy } }',
      { f: { from: quarter } },
    ],
  ];
  const percentile = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
  console.log(`\n${sessions} closed sessions, ${votes} votes; ${RUNS} runs per query after 3 warm-up runs\n`);
  console.log(`${'query'.padEnd(42)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const [name, query, variables] of cases) {
    for (let i = 0; i < 3; i++) await post(query, variables, token);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await post(query, variables, token);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const fmt = (n: number) => n.toFixed(1).padStart(8);
    console.log(`${name.padEnd(42)} ${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))} ${fmt(times.at(-1)!)}`);
  }
} finally {
  await concord.stop();
}
