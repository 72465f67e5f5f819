import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../../src/modules/case/case.entity.js';
import { ContentType } from '../../src/modules/case/case.enums.js';
import { Market } from '../../src/modules/identity/market.entity.js';
import { hashPassword } from '../../src/modules/identity/password.js';
import { Role, TeamKind } from '../../src/modules/identity/role.js';
import { Team } from '../../src/modules/identity/team.entity.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { Vendor } from '../../src/modules/identity/vendor.entity.js';
import { auditPolicy, LABELS } from './audit-fixtures.js';
import { TEST_PASSWORD_COST } from './constants.js';
import type { TestServer } from './test-server.js';

/**
 * A world with both walls in it, built through factories and the API: two vendors (A in
 * it-IT, B in ko-KR) and the platform's own staff; a blind cross-vendor calibration
 * session over six cases of both vendors with two items revealed, two voting and two
 * pending; audits of every case (some incorrect, one appealed), a gold challenge, an RCA
 * escalation linking the audits, and a briefing with questions from both vendors.
 * Every secret is a unique string, so an answer can be searched for it.
 */
export type Person = { key: string; id: string; email: string; name: string; vendor: 'A' | 'B' | null; token: string };

export type World = {
  suffix: string;
  people: Record<string, Person>;
  vendors: Record<'A' | 'B', { id: string; name: string; teamId: string; teamName: string }>;
  internalTeamId: string;
  marketIds: string[];
  policyId: string;
  versionId: string;
  queue: string;
  day: string;
  /** Case ids in item order: A, B, A, B, A, B. */
  caseIds: string[];
  caseText: Record<string, string>;
  itemIds: string[];
  sessionId: string;
  /** Voter key → item index → the rationale they gave. */
  rationales: Record<string, Record<number, string>>;
  auditIds: string[];
  auditOfCase: Record<string, string>;
  feedbackOfCase: Record<string, string>;
  planId: string;
  escalationId: string;
  briefingId: string;
  questionIds: string[];
  challengeId: string;
  quizId: string;
};

export const VOTERS = ['modA1', 'leadA', 'analystA', 'modB1', 'qaSpecialist'] as const;
export const GOLD = 'severe';

type Spec = { key: string; role: Role; vendor: 'A' | 'B' | null; team: 'A' | 'B' | 'internal' | null };
const SPECS: Spec[] = [
  { key: 'admin', role: Role.ADMIN, vendor: null, team: null },
  { key: 'policyOwner', role: Role.POLICY_OWNER, vendor: null, team: null },
  { key: 'qaManager', role: Role.QA_MANAGER, vendor: null, team: 'internal' },
  { key: 'qaSpecialist', role: Role.QA_SPECIALIST, vendor: null, team: 'internal' },
  { key: 'modA1', role: Role.MODERATOR, vendor: 'A', team: 'A' },
  { key: 'modA2', role: Role.MODERATOR, vendor: 'A', team: 'A' },
  { key: 'leadA', role: Role.MODERATOR, vendor: 'A', team: 'A' },
  { key: 'analystA', role: Role.QA_SPECIALIST, vendor: 'A', team: 'A' },
  { key: 'managerA', role: Role.QA_MANAGER, vendor: 'A', team: 'A' },
  { key: 'modB1', role: Role.MODERATOR, vendor: 'B', team: 'B' },
  { key: 'modB2', role: Role.MODERATOR, vendor: 'B', team: 'B' },
  { key: 'analystB', role: Role.QA_SPECIALIST, vendor: 'B', team: 'B' },
  { key: 'managerB', role: Role.QA_MANAGER, vendor: 'B', team: 'B' },
];

