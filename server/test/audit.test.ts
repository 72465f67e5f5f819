import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { casesOnDay, LABELS, uniqueQueue } from './support/audit-fixtures.js';
import { createVoters } from './support/calibration-fixtures.js';
import { codeOf, ok, vendorUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';

const server = useTestServer();
const em = () => server().concord.deps.orm.em.fork() as EntityManager;

const CREATE_PLAN = `mutation($input: CreateSamplingPlanInput!) {
  createSamplingPlan(input: $input) { plan { id name queue rate countPerDay stratifyByDecision seed active createdBy { email } } }
}`;
const RUN_PLAN = `mutation($input: RunSamplingPlanInput!) {
  runSamplingPlan(input: $input) { run { id day candidates drawn plan { id } ranBy { email } } }
}`;
const AUDITS = `query($filter: AuditsFilter, $page: PageInput) {
  audits(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id day status decidedLabel verdict expectedLabel errorCategory feedback overturned
      countsAgainstModerator canAppeal appealDeadline
      case { id queue decidedAt } moderator { email } assignee { email } auditor { email } plan { id }
      appeal { id status reason decisionNote } } }
  }
}`;
const AUDIT = `query($id: ID!) {
  audit(id: $id) { id status verdict feedback expectedLabel expectedTaxonomyLabel { name } decidedTaxonomyLabel { key }
    canAppeal countsAgainstModerator overturned plan { id } moderator { email } case { id }
    appeal { id status reason decisionNote appellant { email } decidedBy { email } decidedAt } }
}`;
const CLAIM = 'mutation($input: ClaimAuditInput!) { claimAudit(input: $input) { audit { id assignee { email } } } }';
const ASSIGN = 'mutation($input: AssignAuditInput!) { assignAudit(input: $input) { audit { id assignee { email } } } }';
const SUBMIT = `mutation($input: SubmitAuditInput!) {
  submitAudit(input: $input) { audit { id status verdict expectedLabel errorCategory feedback auditedAt auditor { email } } }
}`;
const FILE_APPEAL = `mutation($input: FileAppealInput!) {
  fileAppeal(input: $input) { appeal { id status reason appellant { email } audit { id } } }
}`;
const DECIDE_APPEAL = `mutation($input: DecideAppealInput!) {
  decideAppeal(input: $input) { appeal { id status decisionNote decidedBy { email } audit { id overturned countsAgainstModerator } } }
}`;
const APPEALS =
  'query($filter: AppealsFilter) { appeals(filter: $filter) { id status audit { id moderator { email } } } }';
const tokens: Record<string, string> = {};
const MOD_IT = 'moderator.it@concord.demo';
const MOD_DE = 'moderator.de@concord.demo';

beforeAll(async () => {
  for (const name of [
    'admin',
    'qa.manager',
    'qa.specialist',
    'moderator.it',
    'moderator.de',
    'moderator.ko',
    'policy',
  ]) {
    tokens[name] = await server().signIn(`${name}@concord.demo`);
  }
});

async function createPlan(input: Record<string, unknown>, token = tokens['qa.specialist']!) {
  const data = await ok(server(), CREATE_PLAN, { input: { name: 'Daily plan', seed: 42, ...input } }, token);
  return data.createSamplingPlan.plan as { id: string };
}

async function runPlan(planId: string, day: string, token = tokens['qa.specialist']!) {
  const data = await ok(server(), RUN_PLAN, { input: { planId, day } }, token);
  return data.runSamplingPlan.run as { id: string; candidates: number; drawn: number };
}

type AuditNode = {
  id: string;
  status: string;
  decidedLabel: string;
  verdict: string | null;
  feedback: string | null;
  overturned: boolean;
  countsAgainstModerator: boolean;
  canAppeal: boolean;
  case: { id: string; queue: string; decidedAt: string };
  moderator: { email: string };
  assignee: { email: string } | null;
  plan: { id: string } | null;
  appeal: { id: string; status: string } | null;
};

async function auditsOf(filter: Record<string, unknown>, token = tokens['qa.specialist']!) {
  const nodes: AuditNode[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await ok(server(), AUDITS, { filter, page: { first: 200, after } }, token);
    nodes.push(...data.audits.edges.map((e: { node: AuditNode }) => e.node));
    if (!data.audits.pageInfo.hasNextPage) return nodes;
    after = data.audits.pageInfo.endCursor;
  }
}

/** The case ids a plan drew for a day, sorted. */
async function drawnCases(planId: string, day: string) {
  const rows = await em().execute<{ case_id: string }[]>(
    'select a.case_id from audit a join sampling_run r on r.id = a.run_id where r.plan_id = ? and r.day = ? order by a.case_id',
    [planId, day],
  );
  return rows.map((r) => r.case_id);
}

async function forgetRun(planId: string, day: string) {
  await em().execute('delete from audit where run_id in (select id from sampling_run where plan_id = ? and day = ?)', [
    planId,
    day,
  ]);
  await em().execute('delete from sampling_run where plan_id = ? and day = ?', [planId, day]);
}

describe('sampling plans', () => {
  const day = '2025-03-10';
  let queue: string;
  let caseIds: Set<string>;

  beforeAll(async () => {
    queue = uniqueQueue('sampling');
    const { cases } = await casesOnDay(em(), {
      day,
      queue,
      moderatorEmails: [MOD_IT, MOD_DE],
      decisions: [120, 60, 15, 5],
    });
    caseIds = new Set(cases.map((c) => c.id));
    // Same queue, the days either side: never candidates for `day`.
    await casesOnDay(em(), { day: '2025-03-09', queue, moderatorEmails: [MOD_IT], decisions: [10, 0, 0, 0] });
    await casesOnDay(em(), { day: '2025-03-11', queue, moderatorEmails: [MOD_IT], decisions: [10, 0, 0, 0] });
  });

  it('draws the rate of the day’s cases in scope, rounded up, each case once, as audit tasks', async () => {
    const plan = await createPlan({ queue, rate: 0.1 });
    const run = await runPlan(plan.id, day);
    expect(run).toMatchObject({ candidates: 200, drawn: 20 });
    const tasks = await auditsOf({ planId: plan.id });
    expect(tasks).toHaveLength(20);
    expect(new Set(tasks.map((t) => t.case.id)).size).toBe(20);
    for (const t of tasks) {
      expect(caseIds.has(t.case.id)).toBe(true);
      expect(t.case.queue).toBe(queue);
      expect(t).toMatchObject({ status: 'PENDING', verdict: null, assignee: null, plan: { id: plan.id } });
    }
    const odd = await createPlan({ queue, rate: 0.033 });
    expect(await runPlan(odd.id, day)).toMatchObject({ candidates: 200, drawn: 7 }); // 6.6 → 7
  });

  it('draws the same cases for the same plan, day and seed, and others for another seed', async () => {
    const plan = await createPlan({ queue, countPerDay: 25 });
    await runPlan(plan.id, day);
    const first = await drawnCases(plan.id, day);
    expect(first).toHaveLength(25);
    await forgetRun(plan.id, day);
    await runPlan(plan.id, day);
    expect(await drawnCases(plan.id, day)).toEqual(first);

    await forgetRun(plan.id, day);
    await em().execute('update sampling_plan set seed = 43 where id = ?', [plan.id]);
    await runPlan(plan.id, day);
    const other = await drawnCases(plan.id, day);
    expect(other).toHaveLength(25);
    expect(other).not.toEqual(first);
    // Independent draws of 25 from 200 share about 3 cases; 20 shared would be a broken seed.
    expect(other.filter((id) => first.includes(id)).length).toBeLessThan(15);
  });

  it('honours a count, and takes every case when the day has fewer', async () => {
    const few = await createPlan({ queue, countPerDay: 13 });
    expect(await runPlan(few.id, day)).toMatchObject({ candidates: 200, drawn: 13 });
    const all = await createPlan({ queue, countPerDay: 500 });
    expect(await runPlan(all.id, day)).toMatchObject({ candidates: 200, drawn: 200 });
    expect(new Set(await drawnCases(all.id, day))).toEqual(caseIds);
    const empty = await createPlan({ queue, countPerDay: 5 });
    expect(await runPlan(empty.id, '2025-03-12')).toMatchObject({ candidates: 0, drawn: 0 });
  });

  it('stratified by decision, draws each decision in proportion to its share of the day', async () => {
    const plan = await createPlan({ queue, countPerDay: 40, stratifyByDecision: true });
    expect(await runPlan(plan.id, day)).toMatchObject({ drawn: 40 });
    const tasks = await auditsOf({ planId: plan.id });
    const per = Object.fromEntries(LABELS.map((l) => [l.key, tasks.filter((t) => t.decidedLabel === l.key).length]));
    // 120/60/15/5 of 200 → 24/12/3/1 of 40.
    expect(per).toEqual({ no_violation: 24, borderline: 12, violating: 3, severe: 1 });
    // 10 of 200: 6 / 3 / 0.75 / 0.25 → 6 / 3 / 1 / 0 by largest remainder.
    const small = await createPlan({ queue, countPerDay: 10, stratifyByDecision: true });
    await runPlan(small.id, day);
    const smallTasks = await auditsOf({ planId: small.id });
    const smallPer = Object.fromEntries(
      LABELS.map((l) => [l.key, smallTasks.filter((t) => t.decidedLabel === l.key).length]),
    );
    expect(smallPer).toEqual({ no_violation: 6, borderline: 3, violating: 1, severe: 0 });
  });

  it('scopes by market, team and moderator', async () => {
    const session = em();
    const de = await session.findOneOrFail(User, { email: MOD_DE }, { populate: ['team', 'market'] });
    const byModerator = await createPlan({ queue, moderatorId: de.id, countPerDay: 1000 });
    expect(await runPlan(byModerator.id, day)).toMatchObject({ candidates: 100 });
    const byTeam = await createPlan({ queue, teamId: de.team!.id, rate: 1 });
    expect(await runPlan(byTeam.id, day)).toMatchObject({ candidates: 100, drawn: 100 });
    const byMarket = await createPlan({ marketId: de.market.id, queue, rate: 0.5 });
    expect(await runPlan(byMarket.id, day)).toMatchObject({ candidates: 100, drawn: 50 });
    const tasks = await auditsOf({ planId: byMarket.id });
    expect(new Set(tasks.map((t) => t.moderator.email))).toEqual(new Set([MOD_DE]));
  });

  it('refuses to sample a day twice, and changes nothing', async () => {
    const plan = await createPlan({ queue, countPerDay: 5 });
    await runPlan(plan.id, day);
    const before = await drawnCases(plan.id, day);
    const again = await server().gql(RUN_PLAN, { input: { planId: plan.id, day } }, tokens['qa.manager']);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already been sampled for 2025-03-10/);
    expect(await drawnCases(plan.id, day)).toEqual(before);
    // Two runs at once: exactly one draws.
    const racing = await createPlan({ queue, countPerDay: 5 });
    const results = await Promise.all(
      [0, 1, 2].map(() => server().gql(RUN_PLAN, { input: { planId: racing.id, day } }, tokens['qa.specialist'])),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(2);
    expect(await drawnCases(racing.id, day)).toHaveLength(5);
  });

  it('refuses bad plan input, future days, paused plans and people without the role', async () => {
    const count = async () => Number((await em().execute('select count(*) as n from sampling_plan'))[0]!.n);
    const plans = await count();
    const bad = [
      { queue, rate: 0.1, countPerDay: 3 },
      { queue },
      { queue, rate: 0 },
      { queue, rate: 1.5 },
      { rate: 0.1 },
      { queue, countPerDay: 0 },
      { queue, rate: 0.1, seed: -1 },
      { queue, rate: 0.1, marketId: '00000000-0000-4000-8000-000000000000' },
      { queue, rate: 0.1, name: '' },
    ];
    for (const input of bad) {
      const result = await server().gql(
        CREATE_PLAN,
        { input: { name: 'Bad', seed: 1, ...input } },
        tokens['qa.specialist'],
      );
      expect(codeOf(result), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const moderatorTry = await server().gql(
      CREATE_PLAN,
      { input: { name: 'Mine', seed: 1, queue, rate: 1 } },
      tokens['moderator.it'],
    );
    expect(codeOf(moderatorTry)).toBe('FORBIDDEN');
    expect(await count()).toBe(plans);

    const plan = await createPlan({ queue, rate: 0.1 });
    const future = await server().gql(
      RUN_PLAN,
      { input: { planId: plan.id, day: '2999-01-01' } },
      tokens['qa.specialist'],
    );
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const notADay = await server().gql(
      RUN_PLAN,
      { input: { planId: plan.id, day: '2025-02-30' } },
      tokens['qa.specialist'],
    );
    expect(codeOf(notADay)).toBe('BAD_USER_INPUT');
    const byModerator = await server().gql(RUN_PLAN, { input: { planId: plan.id, day } }, tokens['moderator.it']);
    expect(codeOf(byModerator)).toBe('FORBIDDEN');
    await ok(
      server(),
      'mutation($input: SetSamplingPlanActiveInput!) { setSamplingPlanActive(input: $input) { plan { active } } }',
      { input: { planId: plan.id, active: false } },
      tokens['qa.specialist']!,
    );
    const paused = await server().gql(RUN_PLAN, { input: { planId: plan.id, day } }, tokens['qa.specialist']);
    expect(codeOf(paused)).toBe('CONFLICT');
    expect(await drawnCases(plan.id, day)).toEqual([]);
  });

  it("keeps a vendor's QA to their vendor's teams and plans", async () => {
    const harborQa = await vendorUser(server(), 'ko-KR');
    const lumenTeam = await em().findOneOrFail(User, { email: MOD_IT }, { populate: ['team'] });
    const foreign = await server().gql(
      CREATE_PLAN,
      { input: { name: 'Not mine', seed: 1, teamId: lumenTeam.team!.id, rate: 0.1 } },
      harborQa.token,
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    const platformPlan = await createPlan({ queue, rate: 0.1 });
    const run = await server().gql(RUN_PLAN, { input: { planId: platformPlan.id, day } }, harborQa.token);
    expect(codeOf(run)).toBe('NOT_FOUND');
    // A Harbor plan over the whole queue draws none of Lumen's cases.
    const own = await createPlan({ queue, rate: 1 }, harborQa.token);
    expect(await runPlan(own.id, day, harborQa.token)).toMatchObject({ candidates: 0, drawn: 0 });
    const visible = await ok(server(), '{ samplingPlans { id } }', {}, harborQa.token);
    expect(visible.samplingPlans.map((p: { id: string }) => p.id)).toEqual([own.id]);
  });
});

describe('audits and appeals', () => {
  const day = '2025-04-07';
  let queue: string;
  let planId: string;
  let tasks: AuditNode[];
  let otherModerator: { email: string; token: string };

  beforeAll(async () => {
    queue = uniqueQueue('audits');
    await casesOnDay(em(), { day, queue, moderatorEmails: [MOD_IT, MOD_DE], decisions: [10, 6, 2, 2] });
    planId = (await createPlan({ queue, rate: 1 })).id;
    await runPlan(planId, day);
    tasks = await auditsOf({ planId });
    // A second moderator in moderator.it's own team: same team, yet never their audits.
    const [voter] = await createVoters(em(), ['it-IT'], 1);
    otherModerator = { email: voter!.user.email, token: await server().signIn(voter!.user.email) };
  });

  const taskOf = (email: string, n = 0) => tasks.filter((t) => t.moderator.email === email)[n]!;
  const submit = (input: Record<string, unknown>, token = tokens['qa.specialist']!) =>
    server().gql(SUBMIT, { input }, token);
  const wrongLabel = (task: AuditNode) => LABELS.find((l) => l.key !== task.decidedLabel)!.key;

  it('gives the QA team a queue of claimable tasks; a claimed task is its claimer’s', async () => {
    const open = await auditsOf({ planId, status: 'PENDING', unassigned: true });
    expect(open).toHaveLength(20);
    const task = taskOf(MOD_IT, 5);
    const claimed = await ok(server(), CLAIM, { input: { auditId: task.id } }, tokens['qa.specialist']!);
    expect(claimed.claimAudit.audit.assignee.email).toBe('qa.specialist@concord.demo');
    expect(await auditsOf({ planId, assignedToMe: true })).toHaveLength(1);
    expect(await auditsOf({ planId, unassigned: true })).toHaveLength(19);
    const steal = await server().gql(CLAIM, { input: { auditId: task.id } }, tokens['qa.manager']);
    expect(codeOf(steal)).toBe('CONFLICT');
    const submitOther = await submit({ auditId: task.id, verdict: 'CORRECT' }, tokens['qa.manager']);
    expect(codeOf(submitOther)).toBe('FORBIDDEN');
    // A QA manager hands it back to the queue, then to themselves.
    await ok(server(), ASSIGN, { input: { auditId: task.id } }, tokens['qa.manager']!);
    const assigned = await ok(
      server(),
      ASSIGN,
      { input: { auditId: task.id, assigneeId: await idOf('qa.manager@concord.demo') } },
      tokens['qa.manager']!,
    );
    expect(assigned.assignAudit.audit.assignee.email).toBe('qa.manager@concord.demo');
    const bySpecialist = await server().gql(ASSIGN, { input: { auditId: task.id } }, tokens['qa.specialist']);
    expect(codeOf(bySpecialist)).toBe('FORBIDDEN');
  });

  it('records a verdict with the expected label, error category and feedback; it is final', async () => {
    const task = taskOf(MOD_IT, 0);
    const expected = wrongLabel(task);
    const result = await ok(
      server(),
      SUBMIT,
      {
        input: {
          auditId: task.id,
          verdict: 'INCORRECT',
          expectedLabel: expected,
          errorCategory: 'WRONG_SEVERITY',
          feedback: ' Check the severity table. ',
        },
      },
      tokens['qa.specialist']!,
    );
    expect(result.submitAudit.audit).toMatchObject({
      status: 'COMPLETED',
      verdict: 'INCORRECT',
      expectedLabel: expected,
      errorCategory: 'WRONG_SEVERITY',
      feedback: 'Check the severity table.',
      auditor: { email: 'qa.specialist@concord.demo' },
    });
    const again = await submit({ auditId: task.id, verdict: 'CORRECT' });
    expect(codeOf(again)).toBe('CONFLICT');
    const correct = await ok(
      server(),
      SUBMIT,
      { input: { auditId: taskOf(MOD_IT, 1).id, verdict: 'CORRECT' } },
      tokens['qa.specialist']!,
    );
    expect(correct.submitAudit.audit).toMatchObject({
      verdict: 'CORRECT',
      expectedLabel: taskOf(MOD_IT, 1).decidedLabel,
      errorCategory: null,
    });
  });

  it('filters audits by error category, policy and queue (an RCA links its scope’s); not by category for moderators', async () => {
    const judged = taskOf(MOD_IT, 0); // incorrect, WRONG_SEVERITY (the test above)
    const policyId = (
      await em().execute<{ policy_id: string }[]>('select policy_id from audit where id = ?', [judged.id])
    )[0]!.policy_id;
    const severity = await auditsOf({ queue, errorCategory: 'WRONG_SEVERITY', policyId });
    expect(severity.map((a) => a.id)).toEqual([judged.id]);
    expect(await auditsOf({ queue, errorCategory: 'MISSED_VIOLATION' })).toEqual([]);
    expect((await auditsOf({ queue })).every((a) => a.case.queue === queue)).toBe(true);
    expect(await auditsOf({ queue: uniqueQueue('nothing-here') })).toEqual([]);
    const otherPolicy = (
      await em().execute<{ id: string }[]>('select id from policy where id <> ? limit 1', [policyId])
    )[0]!.id;
    expect(await auditsOf({ queue, policyId: otherPolicy })).toEqual([]);
    const bad = await server().gql(AUDITS, { filter: { errorCategory: 'NOT_A_CATEGORY' } }, tokens['qa.specialist']);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    // The category would hint at an expected label a blind-voting moderator must not see.
    const moderator = await server().gql(
      AUDITS,
      { filter: { errorCategory: 'WRONG_SEVERITY' } },
      tokens['moderator.it'],
    );
    expect(codeOf(moderator)).toBe('FORBIDDEN');
  });

  it('refuses bad verdicts, auditing without the role and auditing outside scope, changing nothing', async () => {
    const task = taskOf(MOD_DE, 0);
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ verdict: 'INCORRECT', expectedLabel: wrongLabel(task) }, 'BAD_USER_INPUT'],
      [{ verdict: 'INCORRECT', errorCategory: 'OTHER' }, 'BAD_USER_INPUT'],
      [{ verdict: 'INCORRECT', expectedLabel: 'not_a_label', errorCategory: 'OTHER' }, 'BAD_USER_INPUT'],
      [{ verdict: 'INCORRECT', expectedLabel: task.decidedLabel, errorCategory: 'MISSED_VIOLATION' }, 'BAD_USER_INPUT'],
      [{ verdict: 'CORRECT', errorCategory: 'OTHER' }, 'BAD_USER_INPUT'],
      [{ verdict: 'CORRECT', expectedLabel: wrongLabel(task) }, 'BAD_USER_INPUT'],
      [{ verdict: 'CORRECT', feedback: 'x'.repeat(5001) }, 'BAD_USER_INPUT'],
      [{ verdict: 'CORRECT' }, 'FORBIDDEN', tokens['moderator.de']],
      [{ verdict: 'CORRECT' }, 'FORBIDDEN', tokens['policy']],
    ];
    for (const [input, code, token] of cases) {
      expect(codeOf(await submit({ auditId: task.id, ...input }, token)), JSON.stringify(input)).toBe(code);
    }
    // A vendor's QA cannot audit (or see) another vendor's case.
    const harborQa = await vendorUser(server(), 'ko-KR');
    expect(codeOf(await submit({ auditId: task.id, verdict: 'CORRECT' }, harborQa.token))).toBe('NOT_FOUND');
    expect(codeOf(await server().gql(CLAIM, { input: { auditId: task.id } }, harborQa.token))).toBe('NOT_FOUND');
    expect(await auditsOf({ planId }, harborQa.token)).toEqual([]);
    // Lumen's own QA can.
    const lumenQa = await vendorUser(server(), 'de-DE');
    expect((await auditsOf({ planId }, lumenQa.token)).length).toBe(20);
    const state = await ok(server(), AUDIT, { id: task.id }, tokens['qa.specialist']!);
    expect(state.audit).toMatchObject({ status: 'PENDING', verdict: null });
  });

  it('shows a moderator their own completed audits and feedback, never other moderators’', async () => {
    const mine = await auditsOf({}, tokens['moderator.it']);
    const ids = mine.map((a) => a.id);
    expect(ids).toContain(taskOf(MOD_IT, 0).id);
    expect(mine.every((a) => a.moderator.email === MOD_IT && a.status === 'COMPLETED')).toBe(true);
    const audit = await ok(server(), AUDIT, { id: taskOf(MOD_IT, 0).id }, tokens['moderator.it']!);
    expect(audit.audit).toMatchObject({
      feedback: 'Check the severity table.',
      canAppeal: true,
      countsAgainstModerator: true,
      plan: null,
      expectedTaxonomyLabel: { name: expect.any(String) },
    });
    // Pending audits of their own stay hidden; so does every audit of anyone else.
    expect(codeOf(await server().gql(AUDIT, { id: taskOf(MOD_IT, 2).id }, tokens['moderator.it']))).toBe('NOT_FOUND');
    expect(codeOf(await server().gql(AUDIT, { id: taskOf(MOD_IT, 0).id }, otherModerator.token))).toBe('NOT_FOUND');
    expect(codeOf(await server().gql(AUDIT, { id: taskOf(MOD_IT, 0).id }, tokens['moderator.de']))).toBe('NOT_FOUND');
    expect(await auditsOf({}, otherModerator.token)).toEqual([]);
    expect(await auditsOf({ moderatorId: await idOf(MOD_IT) }, tokens['moderator.de'])).toEqual([]);
  });

  it('walks appeal → overturn: the verdict stops counting, both sides see the outcome', async () => {
    const task = taskOf(MOD_IT, 0);
    const filed = await ok(
      server(),
      FILE_APPEAL,
      { input: { auditId: task.id, reason: 'The comment quotes a song; it is not an insult.' } },
      tokens['moderator.it']!,
    );
    const appealId = filed.fileAppeal.appeal.id as string;
    expect(filed.fileAppeal.appeal).toMatchObject({
      status: 'OPEN',
      appellant: { email: MOD_IT },
      audit: { id: task.id },
    });

    const twice = await server().gql(
      FILE_APPEAL,
      { input: { auditId: task.id, reason: 'Second try at this appeal.' } },
      tokens['moderator.it'],
    );
    expect(codeOf(twice)).toBe('CONFLICT');
    const open = await ok(server(), APPEALS, { filter: { status: 'OPEN' } }, tokens['qa.manager']!);
    expect(open.appeals.map((a: { id: string }) => a.id)).toContain(appealId);
    expect((await ok(server(), APPEALS, {}, otherModerator.token)).appeals).toEqual([]);

    const bySpecialist = await server().gql(
      DECIDE_APPEAL,
      { input: { appealId, outcome: 'OVERTURN', note: 'Agreed.' } },
      tokens['qa.specialist'],
    );
    expect(codeOf(bySpecialist)).toBe('FORBIDDEN');
    const byModerator = await server().gql(
      DECIDE_APPEAL,
      { input: { appealId, outcome: 'OVERTURN', note: 'Agreed.' } },
      tokens['moderator.it'],
    );
    expect(codeOf(byModerator)).toBe('FORBIDDEN');
    const harborLead = await vendorUser(server(), 'ko-KR', Role.QA_MANAGER);
    const foreign = await server().gql(
      DECIDE_APPEAL,
      { input: { appealId, outcome: 'OVERTURN', note: 'Agreed.' } },
      harborLead.token,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');

    const decided = await ok(
      server(),
      DECIDE_APPEAL,
      { input: { appealId, outcome: 'OVERTURN', note: 'Right: lyrics are context.' } },
      tokens['qa.manager']!,
    );
    expect(decided.decideAppeal.appeal).toMatchObject({
      status: 'OVERTURNED',
      decisionNote: 'Right: lyrics are context.',
      decidedBy: { email: 'qa.manager@concord.demo' },
      audit: { overturned: true, countsAgainstModerator: false },
    });
    const final = await server().gql(
      DECIDE_APPEAL,
      { input: { appealId, outcome: 'UPHOLD', note: 'Changed my mind.' } },
      tokens['admin'],
    );
    expect(codeOf(final)).toBe('CONFLICT');

    const seen = await ok(server(), AUDIT, { id: task.id }, tokens['moderator.it']!);
    expect(seen.audit).toMatchObject({
      overturned: true,
      canAppeal: false,
      appeal: {
        status: 'OVERTURNED',
        decisionNote: 'Right: lyrics are context.',
        appellant: { email: MOD_IT },
        decidedBy: { email: 'qa.manager@concord.demo' },
      },
    });
    const qaView = await ok(server(), AUDIT, { id: task.id }, tokens['qa.specialist']!);
    expect(qaView.audit.appeal).toMatchObject({
      status: 'OVERTURNED',
      reason: 'The comment quotes a song; it is not an insult.',
    });
  });

  it('refuses appeals of someone else’s audit, of correct verdicts, after the window, and by QA staff', async () => {
    const task = taskOf(MOD_IT, 3);
    await ok(
      server(),
      SUBMIT,
      {
        input: {
          auditId: task.id,
          verdict: 'INCORRECT',
          expectedLabel: wrongLabel(task),
          errorCategory: 'OVER_ENFORCEMENT',
        },
      },
      tokens['qa.specialist']!,
    );
    const reason = 'I followed the policy as written.';
    const count = async () => Number((await em().execute('select count(*) as n from appeal'))[0]!.n);
    const appeals = await count();
    expect(codeOf(await server().gql(FILE_APPEAL, { input: { auditId: task.id, reason } }, otherModerator.token))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await server().gql(FILE_APPEAL, { input: { auditId: task.id, reason } }, tokens['moderator.de'])),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await server().gql(FILE_APPEAL, { input: { auditId: task.id, reason } }, tokens['qa.specialist'])),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await server().gql(FILE_APPEAL, { input: { auditId: task.id, reason: 'short' } }, tokens['moderator.it'])),
    ).toBe('BAD_USER_INPUT');
    const correct = await server().gql(
      FILE_APPEAL,
      { input: { auditId: taskOf(MOD_IT, 1).id, reason } },
      tokens['moderator.it'],
    );
    expect(codeOf(correct)).toBe('CONFLICT');
    // Eight days after the audit, with the default window of seven.
    await em().execute("update audit set audited_at = now() - interval '8 days' where id = ?", [task.id]);
    const late = await server().gql(FILE_APPEAL, { input: { auditId: task.id, reason } }, tokens['moderator.it']);
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toMatch(/appeal window closed/);
    expect((await ok(server(), AUDIT, { id: task.id }, tokens['moderator.it']!)).audit.canAppeal).toBe(false);
    expect(await count()).toBe(appeals);
    // Upheld: it keeps counting.
    const fresh = taskOf(MOD_IT, 4);
    await ok(
      server(),
      SUBMIT,
      {
        input: {
          auditId: fresh.id,
          verdict: 'INCORRECT',
          expectedLabel: wrongLabel(fresh),
          errorCategory: 'MISSED_VIOLATION',
        },
      },
      tokens['qa.specialist']!,
    );
    const filed = await ok(server(), FILE_APPEAL, { input: { auditId: fresh.id, reason } }, tokens['moderator.it']!);
    const upheld = await ok(
      server(),
      DECIDE_APPEAL,
      { input: { appealId: filed.fileAppeal.appeal.id, outcome: 'UPHOLD', note: 'The label table is clear.' } },
      tokens['qa.manager']!,
    );
    expect(upheld.decideAppeal.appeal).toMatchObject({
      status: 'UPHELD',
      audit: { overturned: false, countsAgainstModerator: true },
    });
  });

  it('does not let a QA lead decide the appeal of their own audit', async () => {
    const task = taskOf(MOD_DE, 1);
    await ok(
      server(),
      SUBMIT,
      { input: { auditId: task.id, verdict: 'INCORRECT', expectedLabel: wrongLabel(task), errorCategory: 'OTHER' } },
      tokens['qa.manager']!,
    );
    const filed = await ok(
      server(),
      FILE_APPEAL,
      { input: { auditId: task.id, reason: 'Please look again at this one.' } },
      tokens['moderator.de']!,
    );
    const own = await server().gql(
      DECIDE_APPEAL,
      { input: { appealId: filed.fileAppeal.appeal.id, outcome: 'UPHOLD', note: 'Mine.' } },
      tokens['qa.manager'],
    );
    expect(codeOf(own)).toBe('FORBIDDEN');
    const byAdmin = await ok(
      server(),
      DECIDE_APPEAL,
      { input: { appealId: filed.fileAppeal.appeal.id, outcome: 'UPHOLD', note: 'Stands.' } },
      tokens['admin']!,
    );
    expect(byAdmin.decideAppeal.appeal.status).toBe('UPHELD');
  });
});

