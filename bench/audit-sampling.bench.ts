// Times drawing one day's audit sample (`drawDay`, what runSamplingPlan and
// `concord audits sample` run) from 1,000,000 cases, next to a baseline measured in the
// same run: a plain count of the same day's candidates. Run from the repository root:
//   pnpm --filter @concord/server build && server/node_modules/.bin/tsx bench/audit-sampling.bench.ts [cases] [days]
// See bench/README.md for what is measured.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type * as Bootstrap from '../server/src/app/bootstrap.js';
import type * as Config from '../server/src/config.js';
import type * as Embedded from '../server/src/db/embedded.js';
import type * as Sampling from '../server/src/modules/audit/sampling.js';
import type * as PlanEntity from '../server/src/modules/audit/sampling-plan.entity.js';
import type * as UserEntity from '../server/src/modules/identity/user.entity.js';

const CASES = Number(process.argv[2] ?? 1_000_000);
/** The cases are spread evenly over this many days (UTC), ending a week ago. */
const DAYS = Number(process.argv[3] ?? 30);
/** Each draw is timed on this many different days; the median is reported. */
const REPEATS = Math.min(5, DAYS);

const load = async <T>(file: string) => (await import(new URL(`../server/dist/${file}`, import.meta.url).href)) as T;
const { openDatabase } = await load<typeof Bootstrap>('app/bootstrap.js');
const { loadConfig } = await load<typeof Config>('config.js');
const { startEmbeddedPostgres } = await load<typeof Embedded>('db/embedded.js');
const { candidateWhere, drawDay, drawSelect } = await load<typeof Sampling>('modules/audit/sampling.js');
const { SamplingPlan } = await load<typeof PlanEntity>('modules/audit/sampling-plan.entity.js');
const { User } = await load<typeof UserEntity>('modules/identity/user.entity.js');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const DAY_MS = 86_400_000;
const firstDay = Date.parse(new Date(Date.now() - (DAYS + 7) * DAY_MS).toISOString().slice(0, 10));
const dayAt = (i: number) => new Date(firstDay + i * DAY_MS).toISOString().slice(0, 10);

