import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Case } from '../src/modules/case/case.entity.js';
import { Role } from '../src/modules/identity/role.js';
import { codeOf, countQueries, ok, publishedPolicy, testUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './support/users.js';

// The file's own world: a vendor ("Lumen") with teams in an Italian and a German market,
// another ("Harbor") with one in a Korean market, internal staff, and 80 cases imported
// through the API, every text carrying TAG so a search finds the file's cases only.
const server = useTestServer();
const TAG = unique();
const MEDIA_QUEUE = `media-review-${TAG}`;

const CASES = `query($filter: CasesFilter, $page: PageInput, $sort: CaseSort) {
  cases(filter: $filter, page: $page, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id externalId decidedAt decision text queue contentType market { code } team { name } } }
  }
}`;
const CASE = 'query($id: ID!) { case(id: $id) { id externalId team { name } } }';

type Node = {
  id: string;
  externalId: string;
  decidedAt: string;
  decision: string;
  text: string | null;
  market: { code: string };
  team: { name: string };
};

const em = () => server().concord.deps.orm.em.fork() as EntityManager;

/** Every case a token may see, walking the pages. */
async function allCases(token: string, filter: Record<string, unknown> = {}, sort?: string) {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await ok(server(), CASES, { filter, page: { first: 200, after }, sort }, token);
    nodes.push(...data.cases.edges.map((e: { node: Node }) => e.node));
    if (!data.cases.pageInfo.hasNextPage) return { nodes, totalCount: data.cases.totalCount as number };
    after = data.cases.pageInfo.endCursor;
  }
}

const tokens: Record<string, string> = {};
const world = {
  it: '',
  de: '',
  ko: '',
  policy: '',
  lumen: '',
  lumenIt: { id: '', name: '' },
  lumenDe: { id: '', name: '' },
};
/** How many cases the file imports: 40 of Lumen in it, 20 of Lumen in de, 20 of Harbor in ko. */
const total = 80;
let harborCaseId: string;
let lumenItCaseId: string;

/** The file's cases, as importCases rows: texts, queues, decisions and media vary by index. */
function rows(emails: Record<string, string>) {
  const spec: [string, string, number][] = [
    ['moderator.it', world.it, 40],
    ['moderator.de', world.de, 20],
    ['moderator.ko', world.ko, 20],
  ];
  const out: Record<string, unknown>[] = [];
  let n = 0;
  for (const [who, market, count] of spec) {
    for (let i = 0; i < count; i++, n++) {
      const image = i % 10 === 9;
      const text =
        who === 'moderator.ko'
          ? `이거 박살 ${TAG} ${i}`
          : i % 5 === 0
            ? `Che gattino ${TAG} ${i}`
            : i === 3
              ? `Sconto del 100% ${TAG}`
              : `Commento ${i} ${TAG}`;
      out.push({
        source: `case-test-${TAG}`,
        externalId: String(n),
        market,
        queue: image ? MEDIA_QUEUE : i % 2 ? `user-reports-${TAG}` : `proactive-${TAG}`,
        contentType: image ? 'IMAGE' : 'TEXT',
        text,
        mediaUrl: image ? `https://cdn.example.com/${TAG}/${n}.png` : null,
        sensitivityTags: image && i % 20 === 9 ? ['graphic'] : [],
        policy: world.policy,
        policyVersion: 1,
        decision: ['none', 'insult', 'harassment'][i % 3],
        moderatorEmail: emails[who],
        decidedAt: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
      });
    }
  }
  return out;
}