async function idOf(email: string) {
  return (await em().findOneOrFail(User, { email })).id;
}

describe('demo data', () => {
  it('has plans, weeks of audits with errors across markets, pending tasks and appeals', async () => {
    const rows = await em().execute<{ code: string; completed: string; incorrect: string; pending: string }[]>(
      `select m.code, count(*) filter (where a.status = 'COMPLETED') as completed,
         count(*) filter (where a.verdict = 'INCORRECT') as incorrect, count(*) filter (where a.status = 'PENDING') as pending
       from audit a join market m on m.id = a.market_id join sampling_run r on r.id = a.run_id
       join sampling_plan p on p.id = r.plan_id where p.name like 'Daily %' group by m.code order by m.code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['de-DE', 'es-ES', 'fr-FR', 'it-IT', 'ko-KR', 'pt-BR']);
    expect(rows.every((r) => Number(r.incorrect) > 0)).toBe(true);
    expect(rows.every((r) => Number(r.completed) >= 5)).toBe(true);
    // Each demo appeal belongs to the moderator the README names, whatever the seeding drew.
    for (const [status, email] of [
      ['OPEN', MOD_IT],
      ['OVERTURNED', MOD_DE],
      ['UPHELD', 'moderator.ko@concord.demo'],
    ] as const) {
      const appeals = await ok(server(), APPEALS, { filter: { status } }, tokens['qa.manager']!);
      expect(
        appeals.appeals.map((a: any) => a.audit.moderator.email),
        status,
      ).toContain(email);
    }
    const mine = await auditsOf({}, tokens['moderator.it']);
    expect(mine.some((a) => a.appeal?.status === 'OPEN')).toBe(true);
  });
});
