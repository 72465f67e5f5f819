import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { Team } from '../src/modules/identity/team.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { AuditLogEntry } from '../src/modules/shared/audit-log/audit-log-entry.entity.js';
import { auditPolicy, casesOnDay, LABELS, uniqueQueue } from './support/audit-fixtures.js';
import {
  APPEALS,
  ASSIGN,
  AUDIT,
  AUDITS,
  type AuditNode,
  CLAIM,
  DECIDE_APPEAL,
  FILE_APPEAL,
  MOD_DE,
  MOD_IT,
  SUBMIT,
  useAuditTestbed,
} from './support/audit-testbed.js';
import { codeOf, ok, testUser } from './support/policy-fixtures.js';
import { createUser } from './support/users.js';

const { server, em, tokens, emails, teams, createPlan, runPlan, auditsOf } = useAuditTestbed();

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
    const session = em();
    const team = await session.findOneOrFail(Team, { id: teams.lumenIt.id }, { populate: ['market'] });
    const voter = await createUser(session, Role.MODERATOR, team.market, { team });
    otherModerator = { email: voter.email, token: await server().signIn(voter.email) };
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
    expect(claimed.claimAudit.audit.assignee.email).toBe(emails['qa.specialist']);
    expect(await auditsOf({ planId, assignedToMe: true })).toHaveLength(1);
    expect(await auditsOf({ planId, unassigned: true })).toHaveLength(19);
    const steal = await server().gql(CLAIM, { input: { auditId: task.id } }, tokens['qa.manager']);
    expect(codeOf(steal)).toBe('CONFLICT');
    const submitOther = await submit({ auditId: task.id, verdict: 'CORRECT' }, tokens['qa.manager']);
    expect(steal.errors![0]!.extensions).toMatchObject({ feature: 'audit', reason: 'ASSIGNED_ELSEWHERE' });
    expect(codeOf(submitOther)).toBe('FORBIDDEN');
    expect(submitOther.errors![0]!.extensions).toMatchObject({ feature: 'audit', reason: 'ASSIGNED_ELSEWHERE' });
    // A QA manager hands it back to the queue, then to themselves.
    await ok(server(), ASSIGN, { input: { auditId: task.id } }, tokens['qa.manager']!);
    const assigned = await ok(
      server(),
      ASSIGN,
      { input: { auditId: task.id, assigneeId: await idOf(emails['qa.manager']!) } },
      tokens['qa.manager']!,
    );
    expect(assigned.assignAudit.audit.assignee.email).toBe(emails['qa.manager']);
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
      auditor: { email: emails['qa.specialist'] },
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
    const otherPolicy = (await auditPolicy(em())).policy.id;
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
    const harborQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: teams.harborKo });
    expect(codeOf(await submit({ auditId: task.id, verdict: 'CORRECT' }, harborQa.token))).toBe('NOT_FOUND');
    expect(codeOf(await server().gql(CLAIM, { input: { auditId: task.id } }, harborQa.token))).toBe('NOT_FOUND');
    expect(await auditsOf({ planId }, harborQa.token)).toEqual([]);
    // Lumen's own QA can.
    const lumenQa = await testUser(server(), { role: Role.QA_SPECIALIST, team: teams.lumenDe });
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
    const harborLead = await testUser(server(), { role: Role.QA_MANAGER, team: teams.harborKo });
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
      decidedBy: { email: emails['qa.manager'] },
      audit: { overturned: true, countsAgainstModerator: false },
    });
    const final = await server().gql(
      DECIDE_APPEAL,
      { input: { appealId, outcome: 'UPHOLD', note: 'Changed my mind.' } },
      tokens['admin'],
    );
    expect(codeOf(final)).toBe('CONFLICT');
    // The decision, and only the one that took, is in the audit log.
    const logged = await server()
      .concord.deps.orm.em.fork()
      .find(AuditLogEntry, { targetId: appealId }, { populate: ['actor'] });
    expect(logged.map((e) => [e.action, e.after?.status, e.actor?.email])).toEqual([
      ['APPEAL_DECIDED', 'OVERTURNED', emails['qa.manager']],
    ]);

    const seen = await ok(server(), AUDIT, { id: task.id }, tokens['moderator.it']!);
    expect(seen.audit).toMatchObject({
      overturned: true,
      canAppeal: false,
      appeal: {
        status: 'OVERTURNED',
        decisionNote: 'Right: lyrics are context.',
        appellant: { email: MOD_IT },
        decidedBy: { email: emails['qa.manager'] },
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
    const count = async () =>
      Number((await em().execute('select count(*) as n from appeal where audit_id = ?', [task.id]))[0]!.n);
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
    expect(late.errors?.[0]?.extensions).toMatchObject({ feature: 'audit', reason: 'APPEAL_WINDOW_CLOSED', days: 7 });
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
