// Times the case import (`concord import cases FILE`) on 100,000 generated rows against a
// throw-away embedded PostgreSQL, next to a baseline measured in the same run.
// Run from the repository root (the server's build carries the decorator metadata):
//   pnpm --filter @concord/server build && server/node_modules/.bin/tsx bench/import.bench.ts [rows]
// See bench/README.md for what is measured.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as Bootstrap from '../server/src/app/bootstrap.js';
import type * as Main from '../server/src/cli/main.js';
import type * as Config from '../server/src/config.js';
import type * as Embedded from '../server/src/db/embedded.js';
import type * as CaseFile from '../server/src/modules/case/case-file.js';
import type * as CaseImport from '../server/src/modules/case/case-import.js';

const ROWS = Number(process.argv[2] ?? 100_000);
const BASELINE_BATCH = 1_000;

const load = async <T>(file: string) => (await import(new URL(`../server/dist/${file}`, import.meta.url).href)) as T;
const { openDatabase } = await load<typeof Bootstrap>('app/bootstrap.js');
const { run } = await load<typeof Main>('cli/main.js');
const { loadConfig } = await load<typeof Config>('config.js');
const { startEmbeddedPostgres } = await load<typeof Embedded>('db/embedded.js');
const { CASE_FIELDS, parseCaseFile } = await load<typeof CaseFile>('modules/case/case-file.js');
await load<typeof CaseImport>('modules/case/case-import.js');

