import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { processIO, type CliIO } from '../src/cli/io.js';
import { Case } from '../src/modules/case/case.entity.js';
import { CASE_FIELDS } from '../src/modules/case/case-file.js';
import { Role } from '../src/modules/identity/role.js';
import { codeOf, nextVersion, ok, publishedPolicy, TAXONOMY, testUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './support/users.js';

// The file's own world: a vendor's moderators in an Italian and a German market, another
// vendor's in a Korean one, internal QA, and two policies made through the API ("bullying":
// version 2 in force over a retired version 1; "misinformation": version 2 a draft).
const server = useTestServer();

const TAG = unique();
/** A source of the file's own, so counts are of its rows only. */
const src = (name: string) => `${name}-${TAG}`;
const world = {
  it: '',
  de: '',
  ko: '',
  bullying: '',
  misinformation: '',
  modIt: '',
  modDe: '',
  modKo: '',
  admin: '',
  vendorIt: { id: '' },
  vendorKo: { id: '' },
  staff: { id: '' },
};
const V2_LABELS = [
  TAXONOMY[0]!,
  TAXONOMY[1]!,
  { key: 'targeted_harassment', name: 'Targeted harassment', description: '', severity: 2 },
  { key: 'severe_harassment', name: 'Severe harassment', description: '', severity: 3 },
];

const IMPORT = `mutation($input: ImportCasesInput!) {
  importCases(input: $input) { report { rows created updated unchanged dryRun } }
}`;

type Row = Partial<Record<(typeof CASE_FIELDS)[number], string | number | string[] | null>>;

const row = (source: string, id: string, extra: Row = {}): Row => ({
  source: src(source),
  externalId: id,
  market: world.it,
  queue: 'user-reports',
  contentType: 'TEXT',
  text: `Commento numero ${id} ${TAG}`,
  policy: world.bullying,
  policyVersion: 2,
  decision: 'insult',
  moderatorEmail: world.modIt,
  decidedAt: '2026-05-01T10:00:00Z',
  ...extra,
});

const cell = (value: Row[keyof Row]) => {
  const text = Array.isArray(value) ? value.join('|') : value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const toCsv = (rows: Row[]) =>
  [CASE_FIELDS.join(','), ...rows.map((r) => CASE_FIELDS.map((f) => cell(r[f])).join(','))].join('\n');
const toJsonl = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).join('\n');

const em = () => server().concord.deps.orm.em.fork() as EntityManager;
const countSource = (source: string) => em().count(Case, { source: src(source) });
let specialist: string;
let owner: string;

beforeAll(async () => {
  const e = em();
  const [it, de, ko] = [await createMarket(e, 'it'), await createMarket(e, 'de'), await createMarket(e, 'ko')];
  const [lumen, harbor] = [await createVendor(e), await createVendor(e)];
  const vendorIt = await createTeam(e, { market: it, vendor: lumen });
  const vendorDe = await createTeam(e, { market: de, vendor: lumen });
  const vendorKo = await createTeam(e, { market: ko, vendor: harbor });
  const staff = await createTeam(e, { market: it });
  Object.assign(world, {
    it: it.code,
    de: de.code,
    ko: ko.code,
    modIt: (await createUser(e, Role.MODERATOR, it, { team: vendorIt })).email,
    modDe: (await createUser(e, Role.MODERATOR, de, { team: vendorDe })).email,
    modKo: (await createUser(e, Role.MODERATOR, ko, { team: vendorKo })).email,
    admin: (await createUser(e, Role.ADMIN, it)).email,
    vendorIt,
    vendorKo,
    staff,
  });
  specialist = (await testUser(server(), { role: Role.QA_SPECIALIST, team: staff })).token;
  owner = (await testUser(server(), { role: Role.POLICY_OWNER, team: staff })).token;
  const bullying = await publishedPolicy(server(), owner);
  await nextVersion(server(), owner, bullying.policyId, { labels: V2_LABELS, publish: true, retire: bullying.v1 });
  const misinformation = await publishedPolicy(server(), owner, TAXONOMY, { area: 'MISINFORMATION' });
  await nextVersion(server(), owner, misinformation.policyId);
  world.bullying = bullying.key;
  world.misinformation = misinformation.key;
});

describe('importCases over GraphQL', () => {
  it('imports a CSV file, then updates instead of duplicating on re-import', async () => {
    const rows = [
      row('gql-csv', '1'),
      row('gql-csv', '2', { text: 'Due righe,\ncon "virgolette"', sensitivityTags: ['minor'] }),
      row('gql-csv', '3', {
        contentType: 'IMAGE',
        text: null,
        mediaUrl: 'https://cdn.example.com/a.png',
        market: world.de,
        moderatorEmail: world.modDe,
      }),
    ];
    const first = await ok(server(), IMPORT, { input: { format: 'CSV', content: toCsv(rows) } }, specialist);
    expect(first.importCases.report).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0, dryRun: false });
    const again = await ok(server(), IMPORT, { input: { format: 'CSV', content: toCsv(rows) } }, specialist);
    expect(again.importCases.report).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3, dryRun: false });
    const changed = [{ ...rows[0]!, decision: 'targeted_harassment' }, rows[1]!, rows[2]!, row('gql-csv', '4')];
    const third = await ok(server(), IMPORT, { input: { format: 'CSV', content: toCsv(changed) } }, specialist);
    expect(third.importCases.report).toEqual({ rows: 4, created: 1, updated: 1, unchanged: 2, dryRun: false });

    expect(await countSource('gql-csv')).toBe(4);
    const stored = await em().findOneOrFail(
      Case,
      { source: src('gql-csv'), externalId: '2' },
      { populate: ['team', 'policy', 'policyVersion'] },
    );
    expect(stored).toMatchObject({
      text: 'Due righe,\ncon "virgolette"',
      sensitivityTags: ['minor'],
      decision: 'insult',
    });
    expect(stored.team.id).toBe(world.vendorIt.id);
    expect(stored.policy.key).toBe(world.bullying);
    expect(stored.policyVersion.number).toBe(2);
    const updated = await em().findOneOrFail(Case, { source: src('gql-csv'), externalId: '1' });
    expect(updated.decision).toBe('targeted_harassment');
  });

  it('imports JSON Lines, including cases under a retired version', async () => {
    const rows = [
      row('gql-jsonl', 'a'),
      row('gql-jsonl', 'b', { policyVersion: 1, decision: 'harassment', sensitivityTags: ['graphic'] }),
    ];
    const data = await ok(server(), IMPORT, { input: { format: 'JSONL', content: toJsonl(rows) } }, specialist);
    expect(data.importCases.report).toMatchObject({ rows: 2, created: 2 });
    const listed = await ok(
      server(),
      `query($search: String) { cases(filter: { search: $search }) {
        edges { node { externalId decision sensitive policyVersion { number status } } } } }`,
      { search: `Commento numero b ${TAG}` },
      await server().signIn(world.modIt),
    );
    expect(listed.cases.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { externalId: 'b', decision: 'harassment', sensitive: true, policyVersion: { number: 1, status: 'RETIRED' } },
    ]);
  });

  it('counts without writing on a dry run', async () => {
    const content = toCsv([row('gql-dry', '1'), row('gql-dry', '2')]);
    const data = await ok(server(), IMPORT, { input: { format: 'CSV', content, dryRun: true } }, specialist);
    expect(data.importCases.report).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, dryRun: true });
    expect(await countSource('gql-dry')).toBe(0);
  });

  it('rejects a file with bad lines whole, reporting each line and why, and writes nothing', async () => {
    const rows = [
      row('gql-bad', '1'),
      row('gql-bad', '2', { decision: 'spam' }),
      row('gql-bad', '1', { text: 'same id again' }),
      row('gql-bad', '4', { market: 'xx-XX', moderatorEmail: `nobody.${TAG}@concord.example` }),
      row('gql-bad', '5', { policy: `no-such-policy-${TAG}` }),
      row('gql-bad', '6', { policy: world.misinformation, policyVersion: 2, decision: 'satire' }),
      row('gql-bad', '7', { policyVersion: 9 }),
      row('gql-bad', '8', { contentType: 'VIDEO', text: null, mediaUrl: 'javascript:alert(1)' }),
      row('gql-bad', '9', { moderatorEmail: world.admin }),
    ];
    const result = await server().gql(IMPORT, { input: { format: 'CSV', content: toCsv(rows) } }, specialist);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const extensions = result.errors![0]!.extensions as any;
    expect(extensions.badLines).toBe(8);
    expect(extensions).toMatchObject({ feature: 'case', reason: 'FILE_HAS_BAD_LINES' });
    expect(extensions.lineErrors).toEqual([
      {
        line: 3,
        field: 'decision',
        message: `"spam" is not a label of "${world.bullying}" version 2 (its labels: none, insult, targeted_harassment, severe_harassment)`,
      },
      {
        line: 4,
        field: 'externalId',
        message: `"1" of source "${src('gql-bad')}" is also on line 2: each case once per file`,
      },
      {
        line: 5,
        field: 'market',
        message: expect.stringMatching(new RegExp(`^unknown market "xx-XX" \\(known: .*${world.it}`)),
      },
      { line: 5, field: 'moderatorEmail', message: `no moderator with the email nobody.${TAG}@concord.example` },
      { line: 6, field: 'policy', message: `unknown policy "no-such-policy-${TAG}"` },
      {
        line: 7,
        field: 'policyVersion',
        message: `version 2 of "${world.misinformation}" is a draft: decisions are made under published versions`,
      },
      { line: 8, field: 'policyVersion', message: `policy "${world.bullying}" has no version 9` },
      {
        line: 9,
        field: 'mediaUrl',
        message: 'mediaUrl "javascript:alert(1)" is not an http(s) URL or a /path on this server',
      },
      {
        line: 10,
        field: 'moderatorEmail',
        message: `${world.admin} is not in a team: cases are decided by members of a team`,
      },
    ]);
    expect(result.errors![0]!.message).toMatch(
      /^The file has 8 bad lines, so nothing was imported: line 3: "spam" is not a label/,
    );
    expect(await countSource('gql-bad')).toBe(0);
  });

  it('refuses roles other than QA and admins', async () => {
    const input = { format: 'CSV', content: toCsv([row('gql-role', '1')]) };
    for (const token of [await server().signIn(world.modIt), owner]) {
      expect(codeOf(await server().gql(IMPORT, { input }, token))).toBe('FORBIDDEN');
    }
    const qaManager = await testUser(server(), { role: Role.QA_MANAGER, team: world.staff });
    const manager = await ok(server(), IMPORT, { input }, qaManager.token);
    expect(manager.importCases.report.created).toBe(1);
    const admin = await ok(server(), IMPORT, { input }, await server().signIn(world.admin));
    expect(admin.importCases.report.unchanged).toBe(1);
    expect(codeOf(await server().gql(IMPORT, { input: { ...input, format: 'XLSX' } }, specialist))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await server().gql(IMPORT, { input: { ...input, content: '' } }, specialist))).toBe('BAD_USER_INPUT');
  });

  it("keeps a vendor's importer to its own moderators and cases", async () => {
    const lumenQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: world.vendorIt });
    const own = await ok(
      server(),
      IMPORT,
      { input: { format: 'CSV', content: toCsv([row('gql-vendor', '1')]) } },
      lumenQa.token,
    );
    expect(own.importCases.report.created).toBe(1);
    // Another vendor's moderator is as unknown to it as a made-up one.
    const harbor = row('gql-vendor', '2', { market: world.ko, moderatorEmail: world.modKo });
    const foreign = await server().gql(IMPORT, { input: { format: 'CSV', content: toCsv([harbor]) } }, lumenQa.token);
    expect((foreign.errors![0]!.extensions as any).lineErrors).toEqual([
      { line: 2, field: 'moderatorEmail', message: `no moderator with the email ${world.modKo}` },
    ]);
    // A case of another vendor under the same source and id is not overwritten.
    await ok(server(), IMPORT, { input: { format: 'CSV', content: toCsv([harbor]) } }, specialist);
    const clash = await server().gql(
      IMPORT,
      { input: { format: 'CSV', content: toCsv([row('gql-vendor', '2')]) } },
      lumenQa.token,
    );
    expect(codeOf(clash)).toBe('BAD_USER_INPUT');
    expect((clash.errors![0]!.extensions as any).lineErrors[0].message).toMatch(/belong to a case outside your vendor/);
    const stored = await em().findOneOrFail(
      Case,
      { source: src('gql-vendor'), externalId: '2' },
      { populate: ['moderator'] },
    );
    expect(stored.moderator.email).toBe(world.modKo);
  });

  it('keeps requests within MAX_BODY (1mb by default): larger files go through the command line', async () => {
    const content = toCsv(
      Array.from({ length: 6_000 }, (_, i) => row('gql-big', String(i), { text: 'x'.repeat(150) })),
    );
    expect(content.length).toBeGreaterThan(1_000_000);
    const response = await fetch(`${server().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${specialist}` },
      body: JSON.stringify({ query: IMPORT, variables: { input: { format: 'CSV', content } } }),
    });
    expect(response.status).toBe(413);
    expect(await countSource('gql-big')).toBe(0);
  });
});

