import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Case } from '../src/modules/case/case.entity.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { codeOf, countQueries, ok, vendorUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';

const server = useTestServer();

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
let total: number;
let harborCaseId: string;
let lumenItCaseId: string;

beforeAll(async () => {
  for (const email of [
    'admin',
    'policy',
    'qa.manager',
    'qa.specialist',
    'moderator.it',
    'moderator.de',
    'moderator.ko',
  ]) {
    tokens[email] = await server().signIn(`${email}@concord.demo`);
  }
  total = await em().count(Case, {});
  harborCaseId = (await em().findOneOrFail(Case, { team: { vendor: { name: 'Harbor CX' } } })).id;
  lumenItCaseId = (await em().findOneOrFail(Case, { team: { name: 'Lumen BPO it-IT' } })).id;
});

describe('case scoping', () => {
  it('shows a moderator the cases of their own team only', async () => {
    const moderator = await em().findOneOrFail(User, { email: 'moderator.it@concord.demo' }, { populate: ['team'] });
    const expected = await em().count(Case, { team: moderator.team });
    const { nodes, totalCount } = await allCases(tokens['moderator.it']!);
    expect(expected).toBeGreaterThan(0);
    expect(totalCount).toBe(expected);
    expect(new Set(nodes.map((n) => n.team.name))).toEqual(new Set(['Lumen BPO it-IT']));
  });

  it("shows a vendor's QA staff every team of their vendor, and no other vendor's cases", async () => {
    const lumenQa = await vendorUser(server(), 'de-DE');
    const { nodes, totalCount } = await allCases(lumenQa.token);
    expect(totalCount).toBe(await em().count(Case, { team: { vendor: { name: 'Lumen BPO' } } }));
    expect(new Set(nodes.map((n) => n.team.name))).toEqual(
      new Set(['Lumen BPO it-IT', 'Lumen BPO de-DE', 'Lumen BPO fr-FR']),
    );
  });

  it.each(['admin', 'policy', 'qa.manager', 'qa.specialist'])('shows internal %s every case', async (who) => {
    const { totalCount, nodes } = await allCases(tokens[who]!);
    expect(totalCount).toBe(total);
    expect(nodes).toHaveLength(total);
  });

  it("answers NOT_FOUND for another team's or vendor's case, exactly as for a case that does not exist", async () => {
    const missing = await server().gql(CASE, { id: '00000000-0000-4000-8000-000000000000' }, tokens['moderator.it']);
    const otherVendor = await server().gql(CASE, { id: harborCaseId }, tokens['moderator.it']);
    const otherTeam = await server().gql(CASE, { id: lumenItCaseId }, tokens['moderator.de']);
    const lumenQa = await vendorUser(server(), 'fr-FR');
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
    expect(all.caseQueues).toContain('media-review');
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
      const data: any = await ok(server(), CASES, { page: { first: 37, after } }, token);
      seen.push(...data.cases.edges.map((e: { node: Node }) => e.node));
      pages++;
      if (!data.cases.pageInfo.hasNextPage) break;
      after = data.cases.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(total / 37));
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    const times = seen.map((n) => Date.parse(n.decidedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const ascending = await ok(server(), CASES, { page: { first: 5 }, sort: 'DECIDED_AT_ASC' }, token);
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
    const it = data.markets.find((m: { code: string }) => m.code === 'it-IT').id;
    const bullying = data.policies.find((p: { key: string }) => p.key === 'bullying').id;
    const byMarket = await allCases(token, { marketId: it });
    expect(byMarket.totalCount).toBe(await em().count(Case, { market: it }));
    expect(new Set(byMarket.nodes.map((n) => n.market.code))).toEqual(new Set(['it-IT']));

    const combined = {
      marketId: it,
      policyId: bullying,
      decision: 'insult',
      contentType: 'TEXT',
      queue: 'user-reports',
    };
    const expected = await em().count(Case, {
      market: it,
      policy: bullying,
      decision: 'insult',
      contentType: 'TEXT',
      queue: 'user-reports',
    } as never);
    expect((await allCases(token, combined)).totalCount).toBe(expected);

    const middle = byMarket.nodes[Math.floor(byMarket.nodes.length / 2)]!.decidedAt;
    const before = await allCases(token, { marketId: it, decidedTo: middle });
    const after = await allCases(token, { marketId: it, decidedFrom: middle });
    expect(before.totalCount + after.totalCount).toBe(byMarket.totalCount);
    expect(before.nodes.every((n) => n.decidedAt < middle)).toBe(true);
  });

  it('searches the text as a case-insensitive substring, in any script', async () => {
    const token = tokens['qa.specialist']!;
    const italian = await allCases(token, { search: 'GATTINO' });
    expect(italian.totalCount).toBeGreaterThan(0);
    expect(italian.nodes.every((n) => n.text!.toLowerCase().includes('gattino'))).toBe(true);
    const korean = await allCases(token, { search: '박살' });
    expect(korean.totalCount).toBeGreaterThan(0);
    expect(korean.nodes.every((n) => n.market.code === 'ko-KR')).toBe(true);
    // LIKE wildcards in the term match themselves.
    expect((await allCases(token, { search: '%' })).nodes.every((n) => n.text!.includes('%'))).toBe(true);
    // And the moderator's search stays in their scope.
    expect((await allCases(tokens['moderator.it']!, { search: '박살' })).totalCount).toBe(0);
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
      `{ cases(filter: { contentType: IMAGE }, page: { first: 200 }) { edges { node {
        mediaUrl sensitive sensitivityTags decision decisionLabel { key name } } } } }`,
      {},
      tokens['qa.specialist']!,
    );
    const nodes = data.cases.edges.map((e: { node: any }) => e.node);
    expect(nodes.some((n: any) => n.sensitive && n.sensitivityTags.length > 0)).toBe(true);
    expect(nodes.some((n: any) => !n.sensitive && n.sensitivityTags.length === 0)).toBe(true);
    for (const n of nodes) {
      expect(n.mediaUrl).toMatch(/^\/demo-media\//);
      expect(n.decisionLabel.key).toBe(n.decision);
    }
  });
});

describe('vendor roles', () => {
  it('a vendor admin-like role still sees only its vendor', async () => {
    const lumenManager = await vendorUser(server(), 'it-IT', Role.QA_MANAGER);
    const { nodes } = await allCases(lumenManager.token);
    expect(nodes.every((n) => n.team.name.startsWith('Lumen BPO'))).toBe(true);
  });
});
