import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/config.js';
import { ok } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';

// Checks of the seeded demo as a product: what a first start shows must work offline and
// must not contradict itself. They run on the template every integration test starts from.

const server = useTestServer();
const em = () => server().concord.deps.orm.em.fork() as EntityManager;
const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The media bundled with Concord, served at /demo-media/. */
const MEDIA_DIR = path.join(repoRoot, 'server', 'demo-media');
const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};

let manager = '';
beforeAll(async () => {
  manager = await server().signIn('qa.manager@concord.demo');
});

describe('demo media', () => {
  it('writes no URL to another host anywhere in the database', async () => {
    const columns = await em().execute<{ table: string; column: string }[]>(
      `select table_name as "table", column_name as "column" from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const { table, column } of columns) {
      // An absolute URL (scheme://) or a protocol-relative one (//host) after a quote, space or start.
      const rows = await em().execute<{ value: string }[]>(
        `select left("${column}"::text, 200) as value from "${table}"
          where "${column}"::text ~* '([a-z][a-z0-9+.-]*://|(^|[[:space:]"''(=])//[a-z0-9])' limit 1`,
      );
      if (rows[0]) found.push(`${table}.${column}: ${rows[0].value}`);
    }
    expect(found).toEqual([]);
  });

  it('serves every bundled media file with its content type, and every seeded media URL', async () => {
    const files = (await readdir(MEDIA_DIR)).filter((f) => !f.startsWith('.')).sort();
    expect(files.some((f) => TYPES[path.extname(f)]?.startsWith('image/'))).toBe(true);
    expect(files.some((f) => TYPES[path.extname(f)]?.startsWith('video/'))).toBe(true);
    for (const file of files) {
      const response = await fetch(`${server().url}/demo-media/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(TYPES[path.extname(file)]);
      expect(response.headers.get('cache-control'), file).toMatch(/max-age=\d{4,}/);
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      expect((await response.arrayBuffer()).byteLength, file).toBeLessThan(200_000);
    }
    const missing = await fetch(`${server().url}/demo-media/none.png`);
    expect(missing.status).toBe(404);

    const seeded = await em().execute<{ url: string; type: string }[]>(
      `select distinct media_url as url, content_type as type from moderation_case where media_url is not null`,
    );
    expect(seeded.length).toBeGreaterThan(0);
    for (const { url, type } of seeded) {
      expect(url, url).toMatch(/^\/demo-media\/[\w.-]+$/);
      const response = await fetch(`${server().url}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(type === 'IMAGE' ? /^image\// : /^video\//);
    }
  });
});

describe('demo coherence', () => {
  it('holds no item twice (same text and media) in a calibration session or a quiz', async () => {
    const inSessions = await em().execute<{ title: string; text: string | null; n: string }[]>(
      `select s.title, c.text, count(*) as n from calibration_item i
         join calibration_session s on s.id = i.session_id join moderation_case c on c.id = i.case_id
        group by s.id, s.title, c.text, c.media_url having count(*) > 1`,
    );
    expect(inSessions).toEqual([]);
    const inQuizzes = await em().execute<{ title: string; text: string | null; n: string }[]>(
      `select z.title, c.text, count(*) as n from quiz_question q
         join quiz z on z.id = q.quiz_id join moderation_case c on c.id = q.case_id
        group by z.id, z.title, c.text, c.media_url having count(*) > 1`,
    );
    expect(inQuizzes).toEqual([]);
  });

  it('expects one answer for the same content under the same policy version', async () => {
    const contradictions = await em().execute<{ text: string | null; labels: string[] }[]>(
      `with expected as (
         select s.policy_version_id as version, c.text, c.media_url, i.gold_label as label
           from calibration_item i join calibration_session s on s.id = i.session_id
           join moderation_case c on c.id = i.case_id where i.gold_label is not null
         union all
         select q.policy_version_id, c.text, c.media_url, q.expected_label
           from quiz_question q join moderation_case c on c.id = q.case_id)
       select text, array_agg(distinct label order by label) as labels from expected
        group by version, text, media_url having count(distinct label) > 1`,
    );
    expect(contradictions).toEqual([]);
  });

  it('compares every error trend of the quality dashboard with a previous period the audit history covers', async () => {
    const [history] = await em().execute<{ first: string }[]>(
      `select to_char(min(day), 'YYYY-MM-DD') as first from audit where status = 'COMPLETED'`,
    );
    const markets = await em().execute<{ id: string; code: string }[]>('select id, code from market order by code');
    const to = dayOf(Date.now());
    // The dashboard's default period (28 days) and its shorter preset, overall and per market.
    for (const days of [7, 28]) {
      const from = dayOf(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS);
      for (const market of [null, ...markets]) {
        const input = { from, to, ...(market ? { marketId: market.id } : {}) };
        const { errorTrends } = await ok(
          server(),
          `query($input: ErrorTrendsInput!) { errorTrends(input: $input) {
            previousFrom previousAudited categories { current previous } } }`,
          { input },
          manager,
        );
        const where = `${days} days, ${market?.code ?? 'all markets'}`;
        expect(history!.first <= errorTrends.previousFrom, `${where}: history from ${history!.first}`).toBe(true);
        expect(errorTrends.previousAudited, where).toBeGreaterThan(0);
        if (!market) {
          const previous = errorTrends.categories.reduce((sum: number, c: { previous: number }) => sum + c.previous, 0);
          expect(previous, where).toBeGreaterThan(0);
        }
      }
    }
  });

  it('compares each RCA escalation with weeks before it that the audit history covers', async () => {
    const [history] = await em().execute<{ first: string }[]>(
      `select to_char(min(day), 'YYYY-MM-DD') as first from audit where status = 'COMPLETED'`,
    );
    const { rcaEscalations } = await ok(
      server(),
      `{ rcaEscalations { title effectiveness(weeks: 4) { before { from audits } }
         trend { previousFrom previousAudited } } }`,
      {},
      manager,
    );
    expect(rcaEscalations.length).toBeGreaterThan(0);
    for (const e of rcaEscalations) {
      const from = String(e.effectiveness.before.from).slice(0, 10);
      expect(history!.first <= from, `${e.title}: before from ${from}, history from ${history!.first}`).toBe(true);
      expect(e.effectiveness.before.audits, e.title).toBeGreaterThan(0);
      if (e.trend) {
        expect(history!.first <= e.trend.previousFrom, e.title).toBe(true);
        expect(e.trend.previousAudited, e.title).toBeGreaterThan(0);
      }
    }
  });
});