beforeAll(async () => {
  const e = em();
  const [it, de, ko] = [await createMarket(e, 'it'), await createMarket(e, 'de'), await createMarket(e, 'ko')];
  const [lumen, harbor] = [await createVendor(e), await createVendor(e)];
  const teams = {
    lumenIt: await createTeam(e, { market: it, vendor: lumen }),
    lumenDe: await createTeam(e, { market: de, vendor: lumen }),
    harborKo: await createTeam(e, { market: ko, vendor: harbor }),
    staff: await createTeam(e, { market: it }),
  };
  Object.assign(world, {
    it: it.code,
    de: de.code,
    ko: ko.code,
    lumen: lumen.name,
    lumenIt: { id: teams.lumenIt.id, name: teams.lumenIt.name },
    lumenDe: { id: teams.lumenDe.id, name: teams.lumenDe.name },
  });
  const emails: Record<string, string> = {};
  for (const [name, role, team] of [
    ['admin', Role.ADMIN, null],
    ['policy', Role.POLICY_OWNER, null],
    ['qa.manager', Role.QA_MANAGER, teams.staff],
    ['qa.specialist', Role.QA_SPECIALIST, teams.staff],
    ['moderator.it', Role.MODERATOR, teams.lumenIt],
    ['moderator.de', Role.MODERATOR, teams.lumenDe],
    ['moderator.ko', Role.MODERATOR, teams.harborKo],
  ] as const) {
    const user = await createUser(e, role, team?.market ?? it, { team });
    emails[name] = user.email;
    tokens[name] = await server().signIn(user.email);
  }
  world.policy = (await publishedPolicy(server(), tokens['policy']!)).key;
  const imported = await ok(
    server(),
    'mutation($input: ImportCasesInput!) { importCases(input: $input) { report { created } } }',
    {
      input: {
        format: 'JSONL',
        content: rows(emails)
          .map((r) => JSON.stringify(r))
          .join('\n'),
      },
    },
    tokens['qa.specialist']!,
  );
  expect(imported.importCases.report.created).toBe(total);
  harborCaseId = (await em().findOneOrFail(Case, { team: teams.harborKo.id })).id;
  lumenItCaseId = (await em().findOneOrFail(Case, { team: teams.lumenIt.id })).id;
});

/** Every case of the file's own (their texts carry TAG) a token may see. */
const ownCases = (token: string, filter: Record<string, unknown> = {}) => allCases(token, { search: TAG, ...filter });