const tmp = await mkdtemp(path.join(tmpdir(), 'concord-sampling-bench-'));
const db = await startEmbeddedPostgres(tmp, { persistent: false });
try {
  process.stderr.write(`Embedded PostgreSQL in ${tmp}; migrating and seeding the demo data …\n`);
  const config = loadConfig({ DATABASE_URL: db.url, DATA_DIR: tmp, SEED_DEMO: 'true' });
  const database = await openDatabase(config, { passwordCost: { N: 2 ** 10, r: 8, p: 1 } });
  const em = () => database.orm.em.fork() as EntityManager;
  const knex = database.orm.em.getKnex();

  // The cases, written by one INSERT … SELECT over generate_series (not the ORM): day i %
  // DAYS (times spread over the day), and within a day each demo market's moderator in
  // turn, four queues, the bullying policy's version 2 labels. The trigram index on the
  // text serves search, not sampling, and would take most of the insert's time: dropped.
  await knex.raw('drop index moderation_case_text_trgm_index');
  const started = performance.now();
  await knex.raw(
    `with mods as (
       select row_number() over (order by u.email) - 1 as k, u.id, u.team_id, u.market_id
       from app_user u where u.role = 'MODERATOR' and u.email like 'moderator.%@concord.demo'),
     version as (
       select v.id, v.policy_id, array(select l->>'key' from jsonb_array_elements(v.labels) l) as labels
       from policy_version v join policy p on p.id = v.policy_id where p.key = 'bullying' and v.number = 2),
     n as (select count(*) as m from mods)
     insert into moderation_case (id, source, external_id, market_id, queue, content_type, text, media_url,
       sensitivity_tags, policy_version_id, policy_id, decision, moderator_id, team_id, decided_at)
     select gen_random_uuid(), 'bench', 'case-' || i, mods.market_id,
       (array['user-reports', 'proactive-detection', 'escalations', 'media-review'])[(1 + (i / ? / 6) % 4)::int],
       'TEXT', 'bench comment ' || i, null, '{}', version.id, version.policy_id,
       version.labels[(1 + ((i * 13) % 17) % array_length(version.labels, 1))::int], mods.id, mods.team_id,
       ?::timestamptz + ((i % ?) || ' days')::interval + (((i * 7919) % 86400) || ' seconds')::interval
     from generate_series(0::bigint, ?::bigint - 1) as i, version, n join mods on true
     where mods.k = (i / ?) % n.m`,
    [DAYS, new Date(firstDay).toISOString(), DAYS, CASES, DAYS],
  );
  await knex.raw('analyze moderation_case');
  const insertSeconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `${CASES.toLocaleString('en')} cases over ${DAYS} days inserted in ${insertSeconds.toFixed(1)} s\n`,
  );

  const creator = await em().findOneOrFail(User, { email: 'qa.manager@concord.demo' });
  const it = (await knex.raw(`select id from market where code = 'it-IT'`)) as { rows: { id: string }[] };
  const marketId = it.rows[0]!.id;
  type Spec = { name: string; scope: Record<string, unknown>; rate?: number; countPerDay?: number; stratify?: boolean };
  const specs: Spec[] = [
    { name: 'queue user-reports, 200 a day', scope: { queue: 'user-reports' }, countPerDay: 200 },
    { name: 'market it-IT, 5%', scope: { market: marketId }, rate: 0.05 },
    { name: 'market it-IT, 5%, stratified by decision', scope: { market: marketId }, rate: 0.05, stratify: true },
    { name: 'moderator.it, 10%', scope: { moderator: creator.id }, rate: 0.1 },
  ];
  // moderator.it, not the manager: the plan scopes a moderator's decisions.
  const moderatorIt = await em().findOneOrFail(User, { email: 'moderator.it@concord.demo' });
  specs[3]!.scope = { moderator: moderatorIt.id };

  const results: { step: string; ms: number; candidates: number; drawn: number | null; note: string }[] = [];
  const explains: string[] = [];

  for (const spec of specs) {
    const session = em();
    const plan = session.create(SamplingPlan, {
      name: spec.name,
      ...spec.scope,
      rate: spec.rate ?? null,
      countPerDay: spec.countPerDay ?? null,
      stratifyByDecision: spec.stratify ?? false,
      seed: 42,
      createdBy: creator,
    } as never);
    await session.flush();

    // Baseline: count the day's candidates of the same scope (the same WHERE, no hashing, no sort, no insert).
    const countTimes: number[] = [];
    let candidates = 0;
    for (let r = 0; r < REPEATS; r++) {
      const where = candidateWhere(plan, dayAt(r));
      const t0 = performance.now();
      const rows = await em().execute<{ n: string }[]>(
        `select count(*) as n from moderation_case c where ${where.sql}`,
        where.params,
      );
      countTimes.push(performance.now() - t0);
      candidates = Number(rows[0]!.n);
    }
    results.push({
      step: `baseline: count the day's candidates (${spec.name})`,
      ms: median(countTimes),
      candidates,
      drawn: null,
      note: `median of ${REPEATS} days`,
    });

    const drawTimes: number[] = [];
    let drawn = 0;
    for (let r = 0; r < REPEATS; r++) {
      const t0 = performance.now();
      const run = await drawDay(em(), plan, dayAt(r), creator.id);
      drawTimes.push(performance.now() - t0);
      drawn = run.drawn;
      candidates = run.candidates;
    }
    results.push({
      step: `draw one day: ${spec.name}`,
      ms: median(drawTimes),
      candidates,
      drawn,
      note: 'count, run row, INSERT … SELECT, commit',
    });

    // The plan PostgreSQL chooses for the draw's SELECT on another day (with `days` 1, the same one).
    const day = dayAt(REPEATS % DAYS);
    const counts = await em().execute<{ decision: string; n: string }[]>(
      `select c.decision, count(*) as n from moderation_case c where ${candidateWhere(plan, day).sql} group by c.decision`,
      candidateWhere(plan, day).params,
    );
    const byDecision = new Map(counts.map((c) => [c.decision, Number(c.n)]));
    const select = drawSelect(plan, day, '00000000-0000-4000-8000-000000000000', byDecision, drawn);
    const plans = await em().execute<{ 'QUERY PLAN': string }[]>(`explain ${select.sql}`, select.params);
    const text = plans.map((p) => p['QUERY PLAN']);
    const scans = text.filter((l) => /Scan/.test(l)).map((l) => l.trim().replace(/\s+\(cost=.*$/, ''));
    const sequential = scans.some((s) => /Seq Scan on moderation_case/.test(s));
    // A day's scope spreads over the table's pages: reading a twentieth of the rows or more,
    // a sequential scan can be the right plan; below, it is a missing index.
    if (sequential && candidates < CASES / 20) {
      throw new Error(`the draw of "${spec.name}" scans moderation_case sequentially:\n${text.join('\n')}`);
    }
    explains.push(`- ${spec.name}: ${scans.join('; ')}`);
  }
  await database.close();

  const lines = [
    `Audit sampling: ${CASES.toLocaleString('en')} cases over ${DAYS} days (about ${Math.round(CASES / DAYS).toLocaleString('en')} a day), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    `(cases inserted with generate_series in ${insertSeconds.toFixed(1)} s)`,
    '',
    '| step | ms (median) | candidates | drawn | × its baseline | note |',
    '|---|---:|---:|---:|---:|---|',
    ...results.map((r, i) => {
      const baseline = results[i - (i % 2)]!.ms;
      return `| ${r.step} | ${r.ms.toFixed(1)} | ${r.candidates.toLocaleString('en')} | ${r.drawn ?? ''} | ${(r.ms / baseline).toFixed(2)} | ${r.note} |`;
    }),
    '',
    'Scans in the plan of each draw (EXPLAIN of the SELECT the draw inserts from):',
    ...explains,
  ];
  console.log(lines.join('\n'));
} finally {
  await db.stop();
  await rm(tmp, { recursive: true, force: true });
}