/** mulberry32: the same file on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = `the a post comment photo video friend school team match city today really never always please
share link free win prize check this out what why how great bad funny sad angry love hate people again`.split(/\s+/);

type Row = Record<(typeof CASE_FIELDS)[number], string>;

function generate(
  count: number,
  source: string,
  refs: { markets: { code: string; moderator: string }[]; policies: { key: string; labels: string[] }[] },
  variant = 0,
): Row[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const market = pick(refs.markets);
    const policy = pick(refs.policies);
    const image = next() < 0.1;
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(WORDS));
    return {
      source,
      externalId: `case-${String(i).padStart(7, '0')}`,
      market: market.code,
      queue: pick(['user-reports', 'proactive-detection', 'escalations', 'media-review']),
      contentType: image ? 'IMAGE' : 'TEXT',
      text: `${words.join(' ')}${variant ? ` (${variant})` : ''}`,
      mediaUrl: image ? `https://cdn.example.com/media/${i}.jpg` : '',
      sensitivityTags: next() < 0.05 ? 'graphic' : '',
      policy: policy.key,
      policyVersion: '2',
      decision: pick(policy.labels),
      moderatorEmail: market.moderator,
      decidedAt: new Date(now - Math.floor(next() * 365 * 86_400_000) - 60_000).toISOString(),
    };
  });
}

const toCsv = (rows: Row[]) =>
  `${CASE_FIELDS.join(',')}\n${rows
    .map((r) => CASE_FIELDS.map((f) => (/[",\n]/.test(r[f]) ? `"${r[f].replace(/"/g, '""')}"` : r[f])).join(','))
    .join('\n')}\n`;

const toJsonl = (rows: Row[]) =>
  `${rows
    .map((r) =>
      JSON.stringify({
        ...r,
        mediaUrl: r.mediaUrl || null,
        sensitivityTags: r.sensitivityTags ? [r.sensitivityTags] : [],
        policyVersion: Number(r.policyVersion),
      }),
    )
    .join('\n')}\n`;

const results: { step: string; seconds: number; note: string }[] = [];
const time = async (step: string, note: string, work: () => Promise<unknown>) => {
  const started = performance.now();
  const output = await work();
  const seconds = (performance.now() - started) / 1000;
  // The command's own summary says how the time split between checking and writing.
  const split = typeof output === 'string' ? /\((read and checked in .*)\)/.exec(output)?.[1] : undefined;
  results.push({ step, seconds, note: split ? `${note}: ${split}` : note });
  process.stderr.write(`  ${step}: ${seconds.toFixed(2)} s\n`);
};

const tmp = await mkdtemp(path.join(tmpdir(), 'concord-import-bench-'));
const db = await startEmbeddedPostgres(tmp, { persistent: false });
try {
  process.stderr.write(`Embedded PostgreSQL in ${tmp}; migrating and seeding the demo data …\n`);
  const config = loadConfig({ DATABASE_URL: db.url, DATA_DIR: tmp, SEED_DEMO: 'true' });
  const database = await openDatabase(config, { passwordCost: { N: 2 ** 10, r: 8, p: 1 } });
  const knex = database.orm.em.getKnex();
  const markets = (await knex.raw(
    `select m.code, min(u.email) as moderator from market m join app_user u on u.market_id = m.id
     where u.role = 'MODERATOR' and u.team_id is not null group by m.code order by m.code`,
  )) as { rows: { code: string; moderator: string }[] };
  const policies = (await knex.raw(
    `select p.key, array(select l->>'key' from jsonb_array_elements(v.labels) l) as labels
     from policy p join policy_version v on v.policy_id = p.id and v.number = 2 order by p.key`,
  )) as { rows: { key: string; labels: string[] }[] };
  const refs = { markets: markets.rows, policies: policies.rows };

  const rows = generate(ROWS, 'bench', refs);
  const csvFile = path.join(tmp, 'cases.csv');
  const csv = toCsv(rows);
  await writeFile(csvFile, csv);
  const changedFile = path.join(tmp, 'cases-changed.csv');
  await writeFile(changedFile, toCsv(generate(ROWS, 'bench', refs, 1)));
  const jsonlFile = path.join(tmp, 'cases.jsonl');
  await writeFile(jsonlFile, toJsonl(generate(ROWS, 'bench-jsonl', refs)));
  process.stderr.write(`${ROWS} rows: ${(csv.length / 1e6).toFixed(1)} MB of CSV\n`);

  // The command reads DATABASE_URL like a shell would; its output is kept for the notes.
  process.env.DATABASE_URL = db.url;
  process.env.DATA_DIR = tmp;
  const cli = (args: string[]) => async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, {
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      readFile: async (file) => (await import('node:fs/promises')).readFile(file, 'utf8'),
    });
    if (code !== 0) throw new Error(`import failed (${code}):\n${err.join('')}`);
    return out.join('');
  };

  // Baseline: the same rows, already resolved to ids, written by bare multi-row INSERTs
  // (1,000 rows and 14,000 bind parameters a statement) into a table shaped and indexed
  // like moderation_case: no parsing, no checks, no conflict handling.
  const resolved = (await knex.raw(
    `select m.code as market, m.id as market_id, u.email, u.id as moderator_id, u.team_id, p.key, p.id as policy_id, v.id as version_id
     from market m join app_user u on u.market_id = m.id join policy p on true join policy_version v on v.policy_id = p.id and v.number = 2
     where u.role = 'MODERATOR' and u.team_id is not null`,
  )) as {
    rows: {
      market: string;
      market_id: string;
      email: string;
      moderator_id: string;
      team_id: string;
      key: string;
      policy_id: string;
      version_id: string;
    }[];
  };
  const ids = new Map(resolved.rows.map((r) => [`${r.market}|${r.email}|${r.key}`, r]));
  // Shaped, indexed and constrained like moderation_case: LIKE … INCLUDING ALL copies the
  // indexes but not the foreign keys, whose checks are a good part of the cost of a row.
  const foreignKeys = (await knex.raw(
    `select conname, pg_get_constraintdef(oid) as definition from pg_constraint
     where conrelid = 'moderation_case'::regclass and contype = 'f'`,
  )) as { rows: { conname: string; definition: string }[] };
  const likeCases = async (table: string) => {
    await knex.raw(`create table ${table} (like moderation_case including all)`);
    for (const fk of foreignKeys.rows) {
      await knex.raw(`alter table ${table} add constraint "${table}_${fk.conname}" ${fk.definition}`);
    }
  };
  await likeCases('bench_baseline');
  await time('baseline: bare multi-row INSERT of the resolved rows', `${BASELINE_BATCH} rows a statement`, async () => {
    for (let start = 0; start < rows.length; start += BASELINE_BATCH) {
      const batch = rows.slice(start, start + BASELINE_BATCH);
      const values: unknown[] = [];
      const tuples = batch.map((r) => {
        const ref = ids.get(`${r.market}|${r.moderatorEmail}|${r.policy}`)!;
        values.push(
          r.source,
          r.externalId,
          ref.market_id,
          r.queue,
          r.contentType,
          r.text || null,
          r.mediaUrl || null,
          r.sensitivityTags ? [r.sensitivityTags] : [],
          ref.version_id,
          ref.policy_id,
          r.decision,
          ref.moderator_id,
          ref.team_id,
          r.decidedAt,
        );
        return '(gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
      });
      await knex.raw(
        `insert into bench_baseline (id, source, external_id, market_id, queue, content_type, text, media_url, sensitivity_tags,
           policy_version_id, policy_id, decision, moderator_id, team_id, decided_at) values ${tuples.join(', ')}`,
        values as never[],
      );
    }
  });
  await likeCases('bench_baseline_json');
  const resolvedRows = rows.map((r) => {
    const ref = ids.get(`${r.market}|${r.moderatorEmail}|${r.policy}`)!;
    return {
      source: r.source,
      external_id: r.externalId,
      market_id: ref.market_id,
      queue: r.queue,
      content_type: r.contentType,
      text: r.text || null,
      media_url: r.mediaUrl || null,
      sensitivity_tags: r.sensitivityTags ? [r.sensitivityTags] : [],
      policy_version_id: ref.version_id,
      policy_id: ref.policy_id,
      decision: r.decision,
      moderator_id: ref.moderator_id,
      team_id: ref.team_id,
      decided_at: r.decidedAt,
    };
  });
  const COLUMNS = Object.keys(resolvedRows[0]!).join(', ');
  await time(
    'baseline: bare INSERT … SELECT FROM json_to_recordset',
    "5,000 rows a statement, the import's transport",
    async () => {
      for (let start = 0; start < resolvedRows.length; start += 5_000) {
        await knex.raw(
          `insert into bench_baseline_json (id, ${COLUMNS}) select gen_random_uuid(), ${COLUMNS} from json_to_recordset(?::json) as x(
           source text, external_id text, market_id uuid, queue text, content_type content_type, text text, media_url text,
           sensitivity_tags text[], policy_version_id uuid, policy_id uuid, decision text, moderator_id uuid, team_id uuid,
           decided_at timestamptz)`,
          [JSON.stringify(resolvedRows.slice(start, start + 5_000))],
        );
      }
    },
  );
  await time('parse and check the CSV (no database)', 'parseCaseFile', async () => {
    const parsed = parseCaseFile(csv, 'CSV' as never);
    if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  });
  await time(
    'concord import cases FILE.csv: all new',
    'connect, read, check, upsert',
    cli(['import', 'cases', csvFile]),
  );
  await time(
    '… the same file again: all unchanged',
    'upsert leaves equal rows alone',
    cli(['import', 'cases', csvFile]),
  );
  await time('… every row changed: all updated', 'text of each row differs', cli(['import', 'cases', changedFile]));
  await time('concord import cases FILE.jsonl: all new', 'JSON Lines', cli(['import', 'cases', jsonlFile]));
  await database.close();

  const baseline = results[0]!.seconds;
  const lines = [
    `Case import, ${ROWS.toLocaleString('en')} rows (CSV ${(csv.length / 1e6).toFixed(1)} MB), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    '',
    "| step | seconds | rows/s | × first baseline's time | note |",
    '|---|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.step} | ${r.seconds.toFixed(2)} | ${Math.round(ROWS / r.seconds).toLocaleString('en')} | ${(r.seconds / baseline).toFixed(2)} | ${r.note} |`,
    ),
  ];
  console.log(lines.join('\n'));
} finally {
  await db.stop();
  await rm(tmp, { recursive: true, force: true });
}
