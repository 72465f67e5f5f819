// Knowledge quizzes: what is refused, quizzes from audits, and a vendor's QA kept to its own.
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { ErrorCategory, Verdict } from '../src/modules/audit/audit.enums.js';
import { TeamKind } from '../src/modules/identity/role.js';
import { Team } from '../src/modules/identity/team.entity.js';
import { dayFromToday, insertAudits } from './support/audit-history.js';
import { vendorUser } from './support/policy-fixtures.js';
import { useTestServer } from './support/test-server.js';
import { codeOf, QUIZ, CONTESTED, START, SUBMIT, RESULTS, marketIds, buildContested } from './support/quiz-fixtures.js';

const server = useTestServer();

describe('knowledge quiz rules', () => {
  it("refuses someone else's attempt, quizzes not assigned to you, and building without the role, changing nothing", async () => {
    const s = server();
    const { quiz } = await buildContested(s, ['it-IT', 'de-DE'], 3);
    const it = await s.signIn('moderator.it@concord.demo');
    const de = await s.signIn('moderator.de@concord.demo');
    const ko = await s.signIn('moderator.ko@concord.demo');
    const questions = (await s.gql(QUIZ, { id: quiz.id }, de)).data!.quiz.questions;
    const deAttempt = (await s.gql(START, { id: quiz.id }, de)).data!.startQuizAttempt.attempt;

    const hijack = await s.gql(
      SUBMIT,
      {
        input: {
          attemptId: deAttempt.id,
          answers: questions.map((q: any) => ({ questionId: q.id, label: q.labels[0].key })),
        },
      },
      it,
    );
    expect(codeOf(hijack)).toBe('NOT_FOUND');
    expect((await s.gql(QUIZ, { id: quiz.id }, de)).data!.quiz.myAttempt).toMatchObject({
      status: 'IN_PROGRESS',
      correct: null,
    });

    expect(codeOf(await s.gql(QUIZ, { id: quiz.id }, ko))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(START, { id: quiz.id }, ko))).toBe('NOT_FOUND');
    expect((await s.gql('{ quizzes { id } }', {}, ko)).data!.quizzes).toEqual([]);
    // QA staff see the quiz but do not take it.
    const qa = await s.signIn('qa.manager@concord.demo');
    // Each refusal names its feature and reason, which the client translates (errors.quiz.<REASON>).
    expect((await s.gql(START, { id: quiz.id }, qa)).errors![0]).toMatchObject({
      message: `Quiz ${quiz.id} is not assigned to you.`,
      extensions: { code: 'NOT_FOUND', feature: 'quiz', reason: 'NOT_ASSIGNED', quizId: quiz.id },
    });

    const input = { title: 'Not mine to build', size: 3, assignment: { marketIds: await marketIds(s, ['it-IT']) } };
    expect(codeOf(await s.gql(CONTESTED, { input }, it))).toBe('FORBIDDEN');
    const reopen = await s.gql(
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { attempt { id } } }',
      { input: { quizId: quiz.id, userId: (await s.gql('{ me { id } }', {}, de)).data!.me.id } },
      it,
    );
    expect(codeOf(reopen)).toBe('FORBIDDEN');
    // Reopening an attempt that is still in progress is a conflict.
    const reopenEarly = await s.gql(
      'mutation($input: ReopenQuizInput!) { reopenQuiz(input: $input) { attempt { id } } }',
      { input: { quizId: quiz.id, userId: (await s.gql('{ me { id } }', {}, de)).data!.me.id } },
      qa,
    );
    expect(reopenEarly.errors![0]!.extensions).toEqual({
      code: 'CONFLICT',
      feature: 'quiz',
      reason: 'ATTEMPT_IN_PROGRESS',
      userName: (await s.gql('{ me { name } }', {}, de)).data!.me.name,
    });
  });

  it('refuses a quiz from an open session, an empty assignment and a double case, creating nothing', async () => {
    const s = server();
    const qa = await s.signIn('qa.specialist@concord.demo');
    const sessions = (await s.gql('{ calibrationSessions { id title status items { id } } }', {}, qa)).data!
      .calibrationSessions;
    const scheduled = sessions.find((x: any) => x.status === 'SCHEDULED');
    // The seeded week 46 session, whose items all have gold (the generated history's need not):
    // the first closed session in the list depends on the day the tests run.
    const closed = sessions.find((x: any) => x.status === 'CLOSED' && x.title.endsWith('week 46'));
    const count = async () => (await s.gql('{ quizzes { id } }', {}, qa)).data!.quizzes.length;
    const before = await count();
    const create = (questions: unknown[], marketIds: string[]) =>
      s.gql(
        'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { quiz { id questions { expectedLabel } } } }',
        { input: { title: 'By hand', questions, assignment: { marketIds } } },
        qa,
      );
    const it = await marketIds(s, ['it-IT']);
    const open = await create([{ calibrationItemId: scheduled.items[0].id }], it);
    expect(codeOf(open)).toBe('BAD_USER_INPUT');
    expect(open.errors![0]!.message).toMatch(/not closed/);
    expect(open.errors![0]!.extensions).toMatchObject({ feature: 'quiz', reason: 'SESSION_NOT_CLOSED' });
    expect(codeOf(await create([{ calibrationItemId: closed.items[0].id }], []))).toBe('BAD_USER_INPUT');
    const twice = await create(
      [{ calibrationItemId: closed.items[0].id }, { calibrationItemId: closed.items[0].id }],
      it,
    );
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(codeOf(await create([{}], it))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    const ok = await create([{ calibrationItemId: closed.items[1].id }, { calibrationItemId: closed.items[0].id }], it);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createQuiz.quiz.questions).toHaveLength(2);
  });

  it("builds questions from audits' expected labels, for the audited vendor's own teams only", async () => {
    const s = server();
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const audits = await insertAudits(em, 'it-IT', [
      { day: dayFromToday(-2), verdict: Verdict.INCORRECT, errorCategory: ErrorCategory.MISSED_VIOLATION },
      { day: dayFromToday(-2), verdict: Verdict.CORRECT },
    ]);
    const lumen = await em.findOneOrFail(Team, { market: { code: 'it-IT' }, kind: TeamKind.VENDOR });
    const qa = await s.signIn('qa.specialist@concord.demo');
    const create = (assignment: unknown) =>
      s.gql(
        'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { quiz { id questions { source expectedLabel } } } }',
        { input: { title: 'From audits', questions: audits.map((a) => ({ auditId: a.id })), assignment } },
        qa,
      );
    // A market reaches other vendors' people: their content stays theirs.
    const toMarket = await create({ marketIds: await marketIds(s, ['it-IT']) });
    expect(codeOf(toMarket)).toBe('BAD_USER_INPUT');
    const ok = await create({ teamIds: [lumen.id] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createQuiz.quiz.questions).toEqual(
      audits.map((a) => ({ source: 'AUDIT', expectedLabel: a.expectedLabel })),
    );
    const moderator = await s.signIn('moderator.it@concord.demo');
    const seen = await s.gql(QUIZ, { id: ok.data!.createQuiz.quiz.id }, moderator);
    expect(seen.data!.quiz.questions.map((q: any) => q.expectedLabel)).toEqual([null, null]);
    expect(codeOf(await create({ teamIds: [lumen.id], marketIds: [] }))).toBeUndefined();
    const missing = await s.gql(
      'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { quiz { id } } }',
      { input: { title: 'Nope', questions: [{ auditId: lumen.id }], assignment: { teamIds: [lumen.id] } } },
      qa,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it("keeps a vendor's QA to its own teams and its own people's results", async () => {
    const s = server();
    const { quiz } = await buildContested(s, ['it-IT', 'ko-KR'], 3);
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const harbor = await em.findOneOrFail(
      Team,
      { market: { code: 'ko-KR' }, kind: TeamKind.VENDOR },
      { populate: ['market'] },
    );
    const lumen = await em.findOneOrFail(Team, { market: { code: 'it-IT' }, kind: TeamKind.VENDOR });
    const harborQa = await vendorUser(s, harbor.market.code);
    const vendorQa = harborQa.token;
    for (const email of ['moderator.it@concord.demo', 'moderator.ko@concord.demo']) {
      const token = await s.signIn(email);
      const questions = (await s.gql(QUIZ, { id: quiz.id }, token)).data!.quiz.questions;
      const attempt = (await s.gql(START, { id: quiz.id }, token)).data!.startQuizAttempt.attempt;
      const answers = questions.map((q: any) => ({ questionId: q.id, label: q.labels[0].key }));
      expect((await s.gql(SUBMIT, { input: { attemptId: attempt.id, answers } }, token)).errors).toBeUndefined();
    }
    const results = await s.gql(RESULTS, { id: quiz.id }, vendorQa);
    expect(results.errors).toBeUndefined();
    expect(results.data!.quiz.results.markets.map((m: any) => m.market.code)).toEqual(['ko-KR']);
    expect(results.data!.quiz.attempts.map((a: any) => a.user.email)).toEqual(['moderator.ko@concord.demo']);

    const build = (assignment: unknown) =>
      s.gql(CONTESTED, { input: { title: 'Harbor quiz', size: 2, assignment } }, vendorQa);
    expect(codeOf(await build({ marketIds: await marketIds(s, ['ko-KR']) }))).toBe('FORBIDDEN');
    expect(codeOf(await build({ teamIds: [lumen.id] }))).toBe('BAD_USER_INPUT');
    // The vendor's QA neither runs nor votes in the demo sessions: nothing to build from.
    expect(codeOf(await build({ teamIds: [harbor.id] }))).toBe('BAD_USER_INPUT');
  });
});
