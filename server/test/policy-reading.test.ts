// Reading policies: who sees drafts, comparing versions, acknowledgements, lists and their queries.
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import {
  BODY,
  codeOf,
  countQueries,
  nextVersion,
  ok,
  publishedPolicy,
  TAXONOMY,
  testUser,
  policyCast,
} from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './support/users.js';
import {
  NEW_VERSION,
  UPDATE_VERSION,
  RETIRE,
  ACKNOWLEDGE,
  ADD_FAQ,
  VERSION,
  DIFF,
  REPORT,
} from './support/policy-operations.js';

const server = useTestServer();

let owner: string;
let admin: string;
let qaManager: string;
let qaSpecialist: string;
let moderatorIt: string;

let moderatorEmail: string;
let qaManagerEmail: string;
let qaSpecialistEmail: string;
let ownerEmail: string;
let adminEmail: string;

// The file's own markets (Italian, German, Korean), a vendor with teams in the first two,
// another in the third, and internal staff in the first.
const world = { it: '', de: '', ko: '', moderatorDe: '', moderatorKo: '', lumenIt: { id: '' }, lumenDe: { id: '' } };

beforeAll(async () => {
  const em = server().concord.deps.orm.em.fork() as EntityManager;
  const [it, de, ko] = [await createMarket(em, 'it'), await createMarket(em, 'de'), await createMarket(em, 'ko')];
  const [lumen, harbor] = [await createVendor(em), await createVendor(em)];
  const lumenIt = await createTeam(em, { market: it, vendor: lumen });
  const lumenDe = await createTeam(em, { market: de, vendor: lumen });
  const harborKo = await createTeam(em, { market: ko, vendor: harbor });
  const staff = await createTeam(em, { market: it });
  Object.assign(world, {
    it: it.code,
    de: de.code,
    ko: ko.code,
    moderatorDe: (await createUser(em, Role.MODERATOR, de, { team: lumenDe })).email,
    moderatorKo: (await createUser(em, Role.MODERATOR, ko, { team: harborKo })).email,
    lumenIt,
    lumenDe,
  });
  const cast = await policyCast(server(), { staff, vendor: lumenIt });
  [owner, admin, qaManager, qaSpecialist, moderatorIt] = [
    cast.owner.token,
    cast.admin.token,
    cast.qaManager.token,
    cast.qaSpecialist.token,
    cast.moderatorIt.token,
  ];
  moderatorEmail = cast.moderatorIt.email;
  qaManagerEmail = cast.qaManager.email;
  qaSpecialistEmail = cast.qaSpecialist.email;
  ownerEmail = cast.owner.email;
  adminEmail = cast.admin.email;
});

describe('visibility of drafts', () => {
  it('hides drafts from moderators and vendor users (NOT_FOUND), shows them to internal staff', async () => {
    const { policyId } = await publishedPolicy(server(), owner);
    const draft = (await ok(server(), NEW_VERSION, { input: { policyId } }, owner)).createPolicyVersion.version.id;
    const vendorQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: world.lumenDe });
    for (const token of [moderatorIt, vendorQa.token]) {
      expect(codeOf(await server().gql(VERSION, { id: draft }, token))).toBe('NOT_FOUND');
      const list = await ok(
        server(),
        'query($id: ID!) { policy(id: $id) { versions { number status } } }',
        { id: policyId },
        token,
      );
      expect(list.policy.versions).toEqual([{ number: 1, status: 'PUBLISHED' }]);
    }
    for (const token of [qaSpecialist, qaManager]) {
      expect((await ok(server(), VERSION, { id: draft }, token)).policyVersion.status).toBe('DRAFT');
    }
  });
});

