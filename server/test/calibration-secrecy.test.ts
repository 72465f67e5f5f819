// Calibration secrecy: what a voter may see of a blind session's cases, people and audits.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { Audit } from '../src/modules/audit/audit.entity.js';
import { AuditStatus, ErrorCategory, Verdict } from '../src/modules/audit/audit.enums.js';
import { SamplingPlan } from '../src/modules/audit/sampling-plan.entity.js';
import { SamplingRun } from '../src/modules/audit/sampling-run.entity.js';
import { Case } from '../src/modules/case/case.entity.js';
import { Role } from '../src/modules/identity/role.js';
import { LABELS } from './support/calibration-fixtures.js';
import { codeOf, setUp, VOTE } from './support/calibration-session.js';
import { useTestServer } from './support/test-server.js';
import { createUser } from './support/users.js';

const server = useTestServer();

describe('a blind calibration session, to its voters', () => {
  it("hides a blind item's moderator decision and a pending item's content from voters, and other vendors' names", async () => {
    const s = server();
    const { session, voters, facilitator, tokens, markets } = await setUp(s, 2, 1);
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const [first, second] = session.items;
    await s.gql(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    const italian = voters.find((v) => v.market === markets.it)!;
    const korean = voters.find((v) => v.market === markets.ko)!;
    for (const v of voters)
      await s.gql(VOTE, { input: { itemId: first!.id, label: 'violating', rationale: 'why' } }, tokens.get(v.user.id));
    const CASES = `query($id: ID!) { calibrationSession(id: $id) {
      participants { user { name } }
      items { id state case { text decision decisionLabel { key } moderator { name } } votes { participantName market } } } }`;
    const asVoter = (await s.gql(CASES, { id: session.id }, tokens.get(italian.user.id))).data!
      .calibrationSession as any;
    const voting = asVoter.items.find((i: any) => i.id === first!.id);
    const pending = asVoter.items.find((i: any) => i.id === second!.id);
    expect(voting.case).toMatchObject({ decision: null, decisionLabel: null, moderator: null });
    expect(voting.case.text).toMatch(/Sample comment/);
    expect(pending.case).toMatchObject({ text: null, decision: null, moderator: null });
    const asFacilitator = (await s.gql(CASES, { id: session.id }, facilitator)).data!.calibrationSession as any;
    expect(asFacilitator.items[0].case.decision).not.toBeNull();
    expect(asFacilitator.items[1].case.text).not.toBeNull();

    // Lumen (Italian) and Harbor (Korean) never see each other's people.
    const names = asVoter.participants.map((p: any) => p.user.name);
    expect(names).toContain(italian.user.name);
    expect(names).not.toContain(korean.user.name);
    await s.gql(
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    const revealed = (await s.gql(CASES, { id: session.id }, tokens.get(italian.user.id))).data!
      .calibrationSession as any;
    const votes = revealed.items.find((i: any) => i.id === first!.id).votes;
    expect(votes.find((v: any) => v.market === markets.ko).participantName).toBe('Reviewer');
    expect(votes.find((v: any) => v.market === markets.it).participantName).toBe(italian.user.name);
    expect(revealed.items.find((i: any) => i.id === first!.id).case.decision).not.toBeNull();
    const staffView = (await s.gql(CASES, { id: session.id }, facilitator)).data!.calibrationSession as any;
    expect(staffView.items[0].votes.map((v: any) => v.participantName)).toContain(korean.user.name);
  });

  it("keeps an item's decision hidden from its voters when they reach the case through case(id) or cases", async () => {
    const s = server();
    const { session, voters, facilitator, tokens, version, markets } = await setUp(s, 2, 1);
    await s.gql(
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id: session.id },
      facilitator,
    );
    const [first] = session.items;
    await s.gql(
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    const staff = (
      await s.gql(
        'query($id: ID!) { calibrationSession(id: $id) { items { id case { id } } } }',
        { id: session.id },
        facilitator,
      )
    ).data!.calibrationSession as any;
    const [openCase, pendingCase] = staff.items.map((i: any) => i.case.id as string);
    // The Italian voter is on the vendor team whose moderator decided these cases: they may read them...
    const italian = tokens.get(voters.find((v) => v.market === markets.it)!.user.id);
    const CASE = 'query($id: ID!) { case(id: $id) { id text decision decisionLabel { key } moderator { name } } }';
    const LIST = `query($policyVersionId: ID!) { cases(filter: { policyVersionId: $policyVersionId }) {
      edges { node { id text decision moderator { name } } } } }`;
    // ...but not the decision while the item waits for their vote, nor a pending item's content.
    expect((await s.gql(CASE, { id: openCase }, italian)).data!.case).toMatchObject({
      id: openCase,
      decision: null,
      decisionLabel: null,
      moderator: null,
    });
    expect((await s.gql(CASE, { id: pendingCase }, italian)).data!.case).toMatchObject({ text: null, decision: null });
    const listed = ((await s.gql(LIST, { policyVersionId: version.id }, italian)).data!.cases as any).edges.map(
      (e: any) => e.node,
    );
    expect(listed).toHaveLength(2);
    for (const node of listed) expect(node).toMatchObject({ decision: null, moderator: null });
    // Nor through an audit of the case (here the voter's own, as its moderator): until the
    // reveal the audit does not exist for its voter (its verdict, labels, feedback, appeal
    // and counts would all hint at the answer).
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const italianUser = voters.find((v) => v.market === markets.it)!.user;
    const audited = await em.findOneOrFail(Case, openCase, { populate: ['team'] });
    const manager = await createUser(em, Role.QA_MANAGER, audited.market);
    const plan = em.create(SamplingPlan, { name: 'blind check', seed: 1, countPerDay: 1, createdBy: manager });
    const day = audited.decidedAt.toISOString().slice(0, 10);
    const run = em.create(SamplingRun, { plan, day, candidates: 1, drawn: 1 });
    const audit = em.create(Audit, {
      run,
      case: audited,
      day,
      moderator: italianUser,
      team: audited.team,
      market: audited.market,
      queue: audited.queue,
      policy: audited.policy,
      decidedLabel: audited.decision,
      status: AuditStatus.COMPLETED,
      verdict: Verdict.INCORRECT,
      expectedLabel: LABELS.find((l) => l.key !== audited.decision)!.key,
      errorCategory: ErrorCategory.MISSED_VIOLATION,
      feedback: 'The expected label is the other one.',
      auditedAt: new Date(),
    });
    await em.flush();
    const AUDIT = `query($id: ID!) { audit(id: $id) { decidedLabel expectedLabel errorCategory feedback
      decidedTaxonomyLabel { key } expectedTaxonomyLabel { key } case { decision moderator { name } } } }`;
    expect(codeOf(await s.gql(AUDIT, { id: audit.id }, italian))).toBe('NOT_FOUND');
    const ownAudits = await s.gql('{ audits { totalCount edges { node { id } } } }', {}, italian);
    expect((ownAudits.data!.audits as any).edges.map((e: any) => e.node.id)).not.toContain(audit.id);
    // Staff who are not voting see it whole; after reveal, so does the voter.
    expect(((await s.gql(AUDIT, { id: audit.id }, facilitator)).data!.audit as any).expectedLabel).not.toBeNull();
    expect(((await s.gql(CASE, { id: openCase }, facilitator)).data!.case as any).decision).not.toBeNull();
    await s.gql(
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: first!.id },
      facilitator,
    );
    expect(((await s.gql(CASE, { id: openCase }, italian)).data!.case as any).decision).not.toBeNull();
    expect(((await s.gql(CASE, { id: pendingCase }, italian)).data!.case as any).decision).toBeNull();
    expect((await s.gql(AUDIT, { id: audit.id }, italian)).data!.audit).toMatchObject({
      decidedLabel: audited.decision,
      feedback: 'The expected label is the other one.',
      case: { decision: audited.decision },
    });
  });
});