describe('pnpm concord import cases FILE', () => {
  let dir: string;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'concord-import-'));
    // The command reads its configuration from the environment, as in a shell.
    for (const [key, value] of Object.entries({ DATABASE_URL: server().databaseUrl, SEED_DEMO: 'false' })) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await rm(dir, { recursive: true, force: true });
  });

  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { ...processIO, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
    return { io, out, err };
  };

  it('imports a CSV file and reports what it did', async () => {
    const file = path.join(dir, 'cases.csv');
    await writeFile(file, toCsv(Array.from({ length: 250 }, (_, i) => row('cli', String(i)))));
    const { io, out } = capture();
    expect(await run(['import', 'cases', file], io)).toBe(0);
    expect(out.join('')).toMatch(/^Imported: created 250, updated 0, unchanged 0 of 250 rows in [\d.]+ s/);
    expect(await countSource('cli')).toBe(250);
    const again = capture();
    expect(await run(['import', 'cases', file], again.io)).toBe(0);
    expect(again.out.join('')).toMatch(/^Imported: created 0, updated 0, unchanged 250 of 250 rows/);
  });

  it('imports JSON Lines by name, and a dry run writes nothing', async () => {
    const file = path.join(dir, 'cases.ndjson');
    await writeFile(file, toJsonl([row('cli-jsonl', '1'), row('cli-jsonl', '2')]));
    const dry = capture();
    expect(await run(['import', 'cases', file, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out.join('')).toMatch(/^Dry run, nothing written: would create 2, update 0, unchanged 0 of 2 rows/);
    expect(await countSource('cli-jsonl')).toBe(0);
    expect(await run(['import', 'cases', file], capture().io)).toBe(0);
    expect(await countSource('cli-jsonl')).toBe(2);
  });

  it('lists each bad line with its number and why, writes nothing and exits with 2', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, toCsv([row('cli-bad', '1'), row('cli-bad', '2', { decision: 'spam' }), row('cli-bad', '1')]));
    const { io, err } = capture();
    expect(await run(['import', 'cases', file], io)).toBe(2);
    const text = err.join('');
    expect(text).toContain(`${file}:3: "spam" is not a label of "${world.bullying}" version 2`);
    expect(text).toContain(`${file}:4: "1" of source "${src('cli-bad')}" is also on line 2`);
    expect(text).toContain(`concord: ${file} has 2 bad lines: nothing was imported`);
    expect(await countSource('cli-bad')).toBe(0);
  });

  it('explains a file it cannot read or whose format it cannot tell', async () => {
    const missing = capture();
    expect(await run(['import', 'cases', path.join(dir, 'nope.csv')], missing.io)).toBe(2);
    expect(missing.err.join('')).toMatch(/cannot read ".*nope.csv"/);
    const unknown = capture();
    expect(await run(['import', 'cases', path.join(dir, 'cases.txt')], unknown.io)).toBe(2);
    expect(unknown.err.join('')).toMatch(/add --format csv or --format jsonl/);
  });
});

describe('vendor roles', () => {
  it('a vendor moderator cannot import', async () => {
    const moderator = await testUser(server(), { role: Role.MODERATOR, team: world.vendorKo });
    const input = { format: 'CSV', content: toCsv([row('gql-mod', '1')]) };
    expect(codeOf(await server().gql(IMPORT, { input }, moderator.token))).toBe('FORBIDDEN');
  });
});