describe('comparing versions', () => {
  it('lists labels added, removed and changed, and a line diff of the body', async () => {
    const { policyId, v1 } = await publishedPolicy(server(), owner);
    const v2 = (await ok(server(), NEW_VERSION, { input: { policyId } }, owner)).createPolicyVersion.version.id;
    await ok(
      server(),
      UPDATE_VERSION,
      {
        input: {
          versionId: v2,
          body: BODY.replace('No insults.', 'No insults or slurs.'),
          labels: [
            TAXONOMY[0],
            { ...TAXONOMY[1], name: 'Mild insult' },
            { key: 'threat', name: 'Threat', description: '', severity: 3 },
          ],
        },
      },
      owner,
    );
    const { policyVersionDiff: diff } = await ok(server(), DIFF, { from: v1, to: v2 }, owner);
    expect(diff).toMatchObject({
      from: { number: 1 },
      to: { number: 2 },
      bodyChanged: true,
      labelsUnchanged: 1,
      labelsAdded: [{ key: 'threat', name: 'Threat', severity: 3 }],
      labelsRemoved: [{ key: 'harassment' }],
      labelsChanged: [{ key: 'insult', fields: ['NAME'], before: { name: 'Insult' }, after: { name: 'Mild insult' } }],
    });
    expect(diff.bodyDiff.filter((l: { kind: string }) => l.kind !== 'SAME')).toEqual([
      { kind: 'REMOVED', text: 'No insults.', oldNumber: 3, newNumber: null },
      { kind: 'ADDED', text: 'No insults or slurs.', oldNumber: null, newNumber: 3 },
    ]);
  });

  it('compares a published v2 against a retired v1 for any signed-in user', async () => {
    const { key, policyId, v1: first } = await publishedPolicy(server(), owner);
    const labels = [
      TAXONOMY[0]!,
      TAXONOMY[1]!,
      { key: 'targeted_harassment', name: 'Targeted harassment', description: '', severity: 2 },
      { key: 'severe_harassment', name: 'Severe harassment', description: '', severity: 3 },
    ];
    await nextVersion(server(), owner, policyId, { labels, publish: true, retire: first });
    const data = await ok(server(), '{ policies { key versions { id number status } } }', {}, moderatorIt);
    const policy = data.policies.find((p: { key: string }) => p.key === key);
    const [v2, v1] = policy.versions;
    expect([v2.status, v1.status]).toEqual(['PUBLISHED', 'RETIRED']);
    const { policyVersionDiff: diff } = await ok(server(), DIFF, { from: v1.id, to: v2.id }, moderatorIt);
    expect(diff.labelsAdded.map((l: { key: string }) => l.key)).toEqual(['targeted_harassment', 'severe_harassment']);
    expect(diff.labelsRemoved.map((l: { key: string }) => l.key)).toEqual(['harassment']);
  });

  it('refuses to compare versions of different policies', async () => {
    const a = await publishedPolicy(server(), owner);
    const b = await publishedPolicy(server(), owner);
    const result = await server().gql(DIFF, { from: a.v1, to: b.v1 }, owner);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/^Versions of different policies cannot be compared/);
  });
});

describe('acknowledgements', () => {
  it('records an acknowledgement once, keeping the first time', async () => {
    const { v1 } = await publishedPolicy(server(), owner);
    const first = await ok(server(), ACKNOWLEDGE, { input: { versionId: v1 } }, moderatorIt);
    expect(first.acknowledgePolicyVersion.acknowledgement.user.email).toBe(moderatorEmail);
    const at = first.acknowledgePolicyVersion.acknowledgement.acknowledgedAt;
    expect(first.acknowledgePolicyVersion.version.myAcknowledgement.acknowledgedAt).toBe(at);
    const again = await ok(server(), ACKNOWLEDGE, { input: { versionId: v1 } }, moderatorIt);
    expect(again.acknowledgePolicyVersion.acknowledgement.acknowledgedAt).toBe(at);
    const mine = await ok(
      server(),
      'query($id: ID!) { policyVersion(id: $id) { myAcknowledgement { acknowledgedAt } } }',
      { id: v1 },
      qaSpecialist,
    );
    expect(mine.policyVersion.myAcknowledgement).toBeNull();
  });

  it('acknowledges published versions only', async () => {
    const { policyId, v1 } = await publishedPolicy(server(), owner);
    const draft = (await ok(server(), NEW_VERSION, { input: { policyId } }, owner)).createPolicyVersion.version.id;
    // A moderator cannot see the draft at all; internal staff are told why.
    expect(codeOf(await server().gql(ACKNOWLEDGE, { input: { versionId: draft } }, moderatorIt))).toBe('NOT_FOUND');
    expect(codeOf(await server().gql(ACKNOWLEDGE, { input: { versionId: draft } }, qaSpecialist))).toBe('CONFLICT');
    await ok(server(), RETIRE, { input: { versionId: v1 } }, owner);
    const retired = await server().gql(ACKNOWLEDGE, { input: { versionId: v1 } }, moderatorIt);
    expect(codeOf(retired)).toBe('CONFLICT');
    expect(retired.errors![0]!.message).toMatch(/is retired: only published versions are acknowledged/);
  });

  it('shows owners and managers who has and has not acknowledged, per market', async () => {
    const { v1 } = await publishedPolicy(server(), owner);
    await ok(server(), ACKNOWLEDGE, { input: { versionId: v1 } }, moderatorIt);
    await ok(server(), ACKNOWLEDGE, { input: { versionId: v1 } }, qaManager);
    const { policyVersion } = await ok(server(), REPORT, { id: v1 }, owner);
    const report = policyVersion.acknowledgements;
    const it = report.markets.find((m: { market: { code: string } }) => m.market.code === world.it);
    expect(it.acknowledged.map((a: { user: { email: string } }) => a.user.email).sort()).toEqual(
      [moderatorEmail, qaManagerEmail].sort(),
    );
    const pending = it.pending.map((u: { email: string }) => u.email);
    expect(pending).toContain(qaSpecialistEmail);
    expect(pending).not.toContain(moderatorEmail);
    expect(it).toMatchObject({ acknowledgedCount: 2, pendingCount: pending.length });
    const ko = report.markets.find((m: { market: { code: string } }) => m.market.code === world.ko);
    expect(ko.acknowledgedCount).toBe(0);
    expect(ko.pending).toEqual([{ email: world.moderatorKo }]);
    expect(report.acknowledgedCount).toBe(2);
    expect(report.pendingCount).toBeGreaterThanOrEqual(it.pendingCount + ko.pendingCount);
    // Admins and policy owners write policies: they are not in the audience.
    const emails = JSON.stringify(report);
    expect(emails).not.toContain(adminEmail);
    expect(emails).not.toContain(ownerEmail);

    expect((await ok(server(), REPORT, { id: v1 }, qaManager)).policyVersion.acknowledgements.acknowledgedCount).toBe(
      2,
    );
    expect((await ok(server(), REPORT, { id: v1 }, admin)).policyVersion.acknowledgements.acknowledgedCount).toBe(2);
    for (const token of [qaSpecialist, moderatorIt]) {
      expect(codeOf(await server().gql(REPORT, { id: v1 }, token))).toBe('FORBIDDEN');
    }
  });

  it("shows a vendor's manager only their own vendor's people", async () => {
    const { v1 } = await publishedPolicy(server(), owner);
    const lumenManager = await testUser(server(), { role: Role.QA_MANAGER, team: world.lumenIt });
    const { policyVersion } = await ok(server(), REPORT, { id: v1 }, lumenManager.token);
    const emails = JSON.stringify(policyVersion.acknowledgements);
    expect(policyVersion.acknowledgements.markets.map((m: { market: { code: string } }) => m.market.code)).toEqual(
      [world.de, world.it].sort((a, b) => a.localeCompare(b)),
    );
    expect(emails).toContain(world.moderatorDe);
    expect(emails).toContain(moderatorEmail);
    expect(emails).not.toContain(world.moderatorKo);
    expect(emails).not.toContain(qaSpecialistEmail);
    expect(emails).not.toContain(qaManagerEmail);
  });
});