describe('case scoping', () => {
  it('shows a moderator the cases of their own team only', async () => {
    const expected = await em().count(Case, { team: world.lumenIt.id });
    const { nodes, totalCount } = await allCases(tokens['moderator.it']!);
    expect(expected).toBe(40);
    expect(totalCount).toBe(expected);
    expect(new Set(nodes.map((n) => n.team.name))).toEqual(new Set([world.lumenIt.name]));
  });

  it("shows a vendor's QA staff every team of their vendor, and no other vendor's cases", async () => {
    const lumenQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: world.lumenDe });
    const { nodes, totalCount } = await allCases(lumenQa.token);
    expect(totalCount).toBe(await em().count(Case, { team: { vendor: { name: world.lumen } } }));
    expect(totalCount).toBe(60);
    expect(new Set(nodes.map((n) => n.team.name))).toEqual(new Set([world.lumenIt.name, world.lumenDe.name]));
  });

  it.each(['admin', 'policy', 'qa.manager', 'qa.specialist'])('shows internal %s every case', async (who) => {
    const { totalCount, nodes } = await ownCases(tokens[who]!);
    expect(totalCount).toBe(total);
    expect(nodes).toHaveLength(total);
  });

  it("answers NOT_FOUND for another team's or vendor's case, exactly as for a case that does not exist", async () => {
    const missing = await server().gql(CASE, { id: '00000000-0000-4000-8000-000000000000' }, tokens['moderator.it']);
    const otherVendor = await server().gql(CASE, { id: harborCaseId }, tokens['moderator.it']);
    const otherTeam = await server().gql(CASE, { id: lumenItCaseId }, tokens['moderator.de']);
    const lumenQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: world.lumenDe });
    const fromVendorQa = await server().gql(CASE, { id: harborCaseId }, lumenQa.token);
    for (const result of [otherVendor, otherTeam, fromVendorQa]) {
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.errors![0]!.message.replace(/[0-9a-f-]{36}/, 'ID')).toBe(
        missing.errors![0]!.message.replace(/[0-9a-f-]{36}/, 'ID'),
      );
      expect(result.data).toBeNull();
    }
    expect((await ok(server(), CASE, { id: lumenItCaseId }, tokens['moderator.it']!)).case.id).toBe(lumenItCaseId);
    expect((await ok(server(), CASE, { id: lumenItCaseId }, lumenQa.token)).case.id).toBe(lumenItCaseId);
    expect((await ok(server(), CASE, { id: harborCaseId }, tokens['qa.specialist']!)).case.id).toBe(harborCaseId);
  });

  it('scopes the queue list too, and needs a sign-in', async () => {
    const all = await ok(server(), '{ caseQueues }', {}, tokens['qa.specialist']!);
    expect(all.caseQueues).toEqual([...all.caseQueues].sort());
    expect(all.caseQueues).toContain(MEDIA_QUEUE);
    expect(codeOf(await server().gql('{ caseQueues }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server().gql(CASES, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('case filters and paging', () => {
  it('pages by cursor, newest decision first, with no repeats or gaps', async () => {
    const token = tokens['qa.specialist']!;
    const seen: Node[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: any = await ok(server(), CASES, { filter: { search: TAG }, page: { first: 37, after } }, token);
      seen.push(...data.cases.edges.map((e: { node: Node }) => e.node));
      pages++;
      if (!data.cases.pageInfo.hasNextPage) break;
      after = data.cases.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(total / 37));
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    const times = seen.map((n) => Date.parse(n.decidedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const ascending = await ok(
      server(),
      CASES,
      { filter: { search: TAG }, page: { first: 5 }, sort: 'DECIDED_AT_ASC' },
      token,
    );
    const first = ascending.cases.edges.map((e: { node: Node }) => e.node.id);
    expect(first).toEqual(
      seen
        .slice(-5)
        .reverse()
        .map((n) => n.id),
    );
  });

  it('filters by market, policy, queue, decision, content type and time, all together', async () => {
    const token = tokens['qa.manager']!;
    const data = await ok(server(), '{ markets { id code } policies { id key } }', {}, token);
    const it = data.markets.find((m: { code: string }) => m.code === world.it).id;
    const bullying = data.policies.find((p: { key: string }) => p.key === world.policy).id;
    const byMarket = await allCases(token, { marketId: it });
    expect(byMarket.totalCount).toBe(await em().count(Case, { market: it }));
    expect(byMarket.totalCount).toBe(40);
    expect(new Set(byMarket.nodes.map((n) => n.market.code))).toEqual(new Set([world.it]));

    const combined = {
      marketId: it,
      policyId: bullying,
      decision: 'insult',
      contentType: 'TEXT',
      queue: `user-reports-${TAG}`,
    };
    const expected = await em().count(Case, {
      market: it,
      policy: bullying,
      decision: 'insult',
      contentType: 'TEXT',
      queue: `user-reports-${TAG}`,
    } as never);
    expect(expected).toBeGreaterThan(0);
    expect((await allCases(token, combined)).totalCount).toBe(expected);

    const middle = byMarket.nodes[Math.floor(byMarket.nodes.length / 2)]!.decidedAt;
    const before = await allCases(token, { marketId: it, decidedTo: middle });
    const after = await allCases(token, { marketId: it, decidedFrom: middle });
    expect(before.totalCount + after.totalCount).toBe(byMarket.totalCount);
    expect(before.nodes.every((n) => n.decidedAt < middle)).toBe(true);
  });

  it('searches the text as a case-insensitive substring, in any script', async () => {
    const token = tokens['qa.specialist']!;
    // Every fifth of the 60 Lumen cases mentions a gattino; every Harbor case is Korean.
    const italian = await allCases(token, { search: `GATTINO ${TAG.toUpperCase()}` });
    expect(italian.totalCount).toBe(12);
    expect(italian.nodes.every((n) => n.text!.toLowerCase().includes('gattino'))).toBe(true);
    const korean = await allCases(token, { search: `박살 ${TAG}` });
    expect(korean.totalCount).toBe(20);
    expect(korean.nodes.every((n) => n.market.code === world.ko)).toBe(true);
    // LIKE wildcards in the term match themselves: one text of each Lumen team has "100% TAG".
    const percent = await allCases(token, { search: `% ${TAG}` });
    expect(percent.totalCount).toBe(2);
    expect(percent.nodes.every((n) => n.text!.includes('%'))).toBe(true);
    // And the moderator's search stays in their scope.
    expect((await allCases(tokens['moderator.it']!, { search: `박살 ${TAG}` })).totalCount).toBe(0);
  });

  it('refuses bad filters', async () => {
    const token = tokens['qa.specialist']!;
    const cases = (filter: Record<string, unknown>, page?: Record<string, unknown>) =>
      server().gql(CASES, { filter, page }, token);
    expect(codeOf(await cases({ marketId: 'it-IT' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cases({ decision: 'Not a key' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cases({ search: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await cases({}, { first: 500 }))).toBe('BAD_USER_INPUT');
    const range = await cases({ decidedFrom: '2026-05-01T00:00:00Z', decidedTo: '2026-04-01T00:00:00Z' });
    expect(codeOf(range)).toBe('BAD_USER_INPUT');
    expect(range.errors![0]!.message).toBe('decidedFrom must be before decidedTo.');
  });

  it('loads a page of cases and their relations in a fixed number of queries (no N+1)', async () => {
    const query = (first: number) => `{ cases(page: { first: ${first} }) { totalCount edges { node {
      market { code } team { name vendor { name } } moderator { email } policy { key }
      policyVersion { number labels { key } } decisionLabel { name } sensitive sensitivityTags
    } } } }`;
    const token = tokens['qa.manager']!;
    // Several rounds: two resolvers loading the same relation in different ticks made a
    // second query only some of the time.
    const counts = new Set<number>();
    for (let round = 0; round < 5; round++) {
      counts.add(await countQueries(server(), () => ok(server(), query(3), {}, token)));
      counts.add(await countQueries(server(), () => ok(server(), query(200), {}, token)));
    }
    expect([...counts]).toHaveLength(1);
    // viewer, page, count, then one batched query per relation.
    expect([...counts][0]).toBeLessThanOrEqual(10);
  });

  it('gives the decision label and the sensitivity of media cases', async () => {
    const data = await ok(
      server(),
      `query($tag: String) { cases(filter: { contentType: IMAGE, search: $tag }, page: { first: 200 }) { edges { node {
        mediaUrl sensitive sensitivityTags decision decisionLabel { key name } } } } }`,
      { tag: TAG },
      tokens['qa.specialist']!,
    );
    const nodes = data.cases.edges.map((e: { node: any }) => e.node);
    expect(nodes).toHaveLength(8);
    expect(nodes.some((n: any) => n.sensitive && n.sensitivityTags.length > 0)).toBe(true);
    expect(nodes.some((n: any) => !n.sensitive && n.sensitivityTags.length === 0)).toBe(true);
    for (const n of nodes) {
      expect(n.mediaUrl.startsWith(`https://cdn.example.com/${TAG}/`)).toBe(true);
      expect(n.decisionLabel.key).toBe(n.decision);
    }
  });
});

describe('vendor roles', () => {
  it('a vendor admin-like role still sees only its vendor', async () => {
    const lumenManager = await testUser(server(), { role: Role.QA_MANAGER, team: world.lumenIt });
    const { nodes } = await allCases(lumenManager.token);
    expect(nodes).toHaveLength(60);
    expect(new Set(nodes.map((n) => n.team.name))).toEqual(new Set([world.lumenIt.name, world.lumenDe.name]));
  });
});