export async function gqlOk<T = any>(s: TestServer, query: string, variables: Record<string, unknown>, token: string) {
  const r = await s.gql<T>(query, variables, token);
  if (r.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

export async function buildWorld(s: TestServer): Promise<World> {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const suffix = randomUUID().slice(0, 8);
  const [it, ko] = await Promise.all([
    em.findOneOrFail(Market, { code: 'it-IT' }),
    em.findOneOrFail(Market, { code: 'ko-KR' }),
  ]);
  const vendorA = em.create(Vendor, { name: `VendorA-${suffix}` });
  const vendorB = em.create(Vendor, { name: `VendorB-${suffix}` });
  const teamA = em.create(Team, { name: `TeamA-${suffix}`, kind: TeamKind.VENDOR, market: it, vendor: vendorA });
  const teamB = em.create(Team, { name: `TeamB-${suffix}`, kind: TeamKind.VENDOR, market: ko, vendor: vendorB });
  const internal = em.create(Team, { name: `QA-${suffix}`, kind: TeamKind.INTERNAL, market: it });
  const hash = await hashPassword('concord', TEST_PASSWORD_COST);
  const users = new Map<string, User>();
  for (const spec of SPECS) {
    const team = spec.team === 'A' ? teamA : spec.team === 'B' ? teamB : spec.team === 'internal' ? internal : null;
    users.set(
      spec.key,
      em.create(User, {
        email: `${spec.key.toLowerCase()}.${suffix}@walk.example`,
        name: `Person-${spec.key}-${suffix}`,
        role: spec.role,
        market: spec.team === 'B' ? ko : it,
        team,
        passwordHash: hash,
      }),
    );
  }
  teamA.lead = users.get('leadA')!;
  teamB.lead = users.get('modB2')!;
  await em.flush();

  const { policy, version } = await auditPolicy(em);
  const queue = `walk-${suffix}`;
  const day = '2026-11-02';
  const caseText: Record<string, string> = {};
  const cases: Case[] = [];
  for (let i = 0; i < 6; i++) {
    const vendor = i % 2 === 0 ? 'A' : 'B';
    const moderator = users.get(vendor === 'A' ? 'modA2' : 'modB2')!;
    const text = `Secret-text-${i}-${suffix}`;
    const c = em.create(Case, {
      source: 'walk',
      externalId: `${suffix}-${i}`,
      market: vendor === 'A' ? it : ko,
      queue,
      contentType: ContentType.TEXT,
      text,
      policyVersion: version,
      policy,
      decision: LABELS[i % 3]!.key,
      moderator,
      team: vendor === 'A' ? teamA : teamB,
      decidedAt: new Date(Date.parse(`${day}T08:00:00Z`) + i * 60_000),
    });
    cases.push(c);
  }
  await em.flush();
  for (const c of cases) caseText[c.id] = c.text!;

  const people: Record<string, Person> = {};
  for (const spec of SPECS) {
    const user = users.get(spec.key)!;
    people[spec.key] = {
      key: spec.key,
      id: user.id,
      email: user.email,
      name: user.name,
      vendor: spec.vendor,
      token: await s.signIn(user.email),
    };
  }
  const t = (key: string) => people[key]!.token;

  // Audits of every case: a platform plan over the world's queue draws all six.
  const plan = await gqlOk(
    s,
    'mutation($input: CreateSamplingPlanInput!) { createSamplingPlan(input: $input) { plan { id } } }',
    { input: { name: `Walk ${suffix}`, queue, countPerDay: 10, seed: 7 } },
    t('qaManager'),
  );
  const planId = plan.createSamplingPlan.plan.id as string;
  await gqlOk(
    s,
    'mutation($input: RunSamplingPlanInput!) { runSamplingPlan(input: $input) { run { id } } }',
    { input: { planId, day } },
    t('qaManager'),
  );
  const audits = await gqlOk(
    s,
    'query($q: String) { audits(filter: { queue: $q }, page: { first: 50 }) { edges { node { id case { id } } } } }',
    { q: queue },
    t('qaManager'),
  );
  const auditOfCase: Record<string, string> = {};
  for (const { node } of audits.audits.edges) auditOfCase[node.case.id] = node.id;
  const feedbackOfCase: Record<string, string> = {};
  for (const [index, c] of cases.entries()) {
    const feedback = `Secret-feedback-${index}-${suffix}`;
    feedbackOfCase[c.id] = feedback;
    const incorrect = c.decision !== GOLD;
    await gqlOk(
      s,
      'mutation($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }',
      {
        input: {
          auditId: auditOfCase[c.id],
          verdict: incorrect ? 'INCORRECT' : 'CORRECT',
          ...(incorrect ? { expectedLabel: GOLD, errorCategory: 'WRONG_SEVERITY' } : {}),
          feedback,
        },
      },
      t('qaManager'),
    );
  }
  // The moderator of the A cases appeals the audit of a case that will stay voting.
  await gqlOk(
    s,
    'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appeal { id } } }',
    { input: { auditId: auditOfCase[cases[2]!.id], reason: `Secret-appeal-${suffix} it was fine` } },
    t('modA2'),
  );

  // The blind session: items 0-1 revealed, 2-3 voting, 4-5 pending.
  const session = await gqlOk(
    s,
    `mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id items { id position } } } }`,
    {
      input: {
        title: `Walk ${suffix}`,
        policyVersionId: version.id,
        mode: 'BLIND',
        scheduledAt: new Date().toISOString(),
        marketIds: [it.id, ko.id],
        participantIds: VOTERS.map((k) => people[k]!.id),
        caseIds: cases.map((c) => c.id),
      },
    },
    t('qaManager'),
  );
  const sessionId = session.createCalibrationSession.session.id as string;
  const items = [...session.createCalibrationSession.session.items].sort((a: any, b: any) => a.position - b.position);
  const itemIds = items.map((i: { id: string }) => i.id);
  for (const itemId of itemIds) {
    await gqlOk(
      s,
      'mutation($input: SetCalibrationItemGoldInput!) { setCalibrationItemGold(input: $input) { item { id } } }',
      { input: { itemId, label: GOLD } },
      t('policyOwner'),
    );
  }
  await gqlOk(
    s,
    'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
    { id: sessionId },
    t('qaManager'),
  );
  const rationales: Record<string, Record<number, string>> = {};
  for (const index of [0, 1, 2, 3]) {
    await gqlOk(
      s,
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: itemIds[index] },
      t('qaManager'),
    );
    for (const [v, voter] of VOTERS.entries()) {
      const rationale = `Secret-rationale-${voter}-${index}-${suffix}`;
      (rationales[voter] ??= {})[index] = rationale;
      await gqlOk(
        s,
        'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { label } } }',
        { input: { itemId: itemIds[index], label: LABELS[(v + index) % 4]!.key, rationale } },
        t(voter),
      );
    }
    if (index < 2) {
      await gqlOk(
        s,
        'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
        { id: itemIds[index] },
        t('qaManager'),
      );
    }
  }
  const challenge = await gqlOk(
    s,
    'mutation($input: ChallengeGoldInput!) { challengeGold(input: $input) { challenge { id } } }',
    { input: { itemId: itemIds[0], reason: `Challenge by B ${suffix}: too severe` } },
    t('modB1'),
  );

  const escalation = await gqlOk(
    s,
    `mutation($input: CreateRcaEscalationInput!) { createRcaEscalation(input: $input) { escalation { id } } }`,
    {
      input: {
        title: `Walk RCA ${suffix}`,
        rootCause: 'TRAINING_GAP',
        errorCategory: 'WRONG_SEVERITY',
        scope: { queue },
        links: { auditIds: Object.values(auditOfCase), caseIds: cases.map((c) => c.id) },
      },
    },
    t('qaManager'),
  );

  const quiz = await gqlOk(
    s,
    'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { quiz { id } } }',
    {
      input: {
        title: `Walk quiz ${suffix}`,
        questions: [{ auditId: auditOfCase[cases[0]!.id] }, { auditId: auditOfCase[cases[2]!.id] }],
        assignment: { teamIds: [teamA.id] },
      },
    },
    t('qaManager'),
  );

  const briefing = await gqlOk(
    s,
    `mutation($input: ScheduleBriefingInput!) { scheduleBriefing(input: $input) { briefing { id } } }`,
    {
      input: {
        title: `Walk briefing ${suffix}`,
        policyVersionId: version.id,
        marketIds: [it.id, ko.id],
        scheduledAt: new Date().toISOString(),
      },
    },
    t('policyOwner'),
  );
  const briefingId = briefing.scheduleBriefing.briefing.id as string;
  await gqlOk(
    s,
    'mutation($id: ID!) { startBriefing(input: { briefingId: $id }) { briefing { id } } }',
    { id: briefingId },
    t('policyOwner'),
  );
  const questionIds: string[] = [];
  for (const [asker, anonymous] of [
    ['modA1', false],
    ['modB1', false],
    ['modB1', true],
  ] as const) {
    const q = await gqlOk(
      s,
      'mutation($input: AskBriefingQuestionInput!) { askBriefingQuestion(input: $input) { question { id } } }',
      { input: { briefingId, text: `Question of ${asker} ${anonymous ? 'anon' : 'named'}?`, anonymous } },
      t(asker),
    );
    questionIds.push(q.askBriefingQuestion.question.id);
  }
  await gqlOk(
    s,
    'mutation($input: ReplyToBriefingQuestionInput!) { replyToBriefingQuestion(input: $input) { reply { id } } }',
    { input: { questionId: questionIds[0], text: 'A reply from vendor B.' } },
    t('modB1'),
  );

  return {
    suffix,
    people,
    vendors: {
      A: { id: vendorA.id, name: vendorA.name, teamId: teamA.id, teamName: teamA.name },
      B: { id: vendorB.id, name: vendorB.name, teamId: teamB.id, teamName: teamB.name },
    },
    internalTeamId: internal.id,
    marketIds: [it.id, ko.id],
    policyId: policy.id,
    versionId: version.id,
    queue,
    day,
    caseIds: cases.map((c) => c.id),
    caseText,
    itemIds,
    sessionId,
    rationales,
    auditIds: Object.values(auditOfCase),
    auditOfCase,
    feedbackOfCase,
    planId,
    escalationId: escalation.createRcaEscalation.escalation.id,
    briefingId,
    questionIds,
    challengeId: challenge.challengeGold.challenge.id,
    quizId: quiz.createQuiz.quiz.id,
  };
}