describe('reading policies', () => {
  it('filters by area and search, and gives the version in force', async () => {
    const tag = unique();
    const made = async (key: string, title: string, area: string) =>
      (await publishedPolicy(server(), owner, TAXONOMY, { key: `${key}-${tag}`, title: `${title} ${tag}`, area })).key;
    const childSafety = await made('child-safety', 'Child safety', 'CHILD_SAFETY');
    const bullying = await made('bullying', 'Bullying and harassment', 'BULLYING');
    const misinformation = await publishedPolicy(server(), owner, TAXONOMY, {
      key: `misinformation-${tag}`,
      title: `Misinformation ${tag}`,
      area: 'MISINFORMATION',
    });
    await nextVersion(server(), owner, misinformation.policyId, { publish: true, retire: misinformation.v1 });
    await nextVersion(server(), owner, misinformation.policyId);
    const data = await ok(
      server(),
      `query($tag: String!, $harass: String!, $misinformation: String!) {
         a: policies(filter: { area: CHILD_SAFETY, search: $tag }) { key }
         b: policies(filter: { search: $harass }) { key }
         c: policies(filter: { search: $misinformation }) { key currentVersion { number status } versions { number status } } }`,
      { tag, harass: `HARASSMENT ${tag.toUpperCase()}`, misinformation: misinformation.key },
      qaSpecialist,
    );
    expect(data.a).toEqual([{ key: childSafety }]);
    expect(data.b).toEqual([{ key: bullying }]);
    expect(data.c).toEqual([
      {
        key: misinformation.key,
        currentVersion: { number: 2, status: 'PUBLISHED' },
        versions: [
          { number: 3, status: 'DRAFT' },
          { number: 2, status: 'PUBLISHED' },
          { number: 1, status: 'RETIRED' },
        ],
      },
    ]);
  });

  it('loads policies with versions, labels, FAQ and acknowledgements in a fixed number of queries (no N+1)', async () => {
    const query = `{ policies { key currentVersion { number } versions {
      number labels { key } policy { key } createdBy { email } publishedBy { email } faq { question createdBy { email } }
      myAcknowledgement { acknowledgedAt } } } }`;
    // Several rounds each: a relation asked for again while its first load was out once made
    // a second query only some of the time.
    const counts = async () => {
      const seen = new Set<number>();
      for (let round = 0; round < 5; round++)
        seen.add(await countQueries(server(), () => ok(server(), query, {}, moderatorIt)));
      return [...seen];
    };
    const before = await counts();
    const { v1 } = await publishedPolicy(server(), owner);
    await ok(server(), ADD_FAQ, { input: { versionId: v1, question: 'Q?', answer: 'A.' } }, owner);
    await ok(server(), ACKNOWLEDGE, { input: { versionId: v1 } }, moderatorIt);
    await publishedPolicy(server(), owner);
    const after = await counts();
    expect(before).toHaveLength(1);
    expect(after).toEqual(before);
    // viewer, policies, versions, users, FAQ, acknowledgements: one query each.
    expect(after[0]).toBeLessThanOrEqual(8);
  });
});
