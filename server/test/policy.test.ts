// Writing policies: creating them, editing drafts, publishing, retiring and discarding, the FAQ.
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY, codeOf, ok, publishedPolicy, TAXONOMY, uniqueKey, policyCast } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import {
  CREATE,
  UPDATE_POLICY,
  NEW_VERSION,
  UPDATE_VERSION,
  PUBLISH,
  RETIRE,
  DISCARD,
  ADD_FAQ,
  REMOVE_FAQ,
  VERSION,
} from './support/policy-operations.js';

const server = useTestServer();

let owner: string;
let admin: string;
let qaManager: string;
let qaSpecialist: string;
let moderatorIt: string;

let ownerEmail: string;

beforeAll(async () => {
  const cast = await policyCast(server());
  [owner, admin, qaManager, qaSpecialist, moderatorIt] = [
    cast.owner.token,
    cast.admin.token,
    cast.qaManager.token,
    cast.qaSpecialist.token,
    cast.moderatorIt.token,
  ];
  ownerEmail = cast.owner.email;
});

describe('createPolicy and updatePolicy', () => {
  it('creates a policy with an empty draft as version 1 (policy owner and admin)', async () => {
    const key = uniqueKey('hate');
    const data = await ok(
      server(),
      CREATE,
      { input: { key, title: ' Hate speech ', area: 'HATE_SPEECH', description: 'Attacks.' } },
      owner,
    );
    expect(data.createPolicy.policy).toMatchObject({
      key,
      title: 'Hate speech',
      area: 'HATE_SPEECH',
      description: 'Attacks.',
    });
    expect(data.createPolicy.draft).toMatchObject({ number: 1, status: 'DRAFT', labels: [], body: '' });
    const byAdmin = await server().gql(CREATE, { input: { key: uniqueKey(), title: 'T', area: 'OTHER' } }, admin);
    expect(byAdmin.errors).toBeUndefined();
  });

  it('refuses other roles with FORBIDDEN, and anonymous callers with UNAUTHENTICATED', async () => {
    const input = { key: uniqueKey(), title: 'T', area: 'OTHER' };
    for (const token of [qaManager, qaSpecialist, moderatorIt]) {
      expect(codeOf(await server().gql(CREATE, { input }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await server().gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed key, an unknown area and an existing key', async () => {
    const bad = await server().gql(CREATE, { input: { key: 'Hate Speech!', title: 'T', area: 'OTHER' } }, owner);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('key must be 2 to 64 lower-case letters');
    expect(codeOf(await server().gql(CREATE, { input: { key: uniqueKey(), title: 'T', area: 'GOSSIP' } }, owner))).toBe(
      'BAD_USER_INPUT',
    );
    const taken = await server().gql(CREATE, { input: { key: 'bullying', title: 'Again', area: 'BULLYING' } }, owner);
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors![0]!.message).toBe('A policy with the key "bullying" exists already: choose another key.');
  });

  it('updates title, area and description; unknown ids are NOT_FOUND', async () => {
    const { policyId } = await publishedPolicy(server(), owner);
    const data = await ok(
      server(),
      UPDATE_POLICY,
      { input: { policyId, title: 'Renamed', area: 'VIOLENCE', description: 'New.' } },
      owner,
    );
    expect(data.updatePolicy.policy).toEqual({ id: policyId, title: 'Renamed', area: 'VIOLENCE', description: 'New.' });
    const missing = await server().gql(
      UPDATE_POLICY,
      { input: { policyId: '00000000-0000-4000-8000-000000000000', title: 'X' } },
      owner,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(codeOf(await server().gql(UPDATE_POLICY, { input: { policyId: 'not-a-uuid', title: 'X' } }, owner))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await server().gql(UPDATE_POLICY, { input: { policyId, title: 'X' } }, qaManager))).toBe('FORBIDDEN');
  });
});

describe('drafts: editing the body and the taxonomy', () => {
  it('saves body, summary, effective date and an ordered taxonomy', async () => {
    const created = await ok(server(), CREATE, { input: { key: uniqueKey(), title: 'T', area: 'OTHER' } }, owner);
    const versionId = created.createPolicy.draft.id;
    const labels = [
      { key: 'b_second', name: ' Second ', severity: 2 },
      { key: 'a_first', name: 'First', description: 'Pick me first', severity: 1 },
    ];
    const data = await ok(
      server(),
      UPDATE_VERSION,
      { input: { versionId, body: BODY, changeSummary: ' Why ', effectiveDate: '2026-03-01', labels } },
      owner,
    );
    expect(data.updatePolicyVersion.version).toMatchObject({
      status: 'DRAFT',
      body: BODY,
      changeSummary: 'Why',
      effectiveDate: '2026-03-01',
      labels: [
        { key: 'b_second', name: 'Second', description: '', severity: 2 },
        { key: 'a_first', name: 'First', description: 'Pick me first', severity: 1 },
      ],
    });
    // Fields left out stay as they were.
    const partial = await ok(server(), UPDATE_VERSION, { input: { versionId, changeSummary: 'Only this' } }, owner);
    expect(partial.updatePolicyVersion.version).toMatchObject({
      body: BODY,
      changeSummary: 'Only this',
      effectiveDate: '2026-03-01',
    });
    expect(partial.updatePolicyVersion.version.labels).toHaveLength(2);
    // Null is "unchanged" too (it was a TypeError, an internal error), but for the date it clears.
    const nulls = await ok(
      server(),
      UPDATE_VERSION,
      { input: { versionId, labels: null, body: null, changeSummary: null, effectiveDate: null } },
      owner,
    );
    expect(nulls.updatePolicyVersion.version).toMatchObject({
      body: BODY,
      changeSummary: 'Only this',
      effectiveDate: null,
    });
    expect(nulls.updatePolicyVersion.version.labels).toHaveLength(2);
    const policyId = created.createPolicy.policy.id;
    const policy = await ok(
      server(),
      UPDATE_POLICY,
      { input: { policyId, title: null, area: null, description: null } },
      owner,
    );
    expect(policy.updatePolicy.policy).toMatchObject({ title: 'T', area: 'OTHER' });
  });

  it('refuses duplicate label keys, malformed keys, too many labels and bad dates', async () => {
    const created = await ok(server(), CREATE, { input: { key: uniqueKey(), title: 'T', area: 'OTHER' } }, owner);
    const versionId = created.createPolicy.draft.id;
    const duplicate = await server().gql(
      UPDATE_VERSION,
      {
        input: {
          versionId,
          labels: [
            { key: 'same', name: 'A' },
            { key: 'same', name: 'B' },
          ],
        },
      },
      owner,
    );
    expect(codeOf(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0]!.message).toContain('label 2: the key "same" is used by an earlier label');
    const malformed = await server().gql(
      UPDATE_VERSION,
      { input: { versionId, labels: [{ key: 'Not OK', name: 'A' }] } },
      owner,
    );
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0]!.message).toContain('label key must be 1 to 50 lower-case letters');
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `l${i}`, name: `L${i}` }));
    expect(codeOf(await server().gql(UPDATE_VERSION, { input: { versionId, labels: many } }, owner))).toBe(
      'BAD_USER_INPUT',
    );
    const severity = await server().gql(
      UPDATE_VERSION,
      { input: { versionId, labels: [{ key: 'a', name: 'A', severity: 101 }] } },
      owner,
    );
    expect(codeOf(severity)).toBe('BAD_USER_INPUT');
    const date = await server().gql(UPDATE_VERSION, { input: { versionId, effectiveDate: '2026-02-30' } }, owner);
    expect(codeOf(date)).toBe('BAD_USER_INPUT');
    expect(codeOf(await server().gql(UPDATE_VERSION, { input: { versionId, body: 'x' } }, qaSpecialist))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('publishing, new drafts, retiring and discarding', () => {
  it('says everything that keeps a draft from being published', async () => {
    const created = await ok(server(), CREATE, { input: { key: uniqueKey(), title: 'T', area: 'OTHER' } }, owner);
    const versionId = created.createPolicy.draft.id;
    await ok(
      server(),
      UPDATE_VERSION,
      {
        input: {
          versionId,
          labels: [
            { key: 'a', name: 'A', severity: 1 },
            { key: 'b', name: 'B' },
          ],
        },
      },
      owner,
    );
    const result = await server().gql(PUBLISH, { input: { versionId } }, owner);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.problems).toEqual([
      'write the policy text (body)',
      'set the effective date',
      'set a severity on every label or on none (1 of 2 have one): ordinal agreement needs all',
    ]);
    expect(result.errors![0]!.extensions).toMatchObject({ feature: 'policy', reason: 'NOT_PUBLISHABLE' });
  });

  it('publishes a complete draft, which is immutable from then on (CONFLICT)', async () => {
    const { v1 } = await publishedPolicy(server(), owner);
    const version = await ok(server(), VERSION, { id: v1 }, owner);
    expect(version.policyVersion.status).toBe('PUBLISHED');
    const edit = await server().gql(UPDATE_VERSION, { input: { versionId: v1, labels: TAXONOMY.slice(0, 2) } }, owner);
    expect(codeOf(edit)).toBe('CONFLICT');
    expect(edit.errors![0]!.message).toMatch(
      /is published and cannot be edited: start a new draft from it \(createPolicyVersion\)/,
    );
    expect(codeOf(await server().gql(PUBLISH, { input: { versionId: v1 } }, owner))).toBe('CONFLICT');
    expect(codeOf(await server().gql(DISCARD, { input: { versionId: v1 } }, owner))).toBe('CONFLICT');
  });

  it('starts the next draft as a copy of the latest version, one draft at a time', async () => {
    const { policyId, v1 } = await publishedPolicy(server(), owner);
    const data = await ok(server(), NEW_VERSION, { input: { policyId } }, owner);
    expect(data.createPolicyVersion.version).toMatchObject({
      number: 2,
      status: 'DRAFT',
      body: BODY,
      changeSummary: '',
      effectiveDate: null,
      labels: TAXONOMY,
    });
    const second = await server().gql(NEW_VERSION, { input: { policyId, baseVersionId: v1 } }, owner);
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.errors![0]!.message).toMatch(/already has a draft \(version 2\): edit or discard it/);
  });

  it('refuses a base version of another policy', async () => {
    const a = await publishedPolicy(server(), owner);
    const b = await publishedPolicy(server(), owner);
    const result = await server().gql(NEW_VERSION, { input: { policyId: a.policyId, baseVersionId: b.v1 } }, owner);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('retires a published version once; a draft cannot be retired', async () => {
    const { policyId, v1 } = await publishedPolicy(server(), owner);
    const draft = (await ok(server(), NEW_VERSION, { input: { policyId } }, owner)).createPolicyVersion.version.id;
    expect(codeOf(await server().gql(RETIRE, { input: { versionId: draft } }, owner))).toBe('CONFLICT');
    expect(codeOf(await server().gql(RETIRE, { input: { versionId: v1 } }, qaManager))).toBe('FORBIDDEN');
    const retired = await ok(server(), RETIRE, { input: { versionId: v1 } }, admin);
    expect(retired.retirePolicyVersion.version).toMatchObject({ status: 'RETIRED' });
    expect(retired.retirePolicyVersion.version.retiredAt).toBeTruthy();
    const again = await server().gql(RETIRE, { input: { versionId: v1 } }, owner);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toMatch(/is already retired/);
    expect(codeOf(await server().gql(UPDATE_VERSION, { input: { versionId: v1, body: 'x' } }, owner))).toBe('CONFLICT');
  });

  it('discards a draft', async () => {
    const { policyId } = await publishedPolicy(server(), owner);
    const draft = (await ok(server(), NEW_VERSION, { input: { policyId } }, owner)).createPolicyVersion.version.id;
    const data = await ok(server(), DISCARD, { input: { versionId: draft } }, owner);
    expect(data.discardPolicyVersion).toEqual({ discardedVersionId: draft, policy: { versions: [{ number: 1 }] } });
    expect(codeOf(await server().gql(VERSION, { id: draft }, owner))).toBe('NOT_FOUND');
  });
});

describe('FAQ', () => {
  it('adds questions in order to drafts and published versions, and removes them', async () => {
    const { v1 } = await publishedPolicy(server(), owner);
    const first = await ok(
      server(),
      ADD_FAQ,
      { input: { versionId: v1, question: ' Is sarcasm an insult? ', answer: 'Only when aimed at a person.' } },
      owner,
    );
    expect(first.addFaqEntry.entry).toMatchObject({
      position: 1,
      question: 'Is sarcasm an insult?',
      createdBy: { email: ownerEmail },
    });
    const second = await ok(
      server(),
      ADD_FAQ,
      { input: { versionId: v1, question: 'Emoji?', answer: 'Judge the words.' } },
      admin,
    );
    expect(second.addFaqEntry.version.faq).toEqual([
      { position: 1, question: 'Is sarcasm an insult?' },
      { position: 2, question: 'Emoji?' },
    ]);
    const removed = await ok(server(), REMOVE_FAQ, { input: { entryId: first.addFaqEntry.entry.id } }, owner);
    expect(removed.removeFaqEntry.version.faq).toEqual([{ question: 'Emoji?' }]);
    expect(codeOf(await server().gql(REMOVE_FAQ, { input: { entryId: first.addFaqEntry.entry.id } }, owner))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses other roles, empty entries and retired versions', async () => {
    const { v1 } = await publishedPolicy(server(), owner);
    const input = { versionId: v1, question: 'Q?', answer: 'A.' };
    expect(codeOf(await server().gql(ADD_FAQ, { input }, qaSpecialist))).toBe('FORBIDDEN');
    expect(codeOf(await server().gql(ADD_FAQ, { input: { ...input, answer: '' } }, owner))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server().gql(ADD_FAQ, { input: { ...input, question: '   ' } }, owner))).toBe('BAD_USER_INPUT');
    await ok(server(), RETIRE, { input: { versionId: v1 } }, owner);
    expect(codeOf(await server().gql(ADD_FAQ, { input }, owner))).toBe('CONFLICT');
  });
});
